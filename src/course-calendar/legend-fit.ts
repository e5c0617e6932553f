import { widestWord } from '../core/word-width.js';

/**
 * The legend's course names, drawn a little smaller rather than split mid-word (easy-to-read
 * guidance: never split a word): uk "обслуговування" at 200 % text on a 320 px phone was wider
 * than the whole legend less its button's sides.
 *
 * Not the other widgets' word fit (core/word-fit.ts): it reads each name's style right after the
 * render, which made Chromium lay the 500-session month out twice (~24 ms), and its container
 * units need the legend to be a size container, which alone cost ~4 ms of layout there; measuring
 * in a ResizeObserver's callback (after layout, before paint) still put ~4 ms of canvas and style
 * reads into the first frame (bench/ab-cpu.mjs, 5 Dec 2026). So the calendar asks for a fit after
 * each render and each resize of its own (`fitLegendSoon`), which waits until the page is next idle
 * (after that frame is painted) and loads this module only for a legend with a long-worded name
 * (or one fitted before, or a legend narrower than 10em, where shorter words may not fit either), so it runs while style and layout are clean: when the legend's names, their
 * pressed states (the weight), its width or its text size or letter spacing (which resize the
 * calendar, so its observer asks) changed since the last fit, each long-worded name's
 * widest word is measured on a canvas in its font (core/word-width.ts, with the user's letter
 * spacing), and a size in px is written only to a name whose word is wider than the legend less
 * its button's padding and borders: the size where the word is 2 % narrower than that room, if
 * that is at least 0.75 of its own (a word that would need less is left at its size, as the word
 * fit does: such a word ends in an ellipsis, course-calendar.styles.ts, and its button gets the
 * whole name as its title). So a name that needs it is cut for a frame or two, then fitted; others
 * get no size.
 */
const fitted = new WeakMap<Element, string>();

/** What `fitChips` wrote to each month chip's course name: its text and size. */
const chipSizes = new WeakMap<Element, string>();

/**
 * A month chip's course name wraps between its words (course-calendar.styles.ts); a word wider than
 * its line is drawn smaller rather than cut ("Matproduksjon", ti "ኣገልግሎትን" in a 609 px calendar:
 * 200 % zoom of 1,366). Measured once per name, not per chip: its widest word in em on a canvas in
 * the chips' font (one style and one width read per calendar, while style and layout are clean),
 * with the user's letter spacing; a name whose words fit the line as it is now gets no size (no
 * new layout for it; a resize of the calendar fits again, `fitLegendSoon`). The size is CSS of the
 * line's width, `--_vk-room` (set by the month's width tiers under 80em from the calendar's own
 * width, cqi), so it follows a resize until then:
 *
 *   min(1em, max(<the word fit's floor>, room × 0.98 / <word in em>))
 *
 * down to the floor of core/word-fit.ts (0.75 of its size, 16 px at enlarged text); a word too wide
 * even then is cut with an ellipsis, never split (its whole name is in the chip's name and title).
 */
export function fitChips(root: ParentNode): void {
  const names = root.querySelectorAll<HTMLElement>('.month .course');
  if (!names.length) return;
  const { fontFamily, fontWeight, fontSize, letterSpacing } = getComputedStyle(names[0].parentElement!);
  const spacing = parseFloat(letterSpacing) / parseFloat(fontSize) || 0;
  // The line's width now, in the text's own size (all chips of a month are alike): from 80em (no --_vk-room) none is fitted.
  const room = getComputedStyle(names[0]).getPropertyValue('--_vk-room') ? names[0].clientWidth / parseFloat(fontSize) : Infinity;
  const sizes = new Map<string, string>();
  for (const name of names) {
    const text = name.textContent ?? '';
    let size = sizes.get(text);
    if (size === undefined) {
      const word = widestWord([{ text, font: `${fontWeight} 100px ${fontFamily}` }], 100 * spacing) / 100;
      sizes.set(text, (size = word / 0.98 < room ? '' : `min(1em,max(clamp(.5em,16px,.75em),var(--_vk-room)*${0.98 / word}))`));
    }
    const key = `${text}\n${size}`;
    if (chipSizes.get(name) !== key) {
      chipSizes.set(name, key);
      name.style.fontSize = size;
    }
  }
  markClamped(names);
}

