// QA of 601f740 (a title emptied in the step details is not saved; the field shows the title again):
// spaces only, after a rename (the field shows the new title, not the first), Arabic RTL (the
// field's lang/dir kept), and a plain-string title.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, settle, shadow } from '../helpers/index.js';

async function details(id: string, lang = 'nb'): Promise<{ el: VkStepTracker; field: () => HTMLInputElement }> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></div>`);
  const el = wrap.firstElementChild as VkStepTracker;
  await settle(el);
  shadow(el, `.step-button[data-key="${id}"]`).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  return { el, field: () => shadow<HTMLInputElement>(el, '.details input[type="text"]') };
}

async function typeInto(input: HTMLInputElement, text: string, key: 'Enter' | 'Tab'): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: key });
}

describe('QA: a title emptied in the step details', () => {
  afterEach(() => setLocale('nb'));

  it('spaces only: not saved, the title back in the field', async () => {
    const { el, field } = await details('s2');
    const events = record(el, 'vk-change');
    await typeInto(field(), '   ', 'Enter');
    await settle(el);
    expect(events).to.have.length(0);
    expect(field().value).to.equal('Norskkurs');
  });

  it('after a rename: emptied, the field shows the new title (not the first one)', async () => {
    const { el, field } = await details('s2');
    await typeInto(field(), 'Norsk B1', 'Enter');
    await settle(el);
    expect(el.value!.steps.find((s) => s.id === 's2')!.title).to.deep.include({ nb: 'Norsk B1' });
    await typeInto(field(), '', 'Enter');
    await settle(el);
    expect(field().value).to.equal('Norsk B1');
    expect(el.value!.steps.find((s) => s.id === 's2')!.title).to.deep.include({ nb: 'Norsk B1' });
  });

  it('a plain-string title, Tab away: kept and shown', async () => {
    const { el, field } = await details('s4');
    const events = record(el, 'vk-change');
    await typeInto(field(), '', 'Tab');
    await settle(el);
    expect(events).to.have.length(0);
    expect(field().value).to.equal('Jobb');
  });

  it('Arabic UI, right to left: the Arabic title back, with its lang and dir', async () => {
    await setLocale('ar');
    const { el, field } = await details('s2', 'ar');
    const events = record(el, 'vk-change');
    await typeInto(field(), '', 'Enter');
    await settle(el);
    expect(events).to.have.length(0);
    expect(field().value).to.equal('دورة اللغة النرويجية');
    expect(field().lang).to.equal('ar');
    expect(field().dir).to.equal('rtl');
  });
});
