/** The layout checks themselves: they find what they name, and only that. */
import { expect, fixture, html } from '@open-wc/testing';
import { overflows, splitWords } from './layout-checks.js';

describe('layout checks', () => {
  it('finds a word broken by overflow-wrap: anywhere although the word fits its container', async () => {
    const el = await fixture(html`<div style="inline-size: 400px"><p style="inline-size: 60px; overflow-wrap: anywhere; font: 16px sans-serif">Samfunnskunnskap i dag</p></div>`);
    const found = splitWords(el);
    expect(found.map((w) => w.word)).to.deep.equal(['Samfunnskunnskap']);
    expect(found[0].lines).to.be.at.least(2);
  });

  it('passes words that wrap between each other, and a word wider than its whole container', async () => {
    const el = await fixture(html`<div style="inline-size: 80px; overflow-wrap: break-word; font: 16px sans-serif">
      <p>Norsk i dag og i morgen</p>
      <p>Arbeidsmarkedstiltaksordningene</p>
    </div>`);
    expect(splitWords(el)).to.deep.equal([]);
  });

  it('fails a word squeezed by a narrow cell inside a wider container', async () => {
    const el = await fixture(html`<div style="inline-size: 320px; display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); overflow-wrap: break-word; font: 14px sans-serif">
      <span>Vinterferie</span><span></span><span></span><span></span><span></span><span></span><span></span>
    </div>`);
    expect(splitWords(el).map((w) => w.word)).to.deep.equal(['Vinterferie']);
  });

  it('breaks after a hyphen or slash are not split words', async () => {
    const el = await fixture(html`<div style="inline-size: 300px"><p style="inline-size: 70px; font: 16px sans-serif">Norsk-opplæring Kurs/praksis</p></div>`);
    expect(splitWords(el)).to.deep.equal([]);
  });

  it('does not look at lines a line clamp hides, but does at the lines it shows', async () => {
    const clamp = 'display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; font: 16px sans-serif';
    const el = await fixture(html`<div style="inline-size: 400px">
      <p style="inline-size: 90px; -webkit-line-clamp: 1; ${clamp}">Arbeid Samfunnskunnskap</p>
      <p style="inline-size: 60px; -webkit-line-clamp: 2; ${clamp}">Samfunnskunnskap</p>
    </div>`);
    expect(splitWords(el).map((w) => w.word)).to.deep.equal(['Samfunnskunnskap']);
  });

  it('finds a child showing outside the widget box, but not one clipped by a scroll container', async () => {
    const el = await fixture<HTMLElement>(html`<div style="inline-size: 400px"><section style="display: block; inline-size: 200px">
      <div style="inline-size: 300px; block-size: 10px">wide</div>
      <div style="overflow-x: auto"><div style="inline-size: 500px; block-size: 10px">scrolls</div></div>
    </section></div>`);
    const widget = el.querySelector('section') as HTMLElement;
    const found = overflows(widget);
    expect(found.length).to.equal(1);
    expect(found[0].where).to.contain('div');
    expect(found[0].right).to.equal(100);
  });

  it('finds a widget wider than the box its host gives it', async () => {
    const el = await fixture<HTMLElement>(html`<div style="inline-size: 200px"><section style="display: block; inline-size: 260px"></section></div>`);
    const found = overflows(el.querySelector('section') as HTMLElement);
    expect(found.map((o) => o.where)[0]).to.contain('itself');
  });
});
