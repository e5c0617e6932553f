// The strings of the page's language cannot be loaded (their chunk file is gone after a deploy, or
// the network is): the widgets stay in the language they had, and say that something could not be
// loaded, as they do for any lazy part (core/announcer.ts `loadFailed`). This file runs in a page
// of its own: localization is configured by its first element, after the Arabic strings are blocked
// (CDP Network.setBlockedURLs, web-test-runner.config.mjs `vk-block-urls`).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { expectedLocale, followDocumentLanguage, getLocale, localeReady, setLocale } from '../../src/core/localize.js';
import { sampleSteps, shadow } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { NOTICE, notice, noticeOf } from '../helpers/load-failure.js';

const warnings: unknown[][] = [];
const warn = console.warn;
const rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent): void => void rejections.push(event.reason);

describe('UI strings that cannot load', () => {
  before(async () => {
    await executeServerCommand('vk-block-urls', { urls: ['*/locales/ar.*'] });
    console.warn = (...args: unknown[]) => void warnings.push(args);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(async () => {
    console.warn = warn;
    window.removeEventListener('unhandledrejection', onRejection);
    await executeServerCommand('vk-block-urls', { urls: [] });
    document.documentElement.lang = 'nb';
  });

  it('a page in Arabic whose strings fail: the tracker shows bokmål, with the notice, and no unhandled rejection', async () => {
    document.documentElement.lang = 'ar';
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const alert = await noticeOf(el);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent?.trim()).to.equal(NOTICE);
    expect(getLocale()).to.equal('nb');
    // What the first render of a later element expects (its date formats): the locale it will get.
    expect(expectedLocale()).to.equal('nb');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Ikke startet');
    expect(warnings.filter((args) => String(args[0]).startsWith('Veikart: a part')).length).to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  it('a widget added after the failure shows the notice from its first render on', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await el.updateComplete;
    expect(notice(el)?.textContent?.trim()).to.equal(NOTICE);
  });

  it('setLocale rejects for the host, and the UI stays as it was', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    let error: unknown;
    await setLocale('ar').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    await el.updateComplete;
    expect(getLocale()).to.equal('nb');
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Ikke startet');
    expect(notice(el)?.textContent?.trim()).to.equal(NOTICE);
  });

  it('another locale asked for and loaded: the page is in a working language again, and the notice goes, on every widget', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const ladder = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await noticeOf(el);
    await noticeOf(ladder);
    // A widget away from the page meanwhile: it hears no status events there.
    const away = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await noticeOf(away);
    const parent = away.parentElement as HTMLElement;
    away.remove();
    // Another language's strings still load (the Arabic ones are still blocked, and not asked for).
    await setLocale('en');
    await el.updateComplete;
    await ladder.updateComplete;
    expect(shadow(el, '.step-button[data-key="s3"]').textContent).to.contain('Not started');
    expect(notice(el)).to.equal(null);
    expect(notice(ladder)).to.equal(null);
    parent.append(away);
    await away.updateComplete;
    expect(notice(away)).to.equal(null);
    // A widget added now shows none.
    const later = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await later.updateComplete;
    expect(notice(later)).to.equal(null);
  });

  it('following <html lang>: a language that fails, then <html lang> back to bokmål: the notice goes', async () => {
    document.documentElement.lang = 'nb'; // as the first test left it: 'ar'
    await followDocumentLanguage();
    expect(getLocale()).to.equal('nb');
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    document.documentElement.lang = 'ar';
    await noticeOf(el);
    expect(getLocale()).to.equal('nb');
    document.documentElement.lang = 'nb';
    await Promise.resolve(); // the MutationObserver's microtask asks for it
    await localeReady();
    await el.updateComplete;
    expect(getLocale()).to.equal('nb');
    expect(notice(el)).to.equal(null);
  });

  it('the connection back, asking for the locale that failed loads it (whatwg/html#10327), and the notice goes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await setLocale('ar').catch(() => undefined);
    await noticeOf(el);
    await executeServerCommand('vk-block-urls', { urls: [] });
    await setLocale('ar');
    await el.updateComplete;
    expect(getLocale()).to.equal('ar');
    expect(notice(el)).to.equal(null);
    // A widget added now shows none.
    const later = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await later.updateComplete;
    expect(notice(later)).to.equal(null);
  });

  it('asked again directly once the connection is back, the locale that failed loads, and the notice goes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await executeServerCommand('vk-block-urls', { urls: ['*/locales/uk.*'] });
    let error: unknown;
    await setLocale('uk').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    await noticeOf(el);
    expect(getLocale()).to.equal('ar');
    await executeServerCommand('vk-block-urls', { urls: [] });
    // The same locale at once, no other in between.
    await setLocale('uk');
    await el.updateComplete;
    expect(getLocale()).to.equal('uk');
    expect(notice(el)).to.equal(null);
  });

  it("following <html lang>: the page's language set again once the connection is back loads it, and the notice goes", async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await executeServerCommand('vk-block-urls', { urls: ['*/locales/fa.*'] });
    document.documentElement.lang = 'fa';
    await followDocumentLanguage().catch(() => undefined);
    await noticeOf(el);
    expect(getLocale()).to.equal('uk');
    await executeServerCommand('vk-block-urls', { urls: [] });
    document.documentElement.setAttribute('lang', 'fa');
    await Promise.resolve(); // the MutationObserver's microtask, queued first, asks for it
    await localeReady();
    await el.updateComplete;
    expect(getLocale()).to.equal('fa');
    expect(notice(el)).to.equal(null);
  });
});
