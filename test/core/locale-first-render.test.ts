// The first element on a page whose <html lang> is not bokmål. This file runs in a page of its
// own: localization is not configured until its first element.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { expectedLocale, followDocumentLanguage, getLocale, prefetchLocale } from '../../src/core/localize.js';
import { sampleSteps, shadow } from '../helpers/index.js';

// Resource timing keeps 250 entries by default and drops the rest: in a whole run this page's own modules can fill it first.
performance.setResourceTimingBufferSize(100_000);

describe('the first render on a page in another language than bokmål', () => {
  after(async () => {
    document.documentElement.lang = 'nb';
    await followDocumentLanguage();
  });

  it('before any element: the expected locale follows <html lang>, and prefetchLocale fetches its strings', async () => {
    document.documentElement.lang = 'uk-UA';
    expect(expectedLocale()).to.equal('uk');
    prefetchLocale();
    let fetched: PerformanceEntry[] = [];
    for (let i = 0; i < 50 && fetched.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      fetched = performance.getEntriesByType('resource').filter((entry) => /locales\/uk\b/.test(entry.name));
    }
    expect(fetched.length, 'requests for the uk strings').to.be.greaterThan(0);
  });

  it('is in the page’s language, and is the only render (no bokmål render first, no second when the strings arrive)', async () => {
    document.documentElement.lang = 'en';
    const el = document.createElement('vk-step-tracker') as VkStepTracker;
    let renders = 0;
    const render = (el as unknown as { render(): unknown }).render.bind(el);
    // Counts the renders of this one element (an own property shadows the class's method).
    Object.defineProperty(el, 'render', { value: () => (renders++, render()) });
    el.value = sampleSteps();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(getLocale()).to.equal('en');
      expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Not started');
      // Whatever else settles later (the locale's ready event) must not draw the tracker again.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(renders).to.equal(1);
    } finally {
      el.remove();
    }
  });
});
