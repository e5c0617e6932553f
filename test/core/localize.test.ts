import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { followDocumentLanguage, getLocale, localeReady, normalizeLocale, setLocale } from '../../src/core/localize.js';
import { sampleSteps, shadow } from '../helpers/index.js';

describe('localization', () => {
  afterEach(async () => {
    document.documentElement.lang = 'nb';
    document.documentElement.removeAttribute('dir');
    await followDocumentLanguage();
  });

  it('maps language tags to UI locales', () => {
    expect(normalizeLocale('nb-NO')).to.equal('nb');
    expect(normalizeLocale('no')).to.equal('nb');
    expect(normalizeLocale('prs')).to.equal('fa');
    expect(normalizeLocale('ar-SY')).to.equal('ar');
    expect(normalizeLocale('de')).to.equal('nb');
    expect(normalizeLocale(undefined)).to.equal('nb');
  });

  it('follows <html lang> when it changes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    document.documentElement.lang = 'en';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await localeReady();
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Not started');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Work practice');
  });

  it('setLocale() wins over <html lang> until followDocumentLanguage()', async () => {
    await setLocale('en');
    document.documentElement.lang = 'nn';
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await localeReady();
    expect(getLocale()).to.equal('en');
    await followDocumentLanguage();
    expect(getLocale()).to.equal('nn');
  });

  it('shows document texts in the lang of the element when it sets one', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang="en" .value=${sampleSteps()}></vk-step-tracker>`);
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Work practice');
  });

  it('finds the document-text lang across shadow roots and past an empty lang="" (UI stays bokmål)', async () => {
    // <section lang="en"> → host → shadow root → <div lang=""> → tracker: the empty lang says
    // nothing, the nearest real one is outside the host's shadow root.
    const outer = await fixture<HTMLElement>(html`<section lang="en"><div class="host"></div></section>`);
    const host = outer.querySelector('.host') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.setAttribute('lang', '');
    const el = document.createElement('vk-step-tracker') as VkStepTracker;
    el.value = sampleSteps();
    inner.append(el);
    root.append(inner);
    await el.updateComplete;
    expect(getLocale()).to.equal('nb');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Work practice');
  });

  it('lays out right to left under an ar/rtl ancestor, with Arabic texts', async () => {
    await setLocale('ar');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></div>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    expect(getComputedStyle(shadow(el, '.tracker')).direction).to.equal('rtl');
    expect(shadow(el, '.step-button[data-key="s2"]').textContent).to.contain('دورة اللغة النرويجية');
  });
});
