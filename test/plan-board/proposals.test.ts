import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { templates as arabic } from '../../src/generated/locales/ar.js';
import { cardItem, deepActive, frame, menuAction, renderedOrder, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const operations = (events: Array<{ type: string; detail: unknown }>): PlanOperation[] =>
  events.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: PlanOperation }).operation);

describe('plan board: participant proposals', () => {
  it('without the proposals attribute there is no way to propose', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    expect(sr(el).querySelector('.propose')).to.equal(null);
    const adviser = await fixture<VkPlanBoard>(html`<vk-plan-board proposals .value=${samplePlan()}></vk-plan-board>`);
    expect(sr(adviser).querySelector('.propose')).to.equal(null);
  });

  it('a participant proposes a card without typing: picture, day, send → card.add with proposedBy "participant"', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const open = sr(el).querySelector('.propose') as HTMLElement;
    expect(open.getBoundingClientRect().height).to.be.at.least(44);
    open.click();
    await el.updateComplete;
    const dialog = sr(el).querySelector('.vk-popover') as HTMLElement;
    expect(dialog.getAttribute('role')).to.equal('dialog');
    expect(dialog.querySelector('input[type="search"], input[type="text"], textarea')).to.equal(null);
    const options = Array.from(dialog.querySelectorAll<HTMLElement>('.picker-option'));
    expect(options.length).to.be.greaterThan(10);
    for (const o of options.slice(0, 5)) expect(o.getBoundingClientRect().height).to.be.at.least(44);
    // The pictures' words in the plan's participant language (Arabic) come with the first proposal.
    for (let i = 0; i < 100 && !dialog.querySelector('.picker-option [lang="ar"]'); i++) await frame();
    (dialog.querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
    await el.updateComplete;
    (dialog.querySelector('.day-option[data-column="wed"]') as HTMLElement).click();
    await el.updateComplete;
    expect(dialog.querySelector('.day-option[data-column="wed"]')?.getAttribute('aria-pressed')).to.equal('true');
    (dialog.querySelector('.send') as HTMLElement).click();
    await el.updateComplete;
    await frame();
    const ops = operations(events);
    expect(ops).to.have.length(1);
    const add = ops[0] as Extract<PlanOperation, { type: 'card.add' }>;
    expect(add.type).to.equal('card.add');
    expect(add.columnId).to.equal('wed');
    expect(add.index).to.equal(0);
    expect(add.card).to.deep.include({ columnId: 'wed', pictogram: 'vk:dentist', proposedBy: 'participant', title: { nb: 'Tannlege', ar: arabic['picto.dentist'] } });
    expect(renderedOrder(el).wed).to.deep.equal([add.card.id]);
    expect((deepActive() as HTMLElement).dataset.key).to.equal(add.card.id);
  });

  it('"Hvilken dag?" stands clear of the day buttons: a focused day\'s ring (3 px, 2 px out) does not cover it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    await proposeDentist(el);
    const legend = (sr(el).querySelector('.proposal-days > legend') as HTMLElement).getBoundingClientRect();
    const first = (sr(el).querySelector('.day-option') as HTMLElement).getBoundingClientRect();
    expect(first.top - legend.bottom, 'room between the question and the first day').to.be.at.least(6);
  });

  it('each day to choose is named in the participant\'s language too, as plainly as in Norwegian; "Tilbake" points back (RTL)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><vk-plan-board mode="participant" proposals .value=${{ ...samplePlan(), participantLanguage: 'ar' }}></vk-plan-board></div>`);
    const el = wrapper.firstElementChild as VkPlanBoard;
    await el.updateComplete;
    await proposeDentist(el);
    const day = sr(el).querySelector('.day-option[data-column="mon"]') as HTMLElement;
    const names = Array.from(day.querySelectorAll<HTMLElement>('[lang]'), (n) => [n.lang, n.dir, n.textContent]);
    expect(names).to.deep.equal([
      ['nb', 'ltr', 'Mandag'],
      ['ar', 'rtl', 'الاثنين'],
    ]);
    const [nb, ar] = Array.from(day.querySelectorAll<HTMLElement>('[lang]'), (n) => getComputedStyle(n).color);
    expect(ar).to.equal(nb);
    expect(getComputedStyle(sr(el).querySelector('.back .icon') as Element).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('the adviser sees a proposal marked as such and accepts it (card.update proposedBy: null) or removes it', async () => {
    const doc = samplePlan();
    const proposal: PlanCard = { id: 'p1', columnId: 'tue', title: { nb: 'Tannlege' }, pictogram: 'vk:dentist', proposedBy: 'participant' };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...doc, cards: [...doc.cards, proposal, { ...proposal, id: 'p2' }] }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    expect(cardItem(el, 'p1').hasAttribute('data-proposal')).to.equal(true);
    expect(cardItem(el, 'p1').querySelector('.proposal-badge')?.textContent).to.contain('Forslag');
    expect(cardItem(el, 'c1').querySelector('.proposal-badge')).to.equal(null);
    await menuAction(el, 'p1', 'accept');
    expect(operations(events)).to.deep.equal([{ type: 'card.update', cardId: 'p1', changes: { proposedBy: null } }]);
    expect(cardItem(el, 'p1').hasAttribute('data-proposal')).to.equal(false);
    await menuAction(el, 'p2', 'remove');
    expect(operations(events)[1]).to.deep.equal({ type: 'card.remove', cardId: 'p2' });
  });
});

