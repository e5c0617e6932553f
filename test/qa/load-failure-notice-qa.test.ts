// QA of 20359d6: the load-failure notice is kept in view at the bottom of the window (position:
// sticky) while any of the widget is; a control that keyboard focus brings into view at the bottom
// must not end up behind it (WCAG 2.2 2.4.11 Focus Not Obscured). The chunks are blocked for this
// page alone (web-test-runner.config.mjs `vk-block-urls`).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { createLadder } from '../../src/presets/index.js';
import { bigPlan, deepActive } from '../plan-board/helpers.js';
import { noticeOf } from '../helpers/load-failure.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const warn = console.warn;

/** Presses ↓ `times`; after each, the focused control is wholly above the notice. */
async function walkDown(el: HTMLElement & { updateComplete: Promise<boolean> }, alert: HTMLElement, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await frame();
    await frame();
    const focusedBox = (deepActive() as HTMLElement).getBoundingClientRect();
    const noticeBox = alert.getBoundingClientRect();
    expect(noticeBox.bottom, 'the notice is at the bottom of the window').to.be.closeTo(innerHeight, 1);
    expect(focusedBox.bottom, `after ↓ ×${i + 1}: the focused control's bottom is above the notice's top`).to.be.at.most(noticeBox.top + 0.5);
  }
}

describe('QA: the load-failure notice never covers what has focus', () => {
  before(async () => {
    await executeServerCommand('vk-block-urls', { urls: ['*/board-editing.*', '*/panel.styles.*', '*/task-panel.*'] });
    console.warn = () => {};
    await setViewport({ width: 360, height: 500 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    console.warn = warn;
    await executeServerCommand('vk-block-urls', { urls: [] });
  });

  it('task ladder: ↓ through the tasks of a ladder taller than the window', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${createLadder('care', {})}></vk-task-ladder>`);
    el.shadowRoot!.querySelector<HTMLElement>('.task-button[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const alert = await noticeOf(el);
    await walkDown(el, alert, 8);
  });

  it('plan board: ↓ through a column of a board taller than the window', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(40)}></vk-plan-board>`);
    el.shadowRoot!.querySelector<HTMLElement>('.menu-button')!.click();
    const alert = await noticeOf(el);
    el.shadowRoot!.querySelector<HTMLElement>('[data-roving^="c:"]')!.focus();
    await walkDown(el, alert, 6);
  });
});
