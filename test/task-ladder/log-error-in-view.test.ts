import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setLocale } from '../../src/core/localize.js';
import { focused, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// A participant on a 320 px phone with text at 200 % saves a logbook entry with no face and no
// words. Focus went to the first face, but "Velg et ansikt eller skriv noe." stood under the faces,
// three rows of them below: a sighted user saw red rings and no words (WCAG 3.3.1). The message is
// now under the faces' legend, above them, and in view with the face focus lands on.
describe('<vk-task-ladder> log form at 200 % text in a 320 px window: the empty entry\'s message is in view', () => {
  before(() => setViewport({ width: 320, height: 420 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, words, from] of [
    ['nb', 'Velg et ansikt eller skriv noe.', 'Save'],
    ['ar', 'اختر وجهًا أو اكتب شيئًا.', 'Save'],
    ['nb', 'Velg et ansikt eller skriv noe.', 'the first face'],
    ['ar', 'اختر وجهًا أو اكتب شيئًا.', 'the first face'],
  ] as const) {
    it(`${lang}: Enter on ${from} with nothing chosen: focus on the first face, the message seen with it`, async () => {
      document.documentElement.style.fontSize = '32px';
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder></div>`);
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await el.updateComplete;
      shadowAll(el, '.log-control')[0].click();
      await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .log-form'), 'the log form opens and is placed', { timeout: 5000 });
      await settle(el);
      // Save, as a keyboard user reaches it (the panel scrolled down to its buttons), or Enter on
      // the faces (where the form opens in participant mode: none checked, focus on the first).
      if (from === 'Save') shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').focus();
      expect(focused(el)?.matches(from === 'Save' ? '[type=submit]' : '[name=mood]')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const panel = shadow(el, '.vk-popover').getBoundingClientRect();
      const message = shadow(el, '.log-form [role="alert"]');
      expect(message.textContent?.trim()).to.equal(words);
      const face = shadowAll<HTMLInputElement>(el, '.log-form input[name="mood"]')[0];
      expect(focused(el), 'focus on the first face').to.equal(face);
      for (const [name, box] of [['the message', message.getBoundingClientRect()], ['the focused face', face.getBoundingClientRect()]] as const) {
        expect(box.top >= panel.top && box.bottom <= panel.bottom, `${name} in view (${Math.round(box.top)}–${Math.round(box.bottom)} in ${Math.round(panel.top)}–${Math.round(panel.bottom)})`).to.equal(true);
      }
    });
  }

  // The adviser's date: "Velg en gyldig dato." stood after the text box and Save left focus on
  // itself. It now stands under the date's label, above the box, and Save focuses the box.
  for (const [lang, words] of [
    ['nb', 'Velg en gyldig dato.'],
    ['ar', 'اختر تاريخًا صحيحًا.'],
  ] as const) {
    it(`${lang}: Enter on Save with the date cleared: focus on the date, the message above it seen with it`, async () => {
      document.documentElement.style.fontSize = '32px';
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`);
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await el.updateComplete;
      shadowAll(el, '.log-control')[0].click();
      await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .log-form'), 'the log form opens and is placed', { timeout: 5000 });
      await settle(el);
      shadowAll<HTMLInputElement>(el, '.log-form input[name="mood"]')[2].click();
      const date = shadow<HTMLInputElement>(el, '.log-form input[name="date"]');
      date.value = '';
      date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const panel = shadow(el, '.vk-popover').getBoundingClientRect();
      const message = shadow(el, '.log-form [role="alert"]');
      expect(message.textContent?.trim()).to.equal(words);
      expect(focused(el), 'focus on the date').to.equal(date);
      expect(date.getAttribute('aria-invalid')).to.equal('true');
      expect(date.getAttribute('aria-describedby')).to.equal(message.id);
      for (const [name, box] of [['the label', date.labels![0].getBoundingClientRect()], ['the message', message.getBoundingClientRect()], ['the focused date', date.getBoundingClientRect()]] as const) {
        expect(box.top >= panel.top && box.bottom <= panel.bottom, `${name} in view (${Math.round(box.top)}–${Math.round(box.bottom)} in ${Math.round(panel.top)}–${Math.round(panel.bottom)})`).to.equal(true);
      }
    });
  }
});
