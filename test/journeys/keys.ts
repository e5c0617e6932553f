/**
 * Keyboard journeys: real key presses (Chromium input events through @web/test-runner-commands
 * `sendKeys`), no pointer event at all. After every key the deep active element (through shadow
 * roots) must be inside the widget — never <body> — and show focus (`:focus-visible`).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The focused element, followed through open shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short name for messages: `button.add[data-add=mon] "Legg til kort i Mandag"`. */
export function describeEl(el: Element | null): string {
  if (!el) return 'nothing';
  const data = Object.entries((el as HTMLElement).dataset ?? {}).map(([k, v]) => `[data-${k}=${v}]`).join('');
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const field = el instanceof HTMLInputElement ? `[type=${el.type}][name=${el.name}]${el.checked ? ':checked' : ''}` : '';
  const r = el.getBoundingClientRect();
  const hidden = r.width < 2 || r.height < 2 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? ' (not visible)' : '';
  return `${el.tagName.toLowerCase()}${cls}${field}${data}${label ? ` "${label}"` : ''}${hidden}`;
}

function isInside(el: Element | null, widget: Element): boolean {
  for (let e: Node | null = el; e; e = e instanceof ShadowRoot ? e.host : e.parentNode) if (e === widget) return true;
  return false;
}

export interface Journey {
  widget: HTMLElement & { updateComplete?: Promise<unknown> };
  /** Every key pressed so far with where focus went, for failure messages. */
  log: string[];
}

export function journey(widget: HTMLElement): Journey {
  return { widget, log: [] };
}

/**
 * Presses one key (or a combination such as `Control+z`, `Shift+Tab`), waits for the widget to
 * render, and checks that focus is visible and inside the widget. Returns the deep active element.
 */
export async function press(j: Journey, key: string): Promise<HTMLElement> {
  const parts = key.split('+');
  const modifiers = parts.slice(0, -1);
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: parts[parts.length - 1] });
  for (const m of modifiers.reverse()) await sendKeys({ up: m });
  await j.widget.updateComplete;
  await frame();
  await j.widget.updateComplete;
  await frame();
  const active = deepActive();
  j.log.push(`${key} → ${describeEl(active)}`);
  const trail = `\nkeys so far:\n  ${j.log.join('\n  ')}`;
  expect(active && active !== document.body, `focus fell to <body> after ${key}${trail}`).to.equal(true);
  expect(isInside(active, j.widget), `focus left the widget after ${key}: ${describeEl(active)}${trail}`).to.equal(true);
  // Date and time inputs move focus between their own fields (day, month, year, picker button)
  // inside the browser's UI; the input itself then matches only :focus-within, while
  // the browser draws focus on the inner field.
  const dateLike = active instanceof HTMLInputElement && ['date', 'time', 'datetime-local', 'month', 'week'].includes(active.type);
  expect((active as Element).matches(dateLike ? ':focus-within' : ':focus-visible'), `focus not visible after ${key} on ${describeEl(active)}${trail}`).to.equal(true);
  return active as HTMLElement;
}

/** Presses `key` until the focused element matches, at most `limit` times. */
export async function pressUntil(j: Journey, key: string, matches: (el: HTMLElement) => boolean, limit = 30): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const active = await press(j, key);
    if (matches(active)) return active;
  }
  throw new Error(`${key} ×${limit} never reached the element sought.\nkeys so far:\n  ${j.log.join('\n  ')}`);
}

/** Types text into the focused field, key by key. */
export async function type(j: Journey, text: string): Promise<void> {
  await sendKeys({ type: text });
  await j.widget.updateComplete;
  j.log.push(`type "${text}" → ${describeEl(deepActive())}`);
}
