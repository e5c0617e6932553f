import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { press, sampleSteps, shadow } from '../helpers/index.js';

/**
 * The live region (core/announcer.ts). A widget has it from its first render, except a compact
 * step tracker (hundreds on a page, rarely announcing), which makes it on its first announcement.
 * Screen readers only speak changes to a region they already know: a region made on demand must
 * have been in a frame, empty, before the first message is written into it.
 */
describe('the live region', () => {
  const region = (el: Element): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>('[data-vk-announcer]') ?? null;

  it('is rendered with the widget, empty, and the first message is written at once', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const first = region(el);
    expect(first?.getAttribute('role')).to.equal('status');
    expect(first?.textContent).to.equal('');
    let frames = 0;
    requestAnimationFrame(() => frames++);
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    expect(frames, 'no frame waited for').to.equal(0);
    expect(region(el)).to.equal(first);
    expect(first?.textContent).to.contain('\u2068Arbeidspraksis\u2069: Pågår');
  });

  it('a compact tracker has none before its first announcement', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker>`);
    expect(region(el)).to.equal(null);
    expect(el.shadowRoot?.querySelector('[role="status"], [aria-live]')).to.equal(null);
  });

  it('a compact tracker renders it empty first, writes the first message only after a frame, and later messages at once', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker>`);
    let frames = 0;
    let counting = true;
    const count = (): void => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    // What the shadow root held at each mutation, and how many frames had been produced by then.
    const seen: Array<{ frames: number; present: boolean; text: string }> = [];
    const observer = new MutationObserver(() => seen.push({ frames, present: region(el) !== null, text: region(el)?.textContent ?? '' }));
    observer.observe(el.shadowRoot as ShadowRoot, { childList: true, subtree: true, characterData: true });

    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    observer.disconnect();
    const first = region(el);
    expect(first?.getAttribute('role')).to.equal('status');
    expect(first?.getAttribute('aria-live')).to.equal('polite');
    expect(first?.textContent).to.contain('\u2068Arbeidspraksis\u2069: Pågår');
    const inserted = seen.find((s) => s.present);
    const spoken = seen.find((s) => s.text.includes('Arbeidspraksis'));
    expect(inserted?.text).to.equal('');
    expect(spoken, 'the message is written').to.not.equal(undefined);
    expect(spoken!.frames, 'a frame showed the empty region before the message').to.be.greaterThan(inserted!.frames);

    // The region stays: the next message is written into the same node in the same update.
    const before = frames;
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    counting = false;
    expect(frames, 'no frame waited for').to.equal(before);
    expect(region(el)).to.equal(first);
    expect(first?.textContent).to.contain('\u2068Arbeidspraksis\u2069: Ferdig');
  });
});
