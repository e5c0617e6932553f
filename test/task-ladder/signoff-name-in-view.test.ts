import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setLocale } from '../../src/core/localize.js';
import { focused, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// An adviser on a 320 px phone with text at 200 % signs a task off with no mentor's name. "Skriv
// fadderens navn." stood after the date and Save kept focus: the name field, far above, was only a
// red ring. The message now stands under the name's label, above the box, as the logbook's date
// message does, and Save focuses the name with its label and message in view.
describe('<vk-task-ladder> sign-off form at 200 % text in a 320 px window: the missing name\'s message at its field', () => {
  before(() => setViewport({ width: 320, height: 420 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, words] of [
    ['nb', 'Skriv fadderens navn.'],
    ['ar', 'اكتب اسم المرشد.'],
  ] as const) {
    it(`${lang}: Enter on Save with no name: focus on the name, the message its description, above the box, seen with it; a name typed removes it`, async () => {
      document.documentElement.style.fontSize = '32px';
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-task-ladder .value=${{ ...sampleLadder(), mentor: undefined }}></vk-task-ladder></div>`,
      );
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await settle(el);
      await waitUntil(() => shadowAll(el, '.task-button').length === 4, 'every task drawn (after the first frame)');
      // Details, then "Kvitter ut" (below 30em the card offers no sign-off shortcut).
      const task = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!;
      task.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .open-signoff'), 'the details open', { timeout: 5000 });
      shadow<HTMLButtonElement>(el, '.open-signoff').click();
      await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .signoff-form'), 'the sign-off form opens and is placed', { timeout: 5000 });
      await settle(el);
      const name = shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]');
      expect(name.value).to.equal('');
      // Save, as a keyboard user reaches it (the panel scrolled down to its buttons).
      shadow<HTMLButtonElement>(el, '.signoff-form button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot?.querySelector('.signoff-form'), 'nothing committed, the form stays').to.not.equal(null);
      const message = shadow(el, '.signoff-form [role="alert"]');
      expect(message.textContent?.trim()).to.equal(words);
      expect(focused(el), 'focus on the name').to.equal(name);
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal(message.id);
      const label = name.labels![0].getBoundingClientRect();
      const box = name.getBoundingClientRect();
      const said = message.getBoundingClientRect();
      expect(said.top >= label.bottom - 1 && said.bottom <= box.top + 1, `the message between the label (…${Math.round(label.bottom)}) and the box (${Math.round(box.top)}…): ${Math.round(said.top)}–${Math.round(said.bottom)}`).to.equal(true);
      const panel = shadow(el, '.vk-popover').getBoundingClientRect();
      for (const [what, rect] of [['the label', label], ['the message', said], ['the focused name', box]] as const) {
        expect(rect.top >= panel.top && rect.bottom <= panel.bottom, `${what} in view (${Math.round(rect.top)}–${Math.round(rect.bottom)} in ${Math.round(panel.top)}–${Math.round(panel.bottom)})`).to.equal(true);
      }
      await sendKeys({ type: 'Kari' });
      await settle(el);
      expect(el.shadowRoot?.querySelector('.signoff-form [role="alert"]'), 'the message goes once a name is typed').to.equal(null);
      expect(name.hasAttribute('aria-invalid')).to.equal(false);
      expect(name.hasAttribute('aria-describedby')).to.equal(false);
      expect(focused(el)).to.equal(name);
    });
  }
});
