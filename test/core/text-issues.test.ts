// A bad entry inside a multilingual text (Text = string | { [locale]: string }) is reported at the
// entry, with its own reason. Before: the whole text's path and valibot's union message,
// "Invalid type: Expected (string | Object) but received Object" (an Object was expected and given).
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/documents.js';

const plan = (title: unknown, pictogram?: unknown): unknown => ({
  version: 1,
  columns: [{ id: 'm', title }],
  cards: pictogram === undefined ? [] : [{ id: 'c', columnId: 'm', title: 'Buss', pictogram }],
});

describe('validateDocument: issues inside a Text', () => {
  it('a language whose text is null is named by its own JSON Pointer, as "expected string"', () => {
    const result = validateDocument('plan', plan({ nb: 'Mandag', ar: null }));
    expect(result.ok).to.equal(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues[0].path).to.equal('/columns/0/title/ar');
    expect(issues[0].message).to.match(/string/).and.to.match(/null/);
    expect(issues[0].message).to.not.match(/Object/);
  });

  it('a number as a language\'s text: /columns/0/title/nb', () => {
    const result = validateDocument('plan', plan({ nb: 5 }));
    expect(result.ok ? null : result.issues[0].path).to.equal('/columns/0/title/nb');
  });

  it('an inline pictogram\'s alt with a bad entry: the path goes into alt', () => {
    const result = validateDocument('plan', plan('Mandag', { src: 'https://example.org/a.svg', alt: { nb: ['Buss'] } }));
    expect(result.ok ? null : result.issues[0].path).to.equal('/cards/0/pictogram/alt/nb');
  });

  it('a value of no type a Text takes is still reported at the text itself', () => {
    const result = validateDocument('plan', plan(7));
    expect(result.ok ? null : result.issues[0].path).to.equal('/columns/0/title');
  });

  it('valid texts are still accepted', () => {
    expect(validateDocument('plan', plan({ nb: 'Mandag', ar: 'الاثنين' })).ok).to.equal(true);
    expect(validateDocument('plan', plan('Mandag', { src: 'https://example.org/a.svg', alt: { nb: 'Buss' } })).ok).to.equal(true);
  });
});
