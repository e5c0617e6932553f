// The demo host page: a pretend municipal case system embedding every Veikart widget the way a
// municipal developer would — JSON in through `value`, events out, a plain <form> around them.
import '../src/define.js';
import { setLocale } from '../src/core/localize.js';

/** Each widget adds one module in demo/sections/ (picked up by this glob). */
export interface DemoSection {
  order: number;
  id: string;
  title: string;
  /** Builds the section's content; the widget element must carry `name` for the form. */
  render(container: HTMLElement): HTMLElement;
}

const modules = import.meta.glob<{ section: DemoSection }>('./sections/*.ts', { eager: true });
const sections = Object.values(modules)
  .map((m) => m.section)
  .sort((a, b) => a.order - b.order);

const host = document.getElementById('sections') as HTMLElement;
const toc = document.getElementById('toc') as HTMLElement;
const pasteTarget = document.getElementById('paste-target') as HTMLSelectElement;
const widgets = new Map<string, HTMLElement & { value: unknown }>();

for (const section of sections) {
  const wrapper = document.createElement('section');
  wrapper.className = 'widget-section';
  wrapper.id = section.id;
  wrapper.setAttribute('aria-labelledby', `${section.id}-h`);
  const heading = document.createElement('h2');
  heading.id = `${section.id}-h`;
  heading.textContent = section.title;
  wrapper.append(heading);
  const widget = section.render(wrapper) as HTMLElement & { value: unknown };
  widgets.set(section.id, widget);
  host.append(wrapper);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `#${section.id}`;
  link.textContent = section.title;
  item.append(link);
  toc.append(item);
  pasteTarget.append(new Option(section.title, section.id));
}

// Event log: every Veikart event with its JSON detail, newest first.
const log = document.getElementById('log') as HTMLOListElement;
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
  });
}
document.getElementById('log-clear')?.addEventListener('click', () => log.replaceChildren());

// The form: submit shows what each widget contributed under its name.
const form = document.getElementById('case-form') as HTMLFormElement;
const submitted = document.getElementById('submitted') as HTMLElement;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data: Record<string, unknown> = {};
  for (const [name, value] of new FormData(form)) data[name] = typeof value === 'string' ? JSON.parse(value) : value;
  submitted.textContent = JSON.stringify(data, null, 2);
});

// Paste a document: set it as a string, exactly as a host would; errors show in the log.
const paste = document.getElementById('paste') as HTMLTextAreaElement;
const result = document.getElementById('paste-result') as HTMLElement;
document.getElementById('paste-apply')?.addEventListener('click', () => {
  const widget = widgets.get(pasteTarget.value);
  if (!widget) return;
  const onError = (event: Event): void => {
    const detail = (event as CustomEvent).detail as { code: string; message: string };
    result.textContent = `vk-error ${detail.code}: ${detail.message} — the widget kept its last valid document.`;
  };
  widget.addEventListener('vk-error', onError, { once: true });
  result.textContent = 'Accepted.';
  widget.value = paste.value;
  widget.removeEventListener('vk-error', onError);
});
document.getElementById('paste-current')?.addEventListener('click', () => {
  paste.value = JSON.stringify(widgets.get(pasteTarget.value)?.value ?? null, null, 2);
});

// Language: the page's <html lang> drives the widgets (they follow it).
const lang = document.getElementById('lang') as HTMLSelectElement;
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  document.documentElement.dir = lang.value === 'ar' || lang.value === 'fa' ? 'rtl' : 'ltr';
});
void setLocale; // the widgets follow <html lang>; setLocale() is for hosts that want otherwise
