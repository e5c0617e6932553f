import type { Widget } from './case-view.js';
import { frame } from './case-view.js';

/** Waits (at most ~2 s of frames) for an open popover in the widget's shadow root, placed (lazy chunks and Floating UI load first). */
export async function popoverOpen(el: Widget): Promise<HTMLElement | null> {
  for (let i = 0; i < 120; i++) {
    const open = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]');
    if (open) return open;
    await frame();
  }
  return null;
}
export const isOpen = (el: Widget): boolean => !!el.shadowRoot!.querySelector(':popover-open');
