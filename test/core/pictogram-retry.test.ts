// A pictogram URL that failed to load stayed failed for the page's life: a moment without network
// left the placeholder until reload. Failed URLs get one more try when the browser comes back online
// and after the host sets a new value; the placeholder stays until the retry has loaded (no
// broken-image icon in between), and a URL that fails again keeps it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/step-tracker/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { Pictogram } from '../../src/core/types.js';
import { sampleSteps } from '../helpers/index.js';

let serial = 0;
/** The sample steps with the first step's pictogram `pictogram` and the tracker's title `title`. */
const stepsWith = (pictogram: Pictogram, title = 'Plan') => {
  const doc = sampleSteps();
  return { ...doc, title, steps: doc.steps.map((s, i) => (i === 0 ? { ...s, pictogram } : s)) };
};
const images = (el: HTMLElement, src: string) => Array.from(el.shadowRoot!.querySelectorAll('img')).filter((img) => img.getAttribute('src') === src);
/** How many times the page fetched `src` (resource timing records a 404 too). */
const requests = (src: string): number => performance.getEntriesByName(new URL(src, location.href).href).length;

/** A tracker showing `src`, whose image then fails (an `error` event, as a dropped connection gives): it draws the placeholder. */
async function failedTracker(src: string): Promise<VkStepTracker> {
  const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang="nb" .value=${stepsWith({ src, alt: 'Buss' })}></vk-step-tracker>`);
  const [img] = images(el, src);
  expect(img, 'the image is drawn first').to.exist;
  img.dispatchEvent(new Event('error'));
  await el.updateComplete;
  expect(images(el, src), 'the placeholder instead').to.have.length(0);
  return el;
}

describe('a pictogram that failed to load, retried', () => {
  it('is drawn again once the browser is back online and the image loads', async () => {
    const src = `/src/core/pictograms/bus.svg?online-${++serial}`;
    const el = await failedTracker(src);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => images(el, src).length > 0, 'the image is drawn again', { timeout: 5000 });
    // Drawn from the image the retry loaded: not the broken-image icon.
    await waitUntil(() => images(el, src)[0].complete);
    expect(images(el, src)[0].naturalWidth).to.be.greaterThan(0);
  });

  it('is drawn again after the host sets a new value and the image loads', async () => {
    const src = `/src/core/pictograms/bus.svg?value-${++serial}`;
    const el = await failedTracker(src);
    el.value = stepsWith({ src, alt: 'Buss' }, 'Ny plan');
    await waitUntil(() => images(el, src).length > 0, 'the image is drawn again', { timeout: 5000 });
  });

  it('keeps the placeholder while a retry fails again: the URL is fetched once more and never drawn broken', async () => {
    const src = `/no-such-pictogram-retry-${++serial}.svg`;
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang="nb" .value=${stepsWith({ src, alt: 'Buss' })}></vk-step-tracker>`);
    await waitUntil(() => images(el, src).length === 0, 'the broken image is replaced', { timeout: 5000 });
    const drawn: string[] = [];
    const observer = new MutationObserver(() => images(el, src).length && drawn.push(src));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => requests(src) === 2, 'fetched once more', { timeout: 5000 });
    await el.updateComplete;
    observer.disconnect();
    expect(drawn).to.deep.equal([]);
    expect(images(el, src)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.vk-pictogram--placeholder')).to.exist;
  });
});
