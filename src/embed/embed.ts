/**
 * The iframe bridge (`dist/embed/embed.html` + this module): one Veikart widget in a page of its
 * own, for hosts that cannot load scripts into their own page (a CMS, a case-management system
 * that only allows iframes). See docs/embedding.md §"iframe".
 *
 * Which widget: URL parameters — `widget` (`plan-board` | `step-tracker` | `task-ladder` |
 * `course-calendar`), and optional `mode`, `view`, `date`, `lang`, `readonly`, `orientation`,
 * `compact`, `proposals`. These only choose what to show; no data comes from the URL, and `mode`
 * or `readonly` is no permission (the user's browser runs the widget: the host checks each change).
 *
 * Who may talk to it: the origins in `<meta name="veikart-allowed-origins">` of embed.html, a file
 * the municipality serves and edits. Threat model: anyone can frame embed.html and build its URL,
 * so the allow-list must not be a URL parameter. A message is obeyed only when it comes from the
 * parent window (`event.source === window.parent`) and its `event.origin` is on the list. Events
 * go to the parent only, with its exact origin as `targetOrigin` (never `"*"`), and only once that
 * origin is known and listed: at start from `location.ancestorOrigins` (Chromium, Safari) or else
 * `document.referrer`, after the first accepted command from its `event.origin`. Until then nothing
 * is posted (the host's `connect` asks for `ready` again): posting to every listed origin made
 * Chromium log "target origin … does not match" for each one that was not the parent.
 * A page on any other origin that frames embed.html can neither set, read nor undo anything and
 * receives nothing (its user may click in a widget showing no document).
 *
 * Messages in (parent → frame), each `{ veikart: 1, type, … }`:
 *   `connect` · `set-value {value}` (a document or its JSON) · `set-locale {locale}` ·
 *   `set-mode {mode}` · `undo` · `redo`
 * Messages out (frame → parent), each `{ veikart: 1, type, … }`:
 *   `ready {widget}` · `resize {height}` (CSS px of content, from a ResizeObserver) ·
 *   `vk-change {detail}` · `vk-error {detail}` · `vk-open {detail}` · `vk-range-change {detail}` ·
 *   `command-error {command, message}` (an allowed parent sent something malformed)
 */
import { defineAll, directionOf } from '../api.js';

export const embedWidgets = ['plan-board', 'step-tracker', 'task-ladder', 'course-calendar'] as const;
export type EmbedWidget = (typeof embedWidgets)[number];
const forwardedEvents = ['vk-change', 'vk-error', 'vk-open', 'vk-range-change'] as const;
const passedAttributes = ['mode', 'view', 'date', 'orientation'] as const;
const passedBooleans = ['readonly', 'compact', 'proposals'] as const;

interface Widget extends HTMLElement {
  value: unknown;
  undo(): boolean;
  redo(): boolean;
}

/** The allow-list from `<meta name="veikart-allowed-origins">`: exact origins, nothing else. */
export function allowedOrigins(doc: Document = document): string[] {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="veikart-allowed-origins"]')?.content ?? '';
  return content
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((entry) => {
      let url: URL | null = null;
      try {
        url = new URL(entry);
      } catch {
        // not a URL at all ("null", "*", a bare host name)
      }
      // Only http(s) origins written exactly (no paths, no wildcards, no "null", no "*").
      if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry.replace(/\/$/, '')) return [url.origin];
      // Said, not silent: an origin written in capitals, with :443 or with "ø" (the browser reports
      // xn--…) would otherwise leave the bridge deaf with nothing to tell the administrator why.
      const guess = url && /^https?:$/.test(url.protocol) && url.href === `${url.origin}/` && !url.host.includes('%') ? ` (did you mean ${url.origin}?)` : '';
      console.warn(`Veikart: veikart-allowed-origins ignores "${entry}": not an http(s) origin written exactly${guess}.`);
      return [];
    });
}

