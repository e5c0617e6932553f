/**
 * The Theming story (stories/theming.stories.ts) compares Veikart's defaults with a stand-in
 * Designsystemet theme. Its play function is the check: it must pass whatever the Theme toolbar
 * puts on `<html>`, and the two versions must differ in what a reader sees.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/define.js';
import * as theming from '../../stories/theming.stories.js';

type Play = (context: { canvasElement: HTMLElement }) => Promise<void>;
interface Csf {
  render: () => unknown;
  play: Play;
}

async function mount(): Promise<HTMLElement> {
  const canvas = await fixture<HTMLElement>(html`<div></div>`);
  render((theming.DesignsystemetTheme as unknown as Csf).render(), canvas);
  return canvas;
}

describe('Theming story', () => {
  afterEach(() => delete document.documentElement.dataset.theme);

  for (const toolbar of ['default', 'designsystemet']) {
    it(`its play function passes with the Theme toolbar on ${toolbar}`, async () => {
      document.documentElement.dataset.theme = toolbar;
      const canvas = await mount();
      await (theming.DesignsystemetTheme as unknown as Csf).play({ canvasElement: canvas });
    });
  }

  it('the "Veikart default" version keeps the defaults under the toolbar\'s Designsystemet tokens', async () => {
    document.documentElement.dataset.theme = 'designsystemet';
    const canvas = await mount();
    const board = canvas.querySelector<HTMLElement>('[data-theme="default"] vk-plan-board')!;
    await (board as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getComputedStyle(board).getPropertyValue('--_vk-accent').trim()).to.equal('#1d5fbf');
  });
});
