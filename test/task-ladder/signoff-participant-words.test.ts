import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setLocale } from '../../src/core/localize.js';
import { press, settle, shadowAll } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { sampleLadder } from './sample.js';

// QA (participants who read little): the participant's ladder said "Kvittert ut av Kari" — the
// adviser's and mentor's word. In participant mode the sign-off says "Godkjent av Kari, 2. mars
// 2026", on the card (part of the task button's name) and in the details; adviser mode unchanged.

const signoff = (el: VkTaskLadder): string => shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!.querySelector('.signoff')!.textContent!;

async function mount(mode: string): Promise<VkTaskLadder> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode=${mode} .value=${sampleLadder()}></vk-task-ladder>`);
  await settle(el);
  return el;
}

describe('task ladder: the sign-off in the participant\'s plain words', () => {
  afterEach(() => setLocale('nb'));

  it('participant mode: "Godkjent av …" on the card, name and date isolated; adviser mode keeps "Kvittert ut av …"; a switch changes it', async () => {
    const el = await mount('participant');
    expect(signoff(el)).to.equal('Godkjent av \u2068Kari Nordmann\u2069, 2. mars 2026');
    expect(signoff(await mount('adviser'))).to.equal('Kvittert ut av \u2068Kari Nordmann\u2069, 2. mars 2026');
    el.mode = 'adviser';
    await settle(el);
    expect(signoff(el)).to.contain('Kvittert ut av');
  });

  it('a screen reader hears it in the task button\'s name, and the details say it too', async () => {
    await fixture(html`<div id="signoff-words" role="region" aria-label="test"><vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder></div>`);
    const el = document.querySelector('#signoff-words vk-task-ladder') as VkTaskLadder;
    await settle(el);
    const names: string[] = [];
    const walk = (node: AxNode): void => {
      if (node.role === 'button' && node.name) names.push(node.name);
      (node.children ?? []).forEach(walk);
    };
    walk(await accessibilityTree('#signoff-words'));
    const task = names.find((name) => name.startsWith('Ta oppvasken'));
    expect(task).to.contain('Godkjent av').and.not.contain('Kvittert');
    const button = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't1')!;
    button.focus();
    press(button, 'Enter');
    await waitUntil(() => shadowAll(el, '.vk-popover').some((p) => p.textContent?.includes('Ta oppvasken')), 'the details did not open', { timeout: 5000 });
    await settle(el);
    const details = shadowAll(el, '.vk-popover').map((p) => p.textContent).join(' ');
    expect(details).to.contain('Godkjent av').and.not.contain('Kvittert');
  });

  it('the details of a task not signed off say "Ikke godkjent ennå" to the participant, "Ikke kvittert ut" to the adviser', async () => {
    const details = async (mode: string): Promise<string> => {
      const el = await mount(mode);
      const button = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')!;
      button.focus();
      press(button, 'Enter');
      await waitUntil(() => shadowAll(el, '.vk-popover').some((p) => p.textContent?.includes('Tørke av benker')), 'the details did not open', { timeout: 5000 });
      await settle(el);
      return shadowAll(el, '.vk-popover').map((p) => p.textContent).join(' ');
    };
    expect(await details('participant')).to.contain('Ikke godkjent ennå').and.not.contain('kvittert');
    expect(await details('adviser')).to.contain('Ikke kvittert ut');
  });

  it('in an Arabic UI: its own translation, not the adviser\'s', async () => {
    await setLocale('ar');
    const adviser = signoff(await mount('adviser'));
    const participant = signoff(await mount('participant'));
    expect(participant).to.contain('Kari Nordmann').and.not.equal(adviser);
  });
});
