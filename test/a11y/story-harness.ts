/**
 * Renders Storybook stories (CSF 3: a default export `meta` with `args`/`render`, named exports
 * with `args`/`render`) inside @web/test-runner, without Storybook: every story module in
 * `stories/*.stories.ts` is imported through the `/__vk-stories.js` module that the test runner
 * config serves, so a new story (or story file) is covered by every cross-widget test.
 *
 * Storybook's preview decorator sets `<html lang/dir>` and calls `setLocale`; `mountStory` does
 * the same, then renders the story with Lit's `render()` into a container of the given inline size.
 */
import { render, type TemplateResult } from 'lit';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { executeServerCommand } from '@web/test-runner-commands';

/** One story of one widget. `id` is stable and file-name safe: `plan-board--empty-week`. */
export interface StoryCase {
  /** The story file's base name, e.g. `plan-board`. */
  widget: string;
  /** The widget's tag (`meta.component`), e.g. `vk-plan-board`. */
  tag: string;
  /** The export name, e.g. `EmptyWeek`. */
  name: string;
  id: string;
  /** The story's template with its merged args (meta.args, then story.args). */
  template(): TemplateResult | unknown;
}

type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: unknown) => TemplateResult | unknown;
interface CsfStory {
  args?: Args;
  render?: RenderFn;
}
interface CsfMeta extends CsfStory {
  component?: string;
  title?: string;
  includeStories?: string[];
  excludeStories?: string[];
}

const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

let cached: StoryCase[] | undefined;

/** Every story in stories/*.stories.ts, in file then export order. */
export async function loadStories(): Promise<StoryCase[]> {
  if (cached) return cached;
  const url = '/__vk-stories.js';
  const mod = (await import(/* @vite-ignore */ url)) as { storyFiles: Array<[string, Record<string, unknown>]> };
  const cases: StoryCase[] = [];
  for (const [widget, exports] of mod.storyFiles) {
    const meta = (exports.default ?? {}) as CsfMeta;
    const order = (exports.__namedExportsOrder as string[] | undefined) ?? Object.keys(exports);
    for (const name of order) {
      if (name === 'default' || name === '__namedExportsOrder') continue;
      if (meta.includeStories && !meta.includeStories.includes(name)) continue;
      if (meta.excludeStories?.includes(name)) continue;
      const story = exports[name] as CsfStory | undefined;
      if (!story || typeof story !== 'object') continue;
      const renderer = story.render ?? meta.render;
      if (!renderer) throw new Error(`Story ${widget}/${name} has no render function (and the meta has none)`);
      const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
      cases.push({
        widget,
        tag: meta.component ?? `vk-${widget}`,
        name,
        id: `${widget}--${kebab(name)}`,
        template: () => renderer(args, { args, name, id: `${widget}--${kebab(name)}`, globals: {} }),
      });
    }
  }
  cached = cases;
  return cases;
}

export type Locale = 'nb' | 'en' | 'ar';
const rtl = new Set(['ar', 'fa']);

/** Sets the page and UI locale as Storybook's preview decorator does. */
export async function useLocale(locale: string): Promise<void> {
  document.documentElement.lang = locale;
  document.documentElement.dir = rtl.has(locale) ? 'rtl' : 'ltr';
  await setLocale(locale);
}

/** Forced colours (Windows high contrast) on or off, through Chromium's media emulation. */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('vk-forced-colors', { active });
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Every Veikart element in a tree (light DOM and shadow roots). */
export function widgetsIn(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: ParentNode): void => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.tagName.startsWith('VK-')) found.push(el as HTMLElement);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Waits until every widget in the container has rendered and layout-driven updates settled. */
export async function settle(container: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = widgetsIn(container) as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;
    await Promise.all(widgets.map((w) => w.updateComplete));
    await frame();
    await frame();
  }
  await Promise.all(widgetsIn(container).map((w) => (w as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
}

export interface Mounted {
  container: HTMLElement;
  widgets: HTMLElement[];
  unmount(): void;
}

/**
 * Renders a story into a fresh container of `inlineSize` px (or the page width) with the UI
 * locale set, and waits until it has settled.
 */
export async function mountStory(story: StoryCase, options: { locale?: string; inlineSize?: number } = {}): Promise<Mounted> {
  await useLocale(options.locale ?? 'nb');
  const container = document.createElement('div');
  container.dataset.story = story.id;
  container.className = 'vk-story-container';
  if (options.inlineSize) container.style.setProperty('inline-size', `${options.inlineSize}px`);
  document.body.append(container);
  render(story.template(), container);
  await settle(container);
  return {
    container,
    widgets: widgetsIn(container),
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}
