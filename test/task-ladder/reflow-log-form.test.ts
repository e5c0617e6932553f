import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setLocale } from '../../src/core/localize.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// An adviser on a 360 px phone with text at 200 % writes in a participant's logbook. The date box took its
// own width (309 px at 32 px text) in a 278 px form: it ran 31 px into the popover's padding, up to
// its border. The other widgets' forms cap a field at its column; the ladder's did not.
describe('<vk-task-ladder> log form at 200 % text in a 360 px window', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['nb', 'ar'] as const) {
    it(`every field of the log form stays inside the popover's content box (${lang})`, async () => {
      document.documentElement.style.fontSize = '200%';
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`);
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await el.updateComplete;
      shadowAll(el, '.log-control')[0].click();
      await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] input[type="date"]'), 'the log form opens and is placed', { timeout: 5000 });
      await el.updateComplete;
      const panel = shadow(el, '.vk-popover');
      const style = getComputedStyle(panel);
      const box = panel.getBoundingClientRect();
      const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const fields = Array.from(panel.querySelectorAll<HTMLElement>('input:not([type="radio"]), select, textarea'));
      expect(fields.some((f) => f.matches('input[type="date"]')), 'the form has its date field').to.equal(true);
      const outside = fields
        .map((f) => ({ f, r: f.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < left - 0.5 || r.right > right + 0.5))
        .map(({ f, r }) => `${f.localName}[${f.getAttribute('type') ?? ''}] ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(left)}–${Math.round(right)}`);
      expect(outside).to.deep.equal([]);
    });
  }
});
