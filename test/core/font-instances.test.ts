/**
 * Font instances per story: the distinct (font-size, font-weight, font-style) triples of the text
 * a widget lays out, visually hidden text included. Each one is a font instance the browser builds
 * the first time a page uses it — on Linux Chromium a synchronous request to the browser process
 * for its render style, 1-3 ms each in a fresh page, traced as FontCache::GetFontPlatformData
 * inside the first layout (docs/benchmarks.md, ninth pass). The count is deterministic (computed
 * style, not time), so it is a budget: a new size or weight in a widget's CSS must fit in it or
 * raise it here on purpose.
 *
 * What it does not see: the fallback fonts a script needs (Arabic or Ethiopic text adds instances
 * of its own font: content, not CSS), form-control values and placeholders, slotted light-DOM
 * text, and what only opens on use (dialogs, popovers) or only shows at other widths.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadStories, mountStory } from '../a11y/story-harness.js';
import { veikartElements } from '../../src/api.js';
import type { FontInstance } from '../../src/core/fonts.js';

/**
 * Per element: the most instances any story may give one of them at 1280 px in nb (the count today).
 * The calendar's ninth (5 Dec, 36th pass) is a week view's narrow lane: its end time is text of
 * font-size 0 (drawn nowhere, taking no room) so the chip's name reads "09:00–10:30" — hidden in an
 * absolutely positioned box, it read "09:00 –10:30". Only week views with overlapping sessions use it.
 */
const ceilings: Record<string, number> = {
  'vk-course-calendar': 9,
  'vk-plan-board': 5,
  'vk-step-tracker': 5,
  'vk-task-ladder': 5,
};

/** The computed styles `el` lays out text in: its own (a non-blank text child) and its generated content's. */
function textStyles(el: Element): CSSStyleDeclaration[] {
  const styles: CSSStyleDeclaration[] = [];
  if (Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())) styles.push(getComputedStyle(el));
  for (const pseudo of ['::before', '::after']) {
    const style = getComputedStyle(el, pseudo);
    if (style.content !== 'none' && style.content !== 'normal') styles.push(style);
  }
  return styles;
}

/** The instances the text in `root` (and the shadow roots inside it) uses, as "16px 600 normal", each with the first element found using it. */
function fontInstances(root: ParentNode): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: ParentNode): void => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!el.checkVisibility()) continue;
      for (const style of textStyles(el)) {
        const key = `${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
        if (!found.has(key)) found.set(key, `${el.localName}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`);
      }
    }
  };
  walk(root);
  return found;
}

const stories = await loadStories();

/**
 * The stories that show each widget as a host first shows it (the default view and width): its
 * `firstRenderFonts` must hold every instance they use.
 */
const defaultStories: Record<string, string[]> = {
  'vk-course-calendar': ['course-calendar--month'],
  'vk-plan-board': ['plan-board--adviser-aminas-week'],
  'vk-step-tracker': ['step-tracker--midway', 'step-tracker--compact-table'],
  'vk-task-ladder': ['task-ladder--cleaning'],
};

/** Per tag: every instance its stories use, and those its default stories use. */
const usedByTag = new Map<string, { all: Set<string>; defaults: Set<string>; defaultStoriesSeen: Set<string> }>();

/** A declared `firstRenderFonts` entry as the key `fontInstances` gives, at the default 16 px. */
const declaredKey = ([scale, weight]: FontInstance): string => `${Math.round(16 * scale * 100) / 100}px ${weight} normal`;

describe('font instances: each widget in each story stays within its budget', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('finds stories of every widget', () => {
    const tags = new Set(stories.map((s) => s.tag));
    for (const tag of Object.keys(ceilings)) expect(tags.has(tag), `a story of ${tag}`).to.be.true;
  });

  // Every story, whatever its file (theming.stories.ts shows trackers and a board): each Veikart
  // element in it is held to its own tag's ceiling.
  for (const story of stories) {
    it(`${story.id}: every widget within its font-instance ceiling`, async function () {
      this.timeout(30000);
      const mounted = await mountStory(story, { locale: 'nb' });
      try {
        const widgets = mounted.widgets.filter((w) => w.localName in ceilings);
        expect(widgets.length, `Veikart widgets in ${story.id}`).to.be.greaterThan(0);
        for (const widget of widgets) {
          const found = fontInstances(widget.shadowRoot ?? widget);
          const list = [...found].map(([key, where]) => `${key} (${where})`).join(', ');
          console.log(`FONT-INSTANCES ${story.id} ${widget.localName}: ${found.size}: ${list}`);
          const used = usedByTag.get(widget.localName) ?? { all: new Set<string>(), defaults: new Set<string>(), defaultStoriesSeen: new Set<string>() };
          const isDefault = defaultStories[widget.localName]?.includes(story.id) ?? false;
          if (isDefault) used.defaultStoriesSeen.add(story.id);
          for (const key of found.keys()) {
            used.all.add(key);
            if (isDefault) used.defaults.add(key);
          }
          usedByTag.set(widget.localName, used);
          expect(found.size, `${widget.localName} in ${story.id} lays out no text`).to.be.greaterThan(0);
          expect(found.size, `${widget.localName} in ${story.id} uses ${list}`).to.be.at.most(ceilings[widget.localName]);
        }
      } finally {
        mounted.unmount();
      }
    });
  }

  // prepare() builds each widget's firstRenderFonts before its first render (core/fonts.ts): the
  // list must hold what the widget's default stories lay out, and nothing no story uses.
  for (const tag of Object.keys(ceilings)) {
    it(`${tag}: firstRenderFonts holds its default stories' instances and only instances its stories use`, () => {
      const used = usedByTag.get(tag);
      expect(used, `stories of ${tag} measured above`).to.not.equal(undefined);
      expect([...used!.defaultStoriesSeen].sort(), `default stories of ${tag} measured above`).to.deep.equal([...defaultStories[tag]].sort());
      const declared = (veikartElements as Record<string, unknown>)[tag] as { firstRenderFonts: readonly FontInstance[] };
      const keys = declared.firstRenderFonts.map(declaredKey);
      for (const key of used!.defaults) expect(keys, `${tag}'s default stories use ${key}`).to.include(key);
      for (const key of keys) expect([...used!.all], `${tag} declares ${key}`).to.include(key);
    });
  }

  it('counts a size and weight once, hidden text included, display: none text not at all', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = '.small { font-size: 12px } .bold { font-weight: 600 } .hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip: rect(0 0 0 0) } .none { display: none; font-size: 30px } .after::after { content: "→"; font-size: 9px }';
    root.append(style);
    for (const [cls, text] of [['', 'a'], ['', 'b'], ['small', 'c'], ['small bold', 'd'], ['hidden small', 'e'], ['none', 'f'], ['after', '']] as const) {
      const span = document.createElement('span');
      span.className = cls;
      span.textContent = text;
      root.append(span);
    }
    document.body.append(host);
    try {
      const keys = [...fontInstances(root).keys()].map((k) => k.replace(/ normal$/, ''));
      const base = getComputedStyle(host).fontSize;
      expect(keys.sort()).to.deep.equal([`${base} 400`, '12px 400', '12px 600', '9px 400'].sort());
    } finally {
      host.remove();
    }
  });
});
