/**
 * Task ladder, keyboard only (nb and ar): raise a task to independent, sign it off, add a log
 * entry. Focus checked after every key (keys.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { todayIso } from '../../src/core/dates.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { useLocale } from '../a11y/story-harness.js';
import { journey, press, pressUntil } from './keys.js';

for (const locale of ['nb', 'ar'] as const) {
  describe(`journey: task ladder, keyboard only (${locale})`, () => {
    after(() => useLocale('nb'));

    it('raises a task to independent, signs it off and adds a log entry', async function () {
      this.timeout(60000);
      await useLocale(locale);
      const page = await fixture<HTMLDivElement>(html`<div><button id="before">Før</button><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`);
      const ladder = page.querySelector('vk-task-ladder') as VkTaskLadder;
      await ladder.updateComplete;
      (page.querySelector('#before') as HTMLElement).focus();
      const j = journey(ladder);
      const task = () => ladder.value?.phases[0].tasks[2];

      let active = await pressUntil(j, 'Tab', (el) => !!el.dataset.key);
      active = await pressUntil(j, 'ArrowDown', (el) => el.dataset.key === task()?.id, 5);
      for (let i = 0; i < 3 && task()?.level !== 'independent'; i++) active = await press(j, 'Space');
      expect(task()?.level, j.log.join('\n')).to.equal('independent');

      // Sign-off: details → "Kvitter ut" → the form (mentor prefilled, today's date) → Enter.
      await press(j, 'Enter');
      await pressUntil(j, 'Tab', (el) => el.classList.contains('open-signoff'), 25);
      await press(j, 'Enter');
      active = await press(j, 'Enter');
      expect(task()?.signoff, j.log.join('\n')).to.deep.equal({ by: 'Kari Nordmann', date: todayIso() });
      expect(active.dataset.key, 'back on the task').to.equal(task()?.id);

      // Log entry: details → "Skriv i loggboka" → the form → Enter saves.
      await press(j, 'Enter');
      await pressUntil(j, 'Tab', (el) => el.classList.contains('vk-primary'), 25);
      await press(j, 'Enter');
      // A face chosen (an entry needs a face or words), then Enter saves.
      await pressUntil(j, 'Tab', (el) => (el as HTMLInputElement).name === 'mood', 5);
      await press(j, 'ArrowDown');
      active = await press(j, 'Enter');
      expect(task()?.log?.length, j.log.join('\n')).to.equal(1);
      expect(active.dataset.key).to.equal(task()?.id);
    });
  });
}
