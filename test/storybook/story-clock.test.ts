/**
 * The stories are set on 12 March 2026 (.storybook/story-clock.ts, pinned by Storybook's preview
 * and the visual suite's page), so they look the same on any real day: "Midway"'s current step is
 * due, not overdue; the compact table's late participants are late.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { todayIso } from '../../src/core/dates.js';
import { pinStoryClock, storyNow } from '../../.storybook/story-clock.js';
import * as tracker from '../../stories/step-tracker.stories.js';

type Args = Record<string, unknown>;
interface Csf {
  args?: Args;
  render?: (args: Args, context: unknown) => unknown;
}

async function show(name: keyof typeof tracker): Promise<HTMLElement> {
  const meta = tracker.default as Csf;
  const story = tracker[name] as Csf;
  const args = { ...meta.args, ...story.args };
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render((story.render ?? meta.render)!(args, { args }), host);
  await Promise.all([...host.querySelectorAll('vk-step-tracker')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return host;
}
const text = (host: HTMLElement): string => [...host.querySelectorAll('vk-step-tracker')].map((el) => el.shadowRoot!.textContent).join(' ');

describe("Stories' clock", () => {
  let restore: () => void;
  before(async () => {
    document.documentElement.lang = 'nb';
    await setLocale('nb');
  });
  beforeEach(() => (restore = pinStoryClock()));
  afterEach(() => restore());

  it("today is the stories' day, 12 March 2026 in Oslo, and the clock runs on from it", async () => {
    expect(todayIso()).to.equal('2026-03-12');
    const first = Date.now();
    expect(first - storyNow).to.be.within(0, 60_000);
    expect(new Date().getTime()).to.be.at.least(first);
  });

  it('Midway: the current step shows its due date, not "Forfalt"', async () => {
    const shown = text(await show('Midway'));
    expect(shown).to.include('13. mars 2026');
    expect(shown).not.to.include('Forfalt');
  });

  it('Compact table: the participants meant to be late have an overdue step', async () => {
    const host = await show('CompactTable');
    const overdue = [...host.querySelectorAll('vk-step-tracker')].filter((el) => el.shadowRoot!.querySelector('[data-overdue]'));
    expect(overdue.length).to.be.greaterThan(0);
    expect(overdue.length).to.be.lessThan(20);
  });

  it('restoring puts the real clock back', () => {
    restore();
    expect(Math.abs(Date.now() - performance.timeOrigin - performance.now())).to.be.below(60_000);
    restore = pinStoryClock();
  });
});
