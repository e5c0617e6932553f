// Work done before the first element exists: `static prepare()`, which `defineElement` runs in a
// task right after the define. This file runs in a page of its own, so no earlier test built a
// formatter.
import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/registry.js';
import '../../src/define.js';
import { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { localeReady } from '../../src/core/localize.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

/** Runs `run` with `Intl.DateTimeFormat` counting how many formatters are built. */
async function countingFormatters<T>(run: () => T | Promise<T>): Promise<{ result: T; built: number }> {
  const original = Intl.DateTimeFormat;
  let built = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args, newTarget) {
      built++;
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
  try {
    const result = await run();
    return { result, built };
  } finally {
    Intl.DateTimeFormat = original;
  }
}

/** Resolves in a new task (a message). */
const nextMessage = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Hops from message task to message task until `done()` or 20 hops. A message is always queued
 * meanwhile, so the page is never idle: an idle callback cannot run during the hops.
 */
async function busyUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 20 && !done(); i++) await nextMessage();
}

describe('prepare(): what an element class does before its first element', () => {
  it('defineElement runs a class’s prepare() once, in a task right after the define: not during it, not at idle', async () => {
    let calls = 0;
    class Prepared extends HTMLElement {
      static prepare(): void {
        calls++;
      }
    }
    expect(defineElement('vk-test-prepared', Prepared)).to.equal(true);
    expect(calls, 'during define').to.equal(0);
    // Without an idle moment in between: it does not wait for the page to be idle.
    await busyUntil(() => calls > 0);
    expect(calls).to.equal(1);
    expect(defineElement('vk-test-prepared', Prepared), 'defined already').to.equal(false);
    await busyUntil(() => false);
    expect(calls, 'a second define of the same tag prepares nothing').to.equal(1);
  });

  it('a prepare() that throws costs only its head start: define still succeeds', async () => {
    class Failing extends HTMLElement {
      static prepare(): void {
        throw new Error('no');
      }
    }
    expect(defineElement('vk-test-failing', Failing)).to.equal(true);
    await busyUntil(() => false);
    expect(customElements.get('vk-test-failing')).to.equal(Failing);
  });

  it('the calendar builds its month view’s date formatters in the page language, so the first render builds none', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'en';
    try {
      await localeReady();
      const prepared = await countingFormatters(() => VkCourseCalendar.prepare());
      expect(prepared.built, 'formatters built by prepare()').to.be.greaterThan(0);
      const rendered = await countingFormatters(() => fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`));
      expect(shadow(rendered.result, '.title').textContent).to.equal('March 2026');
      expect(shadow(rendered.result, '.weekday-short').textContent).to.equal('Mon');
      expect(rendered.built, 'formatters built by the first render').to.equal(0);
    } finally {
      document.documentElement.lang = before;
      await localeReady();
    }
  });

  // Since e9327d7 a page's <html lang> is the text locale as written ("en-GB", not en): prepare()
  // built en's formatters and the first render probed en-GB and built its own (~3 ms in Chromium).
  it('on a page written <html lang="en-GB"> it prepares en-GB, the tag the first render formats in', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
    try {
      await localeReady();
      const prepared = await countingFormatters(() => VkCourseCalendar.prepare());
      expect(prepared.built, 'formatters built by prepare()').to.be.greaterThan(0);
      const rendered = await countingFormatters(() => fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`));
      expect(shadow(rendered.result, '.title').textContent).to.equal('March 2026');
      expect(rendered.built, 'formatters built by the first render').to.equal(0);
    } finally {
      document.documentElement.lang = before;
      await localeReady();
    }
  });
});