/**
 * A name longer than its four lines (the chips' line clamp) is clipped at the fourth line's end:
 * the padding below it, which keeps the dots under an Arabic yeh of a name's last line inside the
 * clip, showed a sliver of the fifth line's letters (its ascenders and accents) under the "…".
 * Read after the sizes above are written (a layout only when one changed), at idle time; the whole
 * name stays in the chip's name, its title and its details.
 */
function markClamped(names: Iterable<HTMLElement>): void {
  const clamped = [...names].map((name) => [name, name.scrollHeight > name.clientHeight + 1] as const);
  for (const [name, cut] of clamped) if (name.hasAttribute('data-clamped') !== cut) name.toggleAttribute('data-clamped', cut);
}

/** What `fitSlotWords` wrote, per element: its text. */
const slotWords = new WeakMap<Element, string>();

/**
 * The week's chips (in a slot, a size container): a word wider than its lane is drawn smaller, down
 * to the word fit's floor, rather than cut to "Norskopp…" or "klasse…" over a chip with lines to
 * spare (their lines wrap between words, week-view.styles.ts). Lanes differ per chip and follow
 * a resize, so the size is CSS of the lane's width (`--_vk-lane`, the slot's 100cqi less the chip's
 * sides); each distinct text's words are measured once, in em, on a canvas in the chips' font.
 * A part is fitted to its widest word that fits at the floor: a word too wide even then ends in an
 * ellipsis, never split (the whole text is in the chip's title and name), and no longer keeps its
 * part's shorter words at full size, cut with it ("Teori:" beside "klasserommet", "Praksis" a few
 * px too wide: QA 58); nor draws them smaller than they need.
 *
 * The time ("09:00", its end "–10:30") never ends in an ellipsis ("09:…" in a 61 px lane at 200 %
 * text, QA 58): its start and its end (each a line of its own where they must wrap; a narrow lane
 * leaves the end out) are each drawn as small as their lane needs, down to half their size, below
 * the words' floor: a cut time is a wrong time. (At 200 % text in a 254 px calendar, a 320 px
 * phone's, the start is drawn at about 16 px, the words' floor.)
 */
function fitSlotWords(root: ParentNode): void {
  const texts = root.querySelectorAll<HTMLElement>('.slot .session-text > :is(.course, .kind, .time):not(.vk-visually-hidden)');
  if (!texts.length) return;
  const { fontFamily, fontSize, letterSpacing } = getComputedStyle(texts[0]);
  const spacing = parseFloat(letterSpacing) / parseFloat(fontSize) || 0;
  // The weights of a chip's words and of its time (bold): each part of every chip alike.
  const weight = (time: boolean): string => getComputedStyle([...texts].find((el) => el.classList.contains('time') === time) ?? texts[0]).fontWeight;
  const [words, times] = [weight(false), weight(true)];
  /**
   * The size of `text` in em of its own: min(1em, max(floor, the smallest of its words' fits)), where a word's fit is the
   * size where it is 2 % narrower than the lane, or (a word that does not fit even at the floor) a size too large to count.
   */
  const fit = (text: string, weight: string, floor: string): string => {
    const widths = new Set(text.split(/\s+/u).filter(Boolean).map((word) => widestWord([{ text: word, font: `${weight} 100px ${fontFamily}` }], 100 * spacing) / 100));
    const fits = [...widths].filter(Boolean).map((word) => `var(--_vk-lane)*${0.98 / word}`);
    return fits.length ? `min(1em,max(${floor},min(${fits.map((f) => `max(${f},(${floor}*.98 - ${f})*1e3)`).join(',')})))` : '';
  };
  for (const el of texts) {
    const text = el.textContent ?? '';
    if (slotWords.get(el) === text) continue;
    slotWords.set(el, text);
    if (el.classList.contains('time')) {
      el.style.setProperty('--_vk-fit-start', fit(el.firstElementChild?.textContent ?? '', times, '.5em'));
      el.style.setProperty('--_vk-fit-end', fit(el.querySelector('.time-end')?.textContent ?? '', times, '.5em'));
    } else el.style.fontSize = fit(text, words, 'clamp(.5em,16px,.75em)');
  }
}