describe('plan board: a new card\'s words are stored under the UI language', () => {
  afterEach(async () => {
    const { setLocale } = await import('../../src/core/localize.js');
    await setLocale('nb');
  });

  it('in an Arabic UI a proposed card\'s title is { ar: … }, never Arabic under "nb"', async () => {
    const { setLocale } = await import('../../src/core/localize.js');
    await setLocale('ar');
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await proposeDentist(el);
    (sr(el).querySelector('.send') as HTMLElement).click();
    await el.updateComplete;
    const add = operations(events)[0] as Extract<PlanOperation, { type: 'card.add' }>;
    expect(Object.keys(add.card.title as object)).to.deep.equal(['ar']);
  });
});

describe('plan board: a proposal with recorded words', () => {
  it('the recording goes into the proposed card\'s audio in the participant\'s language', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await proposeDentist(el);
    const recorder = await offeredRecorder(el);
    const url = 'data:audio/webm;base64,GkXfo59C';
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(events).to.have.length(0);
    (sr(el).querySelector('.send') as HTMLElement).click();
    await el.updateComplete;
    const add = operations(events)[0] as Extract<PlanOperation, { type: 'card.add' }>;
    expect(add.card.audio).to.deep.equal({ ar: url });
    expect(add.card.proposedBy).to.equal('participant');
  });

  it('after the picture, focus is on the day and Tab goes on to the recorder, then Send: the recorder is not skipped', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    await proposeDentist(el);
    const recorder = await offeredRecorder(el);
    await recorder.updateComplete;
    expect((deepActive() as HTMLElement).classList.contains('day-option'), 'focus on the chosen day').to.equal(true);
    const days = Array.from(sr(el).querySelectorAll<HTMLElement>('.day-option'));
    days[days.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    expect(recorder.contains(deepActive()) || recorder.shadowRoot!.contains(deepActive()), 'Tab from the last day reaches the recorder').to.equal(true);
    const send = sr(el).querySelector('.send') as HTMLElement;
    expect(days[0].compareDocumentPosition(recorder!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the recorder after the days').to.not.equal(0);
    expect(recorder.compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING, 'Send after the recorder').to.not.equal(0);
  });

  it('words recorded and heard back but not saved with "Lagre opptaket" are sent with Send (fake media device)', async () => {
    const { el, events } = await proposalWithTakeUnderReview();
    (sr(el).querySelector('.send') as HTMLElement).click();
    for (let i = 0; events.length === 0 && i < 60; i++) await frame();
    const add = operations(events)[0] as Extract<PlanOperation, { type: 'card.add' }>;
    expect(add.card.proposedBy).to.equal('participant');
    expect(add.card.audio ?? {}, 'the words go with the proposal').to.have.keys(['ar']);
    expect(String(add.card.audio?.ar)).to.match(/^data:audio\//);
    expect(operations(events)).to.have.length(1);
  });

  it('words recorded but not saved stay with the proposal when the participant goes back to choose another picture', async () => {
    const { el, events } = await proposalWithTakeUnderReview();
    (sr(el).querySelector('.back') as HTMLElement).click();
    for (let i = 0; !sr(el).querySelector('.picker-option[data-pictogram="vk:doctor"]') && i < 60; i++) await frame();
    (sr(el).querySelector('.picker-option[data-pictogram="vk:doctor"]') as HTMLElement).click();
    await el.updateComplete;
    (sr(el).querySelector('.send') as HTMLElement).click();
    for (let i = 0; events.length === 0 && i < 60; i++) await frame();
    const add = operations(events)[0] as Extract<PlanOperation, { type: 'card.add' }>;
    expect(add.card.pictogram).to.equal('vk:doctor');
    expect(add.card.audio ?? {}, 'the words went back with the participant').to.have.keys(['ar']);
  });
});

/** Opens the participant's "propose a card" dialog and picks the dentist's picture: the day question shows. */
/** The proposal's recorder once its lazy element is in the dialog (at most 50 frames). */
async function offeredRecorder(el: VkPlanBoard): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  let recorder = sr(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('vk-audio-recorder');
  for (let i = 0; !recorder && i < 50; i++) {
    await frame();
    recorder = sr(el).querySelector('vk-audio-recorder');
  }
  expect(recorder, 'recorder offered').to.not.equal(null);
  return recorder as HTMLElement & { updateComplete: Promise<unknown> };
}

async function proposeDentist(el: VkPlanBoard): Promise<void> {
  (sr(el).querySelector('.propose') as HTMLElement).click();
  await el.updateComplete;
  (sr(el).querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
  await el.updateComplete;
}

/**
 * A participant's proposal of the dentist's picture with one second of words recorded (fake media
 * device) and stopped, under review: not saved with "Lagre opptaket".
 */
async function proposalWithTakeUnderReview(): Promise<{ el: VkPlanBoard; events: ReturnType<typeof record> }> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
  const events = record(el, 'vk-change');
  await proposeDentist(el);
  type Recorder = HTMLElement & { record(): Promise<void>; maxSeconds: number; state: string; updateComplete: Promise<unknown> };
  let recorder = sr(el).querySelector<Recorder>('vk-audio-recorder');
  for (let i = 0; !recorder && i < 50; i++) {
    await frame();
    recorder = sr(el).querySelector<Recorder>('vk-audio-recorder');
  }
  if (!recorder) throw new Error('no recorder');
  await recorder.updateComplete;
  recorder.maxSeconds = 1;
  await recorder.record();
  for (let i = 0; recorder.state !== 'review' && i < 300; i++) await frame();
  expect(recorder.state).to.equal('review');
  return { el, events };
}
