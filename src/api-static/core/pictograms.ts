// `veikart`'s names for core/pictograms.ts's exports: constants bound to its own values (why: src/index.ts).
import * as m from '../../core/pictograms.js';

/**
 * Registers host pictograms by id, for documents that name them (`"pictogram": "oslo:bus"`).
 * Ids not yet registered show a neutral placeholder until they are.
 * @param pictograms `{ [id]: { src, alt } }`: `src` a URL, `alt` a `Text` (`"Svømmehall"` or `{ nb, ar, … }`).
 * @throws TypeError when a `src` is not an http(s), relative or data:image URL, or an id starts with `vk:` (the built-ins');
 *   then none of the call's pictograms is registered.
 * @example registerPictograms({ 'oslo:svommehall': { src: '/img/svom.svg', alt: { nb: 'Svømmehall' } } });
 */
export const registerPictograms: typeof m.registerPictograms = m.registerPictograms;
/** The image and text alternative for a pictogram reference in the given locale. */
export const resolvePictogram: typeof m.resolvePictogram = m.resolvePictogram;
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
export const setPictogramBase: typeof m.setPictogramBase = m.setPictogramBase;
