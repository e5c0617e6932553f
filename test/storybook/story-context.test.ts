/**
 * Storybook's preview decorator and argTypes enhancer (.storybook/story-context.ts), run without
 * Storybook: a Docs page wraps stories in `<div lang="en">`, which the decorator must not let
 * the widgets read as the page language.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/define.js';
import { onlyWiredControls, withLocale } from '../../.storybook/story-context.js';

const doc = { version: 1, title: { nb: 'Aminas uke', en: "Amina's week" }, columns: [{ id: 'mon', title: { nb: 'Mandag', en: 'Monday' } }], cards: [] };
const story = () => html`<vk-plan-board .value=${doc}></vk-plan-board>`;

async function mountOnDocsPage(locale: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  // What Storybook's DocsPageWrapper puts around a Docs page.
  const page = await fixture<HTMLElement>(html`<div class="sbdocs sbdocs-content" lang="en"></div>`);
  render(withLocale(story, { globals: { locale }, viewMode: 'docs' }), page);
  const board = page.querySelector('vk-plan-board') as HTMLElement & { updateComplete: Promise<unknown> };
  await board.updateComplete;
  return board;
}

describe('Storybook preview: the toolbar locale on Docs pages', () => {
  after(() => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  });

  it('a story on a Docs page shows its document texts in the toolbar locale, not in the docs prose language', async () => {
    const board = await mountOnDocsPage('nb');
    const text = board.shadowRoot!.textContent!;
    expect(text).to.include('Aminas uke');
    expect(text).to.include('Mandag');
    expect(text).not.to.include('Monday');
  });

  it('Arabic on a Docs page: the widget is right to left, the English prose around it stays left to right', async () => {
    const board = await mountOnDocsPage('ar');
    expect(getComputedStyle(board).direction).to.equal('rtl');
    expect(document.documentElement.dir).to.equal('ltr');
  });

  it('on a story canvas <html lang dir> carry the locale, as on a host page', () => {
    withLocale(story, { globals: { locale: 'fa' }, viewMode: 'story' });
    expect([document.documentElement.lang, document.documentElement.dir]).to.deep.equal(['fa', 'rtl']);
  });
});

describe('Storybook preview: controls', () => {
  it('only the args a story passes on keep a control; events, parts and read-only properties keep their row without one', () => {
    const argTypes = { value: { name: 'value' }, mode: { name: 'mode', control: { type: 'radio' } }, 'vk-change': { name: 'vk-change' }, validity: { name: 'validity' }, '--vk-radius': { name: '--vk-radius' } };
    const out = onlyWiredControls({ argTypes, initialArgs: { value: {}, mode: 'adviser' } });
    expect(Object.keys(out)).to.deep.equal(Object.keys(argTypes));
    expect(out.mode).to.deep.equal(argTypes.mode);
    expect(out.value.control).to.equal(undefined);
    for (const name of ['vk-change', 'validity', '--vk-radius']) expect(out[name].control, name).to.equal(false);
  });
});
