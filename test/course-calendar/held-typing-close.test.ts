/**
 * Details closed while typing the host changed underneath awaits "Behold mine endringer" / "Bruk de nye". Before
 * (7 Dec, pass 55): "Lukk" or a click outside the popover cleared the held typing first, and the field, left as the
 * details closed, then saved it as the user's edit ("Økten er endret."), over the colleague's change. Now closing
 * drops it, as Escape does (docs/course-calendar.md: until one is chosen, leaving the field saves nothing).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { detailsTextField, settleFrames } from './focus-helpers.js';
import { hostSets, recordOps, typeTime } from './held-typing.js';

const root = (el: VkCourseCalendar): ShadowRoot => el.shadowRoot!;
const notice = (el: VkCourseCalendar): HTMLElement | null => root(el).querySelector('[data-session-details] #text-notice');
const details = (el: VkCourseCalendar): HTMLElement | null => root(el).querySelector('[data-session-details]');

/** Closes the open details by "Lukk" (its click, focus still in the field) or a mouse click outside the popover. */
async function closeBy(el: VkCourseCalendar, how: 'lukk' | 'outside'): Promise<void> {
  if (how === 'lukk') (details(el)!.querySelector('[data-action="close"]') as HTMLButtonElement).click();
  else {
    const panel = details(el)!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    // A point in the calendar beside the popover, not on it.
    const x = panel.left > box.left + 40 ? box.left + 10 : box.right - 10;
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(box.bottom - 10)] });
  }
  await settleFrames(el);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settleFrames(el);
}

describe('course calendar: details closed while a held typing awaits the choice', () => {
  for (const how of ['lukk', 'outside'] as const) {
    it(`a typed start time the host changed under is not saved as the details close (${how})`, async () => {
      const { el, input } = await detailsTextField('a1', 'start'); // a1: 09:00–14:30
      const ops = recordOps(el);
      await typeTime('10:15');
      await hostSets(el, 'a1', { start: '2026-03-09T08:05' });
      expect(input.value).to.equal('10:15');
      expect(notice(el)).to.not.equal(null);
      await closeBy(el, how);
      expect(details(el)).to.equal(null);
      expect(ops).to.deep.equal([]);
      expect(el.value!.sessions.find((s) => s.id === 'a1')!.start).to.equal('2026-03-09T08:05');
    });

    it(`a typed place the host changed under is not saved as the details close (${how})`, async () => {
      const { el, input } = await detailsTextField('a1', 'place');
      const ops = recordOps(el);
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' MINE' });
      await hostSets(el, 'a1', { place: 'HOST PLACE' });
      expect(input.value).to.contain('MINE');
      expect(notice(el)).to.not.equal(null);
      await closeBy(el, how);
      expect(details(el)).to.equal(null);
      expect(ops).to.deep.equal([]);
      expect(el.value!.sessions.find((s) => s.id === 'a1')!.place).to.equal('HOST PLACE');
    });
  }
});

describe('course calendar: the host moving a session to another day while its time is typed', () => {
  it('is a change to the held field: the notice shows, and leaving the field does not save the typed time on the new day', async () => {
    const { el, input } = await detailsTextField('a1', 'start'); // a1: Monday 9 March, 09:00–14:30
    const ops = recordOps(el);
    await typeTime('10:15');
    await hostSets(el, 'a1', { start: '2026-03-10T09:00', end: '2026-03-10T14:30' });
    expect(input.value).to.equal('10:15');
    expect(notice(el), 'the notice').to.not.equal(null);
    expect(notice(el)?.textContent).to.contain('Økten ble endret av noen andre');
    for (let i = 0; i < 4 && root(el).activeElement === input; i++) await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    expect(ops).to.deep.equal([]);
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.start).to.equal('2026-03-10T09:00');
  });
});

describe('course calendar: Enter in a typed time the notice holds', () => {
  it('saves nothing, goes to "Behold mine endringer" and says the notice again', async () => {
    const { el, input } = await detailsTextField('a1', 'end'); // a1: 09:00–14:30
    const ops = recordOps(el);
    await typeTime('16:00');
    await hostSets(el, 'a1', { end: '2026-03-09T15:00' });
    expect(notice(el), 'the notice').to.not.equal(null);
    // What is said from here on (the announcer says repeated words again).
    const announcer = (el as unknown as { announcer: { announce(text: string): void } }).announcer;
    const said: string[] = [];
    const announce = announcer.announce.bind(announcer);
    announcer.announce = (text) => (said.push(text), announce(text));
    await sendKeys({ press: 'Enter' });
    await settleFrames(el);
    expect(ops).to.deep.equal([]);
    expect((root(el).activeElement as HTMLElement).classList.contains('keep-mine')).to.equal(true);
    expect(input.value).to.equal('16:00');
    expect(said.join(' ')).to.contain('Økten ble endret av noen andre');
  });
});

describe('course calendar: Enter in a typed title or place the notice holds', () => {
  for (const field of ['title', 'place'] as const) {
    it(`saves nothing, goes to "Behold mine endringer" and says the notice again (${field})`, async () => {
      const { el, input } = await detailsTextField('a1', field);
      const ops = recordOps(el);
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' MINE' });
      await hostSets(el, 'a1', { [field]: 'HOST TEXT' });
      expect(notice(el), 'the notice').to.not.equal(null);
      const announcer = (el as unknown as { announcer: { announce(text: string): void } }).announcer;
      const said: string[] = [];
      const announce = announcer.announce.bind(announcer);
      announcer.announce = (text) => (said.push(text), announce(text));
      await sendKeys({ press: 'Enter' });
      await settleFrames(el);
      expect(ops).to.deep.equal([]);
      expect((root(el).activeElement as HTMLElement).classList.contains('keep-mine')).to.equal(true);
      // The button did not take the same Enter: the choice is still to make, the typing kept.
      expect(notice(el), 'the notice, still').to.not.equal(null);
      expect(input.value).to.contain('MINE');
      expect(said.join(' ')).to.contain('Økten ble endret av noen andre');
    });
  }
});
