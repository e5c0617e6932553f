/**
 * A story's own English words (notes, the compact table's caption and headers) beside widgets in
 * another language: each sits in an element marked `lang="en"`, and the note or caption says which
 * locale the canvas is in, so a reviewer can tell the story's words from the product's.
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

/** Text nodes of the story's own markup (not inside a widget) with three words or more. */
function storyTexts(host: HTMLElement): Text[] {
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement!.closest('[class^="vk-"], vk-plan-board, vk-step-tracker, vk-task-ladder, vk-course-calendar, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').trim().split(/\s+/).length >= 3) texts.push(node as Text);
  return texts;
}

describe("Stories: the story's own English is marked and names the canvas locale", () => {
  for (const module of [board, tracker, ladder, calendar] as Array<Record<string, unknown>>) {
    const meta = module.default as Csf;
    for (const [name, value] of Object.entries(module)) {
      const story = value as Csf;
      if (name === 'default' || !story || typeof story !== 'object') continue;
      for (const locale of ['nb', 'ti']) {
        it(`${meta.component} ${name} (${locale})`, async () => {
          const args = { ...meta.args, ...story.args };
          const canvas = story.globals?.locale ?? locale;
          const host = await fixture<HTMLElement>(html`<div></div>`);
          render((story.render ?? meta.render)!(args, { args, globals: { locale: canvas } }), host);
          for (const text of storyTexts(host)) {
            const english = text.parentElement!.closest('[lang]');
            expect(english && host.contains(english) ? english.getAttribute('lang') : null, `lang of "${text.textContent!.trim().slice(0, 40)}"`).to.equal('en');
            const note = text.parentElement!.closest('.story-note, caption') ?? english!.querySelector('.story-note, caption');
            expect(note?.textContent, `"${text.textContent!.trim().slice(0, 40)}" names the canvas locale`).to.include(`(${canvas})`);
          }
        });
      }
    }
  }
});