/** The frame's `lang` and `dir`: the direction the widgets give the language (Dari `prs`, Pashto, Urdu, Sorani… right to left too). */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
function setLanguage(doc: Document, locale: string): void {
  if (!LANGUAGE_TAG.test(locale)) throw new TypeError(`not a language tag: ${locale}`);
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
}

/** Starts the bridge in this page. Returns the widget, or null when the URL names none. */
export function startBridge(win: Window = window): Widget | null {
  defineAll();
  const params = new URLSearchParams(win.location.search);
  const name = params.get('widget') as EmbedWidget | null;
  const main = win.document.getElementById('veikart-embed') ?? win.document.body;
  if (!name || !embedWidgets.includes(name)) {
    const p = win.document.createElement('p');
    p.textContent = `Veikart: ?widget= må være ${embedWidgets.join(', ')}.`;
    main.append(p);
    return null;
  }
  const lang = params.get('lang');
  // A tag the frame cannot use is ignored, not thrown: the bridge must still start and answer its parent.
  if (lang && LANGUAGE_TAG.test(lang)) setLanguage(win.document, lang);
  else if (lang) console.warn(`Veikart: ?lang=${lang} is not a language tag (nb, ti, fa-AF…); the frame keeps lang="${win.document.documentElement.lang}".`);
  const widget = win.document.createElement(`vk-${name}`) as Widget;
  for (const attribute of passedAttributes) {
    const value = params.get(attribute);
    if (value) widget.setAttribute(attribute, value);
  }
  for (const attribute of passedBooleans) {
    if (params.has(attribute) && params.get(attribute) !== 'false') widget.setAttribute(attribute, '');
  }

  const allowed = allowedOrigins(win.document);
  // The parent's origin, where the browser says it before the parent speaks: ancestorOrigins is
  // the browser's own word; the referrer (the parent page's URL or origin) may be wrong or absent,
  // which costs nothing but silence — a message posted to an origin the parent has not is dropped.
  const told = win.location.ancestorOrigins?.[0] ?? (win.document.referrer && new URL(win.document.referrer).origin);
  let parentOrigin: string | null = told && allowed.includes(told) ? told : null;
  const post = (message: Record<string, unknown>): void => {
    // Not framed, or the parent's origin not known (yet) to be on the list: nobody to tell.
    if (win.parent !== win && parentOrigin) win.parent.postMessage({ veikart: 1, ...message }, parentOrigin);
  };

  for (const type of forwardedEvents) {
    widget.addEventListener(type, (event) => post({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) }));
  }

  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win.parent || !allowed.includes(event.origin)) return; // not ours: ignore silently
    const data = event.data as { veikart?: unknown; type?: unknown; [key: string]: unknown } | null;
    if (!data || typeof data !== 'object' || data.veikart !== 1 || typeof data.type !== 'string') return;
    parentOrigin = event.origin;
    try {
      switch (data.type) {
        case 'connect':
          post({ type: 'ready', widget: name });
          post({ type: 'resize', height: Math.ceil(main.getBoundingClientRect().height) });
          break;
        case 'set-value':
          widget.value = data.value; // invalid documents are rejected by the widget (vk-error is forwarded)
          break;
        case 'set-locale':
          setLanguage(win.document, String(data.locale));
          break;
        case 'set-mode':
          if (data.mode !== 'adviser' && data.mode !== 'participant') throw new TypeError('mode must be "adviser" or "participant"');
          widget.setAttribute('mode', data.mode);
          break;
        case 'undo':
          widget.undo();
          break;
        case 'redo':
          widget.redo();
          break;
        default:
          throw new TypeError(`unknown command "${data.type}"`);
      }
    } catch (error) {
      post({ type: 'command-error', command: data.type, message: error instanceof Error ? error.message : String(error) });
    }
  });

  main.append(widget);
  let lastHeight = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height !== lastHeight) post({ type: 'resize', height });
    lastHeight = height;
  }).observe(main);
  post({ type: 'ready', widget: name });
  return widget;
}

// Only in embed.html (its <main id="veikart-embed">): importing this module elsewhere does nothing.
if (typeof document !== 'undefined' && document.getElementById('veikart-embed')) startBridge();
