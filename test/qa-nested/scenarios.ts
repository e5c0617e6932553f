/**
 * The same keyboard scenarios for each widget, inside `<qa-case-view>`'s shadow root (case-view.ts).
 * Each widget file calls `nestedKeyboardSuite` with what its docs name: the item Tab lands on, the
 * main edit's keys, the popover's keys and the control focus returns to.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, describeEl, frame, inside, key, liveRegion, nested, settleAll, tabTo, type CaseView, type Widget } from './case-view.js';

export interface NestedConfig {
  tag: string;
  value: () => unknown;
  attrs?: Record<string, string>;
  /** Keys from "focus in the note field" to the item the main edit acts on; returns that item. */
  reach: (el: Widget) => Promise<HTMLElement>;
  /** The main edit's keys, pressed on the item. */
  edit: string[];
  /** Is `active` the item the docs name after the edit, undo and redo (the same item, maybe re-rendered)? */
  sameItem: (active: Element | null, item: HTMLElement) => boolean;
  /** Opens the popover from the item; returns the control the docs say focus goes back to on Escape. */
  open: (el: Widget, item: HTMLElement) => Promise<HTMLElement>;
  /** Is a popover (or details panel) open? */
  isOpen: (el: Widget) => boolean;
}

export async function setUp(config: NestedConfig): Promise<{ view: CaseView; el: Widget }> {
  const { view, el } = await nested<Widget>(config.tag, config.value(), config.attrs);
  return { view, el };
}

