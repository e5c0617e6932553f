// The demo host page: a pretend municipal case system embedding every Veikart widget the way a
// municipal developer would — JSON in through `value`, events out, a plain <form> around them.
// Layout: header, the participant's panel, the widgets in tabs given the main width, the event
// log and the developer tools in collapsible drawers. `?lang=ar` starts in a language.
import '../src/define.js';
import { formatDate } from '../src/core/dates.js';
import { onDemoLanguage, setDemoLanguage, t, type DemoString } from './i18n.js';
import { fitWords } from './fit.js';

/** Each widget adds one module in demo/sections/ (picked up by this glob). */
export interface DemoSection {
  order: number;
  /** The widget's tag without `vk-`; also the tab's and the panel's id stem. */
  id: 'plan-board' | 'step-tracker' | 'task-ladder' | 'course-calendar';
  /** Builds the section's content; the widget element must carry `name` for the form. */
  render(container: HTMLElement): HTMLElement;
}

const modules = import.meta.glob<{ section: DemoSection }>('./sections/*.ts', { eager: true });
const sections = Object.values(modules)
  .map((m) => m.section)
  .sort((a, b) => a.order - b.order);

const tablist = document.getElementById('tabs') as HTMLElement;
const panels = document.getElementById('panels') as HTMLElement;
const pasteTarget = document.getElementById('paste-target') as HTMLSelectElement;
const widgets = new Map<string, HTMLElement & { value: unknown }>();
const tabs: HTMLButtonElement[] = [];

for (const section of sections) {
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.id = `tab-${section.id}`;
  tab.setAttribute('role', 'tab');
  tab.setAttribute('aria-controls', section.id);
  tab.dataset.i18n = `tab.${section.id}`;
  tab.textContent = t(`tab.${section.id}` as DemoString);
  tablist.append(tab);
  tabs.push(tab);

  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.id = section.id;
  panel.setAttribute('role', 'tabpanel');
  panel.setAttribute('aria-labelledby', tab.id);
  const heading = document.createElement('h2');
  heading.dataset.i18n = `title.${section.id}`;
  heading.textContent = t(`title.${section.id}` as DemoString);
  panel.append(heading);
  fitWords(heading, () => [heading.textContent ?? '']);
  const widget = section.render(panel) as HTMLElement & { value: unknown };
  widgets.set(section.id, widget);
  panels.append(panel);
  const option = new Option(`<vk-${section.id}>`, section.id);
  pasteTarget.append(option);
}
tablist.setAttribute('aria-label', t('tabs'));
onDemoLanguage(() => tablist.setAttribute('aria-label', t('tabs')));

// Tabs (WAI-ARIA APG "Tabs with automatic activation"): one tab stop, arrows (flipped in RTL),
// Home/End; the chosen tab is kept in the URL hash so a link opens it. Not on load: a hash set
// while the page loads makes the browser jump to that panel, past the participant's header.
function select(index: number, focus = false, keep = true): void {
  tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    (document.getElementById(tab.getAttribute('aria-controls') as string) as HTMLElement).hidden = !selected;
  });
  if (focus) tabs[index].focus();
  const id = tabs[index].getAttribute('aria-controls');
  if (keep && location.hash !== `#${id}`) history.replaceState(null, '', `${location.pathname}${location.search}#${id}`);
}
tablist.addEventListener('click', (event) => {
  const index = tabs.indexOf((event.target as HTMLElement).closest('[role=tab]') as HTMLButtonElement);
  if (index >= 0) select(index);
});
tablist.addEventListener('keydown', (event) => {
  const current = tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
  const rtl = getComputedStyle(tablist).direction === 'rtl';
  const next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
  let index = -1;
  if (next !== undefined) index = (current + next + tabs.length) % tabs.length;
  else if (event.key === 'Home') index = 0;
  else if (event.key === 'End') index = tabs.length - 1;
  if (index < 0) return;
  event.preventDefault();
  select(index, true);
});
const fromHash = (): number => Math.max(0, tabs.findIndex((tab) => `#${tab.getAttribute('aria-controls')}` === location.hash));
select(fromHash(), false, false);
window.addEventListener('hashchange', () => select(fromHash()));

