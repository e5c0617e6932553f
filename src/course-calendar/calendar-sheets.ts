/**
 * The calendar's stylesheets beyond its static styles, and its dynamic geometry. Dynamic values go
 * through the CSSOM (strict CSP: no style attributes in markup).
 */
import type { CSSResult } from 'lit';
import type { ScheduleDocument } from './course-calendar.types.js';

/** A lazy module's CSS and the course colours, adopted by one calendar's shadow root. */
export class CalendarSheets {
  #adopted = new Set<CSSResult>();
  #colorSheet: CSSStyleSheet | null = null;
  #colorKey = '';

  constructor(private readonly root: () => HTMLElement | DocumentFragment) {}

  /** Adds a lazy module's CSS to the shadow root (once). */
  adopt(styles: CSSResult | readonly CSSResult[]): void {
    const root = this.root();
    if (!(root instanceof ShadowRoot)) return;
    const added: CSSStyleSheet[] = [];
    for (const style of [styles].flat()) {
      if (this.#adopted.has(style) || !style.styleSheet) continue;
      this.#adopted.add(style);
      added.push(style.styleSheet);
    }
    // Before the course colours (kept last), after the element's own styles.
    if (added.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== this.#colorSheet), ...added, ...(this.#colorSheet ? [this.#colorSheet] : [])];
  }

  /**
   * Course colours: one rule per colour in an adopted stylesheet (`.c-0a7a5a{--_vk-course:#0a7a5a}`,
   * matched through `colorClass`), rebuilt only when the courses' colours change, so no update
   * writes to every chip. A class, not an attribute selector: the style engine looks rules up by
   * class name, so each element checks its own rule, where `[data-color="…"]` rules were each
   * checked against every coloured element (500 courses: style 6 → 52 ms for a month).
   */
  applyCourseColors(doc: ScheduleDocument | null): void {
    const colors = [...new Set((doc?.courses ?? []).map((c) => c.color).filter((c): c is string => c !== undefined))];
    const key = colors.join();
    const root = this.root();
    if (key === this.#colorKey || !(root instanceof ShadowRoot)) return;
    this.#colorKey = key;
    if (!this.#colorSheet) {
      this.#colorSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#colorSheet];
    }
    // Colours passed the schema's #rgb / #rrggbb pattern: nothing else can reach this text.
    this.#colorSheet.replaceSync(colors.map((c) => `.${colorClass(c)}{--_vk-course:${c}}`).join(''));
  }
}

/**
 * The class that gives an element its course's colour (`--_vk-course`), or `''` without one: `c-`
 * and the hex digits of a colour the schema has checked (`#rgb` / `#rrggbb`).
 */
export function colorClass(color: string | undefined): string {
  return color ? `c-${color.slice(1)}` : '';
}
