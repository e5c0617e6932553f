/**
 * A story named after a layout shows that layout in a usual Storybook canvas (about 1,000 px:
 * a 1280 px window less the sidebar).
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import * as tracker from '../../stories/step-tracker.stories.js';

type Args = Record<string, unknown>;
interface Csf {
  args?: Args;
  render?: (args: Args, context: unknown) => unknown;
}

async function layoutOf(name: 'Horizontal' | 'Vertical', inlineSize: number): Promise<string> {
  const meta = tracker.default as Csf;
  const story = tracker[name] as Csf;
  const args = { ...meta.args, ...story.args };
  const host = await fixture<HTMLElement>(html`<div style="inline-size: ${inlineSize}px"></div>`);
  render((story.render ?? meta.render)!(args, { args }), host);
  const el = host.querySelector('vk-step-tracker') as HTMLElement & { layout: string; updateComplete: Promise<unknown> };
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return el.layout;
}

describe('Step tracker stories: the layout story shows its layout', () => {
  before(async () => {
    document.documentElement.lang = 'nb';
    await setLocale('nb');
  });

  it('Horizontal is horizontal at 1000 px in nb', async () => {
    expect(await layoutOf('Horizontal', 1000)).to.equal('horizontal');
  });

  it('Vertical is vertical at 1000 px', async () => {
    expect(await layoutOf('Vertical', 1000)).to.equal('vertical');
  });
});
