/**
 * Ctrl+Z (Ctrl+Y) with nothing to undo (redo) was silent: a keyboard or screen-reader user could
 * not tell whether the key had worked. The key now says so, politely, on every press ("Ingenting å
 * angre."), and when the history's next step is one this mode may not make (an adviser's edit in
 * participant mode, `allows`) it says that instead. The public `undo()`/`redo()` a host calls stay
 * silent on false, and Ctrl+Z in a text field stays the field's own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { announced, press, recordAnnouncements, sampleSteps, settle, shadow } from '../helpers/index.js';
import { cardButton, menuAction, samplePlan } from '../plan-board/helpers.js';

const NOTHING_TO_UNDO = 'Ingenting å angre.';
const NOTHING_TO_REDO = 'Ingenting å gjøre om.';

/** The live region's two alternating nodes (core/announcer.ts): the text directly in it, and its span's. */
function regionNodes(el: Element): [string, string] {
  const region = el.shadowRoot!.querySelector('[data-vk-announcer]')!;
  const span = region.querySelector('span')?.textContent ?? '';
  return [(region.textContent ?? '').slice(0, (region.textContent ?? '').length - span.length), span];
}

describe('Ctrl+Z and Ctrl+Y with nothing to undo or redo', () => {
  it('step tracker: Ctrl+Z says "Ingenting å angre.", Ctrl+Y "Ingenting å gjøre om." in the live region; nothing changes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const before = el.value;
    const target = shadow(el, '.step-button[data-key="s3"]');
    expect(press(target, 'z', { ctrlKey: true }).defaultPrevented, 'the key is taken').to.equal(true);
    await settle(el);
    expect(announced(el)).to.equal(NOTHING_TO_UNDO);
    press(target, 'y', { ctrlKey: true });
    await settle(el);
    expect(announced(el)).to.equal(NOTHING_TO_REDO);
    expect(el.value).to.equal(before);
  });

  it('step tracker: each press is said again (the words move to the other node of the region, so they are spoken again)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const said = recordAnnouncements(el);
    const target = shadow(el, '.step-button[data-key="s3"]');
    press(target, 'z', { ctrlKey: true });
    await settle(el);
    const first = regionNodes(el);
    press(target, 'z', { ctrlKey: true });
    await settle(el);
    const second = regionNodes(el);
    expect(said).to.deep.equal([NOTHING_TO_UNDO, NOTHING_TO_UNDO]);
    expect(first.filter(Boolean)).to.deep.equal([NOTHING_TO_UNDO]);
    expect(second.filter(Boolean)).to.deep.equal([NOTHING_TO_UNDO]);
    expect(second, 'the other node').to.not.deep.equal(first);
  });

  it('step tracker: after the one edit is undone, a second Ctrl+Z says there is nothing more', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const target = shadow(el, '.step-button[data-key="s3"]');
    press(target, ' ');
    await settle(el);
    press(shadow(el, '.step-button[data-key="s3"]'), 'z', { ctrlKey: true });
    await settle(el);
    expect(announced(el)).to.match(/^Angret/);
    press(shadow(el, '.step-button[data-key="s3"]'), 'z', { ctrlKey: true });
    await settle(el);
    expect(announced(el)).to.equal(NOTHING_TO_UNDO);
  });

  it('a held Ctrl+Z undoes at each repeat, then says "Ingenting å angre." once, not at every further repeat', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await settle(el);
    const said = recordAnnouncements(el);
    const target = (): HTMLElement => shadow(el, '.step-button[data-key="s3"]');
    press(target(), 'z', { ctrlKey: true });
    for (let i = 0; i < 5; i++) press(target(), 'z', { ctrlKey: true, repeat: true });
    await settle(el);
    expect(said).to.have.length(2);
    expect(said[0]).to.match(/^Angret/);
    expect(said[1]).to.equal(NOTHING_TO_UNDO);
    expect(announced(el)).to.equal(NOTHING_TO_UNDO);
    press(target(), 'z', { ctrlKey: true });
    await settle(el);
    expect(said, 'a new press says it again').to.have.length(3);
  });

  it('plan board: Ctrl+Z and Ctrl+Y on a card say so in the live region', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const before = el.value;
    press(cardButton(el, 'c1'), 'z', { ctrlKey: true });
    await settle(el);
    expect(announced(el)).to.equal(NOTHING_TO_UNDO);
    press(cardButton(el, 'c1'), 'z', { ctrlKey: true, shiftKey: true });
    await settle(el);
    expect(announced(el)).to.equal(NOTHING_TO_REDO);
    expect(el.value).to.equal(before);
  });

  it('the public undo() and redo() stay silent when they have nothing to do', async () => {
    const tracker = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const board = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    for (const el of [tracker, board]) {
      const said = recordAnnouncements(el);
      expect([el.undo(), el.redo()]).to.deep.equal([false, false]);
      await settle(el);
      expect(said).to.deep.equal([]);
      expect(announced(el)).to.equal('');
    }
  });

  it('Ctrl+Z in a text field is the field\'s own: not taken, nothing said', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    let input: HTMLInputElement | null = null;
    for (let i = 0; i < 50 && !input; i++) {
      input = el.shadowRoot!.querySelector<HTMLInputElement>('.edit-form input[name="title"]');
      if (!input) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(input, 'the edit form').to.not.equal(null);
    const said = recordAnnouncements(el);
    expect(press(input!, 'z', { ctrlKey: true }).defaultPrevented).to.equal(false);
    expect(press(input!, 'y', { ctrlKey: true }).defaultPrevented).to.equal(false);
    await settle(el);
    expect(said).to.deep.equal([]);
  });
});

describe('Ctrl+Z and Ctrl+Y when the next step is one this mode may not make', () => {
  /** A board with an adviser's edit (a title) on its history, then switched to participant mode. */
  async function adviserEditThenParticipant(undone: boolean): Promise<VkPlanBoard> {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const edit: PlanOperation = { type: 'card.update', cardId: 'c1', changes: { title: { nb: 'Norsk' } } };
    expect((el as unknown as { commit(op: PlanOperation): boolean }).commit(edit)).to.equal(true);
    if (undone) expect(el.undo()).to.equal(true);
    el.mode = 'participant';
    await settle(el);
    return el;
  }

  it('plan board in participant mode: Ctrl+Z says the last edit cannot be undone here, and keeps it', async () => {
    const el = await adviserEditThenParticipant(false);
    expect(el.canUndo).to.equal(false);
    const said = recordAnnouncements(el);
    const before = el.value;
    press(cardButton(el, 'c1'), 'z', { ctrlKey: true });
    await settle(el);
    expect(said).to.deep.equal(['Den siste endringen kan ikke angres i deltakervisning.']);
    expect(announced(el)).to.equal(said[0]);
    expect(el.value).to.equal(before);
    expect(el.undo(), 'undo() is silent').to.equal(false);
    await settle(el);
    expect(said).to.have.length(1);
    el.mode = 'adviser';
    await settle(el);
    expect(el.canUndo, 'its undo waits for adviser mode').to.equal(true);
  });

  it('plan board in participant mode: Ctrl+Y says the undone edit cannot be redone here', async () => {
    const el = await adviserEditThenParticipant(true);
    expect(el.canRedo).to.equal(false);
    press(cardButton(el, 'c1'), 'y', { ctrlKey: true });
    await settle(el);
    expect(announced(el)).to.equal('Endringen kan ikke gjøres om i deltakervisning.');
  });
});
