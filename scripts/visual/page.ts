/**
 * The page scripts/visual/run.mjs screenshots: renders one Storybook story (CSF) with Lit's
 * render(), without Storybook, as the test harness does. Every stories/*.stories.ts is found by
 * Vite's import.meta.glob, so new stories are screenshotted without editing this file.
 */
import { render } from 'lit';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { pinStoryClock, storyNow } from '../../.storybook/story-clock.js';

// The stories' day, as in Storybook (.storybook/preview.ts), but a fixed clock: the week's "now" line
// and every "today" are the same in each shot, whatever day or how long the run.
pinStoryClock(storyNow, { fixed: true });

type Args = Record<string, unknown>;
interface Csf {
  args?: Args;
  render?: (args: Args, context: unknown) => unknown;
  component?: string;
  /** A story's own toolbar values: `locale` pins the canvas language (the right-to-left stories' ar). */
  globals?: { locale?: string };
}

const modules = import.meta.glob('../../stories/*.stories.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

interface Entry {
  id: string;
  widget: string;
  name: string;
  /** The locale the story sets for itself (story `globals.locale`), as Storybook's toolbar would. */
  locale?: string;
  template: (locale: string) => unknown;
}

const stories: Entry[] = [];
for (const [path, exports] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
  const widget = path.split('/').pop()?.replace('.stories.ts', '') ?? path;
  const meta = (exports.default ?? {}) as Csf;
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'default' || name === '__namedExportsOrder' || !value || typeof value !== 'object') continue;
    const story = value as Csf;
    const renderer = story.render ?? meta.render;
    if (!renderer) continue;
    const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
    const id = `${widget}--${kebab(name)}`;
    const locale = story.globals?.locale ?? meta.globals?.locale;
    stories.push({ id, widget, name, locale, template: (l) => renderer(args, { args, id, name, globals: { locale: l } }) });
  }
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function settle(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = Array.from(root.querySelectorAll('*')).filter((e) => e.tagName.startsWith('VK-')) as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;
    await Promise.all(widgets.map((w) => w.updateComplete));
    await frame();
    await frame();
  }
  // Pictograms are <img> elements inside shadow roots: wait until each has loaded (or failed).
  const images: HTMLImageElement[] = [];
  const walk = (node: ParentNode): void => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el instanceof HTMLImageElement) images.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  // Lazy pictograms load only when in the viewport: wait for those in view, at most 120 frames.
  const inView = images.filter((img) => {
    const r = img.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.width > 0;
  });
  const loaded = Promise.all(inView.map((img) => (img.complete ? null : new Promise((resolve) => (img.addEventListener('load', resolve), img.addEventListener('error', resolve))))));
  let frames = 0;
  const limit = new Promise<void>((resolve) => {
    const tick = (): void => (++frames > 120 ? resolve() : void requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
  await Promise.race([loaded, limit]);
  await document.fonts.ready;
  await frame();
}

const api = {
  list: () => stories.map(({ id, widget, name }) => ({ id, widget, name })),
  async show(id: string, locale: string): Promise<void> {
    const story = stories.find((s) => s.id === id);
    if (!story) throw new Error(`No story ${id}`);
    // A story that sets its locale is shown in it in every run, as in Storybook (its nb shots equal its ar ones).
    locale = story.locale ?? locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr';
    await setLocale(locale);
    // A fresh container per story (Lit keeps its render state on the container).
    const old = document.getElementById('story') as HTMLElement;
    const root = document.createElement('div');
    root.id = 'story';
    old.replaceWith(root);
    render(story.template(locale), root);
    await settle(root);
    // The shot is taken from the page's origin: a scroll left by an earlier story (or, in
    // right-to-left, by overflow to the left) would frame the wrong part.
    window.scrollTo(0, 0);
    await settle(root);
  },
};
(window as unknown as { veikartVisual: typeof api }).veikartVisual = api;
document.body.dataset.ready = 'true';
