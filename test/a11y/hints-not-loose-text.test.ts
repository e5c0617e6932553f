import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { accessibilityTree, type AxNode } from './a11y-tree.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';

// Audit "hint-text": the board's and the ladder's keyboard hints ("Enter åpner kortet. Mellomrom
// løfter kortet…") were visually hidden boxes, so browse mode read them as loose sentences after
// the last card or task. As the step tracker's (23bcf9d2), they are now hidden elements the cards
// name in aria-describedby: the description still reaches each card, the text is out of the reading order.

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
const HINT = /^(Enter|Mellomrom|Trykk)/;

async function tree(widget: TemplateResult): Promise<AxNode[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div id="hints-host" role="group" aria-label="Host" style="inline-size: 1100px">${widget}</div>`);
  await (wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return all(await accessibilityTree('#hints-host'));
}

function expectHintOnlyAsDescription(nodes: AxNode[], hint: string, cardName: RegExp): void {
  const loose = nodes.filter((n) => n.role === 'StaticText' && HINT.test((n.name ?? '').trim()));
  expect(loose.map((n) => n.name), 'no hint in the reading order').to.deep.equal([]);
  const cards = nodes.filter((n) => n.role === 'button' && cardName.test(n.name ?? ''));
  expect(cards.length, 'cards found').to.be.greaterThan(0);
  for (const card of cards) expect(card.description, card.name).to.equal(hint);
}

describe('keyboard hints: a description of the cards, not loose text', () => {
  it('plan board (adviser)', async () => {
    const nodes = await tree(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    expectHintOnlyAsDescription(nodes, 'Enter åpner kortet. Mellomrom løfter kortet; flytt med piltastene og slipp med mellomrom.', /^(Norskkurs|Arbeidspraksis|Lege|Buss)/);
  });

  it('plan board (participant, a voice: cards that can be heard)', async () => {
    // Headless Chromium has no voice: a card nobody can hear has no "tap to hear" hint (silent-card-hint.test.ts).
    setSpeechEngine({ hasVoice: () => true, speak: async () => undefined, play: async () => undefined });
    try {
      const nodes = await tree(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
      expectHintOnlyAsDescription(nodes, 'Trykk på kortet for å høre det.', /^(Norskkurs|Arbeidspraksis|Lege|Buss)/);
    } finally {
      setSpeechEngine(null);
    }
  });

  it('task ladder (adviser)', async () => {
    const nodes = await tree(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    expectHintOnlyAsDescription(nodes, 'Mellomrom endrer nivå. Enter åpner detaljer, kvittering og loggbok.', /(Ikke startet|Med støtte|Selvstendig)$/);
  });

  it('task ladder (participant, no voice: the silent hint)', async () => {
    const nodes = await tree(html`<vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>`);
    const loose = nodes.filter((n) => n.role === 'StaticText' && HINT.test((n.name ?? '').trim()));
    expect(loose.map((n) => n.name), 'no hint in the reading order').to.deep.equal([]);
    const described = nodes.filter((n) => n.role === 'button' && HINT.test(n.description ?? ''));
    expect(described.length, 'the tasks keep a description').to.be.greaterThan(0);
  });
});
