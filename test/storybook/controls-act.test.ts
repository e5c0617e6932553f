/**
 * A designer changes a control and expects the story's widgets to follow: every story that offers
 * controls passes `value`, `readonly`, `disabled` and `headingLevel` on to each of its widgets (a story that
 * renders several widgets, like the width boxes, to all of them).
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/define.js';
import * as calendar from '../../stories/course-calendar.stories.js';
import * as board from '../../stories/plan-board.stories.js';
import * as tracker from '../../stories/step-tracker.stories.js';
import * as ladder from '../../stories/task-ladder.stories.js';

type Args = Record<string, unknown>;
interface Csf {
  args?: Args;
  render?: (args: Args, context: unknown) => unknown;
  parameters?: { controls?: { disable?: boolean } };
  component?: string;
}

for (const module of [board, tracker, ladder, calendar] as Array<Record<string, unknown>>) {
  const meta = module.default as Csf;
  describe(`${meta.component}: controls reach every widget of every story`, () => {
    for (const [name, value] of Object.entries(module)) {
      const story = value as Csf;
      if (name === 'default' || !story || typeof story !== 'object' || story.parameters?.controls?.disable) continue;
      it(name, async () => {
        const headings = meta.component !== 'vk-course-calendar'; // the calendar has no heading-level
        const args = { ...meta.args, ...story.args, value: meta.args!.value, readonly: true, disabled: true, ...(headings ? { headingLevel: 4 } : {}) };
        const host = await fixture<HTMLElement>(html`<div></div>`);
        render((story.render ?? meta.render)!(args, { args }), host);
        const widgets = [...host.querySelectorAll(meta.component!)] as Array<HTMLElement & { value: unknown; updateComplete: Promise<unknown> }>;
        expect(widgets.length).to.be.greaterThan(0);
        await Promise.all(widgets.map((w) => w.updateComplete));
        for (const w of widgets) {
          expect([w.hasAttribute('readonly'), w.hasAttribute('disabled')], 'readonly, disabled').to.deep.equal([true, true]);
          expect(JSON.stringify(w.value), 'value').to.equal(JSON.stringify(args.value));
          if (headings) expect(w.getAttribute('heading-level'), 'heading-level').to.equal('4');
        }
      });
    }
  });
}
