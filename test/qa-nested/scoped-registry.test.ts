/**
 * QA: docs/embedding.md "Registering: twice, late, or in a scoped registry" — the four tags defined
 * only in a scoped CustomElementRegistry of a host's shadow root (the page's global registry never
 * gets them), as the docs' example does. Widgets render, edit by keyboard, and their lazy parts
 * (a board's card form with its recorder, a ladder's details) work there too.
 * This file imports no entry that registers the tags globally.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineAll } from '../../src/api.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { deepActive, describeEl } from '../journeys/keys.js';

type Widget = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
}

const hasScoped = (() => {
  try {
    new (CustomElementRegistry as unknown as new () => CustomElementRegistry)();
    return true;
  } catch {
    return false;
  }
})();

async function scoped(tag: string, value: unknown): Promise<{ host: HTMLElement; root: ShadowRoot; el: Widget }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const registry = new (CustomElementRegistry as unknown as new () => CustomElementRegistry)();
  defineAll(registry);
  const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
  root.innerHTML = `<input id="note" aria-label="Notat"><${tag}></${tag}><button id="save">Lagre</button>`;
  const el = root.querySelector(tag) as Widget;
  el.value = value;
  await settle(el);
  return { host, root, el };
}

describe('QA nested: the tags in a scoped registry only (docs/embedding.md)', () => {
  before(function () {
    if (!hasScoped) throw new Error('This Chromium has no scoped CustomElementRegistry: the docs\' example cannot run here');
  });

  it('the page\'s global registry has none of the tags; the shadow root\'s does, and the board renders and upgrades', async () => {
    const { el } = await scoped('vk-plan-board', samplePlan());
    expect(customElements.get('vk-plan-board'), 'global registry').to.equal(undefined);
    expect(el.shadowRoot?.querySelector('.card-button[data-key="c1"]'), 'rendered').to.not.equal(null);
  });

  it('board: Tab in, Space ↓ Space moves a card, Ctrl+Z undoes; the card form (Rediger) opens with its recorder upgraded', async () => {
    const { root, el } = await scoped('vk-plan-board', samplePlan());
    (root.getElementById('note') as HTMLInputElement).focus();
    for (let i = 0; i < 6 && !deepActive()?.matches('.card-button[data-key="c1"]'); i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.matches('.card-button[data-key="c1"]'), describeEl(deepActive())).to.equal(true);
    const seen: string[] = [];
    el.addEventListener('vk-change', (e) => seen.push((e as CustomEvent).detail.operation.type));
    for (const k of [' ', 'ArrowDown', ' ']) await sendKeys({ press: k }), await settle(el);
    expect(seen).to.deep.equal(['card.move']);
    // Shift+F10, the menu's "Rediger" (its first item), Enter: the card form.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[role="menu"]:popover-open, :popover-open [role="menu"]'); i++) await frame();
    await sendKeys({ press: 'Enter' });
    let recorder: Element | null = null;
    for (let i = 0; i < 120 && !(recorder = el.shadowRoot!.querySelector('vk-audio-recorder')); i++) await frame();
    expect(recorder, `a recorder in the card form (focus on ${describeEl(deepActive())})`).to.not.equal(null);
    expect(recorder!.matches(':defined') && !!recorder!.shadowRoot, 'the recorder upgraded').to.equal(true);
  });

  it('ladder: Enter opens the details (lazy), Escape returns focus to the task', async () => {
    const { root, el } = await scoped('vk-task-ladder', sampleLadder());
    (root.getElementById('note') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const task = deepActive();
    expect(task?.matches('.task-button'), describeEl(task)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 120 && !el.shadowRoot!.querySelector(':popover-open[data-positioned="true"]'); i++) await frame();
    expect(el.shadowRoot!.querySelector(':popover-open'), 'details open').to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), describeEl(deepActive())).to.equal(task);
  });
});
