import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Pictogram, PictogramImage, Text } from './types.js';
import { isSafeUrl } from './schema.js';
import { resolveText } from './text.js';
import { builtInPictograms, type BuiltInPictogram } from './pictogram-catalog.js';
import { pictogramUrl } from './pictogram-urls.js';

// The built-in SVGs are separate files loaded as <img>. By default each URL comes from the
// generated pictogram-urls module (one static `new URL('./pictograms/x.svg', import.meta.url)` per
// file, which bundlers follow; in dist/veikart.js: the pictograms/ folder beside the file).
// A host that serves them elsewhere sets a base folder instead.
let base: string | null = null;

/** A built-in pictogram's URL (`setPictogramBase`'s folder, else the bundled file). */
export function builtInUrl(name: string): string {
  return base === null ? (pictogramUrl(name) ?? '') : `${base}${name}.svg`;
}

const builtIns = new Map<string, BuiltInPictogram>(builtInPictograms.map((p) => [p.name, p]));
const registered = new Map<string, PictogramImage>();

/** Fires `change` when the host registers pictograms, so widgets showing placeholders update. */
export const pictogramRegistry = new EventTarget();

/** How many times `pictogramRegistry` fired `change`: a widget put back on the page compares it with the count it left at. */
export let pictogramChanges = 0;

function changed(): void {
  pictogramChanges++;
  pictogramRegistry.dispatchEvent(new Event('change'));
}

/**
 * Serves the built-in pictograms from another folder (a CDN, a static path your server maps),
 * instead of the URLs your bundler gave them. The folder must hold the files of
 * `veikart/dist/pictograms/` (`bus.svg`, `doctor.svg`, …). Relative URLs resolve against the
 * page (`document.baseURI`). Widgets already on the page re-render with the new URLs.
 * Pass `null` to go back to the bundled URLs.
 * @param url a folder URL; a missing trailing slash is added.
 * @throws TypeError when the folder is not http(s) or the page's own scheme (`javascript:`, `data:`, `blob:`), as `registerPictograms` refuses an unsafe `src`.
 * @example setPictogramBase('/static/veikart/pictograms/'); // then "vk:bus" → /static/veikart/pictograms/bus.svg
 */
export function setPictogramBase(url: string | URL | null): void {
  const folder = url === null ? null : new URL(String(url), document.baseURI);
  if (folder && !/^https?:$/.test(folder.protocol) && folder.protocol !== location.protocol) throw new TypeError(`setPictogramBase: "${folder.protocol}" is no folder for pictograms (http(s) or the page's own)`);
  base = folder && folder.href.replace(/\/?$/, '/');
  changed();
}

/**
 * Registers host pictograms by id, for documents that name them (`"pictogram": "oslo:bus"`).
 * Ids not yet registered show a neutral placeholder until they are.
 * @param pictograms `{ [id]: { src, alt } }`: `src` a URL, `alt` a `Text` (`"Svømmehall"` or `{ nb, ar, … }`).
 * @throws TypeError when a `src` is not an http(s), relative or data:image URL, or an id starts with `vk:` (the built-ins');
 *   then none of the call's pictograms is registered.
 * @example registerPictograms({ 'oslo:svommehall': { src: '/img/svom.svg', alt: { nb: 'Svømmehall' } } });
 */
export function registerPictograms(pictograms: Record<string, { src: string; alt: Text }>): void {
  for (const [id, p] of Object.entries(pictograms)) {
    if (!isSafeUrl(p?.src)) throw new TypeError(`registerPictograms: "${id}" has an unsafe or missing src`);
    if (id.startsWith('vk:')) throw new TypeError(`registerPictograms: ids starting with "vk:" are reserved ("${id}")`);
  }
  for (const [id, p] of Object.entries(pictograms)) registered.set(id, { src: p.src, alt: p.alt });
  changed();
}

/** Image URLs that failed to load (a 404, not an image, the network down): the placeholder from then on; true while one more try is due after a new `value` (`retryPictograms`). */
const failed = new Map<string, boolean>();

/**
 * The widgets' `error` listener (`VkElement`, capturing on its shadow root): an
 * `<img class="vk-pictogram">` that failed to load records its `src` as failed, and every widget
 * then draws the neutral placeholder (with the pictogram's text alternative) in its place, as for
 * an unknown id, instead of the browser's broken-image icon. Once per URL (the widgets render
 * again once); the URL is tried again only by `retryPictograms`.
 */
export function onPictogramError({ target }: Event): void {
  const src = (target as Element).matches('img.vk-pictogram') && (target as Element).getAttribute('src');
  if (!src || failed.has(src)) return;
  failed.set(src, true);
  addEventListener('online', retryAll); // one listener (the same function), however many fail
  changed();
}

const retryAll = (): void => retryPictograms(true);

/**
 * A failure may have been the network's for a moment: failed URLs get one more try, each once after
 * a new `value` (a widget's), every one each time the browser comes back online. Fetched aside: the
 * placeholder stays until the image has loaded, then the widgets draw it (no broken-image icon).
 */
export function retryPictograms(online?: boolean): void {
  for (const [src, due] of failed) {
    if (!due && !online) continue;
    failed.set(src, false);
    const image = new Image();
    image.onload = () => failed.delete(src) && changed();
    image.src = src;
  }
}

/** Whether an image URL has failed to load on this page (`onPictogramError`): a picker draws the placeholder for it, as `renderPictogram` does. */
export const pictogramFailed = (src: string): boolean => failed.has(src);

export interface ResolvedPictogram {
  /** null: show the neutral placeholder. */
  src: string | null;
  alt: string;
}

/** The image and text alternative for a pictogram reference in the given locale. */
export function resolvePictogram(pictogram: Pictogram | undefined | null, locale: string): ResolvedPictogram | null {
  const resolved = resolveSource(pictogram, locale);
  if (resolved && failed.has(resolved.src!)) resolved.src = null;
  return resolved;
}

function resolveSource(pictogram: Pictogram | undefined | null, locale: string): ResolvedPictogram | null {
  if (pictogram == null) return null;
  if (typeof pictogram === 'object') {
    return { src: isSafeUrl(pictogram.src) ? pictogram.src : null, alt: resolveText(pictogram.alt, locale) };
  }
  if (pictogram.startsWith('vk:')) {
    const builtIn = builtIns.get(pictogram.slice(3));
    if (builtIn) return { src: builtInUrl(builtIn.name), alt: builtIn.alt() };
  }
  const host = registered.get(pictogram);
  if (host) return { src: host.src, alt: resolveText(host.alt, locale) };
  return { src: null, alt: msg(str`Bilde (${pictogram})`, { id: 'pictogram.placeholder' }) };
}

/**
 * A pictogram as `<img>` (host URLs are never markup), or a neutral placeholder with the same
 * text alternative. `decorative` hides it from assistive technology when a visible text says the same.
 */
export function renderPictogram(pictogram: Pictogram | undefined | null, locale: string, decorative = false): TemplateResult | null {
  const resolved = resolvePictogram(pictogram, locale);
  if (!resolved) return null;
  if (resolved.src === null) {
    return decorative
      ? html`<span class="vk-pictogram vk-pictogram--placeholder" part="pictogram" aria-hidden="true"></span>`
      : html`<span class="vk-pictogram vk-pictogram--placeholder" part="pictogram" role="img" aria-label=${resolved.alt}></span>`;
  }
  return html`<img class="vk-pictogram" part="pictogram" src=${resolved.src} alt=${decorative ? '' : resolved.alt} draggable="false" loading="lazy" decoding="async" />`;
}

