import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';
import { openSessionField } from './session-field.js';

// A newcomer (q17) cleared the bokmål title of a session titled in nb, ar, prs and uk: the field then
// showed the Arabic fallback, and the Norwegian title typed there was saved as `ar`, erasing the
// Arabic one. In an Arabic UI a title without `ar` showed the Norwegian, and Arabic typed there
// replaced it. The title and place fields now edit the text locale's own entry: empty when the text
// has none, and typing adds that language.

async function details(lang: string, field: 'title' | 'place', text: unknown) {
  const { el, input } = await openSessionField(lang, field, text);
  const changes: ScheduleOperation[] = [];
  el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
  const type = async (words: string): Promise<unknown> => {
    input.focus();
    input.select();
    await sendKeys({ type: words });
    await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    return (el.value!.sessions.find((s) => s.id === 'a4') as unknown as Record<string, unknown>)[field];
  };
  const also = (): string => el.shadowRoot!.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
  return { el, input, changes, type, also };
}

describe('the session details: the title and place fields edit the text locale’s own language', () => {
  const names = new Intl.DisplayNames(['nb'], { type: 'language' });
  for (const field of ['title', 'place'] as const) {
    it(`${field}: bokmål UI, no nb entry: the field is empty, typing adds nb and keeps the Arabic`, async () => {
      const text = { ar: 'النرويجية المهنية', prs: 'نارویژی مسلکی', uk: 'Професійна норвезька' };
      const { el, input, type, also, changes } = await details('nb', field, text);
      expect(input.value, 'not the Arabic fallback').to.equal('');
      const shown = el.shadowRoot!.querySelector(`[data-session-details] ${field == 'title' ? 'span' : 'bdi'}[lang="ar"]`);
      expect(shown?.textContent, 'the text as shown elsewhere, marked Arabic, above the fields').to.equal(text.ar);
      expect(input.lang).to.equal('nb');
      expect(also(), 'every language the text has').to.equal(`Også på: ${names.of('ar')}, ${names.of('prs')}, ${names.of('uk')}`);
      expect(await type('Bransjenorsk for butikk')).to.deep.equal({ ...text, nb: 'Bransjenorsk for butikk' });
      expect(changes).to.have.length(1);
      expect(input.value, 'the field now shows the bokmål text').to.equal('Bransjenorsk for butikk');
    });

    it(`${field}: Arabic UI, no ar entry: the field is empty, typing adds ar and keeps the Norwegian`, async () => {
      const { input, type } = await details('ar', field, { nb: 'Prøve', uk: 'Іспит' });
      expect(input.value, 'not the Norwegian fallback').to.equal('');
      expect(input.lang).to.equal('ar');
      expect(await type('اختبار')).to.deep.equal({ nb: 'Prøve', uk: 'Іспит', ar: 'اختبار' });
    });

    it(`${field}: Arabic UI, a plain (Norwegian) string: typing adds ar beside it as nb`, async () => {
      const { input, type } = await details('ar', field, 'Prøve');
      expect(input.value).to.equal('');
      expect(await type('اختبار')).to.deep.equal({ nb: 'Prøve', ar: 'اختبار' });
    });

    it(`${field}: bokmål UI, a plain string stays a plain string`, async () => {
      const { input, type } = await details('nb', field, 'Prøve');
      expect(input.value).to.equal('Prøve');
      expect(await type('Eksamen')).to.equal('Eksamen');
    });
  }
});
