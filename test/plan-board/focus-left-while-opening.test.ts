import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { cardItem, deepActive, editorRecorder, frame, samplePlan, type EditorRecorder } from './helpers.js';
import { holdUpdates, settled } from '../core/hold-updates.js';

// The board's panels (card menu, picker, edit form) are lazy chunks, usually there before a first
// press (preloaded). A chunk slow to arrive let the user press and go on to the page's next control
// meanwhile; its arrival then opened the panel with focus in it, taken from where the user had put it.
// The first test needs its own page: the editing chunk must not be loaded yet.
async function board(): Promise<{ el: VkPlanBoard; after: HTMLButtonElement }> {
  const wrap = await fixture<HTMLDivElement>(html`<div><vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board><button id="after">Lagre</button></div>`);
  return { el: wrap.querySelector('vk-plan-board') as VkPlanBoard, after: wrap.querySelector('#after') as HTMLButtonElement };
}

describe('plan board: a panel asked for, then focus moved on before it could open', () => {
  it('a card’s menu pressed before the editing chunk arrived: it does not open, focus stays on the page’s control', async () => {
    const { el, after } = await board();
    // The first render only: the page's idle preload of the editing chunk has not run yet.
    await el.updateComplete;
    // In one task, before the chunk can arrive: the menu button pressed, then on to the page's control.
    const button = cardItem(el, 'c1').querySelector<HTMLElement>('.menu-button')!;
    button.focus();
    button.click();
    after.focus();
    await el.updateComplete;
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the menu stays closed').to.equal(null);
    // Loaded now: the next press opens it, focus in it.
    button.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover[role="menu"]:popover-open')?.contains(el.shadowRoot!.activeElement), 'opened on the next press, focus in it').to.equal(true);
  });

  it('a picture chosen for a new card, the form’s update completing late: the form does not open once focus has left the board', async () => {
    const { el, after } = await board();
    await settle(el);
    const add = el.shadowRoot!.querySelector<HTMLElement>('.add[data-add="mon"]')!;
    add.focus();
    add.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover:popover-open .picker-option'), 'the picker opens', { timeout: 5000 });
    const release = holdUpdates(el);
    const option = el.shadowRoot!.querySelector<HTMLElement>('.picker-option')!;
    option.focus();
    option.click();
    await settled();
    expect(deepActive()?.getAttribute('data-roving'), 'focus on the new card').to.match(/^c:/);
    // The user goes on to the page's next control while the update (the form's chunk) is still completing.
    after.focus();
    release();
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the form stays closed').to.equal(null);
  });

  it('a picture chosen for a new card with focus left on it: its form opens once the update completes', async () => {
    const { el } = await board();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('.add[data-add="mon"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover:popover-open .picker-option'), 'the picker opens', { timeout: 5000 });
    const release = holdUpdates(el);
    el.shadowRoot!.querySelector<HTMLElement>('.picker-option')!.click();
    await settled();
    release();
    await settled();
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open .edit-form')?.contains(el.shadowRoot!.activeElement), 'the form open, focus in it').to.equal(true);
  });
});

/** Starts the form's recorder and waits until it has recorded something (its clock shows a second; nothing recorded is no take). */
async function recording(recorder: EditorRecorder): Promise<void> {
  recorder.maxSeconds = 30;
  await recorder.record();
  for (let i = 0; (recorder as unknown as { elapsed: number }).elapsed < 1 && i < 600; i++) await frame();
}

describe('plan board: the edit form saved while its recording was still being converted, focus moved on meanwhile', () => {
  it('the card and the take are saved, the form closes, and focus stays on the page’s control', async () => {
    const { el, after } = await board();
    await settle(el);
    const recorder = await editorRecorder(el);
    await recording(recorder);
    const title = el.shadowRoot!.querySelector<HTMLInputElement>('.edit-form input[name="title"]')!;
    title.value = 'Norskkurs A';
    // In one task: Lagre (the take starts converting), then on to the page's control.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.edit-form button[type="submit"]')!.click();
    after.focus();
    for (let i = 0; el.shadowRoot!.querySelector('.edit-form') && i < 200; i++) await frame();
    await settled();
    const card = el.value!.cards.find((c) => c.id === 'c1')!;
    expect((card.title as Record<string, string>).nb, 'the typing saved').to.equal('Norskkurs A');
    expect(card.audio, 'the take saved').to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('.edit-form'), 'the form closed').to.equal(null);
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
  });

  it('with focus left in the form: focus goes back to the card', async () => {
    const { el } = await board();
    await settle(el);
    const recorder = await editorRecorder(el);
    await recording(recorder);
    const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('.edit-form button[type="submit"]')!;
    submit.focus();
    submit.click();
    for (let i = 0; el.shadowRoot!.querySelector('.edit-form') && i < 200; i++) await frame();
    await settled();
    expect(el.value!.cards.find((c) => c.id === 'c1')!.audio, 'the take saved').to.not.equal(undefined);
    expect(deepActive()?.closest('.card')?.getAttribute('data-card'), 'focus back on the card').to.equal('c1');
  });
});
