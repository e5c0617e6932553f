/**
 * One language per canvas: a story that puts its widget in an element with its own `lang` (the
 * right-to-left stories: `<div lang="ar" dir="rtl">`) sets the Locale toolbar to that language
 * (story `globals.locale`), which the preview's decorator passes to `setLocale`, so the widget's
 * own words ("Måned", "Les opp", "Ikke startet") are not Norwegian inside an Arabic page.
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
  globals?: { locale?: string };
  render?: (args: Args, context: unknown) => unknown;
  component?: string;
}

describe('Stories: the canvas locale is the language the story puts its widget in', () => {
  for (const module of [board, tracker, ladder, calendar] as Array<Record<string, unknown>>) {
    const meta = module.default as Csf;
    for (const [name, value] of Object.entries(module)) {
      const story = value as Csf;
      if (name === 'default' || !story || typeof story !== 'object') continue;
      it(`${meta.component} ${name}`, async () => {
        const args = { ...meta.args, ...story.args };
        const host = await fixture<HTMLElement>(html`<div></div>`);
        render((story.render ?? meta.render)!(args, { args, globals: {} }), host);
        const widget = host.querySelector(meta.component!)!;
        const lang = widget.parentElement!.closest('[lang]');
        const wrapped = lang && host.contains(lang) ? lang.getAttribute('lang') : undefined;
        expect(story.globals?.locale, 'story globals.locale').to.equal(wrapped ?? undefined);
      });
    }
  }
});
