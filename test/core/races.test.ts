// Host vs user races (issue 13, contract docs/contract.md "Edit conflicts"): a host value set
// inside a vk-change listener wins over preventDefault and clears undo; undo() never applies an
// old inverse to a document the host replaced — for every widget, for user edits, undo and redo.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { tags, type Json } from './arbitraries.js';

type Widget = HTMLElement & {
  value: Json;
  canUndo: boolean;
  canRedo: boolean;
  undo(): boolean;
  redo(): boolean;
  updateComplete: Promise<unknown>;
};

const make: Record<KnownKind, () => Json> = {
  steps: createWorkOrientedCourseSteps,
  plan: createAminaPlan,
  ladder: () => createLadder('care', { participantLanguage: 'ar' }),
  schedule: createInnherredSchedule,
};

/** One edit the user could make on the preset, as the widget would commit it. */
const edit: Record<KnownKind, (doc: Json) => Json> = {
  steps: (doc) => ({ type: 'step.status', stepId: doc.steps[0].id, from: doc.steps[0].status, to: doc.steps[0].status === 'skipped' ? 'done' : 'skipped' }),
  plan: (doc) => ({ type: 'card.done', cardId: doc.cards[0].id, done: !doc.cards[0].done }),
  ladder: (doc) => ({ type: 'task.level', taskId: doc.phases[0].tasks[0].id, from: doc.phases[0].tasks[0].level, to: doc.phases[0].tasks[0].level === 'independent' ? 'with-support' : 'independent' }),
  schedule: (doc) => ({ type: 'session.update', sessionId: doc.sessions[0].id, changes: { cancelled: !doc.sessions[0].cancelled } }),
};

/** A user edit through the widget's own commit path (the one its controls call). */
function userEdit(el: Widget, operation: Json): boolean {
  return (el as unknown as { commit(op: Json, source: string): boolean }).commit(operation, 'user');
}

/** A document the host would send: the preset with a visible difference and a host field. */
function hostDocument(kind: KnownKind): Json {
  const doc = make[kind]();
  return { ...doc, hostRevision: 'from the server' };
}

for (const kind of Object.keys(make) as KnownKind[]) {
  describe(`host vs user races: <${tags[kind]}>`, () => {
    async function mount(): Promise<Widget> {
      const el = document.createElement(tags[kind]) as Widget;
      el.value = make[kind]();
      await fixture(html`<div></div>`).then((host) => host.appendChild(el));
      await el.updateComplete;
      return el;
    }

    it('a host value set inside vk-change wins over preventDefault: nothing reverted, undo cleared', async () => {
      const el = await mount();
      const host = hostDocument(kind);
      let changes = 0;
      el.addEventListener('vk-change', (event) => {
        event.preventDefault();
        el.value = host;
      });
      el.addEventListener('change', () => changes++);
      expect(userEdit(el, edit[kind](el.value))).to.equal(false);
      await el.updateComplete;
      expect(el.value).to.deep.equal(host);
      expect(changes, 'no change event for an edit the host replaced').to.equal(0);
      expect(el.canUndo).to.equal(false);
      expect(el.undo()).to.equal(false);
      expect(el.value).to.deep.equal(host);
    });

    it('a host value set inside vk-change (without preventDefault) also wins and clears undo', async () => {
      const el = await mount();
      const host = hostDocument(kind);
      el.addEventListener('vk-change', () => {
        el.value = host;
      });
      userEdit(el, edit[kind](el.value));
      expect(el.value).to.deep.equal(host);
      expect(el.canUndo).to.equal(false);
    });

    // form.reset() is the host putting its own document back: it wins like a host value. It used
    // to let the edit count as kept (a change event, an undo entry for a document that was gone:
    // undo() then failed on every try and canUndo stayed true).
    it('form.reset() inside vk-change wins like a host value: no change event, undo cleared', async () => {
      const el = await mount();
      const form = document.createElement('form');
      el.replaceWith(form);
      form.append(el);
      const before = el.value;
      let changes = 0;
      el.addEventListener('vk-change', () => form.reset());
      el.addEventListener('change', () => changes++);
      expect(userEdit(el, edit[kind](el.value))).to.equal(false);
      expect(el.value).to.deep.equal(before);
      expect(changes, 'no change event for an edit the reset replaced').to.equal(0);
      expect(el.canUndo).to.equal(false);
    });

    it('writing back the vk-change value (a controlled host) keeps the edit and undo', async () => {
      const el = await mount();
      el.addEventListener('vk-change', (event) => {
        el.value = JSON.parse(JSON.stringify((event as CustomEvent).detail.value));
      });
      const before = el.value;
      expect(userEdit(el, edit[kind](el.value))).to.equal(true);
      expect(el.canUndo).to.equal(true);
      expect(el.undo()).to.equal(true);
      expect(el.value).to.deep.equal(before);
    });

    it('undo() never applies an old inverse to a document the host set after the edit', async () => {
      const el = await mount();
      userEdit(el, edit[kind](el.value));
      expect(el.canUndo).to.equal(true);
      const host = hostDocument(kind);
      el.value = host;
      expect(el.canUndo).to.equal(false);
      expect(el.undo()).to.equal(false);
      expect(el.redo()).to.equal(false);
      expect(el.value).to.deep.equal(host);
    });

    it('a host value set inside the vk-change of an undo wins: the undone entry is not kept for a later undo or redo', async () => {
      const el = await mount();
      userEdit(el, edit[kind](el.value));
      userEdit(el, edit[kind](el.value));
      const host = hostDocument(kind);
      const listener = (event: Event): void => {
        if ((event as CustomEvent).detail.source === 'undo') el.value = host;
      };
      el.addEventListener('vk-change', listener);
      expect(el.undo()).to.equal(false);
      el.removeEventListener('vk-change', listener);
      expect(el.value).to.deep.equal(host);
      expect(el.canUndo, 'no old inverse left to apply to the host document').to.equal(false);
      expect(el.canRedo).to.equal(false);
      expect(el.undo()).to.equal(false);
      expect(el.value).to.deep.equal(host);
    });

    it('a host value set inside the vk-change of a redo wins the same way', async () => {
      const el = await mount();
      userEdit(el, edit[kind](el.value));
      el.undo();
      const host = hostDocument(kind);
      const listener = (event: Event): void => {
        if ((event as CustomEvent).detail.source === 'redo') el.value = host;
      };
      el.addEventListener('vk-change', listener);
      expect(el.redo()).to.equal(false);
      el.removeEventListener('vk-change', listener);
      expect(el.value).to.deep.equal(host);
      expect(el.canUndo).to.equal(false);
      expect(el.canRedo).to.equal(false);
    });

    it('a cancelled undo (preventDefault, no host value) keeps the entry so undo can be tried again', async () => {
      const el = await mount();
      const before = el.value;
      userEdit(el, edit[kind](el.value));
      const edited = el.value;
      const cancel = (event: Event): void => event.preventDefault();
      el.addEventListener('vk-change', cancel);
      expect(el.undo()).to.equal(false);
      el.removeEventListener('vk-change', cancel);
      expect(el.value).to.deep.equal(edited);
      expect(el.canUndo).to.equal(true);
      expect(el.undo()).to.equal(true);
      expect(el.value).to.deep.equal(before);
    });
  });
}
