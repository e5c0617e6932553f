/**
 * The UI's own strings on a page whose direction is not theirs: Norwegian, English or Ukrainian
 * UI text in a widget laid out right to left (a `dir="rtl"` ancestor around a participant's board,
 * contract.md: `dir` comes from the closest ancestor), or Arabic or Persian UI text in a widget
 * laid out left to right. The layout keeps following `dir`; each paragraph and inline run takes
 * its direction from its own first strong character (CSS Writing Modes 4, `unicode-bidi:
 * plaintext`; the Unicode Bidirectional Algorithm, UAX #9, rules P2–P3), so "2 av 12 ferdig" no
 * longer reads "av 12 ferdig 2", and "søn." no longer ".søn". Text stays aligned at the widget's
 * reading edge (`--_vk-reading-edge`, as for a second language's lines), not at each line's own.
 *
 * One shared constructed stylesheet, adopted by every widget's shadow root (`VkElement`) and the
 * recorder's; its rule is rewritten when the UI locale's direction changes (`syncUiBidi`, called
 * from every widget's render). Where the directions agree, it matches nothing.
 */
import { directionOf } from './text.js';

const sheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : null;
let written: 'ltr' | 'rtl' | undefined;

/** The sheet to adopt (empty where constructed stylesheets are missing: SSR, old jsdom). */
export const uiBidiStyles: readonly CSSStyleSheet[] = sheet ? [sheet] : [];

/** Points the sheet at the layout direction that is not `locale`'s (a UI locale, BCP 47). */
export function syncUiBidi(locale: string): void {
  const ui = directionOf(locale);
  if (!sheet || ui === written) return;
  written = ui;
  const other = ui === 'ltr' ? 'rtl' : 'ltr';
  const edge = other === 'rtl' ? 'right' : 'left';
  // Not where a `dir` is set: that element's direction is known (a text in its own language, a
  // line of isolates in the UI's), and plaintext would ignore it (UAX #9 P3: no strong letter, LTR).
  sheet.replaceSync(`:host(:dir(${other})){--_vk-reading-edge:${edge};text-align:${edge}}:host(:dir(${other})) :not([dir]){unicode-bidi:plaintext}`);
}
