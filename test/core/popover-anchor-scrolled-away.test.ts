/**
 * A popover whose opener was scrolled wholly out of view stayed on screen (core/popover.ts: Floating UI's `shift` with
 * `crossAxis` keeps it inside the window), over the host page's own controls, pointing at nothing: a press on the control
 * under it landed in the popover. Now it goes with its opener (Floating UI `hide`, `referenceHidden`), as a popover in the
 * page's flow would: the host's control is free, and scrolled back the popover is there as it was, focus and typing in it.
 * Not closed nor made `visibility: hidden`: both drop the focus in it to <body>, and a close loses typing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps } from '../helpers/index.js';
import { deepActive, menuAction, placed, samplePlan } from '../plan-board/helpers.js';

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** `widget` with a host button 1,500 px below it (at the page's inline start) and more page after; scrolled to the top. */
async function onLongPage<T extends HTMLElement>(widget: ReturnType<typeof html>, tag: string): Promise<{ el: T; host: HTMLButtonElement }> {
  const root = await fixture<HTMLElement>(html`<div>${widget}<div style="padding-block: 1500px"><button id="host">Vertens knapp</button></div></div>`);
  window.scrollTo(0, 0);
  const el = root.querySelector(tag) as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return { el, host: root.querySelector('#host') as HTMLButtonElement };
}

/** Scrolls the host's button to the window's middle, waits for the popover to be placed again; true when nothing covers the button. */
async function hostFree(host: HTMLButtonElement): Promise<boolean> {
  host.scrollIntoView({ block: 'center' });
  await frames(4);
  const box = host.getBoundingClientRect();
  return document.elementFromPoint(box.left + 10, box.top + box.height / 2) === host;
}

const inView = (panel: HTMLElement): boolean => {
  const box = panel.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
};

describe('popovers whose opener is scrolled out of view', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('the board’s card form goes with its card: the host’s button below is free; scrolled back, the form is there with the typing and focus', async () => {
    const { el, host } = await onLongPage<VkPlanBoard>(html`<vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>`, 'vk-plan-board');
    await menuAction(el, 'c1', 'edit');
    const panel = await placed(el);
    await sendKeys({ type: ' hos Fyrlykta' });
    const title = el.shadowRoot!.querySelector<HTMLInputElement>('.edit-form [name="title"]')!;
    expect(await hostFree(host), 'nothing over the host’s button').to.equal(true);
    expect(inView(panel), 'the form is out of view with its card').to.equal(false);
    expect(panel.matches(':popover-open'), 'still open').to.equal(true);
    expect(deepActive(), 'focus still in it').to.equal(title);
    window.scrollTo(0, 0);
    await frames(4);
    expect(inView(panel), 'back beside its card').to.equal(true);
    expect(title.value).to.equal('Norskkurs hos Fyrlykta');
    expect(deepActive()).to.equal(title);
  });

  it('the step tracker’s details go with their step', async () => {
    const { el, host } = await onLongPage<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`, 'vk-step-tracker');
    el.shadowRoot!.querySelectorAll<HTMLElement>('.step-button')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover[data-positioned="true"]:popover-open'), 'open and placed', { timeout: 5000 });
    const panel = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover')!;
    expect(await hostFree(host), 'nothing over the host’s button').to.equal(true);
    expect(inView(panel)).to.equal(false);
    expect(panel.contains(deepActive()), 'focus still in them').to.equal(true);
  });

  it('where neither side of a visible anchor has room, the panel still stays on screen over it (200 % text, a low window)', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const { el } = await onLongPage<VkPlanBoard>(html`<vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>`, 'vk-plan-board');
      await menuAction(el, 'c1', 'edit');
      const panel = await placed(el);
      const box = panel.getBoundingClientRect();
      expect(box.top, 'top on screen').to.be.at.least(0);
      expect(box.bottom, 'bottom on screen').to.be.at.most(innerHeight);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });
});
