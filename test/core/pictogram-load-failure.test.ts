// A pictogram whose image does not load (a host's `src` that 404s) showed Chromium's broken-image
// icon (QA). Every widget now draws the neutral placeholder an unknown id gets in its place, with
// the pictogram's text alternative; the URL is requested once, not again on the next render, and
// the widgets write nothing to the console about it (the browser's own network error aside).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { resolvePictogram } from '../../src/core/pictograms.js';
import { sampleSteps } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import type { Pictogram } from '../../src/core/types.js';

type Widget = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

/** Each widget's sample with one pictogram set to `pictogram`. */
const withPictogram: Record<string, (pictogram: Pictogram) => unknown> = {
  'vk-step-tracker': (pictogram) => {
    const doc = sampleSteps();
    return { ...doc, steps: doc.steps.map((s, i) => (i === 0 ? { ...s, pictogram } : s)) };
  },
  'vk-plan-board': (pictogram) => {
    const doc = samplePlan();
    return { ...doc, cards: doc.cards.map((c, i) => (i === 0 ? { ...c, pictogram } : c)) };
  },
  'vk-task-ladder': (pictogram) => {
    const doc = sampleLadder();
    return { ...doc, phases: doc.phases.map((p, i) => (i === 0 ? { ...p, tasks: p.tasks.map((t, j) => (j === 0 ? { ...t, pictogram } : t)) } : p)) };
  },
  'vk-course-calendar': (pictogram) => {
    const doc = sampleSchedule();
    return { ...doc, courses: doc.courses.map((c, i) => (i === 0 ? { ...c, pictogram } : c)) };
  },
};

const images = (el: Widget, src: string): HTMLImageElement[] => Array.from(el.shadowRoot!.querySelectorAll('img')).filter((img) => img.getAttribute('src') === src);
const placeholders = (el: Widget): number => el.shadowRoot!.querySelectorAll('.vk-pictogram--placeholder').length;
/**
 * How many times the page fetched `src` (resource timing records a 404 too). Its buffer holds 250 entries by default and
 * drops the rest: in a whole run the page's own modules and preloaded chunks filled it, and the 404 went unrecorded (0).
 */
performance.setResourceTimingBufferSize(100_000);
const requests = (src: string): number => performance.getEntriesByName(new URL(src, location.href).href).length;

let serial = 0;

for (const tag of Object.keys(withPictogram)) {
  describe(`<${tag}>: a pictogram whose image 404s`, () => {
    it('becomes the neutral placeholder, is not requested again, and says nothing in the console', async () => {
      const src = `/no-such-pictogram-${tag}-${++serial}.svg`;
      const said: unknown[] = [];
      const { warn, error } = console;
      console.warn = (...args: unknown[]) => said.push(args);
      console.error = (...args: unknown[]) => said.push(args);
      try {
        const place = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`);
        const el = document.createElement(tag) as Widget;
        el.setAttribute('date', '2026-03-10');
        el.value = withPictogram[tag]({ src, alt: { nb: 'Svømmehall' } });
        place.append(el);
        await el.updateComplete;
        const before = placeholders(el);
        expect(images(el, src).length, 'the image is drawn first').to.be.greaterThan(0);
        await waitUntil(() => images(el, src).length === 0, 'the broken image is replaced', { timeout: 5000 });
        await el.updateComplete;
        expect(placeholders(el)).to.be.greaterThan(before);
        // A later render (the host sets the same document again) draws the placeholder, not the URL.
        el.value = withPictogram[tag]({ src, alt: { nb: 'Svømmehall' } });
        await el.updateComplete;
        expect(images(el, src)).to.have.length(0);
        expect(requests(src)).to.equal(1);
        expect(said).to.deep.equal([]);
      } finally {
        console.warn = warn;
        console.error = error;
      }
    });
  });
}

describe('resolvePictogram after a load failure', () => {
  it('gives no src and the pictogram\'s own text alternative', async () => {
    const src = `/no-such-pictogram-resolve-${++serial}.svg`;
    const el = await fixture<Widget>(html`<vk-step-tracker lang="nb"></vk-step-tracker>`);
    el.value = withPictogram['vk-step-tracker']({ src, alt: { nb: 'Svømmehall' } });
    await el.updateComplete;
    await waitUntil(() => resolvePictogram({ src, alt: { nb: 'Svømmehall' } }, 'nb')?.src === null, 'the failure is recorded', { timeout: 5000 });
    expect(resolvePictogram({ src, alt: { nb: 'Svømmehall' } }, 'nb')).to.deep.equal({ src: null, alt: 'Svømmehall' });
  });
});
