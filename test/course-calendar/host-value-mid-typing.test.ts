/**
 * A host value or `lang` that arrives while the user types in a session's details (Tittel, Sted).
 * Before (7 Dec): a host value that changed the title being typed in replaced the typing without a
 * word, and leaving the field then sent the host's own title back as the user's edit (a vk-change
 * and an undo step that changed nothing); a new `lang` did the same with the title in the new
 * language. Now the typing stays (saved under the language it was typed in); a host change of the
 * text being typed over is shown and said, with the plan board's choice (keep mine / use the new);
 * a commit equal to the document is no edit; a host value that removes the open session is said.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { detailsTextField, settleFrames } from './focus-helpers.js';
import { hostSets, recordOps } from './held-typing.js';

const root = (el: VkCourseCalendar): ShadowRoot => el.shadowRoot!;
const said = (el: VkCourseCalendar): string => root(el).querySelector('[data-vk-announcer]')?.textContent?.trim() ?? '';
const field = (el: VkCourseCalendar, name: string): HTMLInputElement | null => root(el).querySelector(`[data-session-details] input[name="${name}"]`);
const notice = (el: VkCourseCalendar): HTMLElement | null => root(el).querySelector('[data-session-details] #text-notice');
const a4 = (el: VkCourseCalendar): Session => el.value!.sessions.find((s) => s.id === 'a4')!;

async function typeAtEnd(text: string): Promise<void> {
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

describe('course calendar: a host value or lang while typing in the details', () => {
  it('the host changing the title being typed over keeps the typing, shows and says so; leaving the field saves nothing; "Behold mine endringer" saves it', async () => {
    const { el, input } = await detailsTextField('a4', 'title');
    const ops = recordOps(el);
    await typeAtEnd(' ZZZ');
    // Another session or another field of this one: taken, no notice.
    await hostSets(el, 'a1', { title: 'HOST CHANGED' });
    await hostSets(el, 'a4', { place: 'HOST PLACE' });
    expect(field(el, 'place')!.value).to.equal('HOST PLACE');
    expect(notice(el)).to.equal(null);
    await hostSets(el, 'a4', { title: { nb: 'HOST CHANGED', en: 'Test' } });
    expect(field(el, 'title')!.value).to.equal('Prøve ZZZ');
    expect(root(el).activeElement).to.equal(input);
    expect(notice(el)?.textContent).to.contain('Økten ble endret av noen andre');
    expect(said(el)).to.contain('Økten ble endret av noen andre');
    expect(input.getAttribute('aria-describedby')).to.contain('text-notice');
    // Tab goes to the notice's first button; the field saves nothing until one is chosen.
    await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    expect(ops).to.deep.equal([]);
    const keep = root(el).activeElement as HTMLButtonElement;
    expect(keep.classList.contains('keep-mine')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settleFrames(el);
    expect(ops.map((o) => o.changes)).to.deep.equal([{ title: { nb: 'Prøve ZZZ', en: 'Test' } }]);
    expect(a4(el).title).to.deep.equal({ nb: 'Prøve ZZZ', en: 'Test' });
    expect(notice(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(field(el, 'title'));
  });

  it('"Bruk de nye" shows the host\'s title, saves nothing, and leaving the field then is no edit', async () => {
    const { el } = await detailsTextField('a4', 'title');
    const ops = recordOps(el);
    await typeAtEnd(' ZZZ');
    await hostSets(el, 'a4', { title: { nb: 'HOST CHANGED', en: 'Test' } });
    (notice(el)!.querySelector('.use-theirs') as HTMLButtonElement).click();
    await settleFrames(el);
    expect(field(el, 'title')!.value).to.equal('HOST CHANGED');
    expect(root(el).activeElement).to.equal(field(el, 'title'));
    expect(notice(el)).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    expect(ops).to.deep.equal([]);
    expect(el.canUndo).to.equal(false);
  });

  it('a new lang keeps the typing in the language it was typed in, and saves it there', async () => {
    const { el, input } = await detailsTextField('a4', 'title');
    const ops = recordOps(el);
    await typeAtEnd(' ZZZ');
    el.setAttribute('lang', 'en');
    await settleFrames(el);
    expect(field(el, 'title')).to.equal(input);
    expect(input.value).to.equal('Prøve ZZZ');
    expect(input.lang).to.equal('nb');
    expect(notice(el)).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    expect(ops.map((o) => o.changes)).to.deep.equal([{ title: { nb: 'Prøve ZZZ', en: 'Test' } }]);
    // Not typed in any more: the field follows the language.
    expect(input.value).to.equal('Test');
  });

  it('leaving a field with the text the session has (a space added) is no edit: no vk-change, no undo step', async () => {
    const { el } = await detailsTextField('a1', 'place');
    const ops = recordOps(el);
    const before = structuredClone(el.value);
    await typeAtEnd(' ');
    await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    expect(ops).to.deep.equal([]);
    expect(el.value).to.deep.equal(before);
    expect(el.canUndo).to.equal(false);
  });

  it('a host value that removes the open session says so (its field, left as the details close, sends nothing)', async () => {
    const { el } = await detailsTextField('a4', 'title');
    const ops = recordOps(el);
    await typeAtEnd(' ZZZ');
    await hostSets(el, 'a4', null);
    expect(root(el).querySelector('[data-session-details]')).to.equal(null);
    expect(said(el)).to.equal('Økten ble fjernet av noen andre.');
    expect(ops).to.deep.equal([]);
    expect(root(el).activeElement).to.not.equal(null);
  });

  it('an undo that takes away the session whose details are open (a new session\'s) is said as the undo, not as someone else\'s removal', async () => {
    const { el } = await detailsTextField('a4', 'title');
    await sendKeys({ press: 'Escape' });
    (root(el).querySelector('[data-action="add"]') as HTMLElement).click();
    for (let i = 0; i < 30 && !root(el).querySelector('[data-session-details]'); i++) await settleFrames(el);
    const count = el.value!.sessions.length;
    (root(el).querySelector('[data-session-details] [data-action="close"]') as HTMLElement).focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await settleFrames(el);
    expect(el.value!.sessions.length).to.equal(count - 1);
    expect(said(el)).to.contain('Angret');
    expect(said(el)).to.not.contain('fjernet av noen andre');
    // A host value that then removes the open session is said.
    (root(el).querySelector('[data-session="a1"]') as HTMLElement).click();
    for (let i = 0; i < 30 && !root(el).querySelector('[data-session-details]'); i++) await settleFrames(el);
    await hostSets(el, 'a1', null);
    expect(said(el)).to.equal('Økten ble fjernet av noen andre.');
  });
});
