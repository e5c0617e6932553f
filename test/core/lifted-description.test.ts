/**
 * Screen-reader QA #11 (7 Dec 2026): a card (board) or session (calendar) picked up with Space kept its description, "Enter åpner
 * kortet. Mellomrom løfter kortet; …" / "Enter åpner økten. Mellomrom plukker opp økten …", though Space and Enter then drop
 * it. A user who asks for the description (NVDA+Tab) heard the wrong keys. While lifted it says the keys that work then; put
 * down, the first description is back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { cardButton, samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { settleFrames } from '../course-calendar/focus-helpers.js';
import { chip } from '../course-calendar/pick-up-helpers.js';

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
/** The description of the button under `#host` whose name starts with `name`. */
async function described(name: string): Promise<string> {
  const button = all(await accessibilityTree('#lifted-host')).find((n) => n.role === 'button' && (n.name ?? '').replace(/[\u2066-\u2069]/g, '').includes(name));
  expect(button, `a button "${name}"`).to.not.equal(undefined);
  return button!.description ?? '';
}

describe('a lifted item describes the keys that drop it', () => {
  it('plan board: a card lifted with Space says arrows move it and Space or Enter drop it; dropped, the first words are back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div id="lifted-host" role="group" aria-label="Host"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
    const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    const before = await described('Norskkurs');
    expect(before).to.contain('Mellomrom løfter kortet');
    cardButton(el, 'c1').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-moving]'), 'lifted').to.not.equal(null);
    const lifted = await described('Norskkurs');
    expect(lifted).to.not.contain('løfter');
    expect(lifted).to.not.contain('Enter åpner');
    expect(lifted).to.equal('Piltastene flytter kortet. Mellomrom eller Enter slipper det, Escape legger det tilbake.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(await described('Norskkurs')).to.equal(before);
  });

  it('course calendar: a session picked up with Space says arrows move it and Space or Enter drop it; put back, the first words are back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div id="lifted-host" role="group" aria-label="Host" lang="nb" style="inline-size: 1000px"><vk-course-calendar view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    const name = chip(el, 'a1').textContent!.replace(/\s+/g, ' ').trim().slice(0, 5);
    const before = await described(name);
    expect(before).to.contain('Mellomrom plukker opp økten');
    chip(el, 'a1').focus();
    await sendKeys({ press: ' ' });
    await settleFrames(el);
    const lifted = await described(name);
    expect(lifted).to.not.contain('plukker opp');
    expect(lifted).to.not.contain('Enter åpner');
    expect(lifted).to.equal('Piltastene flytter økten, Shift og pil opp eller ned endrer slutten. Mellomrom eller Enter slipper den, Escape legger den tilbake.');
    await sendKeys({ press: 'Escape' });
    await settleFrames(el);
    expect(await described(name)).to.equal(before);
  });
});
