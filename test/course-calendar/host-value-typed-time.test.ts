/**
 * A host value that arrives while the user types a start or end time in a session's details. Before
 * (7 Dec, pass 55): titles and places kept their typing (host-value-mid-typing.test.ts), but a host value
 * that changed the time being typed over put its time in the field without a word, and the typing was lost
 * (leaving the field then saved nothing). Now a typed time is held by the same rules: the typing stays, the
 * notice ("Behold mine endringer" / "Bruk de nye") is shown and said, and leaving the field saves nothing until
 * one is chosen.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { detailsTextField, settleFrames } from './focus-helpers.js';
import { hostSets, recordOps, typeTime } from './held-typing.js';

const root = (el: VkCourseCalendar): ShadowRoot => el.shadowRoot!;
const said = (el: VkCourseCalendar): string => root(el).querySelector('[data-vk-announcer]')?.textContent?.trim() ?? '';
const field = (el: VkCourseCalendar, name: string): HTMLInputElement => root(el).querySelector(`[data-session-details] input[name="${name}"]`)!;
const notice = (el: VkCourseCalendar): HTMLElement | null => root(el).querySelector('[data-session-details] #text-notice');
const a1 = (el: VkCourseCalendar): Session => el.value!.sessions.find((s) => s.id === 'a1')!;

/** Tab until focus leaves the field (inside a time field Tab first goes from part to part). */
async function tabOut(el: VkCourseCalendar, input: HTMLInputElement): Promise<void> {
  for (let i = 0; i < 4 && root(el).activeElement === input; i++) await sendKeys({ press: 'Tab' });
  await settleFrames(el);
}

describe('course calendar: a host value while typing a time in the details', () => {
  it('the host changing the end being typed over keeps the typing, shows and says so; leaving the field saves nothing; "Behold mine endringer" saves it', async () => {
    const { el, input } = await detailsTextField('a1', 'end'); // a1: 09:00–14:30
    const ops = recordOps(el);
    await typeTime('16:00');
    // The start changed, or another session: taken, no notice.
    await hostSets(el, 'a1', { start: '2026-03-09T08:00' });
    expect(field(el, 'start').value).to.equal('08:00');
    expect(notice(el)).to.equal(null);
    await hostSets(el, 'a1', { end: '2026-03-09T15:00' });
    expect(input.value).to.equal('16:00');
    expect(notice(el)?.textContent).to.contain('Økten ble endret av noen andre');
    expect(said(el)).to.contain('Økten ble endret av noen andre');
    expect(input.getAttribute('aria-describedby')).to.contain('text-notice');
    await tabOut(el, input);
    expect(ops).to.deep.equal([]);
    const keep = root(el).activeElement as HTMLButtonElement;
    expect(keep.classList.contains('keep-mine')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settleFrames(el);
    expect(ops.map((o) => o.changes)).to.deep.equal([{ end: '2026-03-09T16:00' }]);
    expect(a1(el).end).to.equal('2026-03-09T16:00');
    expect(notice(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(field(el, 'end'));
    expect(field(el, 'end').value).to.equal('16:00');
  });

  it('"Bruk de nye" shows the host\'s start, saves nothing, and leaving the field then is no edit', async () => {
    const { el, input } = await detailsTextField('a1', 'start');
    const ops = recordOps(el);
    await typeTime('10:00');
    await hostSets(el, 'a1', { start: '2026-03-09T08:30' });
    expect(input.value).to.equal('10:00');
    (notice(el)!.querySelector('.use-theirs') as HTMLButtonElement).click();
    await settleFrames(el);
    expect(field(el, 'start').value).to.equal('08:30');
    expect(root(el).activeElement).to.equal(field(el, 'start'));
    expect(notice(el)).to.equal(null);
    await tabOut(el, field(el, 'start'));
    expect(ops).to.deep.equal([]);
    expect(a1(el).start).to.equal('2026-03-09T08:30');
  });
});
