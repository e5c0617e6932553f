import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setLocale } from '../../src/core/localize.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { containerWidths, overflowing, splitWords } from './words.js';

/** A cleaning ladder midway: phase 1 independent, phase 2 current, with sign-offs and a log entry. */
function midway(): LadderDocument {
  const doc = createLadder('cleaning', { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
  return {
    ...doc,
    phases: doc.phases.map((phase, p) => ({
      ...phase,
      tasks: phase.tasks.map((task, t) =>
        p === 0
          ? { ...task, level: 'independent' as const, ...(t < 2 ? { signoff: { by: 'Kari Nordmann', date: '2026-03-02' } } : {}) }
          : p === 1 && t === 0
            ? { ...task, level: 'with-support' as const, log: [{ date: '2026-03-09', by: 'mentor' as const, mood: 4 as const, text: 'Mye bedre i dag.' }] }
            : task,
      ),
    })),
  };
}

async function mount(width: number, locale: 'nb' | 'ar', doc: LadderDocument, mode = 'adviser'): Promise<VkTaskLadder> {
  await setLocale(locale);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px"><vk-task-ladder .value=${doc} mode=${mode}></vk-task-ladder></div>`,
  );
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

function phaseOrder(el: VkTaskLadder): string[] {
  return shadowAll(el, '.phase')
    .map((phase) => ({ id: phase.dataset.phase ?? '', top: phase.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top)
    .map((p) => p.id);
}

describe('<vk-task-ladder> at every size', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ar'] as const) {
    for (const width of containerWidths) {
      for (const mode of ['adviser', 'participant']) {
        it(`splits no word and paints nothing outside itself at ${width} px, ${locale}, ${mode}`, async () => {
          const el = await mount(width, locale, midway(), mode);
          expect(splitWords(el.shadowRoot as ShadowRoot)).to.deep.equal([]);
          expect(overflowing(el)).to.deep.equal([]);
        });
      }
    }
  }

  it('puts the three phases side by side at 1100 px', async () => {
    const el = await mount(1100, 'nb', midway());
    const tops = shadowAll(el, '.phase').map((p) => Math.round(p.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
  });

  for (const width of [320, 480, 720]) {
    it(`stacks the phases at ${width} px with the current phase first in view`, async () => {
      const doc = midway();
      const el = await mount(width, 'nb', doc);
      expect(phaseOrder(el)[0]).to.equal(doc.phases[1].id);
      const current = shadowAll(el, '.phase[aria-current="step"]');
      expect(current.map((p) => p.dataset.phase)).to.deep.equal([doc.phases[1].id]);
      // Every phase is still there, each in its own row.
      expect(new Set(shadowAll(el, '.phase').map((p) => Math.round(p.getBoundingClientRect().left))).size).to.equal(1);
    });
  }

  it('goes back to document order when widened past the breakpoint', async () => {
    const doc = midway();
    const el = await mount(480, 'nb', doc);
    (el.parentElement as HTMLElement).style.inlineSize = '1100px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(shadowAll(el, '.phase').map((p) => p.dataset.phase)).to.deep.equal(doc.phases.map((p) => p.id));
  });

  // A small ladder: nothing of its own re-renders it after the move (a long one fills its first
  // frame in later renders, which used to hide that the width was no longer followed).
  it('moved into a narrow place in the page (a sidebar), stacks with the current phase first, as a fresh one there does', async () => {
    const doc = sampleLadder();
    const done = { ...doc, phases: doc.phases.map((phase, p) => (p === 0 ? { ...phase, tasks: phase.tasks.map((task) => ({ ...task, level: 'independent' as const })) } : phase)) };
    const el = await mount(1100, 'nb', done);
    expect(phaseOrder(el), 'wide: document order').to.deep.equal(['p1', 'p2']);
    const sidebar = document.createElement('div');
    sidebar.style.inlineSize = '480px';
    el.parentElement?.after(sidebar);
    sidebar.append(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(phaseOrder(el), 'in the sidebar: the current phase first').to.deep.equal(['p2', 'p1']);
    // Its width is still followed there: widened again, back to document order.
    sidebar.style.inlineSize = '1100px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(phaseOrder(el)).to.deep.equal(['p1', 'p2']);
    sidebar.remove();
  });

  for (const length of [100, 200]) {
    it(`wraps an unbroken ${length}-character word in the header, a phase and a task inside the widget`, async () => {
      const doc = midway();
      const long = (c: string): string => c.repeat(length);
      const hostile: LadderDocument = {
        ...doc,
        title: long('X'),
        mentor: { name: long('M') },
        phases: doc.phases.map((phase, p) => (p === 0 ? { ...phase, title: long('Y'), tasks: phase.tasks.map((t, i) => (i === 0 ? { ...t, title: long('Z') } : t)) } : phase)),
      };
      for (const width of [320, 1100]) {
        const el = await mount(width, 'nb', hostile);
        expect(overflowing(el)).to.deep.equal([]);
        // The page is only as wide as the box the host gave the widget.
        expect(document.documentElement.scrollWidth).to.be.at.most(Math.max(window.innerWidth, width + 16));
      }
    });
  }

  for (const [name, text] of [
    ['a Norwegian compound', 'Arbeidsmiljøopplæringsprogrammet'],
    ['an unbroken 100-character word', 'W'.repeat(100)],
  ] as const) {
    it(`wraps ${name} in the latest log entry inside its card (the preview never widens the page), nb and ar`, async () => {
      const doc = midway();
      const logged: LadderDocument = {
        ...doc,
        phases: doc.phases.map((phase) => ({ ...phase, tasks: phase.tasks.map((t) => ({ ...t, log: [{ date: '2026-03-09', by: 'mentor' as const, mood: 4 as const, text }] })) })),
      };
      for (const locale of ['nb', 'ar'] as const) {
        const el = await mount(320, locale, logged);
        expect(overflowing(el)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      }
    });

    it(`wraps ${name} in the details' logbook (no sideways scrolling) and on paper`, async () => {
      const doc = midway();
      const logged: LadderDocument = { ...doc, phases: doc.phases.map((phase) => ({ ...phase, tasks: phase.tasks.map((t) => ({ ...t, log: [{ date: '2026-03-09', by: 'mentor' as const, mood: 4 as const, text }] })) })) };
      const el = await mount(320, 'nb', logged);
      shadowAll(el, '.task-button')[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
      const popover = shadowAll(el, '.vk-popover')[0];
      expect(popover.querySelector('.log-entry')?.textContent).to.contain(text);
      expect(popover.scrollWidth).to.be.at.most(popover.clientWidth);
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await el.updateComplete;
      try {
        expect(shadowAll(el, '.print-log li').length).to.be.above(0);
        expect(overflowing(el)).to.deep.equal([]);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    });
  }
});

// An empty value (no phases): the empty phases row used to stay in the ladder's grid, so the
// empty-state box sat three spacings under the header (two grid gaps around a 0 px row, and the
// paragraph's own margin) instead of one.
describe('<vk-task-ladder> with no phases', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setLocale('nb');
  });

  for (const media of ['screen', 'print'] as const) {
    for (const mode of ['adviser', 'participant']) {
      it(`shows its empty-state box one grid gap under the header, nothing between them (${mode}, ${media})`, async () => {
        for (const locale of ['nb', 'ar'] as const) {
          for (const width of [320, 1100]) {
            const el = await mount(width, locale, { ...sampleLadder(), phases: [] });
            await emulateMedia({ media });
            const header = shadowAll(el, '.header')[0].getBoundingClientRect();
            const empty = shadowAll(el, '[part="no-phases"]')[0].getBoundingClientRect();
            const gap = parseFloat(getComputedStyle(shadowAll(el, '.ladder')[0]).rowGap);
            const at = `${locale}, ${width} px`;
            expect(gap, `the ladder's row gap (${at})`).to.be.above(0);
            expect(empty.top - header.bottom, `header to empty state (${at})`).to.be.closeTo(gap, 0.5);
            const between = shadowAll(el, '.ladder > *')
              .filter((child) => !child.matches('.header, [part="no-phases"]') && getComputedStyle(child).position !== 'absolute')
              .filter((child) => child.getBoundingClientRect().height > 0 || getComputedStyle(child).display !== 'none')
              .map((child) => `${child.localName}.${child.className}`);
            expect(between, `laid out in the ladder's grid beside the header and the empty state (${at})`).to.deep.equal([]);
            await emulateMedia({ media: 'screen' });
          }
        }
      });
    }
  }

  it('given phases later in a narrow place, stacks them with the current phase first', async () => {
    const doc = sampleLadder();
    const done = { ...doc, phases: doc.phases.map((phase, p) => (p === 0 ? { ...phase, tasks: phase.tasks.map((task) => ({ ...task, level: 'independent' as const })) } : phase)) };
    const el = await mount(480, 'nb', { ...doc, phases: [] });
    el.value = done;
    await el.updateComplete;
    expect(phaseOrder(el)).to.deep.equal(['p2', 'p1']);
    expect(shadowAll(el, '[part="no-phases"]')).to.have.length(0);
  });
});

describe('<vk-task-ladder> in a shrink-to-fit place', () => {
  it('keeps a usable width as a plain flex item (a size container has no content width of its own)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: flex; inline-size: 900px"><vk-task-ladder .value=${midway()}></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.least(320);
  });
});

describe('<vk-task-ladder> adviser controls', () => {
  it('do not crowd a narrow card: level and sign-off shortcuts give way below 30rem (they are in the details)', async () => {
    const narrow = await mount(320, 'nb', midway());
    expect(shadowAll(narrow, '.level-control, .signoff-control').every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
    const wide = await mount(1100, 'nb', midway());
    expect(shadowAll(wide, '.level-control').some((b) => getComputedStyle(b).display !== 'none')).to.equal(true);
  });
});
