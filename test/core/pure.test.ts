import { expect } from '@open-wc/testing';
import { isSafeUrl, pointer, isRealDate } from '../../src/core/schema.js';
import { directionOf, listSeparator, resolveText, textIn } from '../../src/core/text.js';
import { registerPictograms, resolvePictogram } from '../../src/core/pictograms.js';
import { listBuiltInPictograms } from '../../src/core/pictogram-list.js';
import { formatDate, parseIsoDate, toIsoDate } from '../../src/core/dates.js';
import { applyChanges, previousFields } from '../../src/core/model.js';

describe('core pure functions', () => {
  it('isSafeUrl accepts http(s), relative and data:image URLs only', () => {
    for (const ok of ['https://x.no/a.png', 'http://x.no/a.png', '/img/a.svg', 'img/a.svg', './a.png', '../a.png', '//cdn.no/a.png', 'data:image/png;base64,AAAA', 'a.png?x=1#y']) expect(isSafeUrl(ok), ok).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x', '', 'a b.png', '\\\\evil']) expect(isSafeUrl(bad), bad).to.equal(false);
  });

  it('pointer escapes ~ and /', () => {
    expect(pointer('cards', 3, 'columnId')).to.equal('/cards/3/columnId');
    expect(pointer('a/b', '~')).to.equal('/a~1b/~0');
    expect(pointer()).to.equal('');
  });

  it('isRealDate rejects impossible days', () => {
    expect(isRealDate('2024-02-29')).to.equal(true);
    expect(isRealDate('2025-02-29')).to.equal(false);
    expect(isRealDate('2026-04-31')).to.equal(false);
  });

  it('resolveText: UI locale, then nb, then the first entry', () => {
    const text = { nb: 'Norsk', ar: 'عربي', en: 'English' };
    expect(resolveText(text, 'ar')).to.equal('عربي');
    expect(resolveText(text, 'en-GB')).to.equal('English');
    expect(resolveText(text, 'uk')).to.equal('Norsk');
    expect(resolveText({ so: 'Soomaali' }, 'nb')).to.equal('Soomaali');
    expect(resolveText('plain', 'ar')).to.equal('plain');
    expect(resolveText(undefined, 'nb')).to.equal('');
  });

  it('textIn finds only that language', () => {
    expect(textIn({ nb: 'a', ar: 'b' }, 'ar')).to.equal('b');
    expect(textIn({ nb: 'a' }, 'ar')).to.equal(undefined);
    expect(textIn('a', 'ar')).to.equal(undefined);
  });

  it('listSeparator: the Arabic comma for Arabic-script languages, the Ethiopic comma for ti and am, else ", "', () => {
    expect(['ar', 'fa-IR', 'prs', 'ur', 'ti', 'am', 'nb', 'en', 'so', 'uk'].map(listSeparator)).to.deep.equal(['، ', '، ', '، ', '، ', '፣ ', '፣ ', ', ', ', ', ', ', ', ']);
  });

  it('directionOf: ar, fa (and prs) are right to left', () => {
    expect(['ar', 'fa', 'prs', 'nb', 'uk', 'ti', 'so'].map(directionOf)).to.deep.equal(['rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('dates round-trip in local time and format with Intl', () => {
    expect(toIsoDate(parseIsoDate('2026-03-29'))).to.equal('2026-03-29');
    expect(formatDate('2026-03-12', 'nb')).to.equal(new Intl.DateTimeFormat('nb', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(2026, 2, 12)));
  });

  it('applyChanges removes fields set to null and refuses to change the id; previousFields inverts it', () => {
    const item = { id: 'a', title: 'x', due: '2026-01-01' };
    const changes = { title: 'y', due: null, place: 'z' };
    const next = applyChanges(item, changes, 'test');
    expect(next).to.deep.equal({ id: 'a', title: 'y', place: 'z' });
    expect(applyChanges(next, previousFields(item, changes), 'test')).to.deep.equal(item);
    expect(() => applyChanges(item, { id: 'b' }, 'test')).to.throw(TypeError);
  });
});

describe('pictograms', () => {
  it('ships at least 40 built-in pictograms, each with a text alternative and an SVG file', async () => {
    const all = listBuiltInPictograms();
    expect(all.length).to.be.at.least(40);
    for (const p of all) expect(p.alt.length, p.id).to.be.greaterThan(0);
    const responses = await Promise.all(all.map((p) => fetch(p.src)));
    expect(responses.filter((r) => !r.ok).map((r) => r.url)).to.deep.equal([]);
  });

  it('an unknown id resolves to a placeholder with a text alternative until it is registered', () => {
    const before = resolvePictogram('kommune:svommehall', 'nb');
    expect(before?.src).to.equal(null);
    expect(before?.alt).to.contain('kommune:svommehall');
    registerPictograms({ 'kommune:svommehall': { src: '/img/svom.svg', alt: { nb: 'Svømmehall', en: 'Swimming pool' } } });
    expect(resolvePictogram('kommune:svommehall', 'en')).to.deep.equal({ src: '/img/svom.svg', alt: 'Swimming pool' });
  });

  it('registerPictograms refuses unsafe URLs and reserved ids', () => {
    expect(() => registerPictograms({ x: { src: 'javascript:alert(1)', alt: 'x' } })).to.throw(TypeError);
    expect(() => registerPictograms({ 'vk:x': { src: '/a.svg', alt: 'x' } })).to.throw(TypeError);
  });

  it('an inline pictogram with an unsafe src renders as the placeholder', () => {
    expect(resolvePictogram({ src: 'javascript:alert(1)', alt: 'x' }, 'nb')?.src).to.equal(null);
  });
});

describe('bilingual participant text', () => {
  const text = { nb: 'Norskkurs', en: 'Norwegian class', ar: 'دورة اللغة النرويجية' };
  async function rendered(uiLocale: string, participantLanguage?: string): Promise<HTMLElement> {
    const { render } = await import('lit');
    const { bilingual } = await import('../../src/core/bilingual.js');
    const host = document.createElement('div');
    render(bilingual(text, uiLocale, participantLanguage), host);
    return host;
  }

  it('shows the Norwegian text first and the participant language under it, each with lang and dir', async () => {
    const spans = Array.from((await rendered('nb', 'ar')).querySelectorAll('span'));
    expect(spans.map((s) => [s.textContent, s.lang, s.dir])).to.deep.equal([
      ['Norskkurs', 'nb', 'ltr'],
      ['دورة اللغة النرويجية', 'ar', 'rtl'],
    ]);
  });

  it('keeps the Norwegian line first in an Arabic UI', async () => {
    const spans = Array.from((await rendered('ar', 'ar')).querySelectorAll('span'));
    expect(spans.map((s) => s.lang)).to.deep.equal(['nb', 'ar']);
  });

  it('shows one line when there is no participant language', async () => {
    expect((await rendered('en')).querySelectorAll('span')).to.have.length(1);
  });
});
