import { html, svg, type TemplateResult } from 'lit';

// Our own static icons (never host markup), hidden from assistive technology: every control
// that shows one also has words.
export const icon = (body: TemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** The icons the board shows before any editing (the panels' own are in panel-icons.ts; card icons are CSS, card-icons.ts). */
export const icons = {
  speaker: icon(svg`<path d="M4 9v6h4l5 4V5L8 9z"/><path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11"/>`),
  speakerOff: icon(svg`<path d="M4 9v6h4l5 4V5L8 9z"/><path d="M17 9l5 6M22 9l-5 6"/>`),
  stop: icon(svg`<rect x="6" y="6" width="12" height="12" rx="1.5"/>`),
  plus: icon(svg`<path d="M12 5v14M5 12h14"/>`),
  undo: icon(svg`<path d="M9 14L4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/>`),
  redo: icon(svg`<path d="M15 14l5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3"/>`),
  hand: icon(svg`<path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6a1.5 1.5 0 0 1 3 0v7c0 4-2.5 7-6 7-2.5 0-4-1.3-5.5-3.5L3.8 13.8a1.5 1.5 0 0 1 2.4-1.8L8 14"/>`),
};
