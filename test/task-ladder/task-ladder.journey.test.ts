import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setLocale } from '../../src/core/localize.js';
import { todayIso } from '../../src/core/dates.js';
import { sampleLadder } from './sample.js';

/** Presses one key and checks focus is still inside the widget (never on <body>). */
async function key(el: VkTaskLadder, press: string): Promise<Element | null> {
  await sendKeys({ press });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  expect(document.activeElement, `after ${press}`).to.equal(el);
  return el.shadowRoot?.activeElement ?? null;
}

async function tabTo(el: VkTaskLadder, matches: (e: Element) => boolean, limit = 25): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    const active = await key(el, 'Tab');
    if (active && matches(active)) return active;
  }
  throw new Error('not reached by Tab');
}

for (const locale of ['nb', 'ar'] as const) {
  describe(`<vk-task-ladder> keyboard journey (${locale}, no pointer)`, () => {
    afterEach(async () => {
      await setLocale('nb');
    });

    it('raises a task to independent, signs it off and adds a log entry, focus never lost', async () => {
      await setLocale(locale);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}><button id="before">x</button><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`,
      );
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await el.updateComplete;
      const ops: Array<{ type: string }> = [];
      el.addEventListener('vk-change', (e) => ops.push((e as CustomEvent).detail.operation));
      (wrapper.querySelector('#before') as HTMLElement).focus();
      let active = await key(el, 'Tab');
      expect((active as HTMLElement).dataset.key).to.equal('t1');
      active = await key(el, 'ArrowDown');
      active = await key(el, 'ArrowDown');
      expect((active as HTMLElement).dataset.key).to.equal('t3');
      await key(el, 'Space');
      await key(el, 'Space');
      expect(el.value?.phases[0].tasks[2].level).to.equal('independent');
      // Sign off: details → "Kvitter ut" → the form (mentor prefilled, today) → Enter.
      await key(el, 'Enter');
      await tabTo(el, (e) => e.classList.contains('open-signoff'));
      active = await key(el, 'Enter');
      expect((active as HTMLInputElement).name).to.equal('by');
      active = await key(el, 'Enter');
      expect((active as HTMLElement).dataset.key).to.equal('t3');
      expect(el.value?.phases[0].tasks[2].signoff).to.deep.equal({ by: 'Kari Nordmann', date: todayIso() });
      // Log entry: details → "Skriv i loggboka" → author radio (checked default) → Enter: an entry
      // with neither a face nor words is refused, focus on the first face → Space → Enter saves.
      await key(el, 'Enter');
      await tabTo(el, (e) => e.classList.contains('vk-primary'));
      active = await key(el, 'Enter');
      expect([(active as HTMLInputElement).name, (active as HTMLInputElement).value]).to.deep.equal(['by', 'adviser']);
      active = await key(el, 'Enter');
      expect([(active as HTMLInputElement).name, (active as HTMLInputElement).value]).to.deep.equal(['mood', '1']);
      await key(el, 'Space');
      active = await key(el, 'Enter');
      expect((active as HTMLElement).dataset.key).to.equal('t3');
      expect(ops.map((o) => o.type)).to.deep.equal(['task.level', 'task.level', 'task.signoff', 'log.add']);
      // Undo and redo from the keyboard keep focus on the task.
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'z' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect((el.shadowRoot?.activeElement as HTMLElement).dataset.key).to.equal('t3');
      expect(el.value?.phases[0].tasks[2].log).to.equal(undefined);
    });
  });
}
