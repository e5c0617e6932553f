/**
 * Forced colours: a dashed border means "does nothing now" (aria-disabled "Les høyt", Angre/Gjør om).
 * The working record shortcut "Ingen stemme for … — ta opp en" (`.no-voice`) was dashed too: in
 * normal colours its warning colour and tint set it apart, but forced colours paint both in the
 * same system colours, so it looked exactly like the disabled button beside it (a newcomer's
 * low-vision QA, 7 Dec 2026, #4). In forced colours it is solid now, as every working button;
 * its dashed warning look stays in normal colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { settle, shadow } from '../helpers/index.js';
import { withLog } from './full-log.js';

describe('<vk-task-ladder> forced colours: the record shortcut is not drawn as a disabled control', () => {
  afterEach(() => setSpeechEngine(null));

  it('solid in forced colours (a disabled button beside it is dashed); dashed in the warning colour otherwise', async () => {
    // No voice in the participant language: the record shortcut offers a recording.
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
    // Task t3's logbook is full: its "Skriv i loggboka" is aria-disabled, beside the record shortcut.
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="adviser" .value=${{ ...withLog(1000), participantLanguage: 'ar' }}></vk-task-ladder>`);
    await settle(el);
    const card = shadow(el, '.task-button[data-key="t3"]').closest('li')!;
    const record = card.querySelector<HTMLButtonElement>('.task-controls .no-voice')!;
    const disabled = card.querySelector<HTMLButtonElement>('.task-controls button[aria-disabled="true"]')!;
    expect(record.hasAttribute('aria-disabled'), 'the shortcut works').to.equal(false);
    expect(disabled, 'a disabled control beside it').to.not.equal(null);

    const normal = getComputedStyle(record);
    const warning = getComputedStyle(record).color;
    expect({ style: normal.borderTopStyle, colour: normal.borderTopColor }, 'normal colours: the dashed warning border').to.deep.equal({ style: 'dashed', colour: warning });

    await executeServerCommand('vk-forced-colors', { active: true });
    try {
      const forced = getComputedStyle(record);
      const off = getComputedStyle(disabled);
      expect(off.borderTopStyle, 'the disabled one: dashed').to.equal('dashed');
      expect(forced.borderTopStyle, 'the working shortcut: solid').to.equal('solid');
      expect(parseFloat(forced.borderTopWidth), 'a visible border').to.be.at.least(1);
    } finally {
      await executeServerCommand('vk-forced-colors', { active: false });
    }
  });
});