export function nestedKeyboardSuite(config: NestedConfig): void {
  describe(`<${config.tag}> inside a host's shadow root: keyboard`, () => {
    it('Tab from the note field goes into the widget, through it, and out to Save; Shift+Tab back to the note field', async () => {
      const { view, el } = await setUp(config);
      view.note.focus();
      const forward = await tabTo(el, view.save, false, 30);
      expect(forward.length, `forward stops:\n  ${forward.join('\n  ')}`).to.be.greaterThan(1);
      // Some stop before Save was inside the widget.
      const back = await tabTo(el, view.note, true, 30);
      expect(back.length).to.be.greaterThan(1);
      // Tab again once Save has focus goes on to the page's next control (out of the host), not back in.
      view.save.focus();
      await key(el, 'Tab');
      expect(document.activeElement?.id, describeEl(deepActive())).to.equal('page-after');
    });

    it('the main edit, Ctrl+Z and Ctrl+Y keep focus on the item, and each is announced', async () => {
      const { view, el } = await setUp(config);
      view.note.focus();
      const item = await config.reach(el);
      const said: string[] = [];
      for (const k of config.edit) {
        await key(el, k);
        said.push(liveRegion(el));
      }
      let active = deepActive();
      expect(inside(active, el), `after the edit: ${describeEl(active)}`).to.equal(true);
      expect(config.sameItem(active, item), `after the edit: ${describeEl(active)}`).to.equal(true);
      expect((active as Element).matches(':focus-visible'), `focus visible after the edit: ${describeEl(active)}`).to.equal(true);
      const afterEdit = liveRegion(el);
      expect(afterEdit, 'the edit is announced').to.not.equal('');
      active = await key(el, 'Control+z');
      expect(config.sameItem(active, item), `after Ctrl+Z: ${describeEl(active)}`).to.equal(true);
      expect(liveRegion(el), 'undo is announced').to.match(/^Angret/);
      active = await key(el, 'Control+y');
      expect(config.sameItem(active, item), `after Ctrl+Y: ${describeEl(active)}`).to.equal(true);
      expect(liveRegion(el), 'redo is announced').to.match(/^Gjort om/);
    });

    it('Escape closes the popover and focus returns where the docs say', async () => {
      const { view, el } = await setUp(config);
      view.note.focus();
      const item = await config.reach(el);
      const back = await config.open(el, item);
      expect(config.isOpen(el), 'open').to.equal(true);
      expect(inside(deepActive(), el), `focus inside after opening: ${describeEl(deepActive())}`).to.equal(true);
      const active = await key(el, 'Escape');
      expect(config.isOpen(el), 'closed').to.equal(false);
      expect(active, `after Escape: ${describeEl(active)}`).to.equal(back);
    });

    // docs/accessibility.md: while disabled, focus is on the widget's own items (its Tab stop item: the
    // calendar's focus date); enabled again, it goes back to the control it was dropped from.
    it('disabled while focus is on the item, then enabled: focus stays inside, back on the item, never <body>', async () => {
      const { view, el } = await setUp(config);
      view.note.focus();
      const item = await config.reach(el);
      el.disabled = true;
      await settleAll(el);
      let active = deepActive();
      expect(active, 'disabled: not <body>').to.not.equal(document.body);
      expect(inside(active, el), `disabled: ${describeEl(active)}`).to.equal(true);
      el.disabled = false;
      await settleAll(el);
      active = deepActive();
      expect(inside(active, el) && config.sameItem(active, item), `enabled again: ${describeEl(active)}`).to.equal(true);
    });

    it('disabled with the popover open: focus comes back inside the widget, never <body>', async () => {
      const { view, el } = await setUp(config);
      view.note.focus();
      const item = await config.reach(el);
      await config.open(el, item);
      el.disabled = true;
      await settleAll(el);
      const active = deepActive();
      expect(active === document.body || active === view, `disabled: ${describeEl(active)}`).to.equal(false);
      expect(inside(active, el), `disabled: ${describeEl(active)}`).to.equal(true);
      el.disabled = false;
      await settleAll(el);
      expect(inside(deepActive(), el), `enabled: ${describeEl(deepActive())}`).to.equal(true);
    });

    for (const when of ['same task', 'next frame'] as const) {
      for (const last of ['edit', 'undo'] as const) {
        it(`focus put on Save in the ${when} as the last key of the ${last} stays on Save`, async () => {
          const { view, el } = await setUp(config);
          view.note.focus();
          await config.reach(el);
          const keys = last === 'edit' ? config.edit : [...config.edit, 'Control+z'];
          for (const k of keys.slice(0, -1)) await key(el, k);
          const final = keys[keys.length - 1].split('+');
          for (const m of final.slice(0, -1)) await sendKeys({ down: m });
          await sendKeys({ press: final[final.length - 1] });
          for (const m of final.slice(0, -1).reverse()) await sendKeys({ up: m });
          if (when === 'next frame') await frame();
          view.save.focus();
          await settleAll(el);
          for (let i = 0; i < 5; i++) await frame();
          expect(deepActive(), `focus after: ${describeEl(deepActive())}`).to.equal(view.save);
        });
      }
    }

    it('a host keydown handler that puts focus on Save in the task of the edit\'s last key: focus stays on Save', async () => {
      const { view, el } = await setUp(config);
      view.note.focus();
      await config.reach(el);
      for (const k of config.edit.slice(0, -1)) await key(el, k);
      // The host's own shortcut, on its shadow root, after the widget handled the key (bubbling, composed).
      const handler = (): void => view.save.focus();
      view.shadowRoot!.addEventListener('keydown', handler, { once: true });
      await sendKeys({ press: config.edit[config.edit.length - 1].replace(/^ $/, 'Space') });
      view.shadowRoot!.removeEventListener('keydown', handler);
      await settleAll(el);
      for (let i = 0; i < 5; i++) await frame();
      expect(deepActive(), `focus after: ${describeEl(deepActive())}`).to.equal(view.save);
    });

    it('Tab and Shift+Tab out of the open popover: it closes, focus goes on out (or back), never <body>, never trapped', async () => {
      for (const shift of [false, true]) {
        const { view, el } = await setUp(config);
        view.note.focus();
        const item = await config.reach(el);
        await config.open(el, item);
        const stops: string[] = [];
        for (let i = 0; i < 40 && inside(deepActive(), el); i++) {
          const active = await key(el, shift ? 'Shift+Tab' : 'Tab');
          stops.push(describeEl(active));
        }
        const active = deepActive();
        expect(inside(active, el), `${shift ? 'Shift+Tab' : 'Tab'} never left the widget:\n  ${stops.join('\n  ')}`).to.equal(false);
        expect(active, `${shift ? 'Shift+Tab' : 'Tab'} went to ${describeEl(active)}:\n  ${stops.join('\n  ')}`).to.equal(shift ? view.note : view.save);
        expect(config.isOpen(el), 'closed once focus left').to.equal(false);
      }
    });

    it('Tab from the item to Save (real Tab presses) right after the edit: focus stays on Save', async () => {
      const { view, el } = await setUp(config);
      view.note.focus();
      await config.reach(el);
      for (const k of config.edit) await key(el, k);
      // Tab on without waiting between presses, as a fast keyboard user does.
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await sendKeys({ press: 'Tab' });
        reached = deepActive() === view.save;
      }
      expect(reached, `never reached Save: ${describeEl(deepActive())}`).to.equal(true);
      await settleAll(el);
      for (let i = 0; i < 5; i++) await frame();
      expect(deepActive(), `focus after: ${describeEl(deepActive())}`).to.equal(view.save);
    });
  });
}

/** Tabs from wherever focus is until the deep active element matches `selector` inside `el`. */
export async function tabInto(el: Widget, selector: string, limit = 15): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const active = await key(el, 'Tab');
    if (active && inside(active, el) && active.matches(selector)) return active as HTMLElement;
  }
  throw new Error(`Tab ×${limit} never reached ${selector} in <${el.localName}>: on ${describeEl(deepActive())}`);
}
