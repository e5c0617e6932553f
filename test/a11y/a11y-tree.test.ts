/**
 * Accessibility-tree snapshots: per widget one representative story, in nb and in ar, compared
 * with test/a11y/snapshots/<widget>-<locale>.txt. A difference fails with a line diff, so a change
 * in what a screen reader hears shows in review. After an intended change, regenerate with
 *   UPDATE_SNAPSHOTS=1 npx wtr --files test/a11y/a11y-tree.test.ts
 * (or `UPDATE_SNAPSHOTS=1 npm test`) and commit the .txt files with the change.
 * Also: every operable node (button, checkbox, tab, …) has a name, in every UI locale.
 */
import { expect } from '@open-wc/testing';
import { uiLocales } from '../../src/core/localize.js';
import { loadStories, mountStory, type StoryCase } from './story-harness.js';
import { accessibilityTree, matchSnapshot, serialise, unnamedControls } from './a11y-tree.js';

/** The story that shows the most of each widget. */
const representative: Record<string, string> = {
  'plan-board': 'AdviserAminasWeek',
  'step-tracker': 'Midway',
  'task-ladder': 'Midway',
  'course-calendar': 'Month',
};

const stories = await loadStories();
const picked: StoryCase[] = Object.entries(representative).map(([widget, name]) => {
  const story = stories.find((s) => s.widget === widget && s.name === name);
  if (!story) throw new Error(`The representative story ${widget}/${name} is gone: pick another in a11y-tree.test.ts`);
  return story;
});

/** A short line diff: the first differing lines with their numbers. */
function diff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < 24; i++) {
    if (a[i] !== b[i]) out.push(`${i + 1}: - ${a[i] ?? '(none)'}`, `${i + 1}: + ${b[i] ?? '(none)'}`);
  }
  return out.join('\n');
}

async function treeOf(story: StoryCase, locale: string) {
  const mounted = await mountStory(story, { locale, inlineSize: 1100 });
  // A named region around the story: puppeteer's snapshot of a root that is not itself an
  // "interesting" node returns only that root's first interesting descendant.
  mounted.container.id = 'a11y-tree-root';
  mounted.container.setAttribute('role', 'region');
  mounted.container.setAttribute('aria-label', 'story');
  try {
    return await accessibilityTree('#a11y-tree-root');
  } finally {
    mounted.unmount();
  }
}

describe('accessibility-tree snapshots', () => {
  for (const story of picked) {
    for (const locale of ['nb', 'ar']) {
      it(`${story.widget} (${story.name}) in ${locale} matches test/a11y/snapshots/${story.widget}-${locale}.txt`, async function () {
        this.timeout(30000);
        const text = `${serialise(await treeOf(story, locale))}\n`;
        const { expected, update } = await matchSnapshot(`${story.widget}-${locale}`, text);
        if (update) return; // written
        expect(expected, `No snapshot yet: run UPDATE_SNAPSHOTS=1 npx wtr --files test/a11y/a11y-tree.test.ts`).to.be.a('string');
        expect(text === expected, `The accessibility tree changed:\n${diff(expected as string, text)}`).to.equal(true);
      });
    }
  }
});

describe('every control is named, in every UI locale', () => {
  for (const story of picked) {
    it(`${story.widget} (${story.name}) in ${uiLocales.join(', ')}`, async function () {
      this.timeout(60000);
      const unnamed: string[] = [];
      for (const locale of uiLocales) {
        for (const path of unnamedControls(await treeOf(story, locale))) unnamed.push(`${locale}: ${path}`);
      }
      expect(unnamed).to.deep.equal([]);
    });
  }
});