// Event log: every Veikart event with its JSON detail, newest first, in a drawer.
const log = document.getElementById('log') as HTMLOListElement;
const logCount = document.getElementById('log-count') as HTMLElement;
const logTitle = document.querySelector<HTMLElement>('#log-drawer summary > [data-i18n="log"]');
if (logTitle) fitWords(logTitle, () => [logTitle.textContent ?? '']);
let count = 0;
for (const type of ['vk-change', 'change', 'vk-error', 'vk-open', 'vk-range-change']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.dataset.type = type;
    const target = event.target as HTMLElement;
    const title = document.createElement('strong');
    title.textContent = `${type} ← <${target.localName}>`;
    item.append(title);
    const detail = (event as CustomEvent).detail;
    if (detail !== undefined && detail !== null) {
      const pre = document.createElement('pre');
      // The document itself can be long; the log shows the operation and a short value.
      const shown = type === 'vk-change' ? { ...detail, value: '(full document: read event.detail.value)' } : detail;
      pre.textContent = JSON.stringify(shown, null, 2);
      item.append(pre);
    }
    log.prepend(item);
    while (log.children.length > 60) log.lastElementChild?.remove();
    logCount.textContent = String(++count);
  });
}
document.getElementById('log-clear')?.addEventListener('click', () => {
  log.replaceChildren();
  logCount.textContent = String((count = 0));
});

// The form: submit shows what each widget contributed under its name.
const form = document.getElementById('case-form') as HTMLFormElement;
const submitted = document.getElementById('submitted') as HTMLElement;
const saved = document.getElementById('saved') as HTMLOutputElement;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data: Record<string, unknown> = {};
  for (const [name, value] of new FormData(form)) data[name] = typeof value === 'string' ? JSON.parse(value) : value;
  submitted.textContent = JSON.stringify(data, null, 2);
  saved.textContent = t('saved');
});

// Paste a document: set it as a string, exactly as a host would; errors show beside it. An empty box
// is refused here (as a value, '' would clear the widget: "no document"), said in the page's language.
const paste = document.getElementById('paste') as HTMLTextAreaElement;
const result = document.getElementById('paste-result') as HTMLElement;
/** The result's words, again in a new page language. */
let pasted: (() => string) | null = null;
const showPasted = (words: () => string): void => void (result.textContent = (pasted = words)());
onDemoLanguage(() => pasted && showPasted(pasted));
document.getElementById('paste-apply')?.addEventListener('click', () => {
  const widget = widgets.get(pasteTarget.value);
  if (!widget) return;
  if (!paste.value.trim()) return showPasted(() => t('paste-empty'));
  const onError = (event: Event): void => {
    const detail = (event as CustomEvent).detail as { code: string; message: string };
    showPasted(() => `vk-error ${detail.code}: ${detail.message} — ${t('paste-kept')}`);
  };
  widget.addEventListener('vk-error', onError, { once: true });
  showPasted(() => t('paste-ok'));
  widget.value = paste.value;
  widget.removeEventListener('vk-error', onError);
});
document.getElementById('paste-current')?.addEventListener('click', () => {
  paste.value = JSON.stringify(widgets.get(pasteTarget.value)?.value ?? null, null, 2);
});

// Language: the page's <html lang> drives the widgets (they follow it) and the demo's own words.
const lang = document.getElementById('lang') as HTMLSelectElement;
const since = document.getElementById('p-since') as HTMLElement;
function applyLanguage(code: string): void {
  document.documentElement.lang = code;
  document.documentElement.dir = code === 'ar' || code === 'fa' ? 'rtl' : 'ltr';
  setDemoLanguage(code);
  since.textContent = formatDate('2025-09-01', code, { dateStyle: 'long' });
}
lang.addEventListener('change', () => {
  applyLanguage(lang.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang.value);
  history.replaceState(null, '', url);
});
const initial = new URLSearchParams(location.search).get('lang');
if (initial && [...lang.options].some((o) => o.value === initial)) lang.value = initial;
applyLanguage(lang.value);

// For demo/check-page.mjs: everything above has run and the widgets have rendered.
void Promise.all([...widgets.values()].map((w) => (w as unknown as { updateComplete: Promise<unknown> }).updateComplete)).then(() => {
  (window as unknown as { __demoReady: boolean }).__demoReady = true;
});