/** Lines fitted by `fitLines`: their width, text and text size when fitted. */
const lineKeys = new WeakMap<Element, string>();

/**
 * The lines of names under the month (the focus date's names, month-view.ts dayNames, and the
 * narrow month's closed days) wrap between words; a word wider than the line is drawn smaller,
 * down to the word fit's floor (0.75 of its size, 16 px at enlarged text), rather than split.
 */
function fitLines(root: ParentNode): void {
  const lines = [...root.querySelectorAll<HTMLElement>('.day-names, .closed-days > li')].filter((line) => line.textContent!.trim());
  const sizes = lines.map((line) => {
    const width = line.clientWidth;
    const parent = getComputedStyle(line.parentElement!);
    const { fontFamily, fontWeight, letterSpacing } = getComputedStyle(line);
    const key = `${width} ${parent.fontSize} ${letterSpacing} ${line.textContent}`;
    if (lineKeys.get(line) === key) return null;
    lineKeys.set(line, key);
    // Its own size with no fitted size: the 0.8em of its style.
    const own = 0.8 * parseFloat(parent.fontSize);
    const word = widestWord([{ text: line.textContent!, font: `${fontWeight} ${own}px ${fontFamily}` }], parseFloat(letterSpacing) || 0);
    const floor = Math.max(own / 2, Math.min(16, own * 0.75));
    return [line, word * 1.02 > width && width ? `${Math.max(floor, (own * width) / word / 1.02)}px` : ''] as const;
  });
  for (const fit of sizes) if (fit && fit[0].style.fontSize !== fit[1]) fit[0].style.fontSize = fit[1];
}

/** Fits the names in the legends of `roots` (calendars' shadow roots): see above. Loaded and called by `fitLegendSoon` (calendar-toolbar.ts). */
export function fitLegends(roots: readonly ParentNode[]): void {
  const sizes: [HTMLElement, string, string][] = [];
  for (const root of roots) {
    fitChips(root);
    fitSlotWords(root);
    fitLines(root);
    const legend = root.querySelector('.legend');
    const titles = legend ? [...legend.querySelectorAll<HTMLElement>('.legend-title')] : [];
    const width = legend?.clientWidth ?? 0;
    if (!legend || !width) continue;
    // What the sizes depend on: a new text size or letter spacing (user settings, a page's A+ button) resizes the calendar too.
    const { fontSize, letterSpacing: spacing } = getComputedStyle(legend);
    const key = `${width} ${fontSize} ${spacing}` + titles.map((title) => title.parentElement!.ariaPressed + title.textContent).join('\n');
    if (fitted.get(legend) === key) continue;
    fitted.set(legend, key);
    for (const title of titles) {
      const text = title.textContent ?? '';
      let size = '';
      let whole = '';
      // Shorter words fit any legend 10em wide or wider (no glyph is wider than 1em).
      if (/\S{10}/u.test(text) || width < 10 * parseFloat(fontSize)) {
        const button = getComputedStyle(title.parentElement!);
        const { fontWeight, fontFamily, letterSpacing } = getComputedStyle(title);
        const own = parseFloat(button.fontSize);
        const word = widestWord([{ text, font: `${fontWeight} ${own}px ${fontFamily}` }], parseFloat(letterSpacing) || 0);
        const room = width - ['paddingInlineStart', 'paddingInlineEnd', 'borderInlineStartWidth', 'borderInlineEndWidth'].reduce((sum, side) => sum + parseFloat(button[side as 'paddingInlineStart']), 0);
        const scale = room / word / 1.02;
        if (scale < 1 && scale >= 0.75) size = `${own * scale}px`;
        // Too long even at 0.75: cut with an ellipsis (styles), the whole name in the button's title.
        if (scale < 0.75) whole = text;
      }
      sizes.push([title, size, whole]);
    }
  }
  // Reads above, writes here.
  for (const [title, size, whole] of sizes) {
    if (title.style.fontSize !== size) title.style.fontSize = size;
    if (whole) title.parentElement!.title = whole;
    else title.parentElement!.removeAttribute('title');
  }
}
