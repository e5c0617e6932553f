import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { focused, shadow, shadowAll } from '../helpers/index.js';

/** The shop ladder with every phase-1 task independent: phase 2 is current. */
function phase2Current(): LadderDocument {
  const doc = createLadder('shop');
  return { ...doc, phases: doc.phases.map((phase, p) => (p === 0 ? { ...phase, tasks: phase.tasks.map((task) => ({ ...task, level: 'independent' as const })) } : phase)) };
}

async function mount(width: number, doc: LadderDocument): Promise<{ el: VkTaskLadder; wrapper: HTMLDivElement }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}px"><button id="before">before</button><vk-task-ladder .value=${doc}></vk-task-ladder><button id="after">after</button></div>`,
  );
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  // The container query's layout is read back after the first render (a ResizeObserver).
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return { el, wrapper };
}

/** The tasks' tab stops (tabindex="0"), by key. */
function tabStops(el: VkTaskLadder): string[] {
  return shadowAll(el, '.task-button')
    .filter((b) => b.getAttribute('tabindex') === '0')
    .map((b) => b.dataset.key ?? '');
}

describe('<vk-task-ladder> where Tab enters', () => {
  it('stacked with phase 2 current (drawn first): the tab stop is phase 2’s first task, and Tab from before lands on it', async () => {
    const doc = phase2Current();
    const { el } = await mount(360, doc);
    await waitUntil(() => el.shadowRoot?.querySelector('[data-stacked]'), 'the phases never stacked');
    await el.updateComplete;
    expect(shadow(el, '.phase').dataset.phase).to.equal(doc.phases[1].id);
    const first = doc.phases[1].tasks[0].id;
    expect(shadowAll(el, '.task-button')[0].dataset.key).to.equal(first);
    expect(tabStops(el)).to.deep.equal([first]);
    (document.getElementById('before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal(first);
    await sendKeys({ press: 'Home' });
    expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal(first);
  });

  it('side by side: the tab stop is phase 1’s first task (drawn first there)', async () => {
    const doc = phase2Current();
    const { el } = await mount(1100, doc);
    expect(el.shadowRoot?.querySelector('[data-stacked]')).to.equal(null);
    expect(tabStops(el)).to.deep.equal([doc.phases[0].tasks[0].id]);
  });

  it('a task the user focused stays the tab stop when the layout reorders the phases', async () => {
    const doc = phase2Current();
    const { el, wrapper } = await mount(360, doc);
    await waitUntil(() => el.shadowRoot?.querySelector('[data-stacked]'), 'the phases never stacked');
    await el.updateComplete;
    // Phase 2's tasks, then phase 1's first task (drawn second).
    (document.getElementById('before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < doc.phases[1].tasks.length; i++) await sendKeys({ press: 'ArrowDown' });
    const chosen = doc.phases[0].tasks[0].id;
    expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal(chosen);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    // Wide: phase 1 is drawn first again; the remembered task is still the one Shift+Tab returns to.
    wrapper.style.inlineSize = '1100px';
    await waitUntil(() => !el.shadowRoot?.querySelector('[data-stacked]'), 'the phases never went side by side');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([chosen]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal(chosen);
  });
});
