import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { setLocale } from '../../src/core/localize.js';

/** Four steps with short titles (nb, ar): fit side by side down to 4 × 8.25 times the text. */
export const short: StepsDocument = {
  version: 1,
  steps: [
    { id: 'a', title: { nb: 'Start', ar: 'بداية' }, status: 'done' },
    { id: 'b', title: { nb: 'Kurs', ar: 'دورة' }, status: 'in-progress' },
    { id: 'c', title: { nb: 'Praksis', ar: 'تدريب' }, status: 'not-started' },
    { id: 'd', title: { nb: 'Jobb', ar: 'عمل' }, status: 'not-started' },
  ],
};

/**
 * A tracker `width` px wide in `locale` (its `lang` and `dir` on a wrapper), laid out: its
 * `orientation` as given (none: removed, the automatic layout), `fontSize` as its --vk-font-size.
 */
export async function mountTracker(width: number, locale: 'nb' | 'ar' | 'uk', doc: StepsDocument, { orientation, fontSize }: { orientation?: string; fontSize?: string } = {}): Promise<VkStepTracker> {
  await setLocale(locale);
  const style = `inline-size: ${width}px${fontSize ? `; --vk-font-size: ${fontSize}` : ''}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} style=${style}><vk-step-tracker .value=${doc} orientation=${orientation ?? ''}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  if (!orientation) el.removeAttribute('orientation');
  await document.fonts.ready;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}
