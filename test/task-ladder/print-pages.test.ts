import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { createLadder } from '../../src/presets/ladder-templates.js';

// The paper training plan on A4 portrait sheets (Chromium's print to PDF). Three phases of eight
// tasks with long logbooks: each phase is taller than a sheet. Kept whole (`break-inside:
// avoid-page`), phase 1 moved to sheet 2 (sheet 1: the title and mentor alone) and each phase's
// last border landed on a sheet of its own: 11 sheets, three of them empty or title-only.

const LONG = 'I dag vasket jeg tre rom alene og husket å bytte hansker mellom hvert rom. Veilederen sa at jeg jobbet raskt og grundig, men jeg må huske å skrive i loggboka før jeg går hjem.';

function ladder(): LadderDocument {
  const l = createLadder('cleaning', { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
  return {
    ...l,
    phases: l.phases.map((phase, p) => ({
      ...phase,
      tasks: [...phase.tasks, ...phase.tasks.slice(0, 3).map((t) => ({ ...t, id: `${t.id}b` }))].map((t) => ({
        ...t,
        log: p < 2 ? [
          { date: '2026-02-02', by: 'participant' as const, mood: 4 as const, text: LONG },
          { date: '2026-02-05', by: 'mentor' as const, text: `Godt arbeid. ${LONG}` },
          { date: '2026-02-09', by: 'participant' as const, mood: 2 as const, text: 'Det var vanskelig i dag.' },
        ] : [],
      })),
    })),
  };
}

describe('vk-task-ladder printed on A4 portrait sheets', () => {
  let page: HTMLStyleElement;
  before(() => {
    page = document.createElement('style');
    page.textContent = '@page { size: A4 portrait; margin: 10mm; } body { margin: 0; }';
    document.head.append(page);
  });
  after(async () => {
    page.remove();
    await emulateMedia({ media: 'screen' });
  });

  it('3 × 8 tasks with logbooks: phase 1 starts on sheet 1, no sheet without text', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${ladder()}></vk-task-ladder>`);
    await el.updateComplete;
    await document.fonts.ready;
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    const { textOps } = await executeServerCommand<{ textOps: number[] }, undefined>('vk-pdf-pages');
    expect(textOps[0], `text operations on sheet 1 (each sheet: ${textOps})`).to.be.above(200);
    expect(textOps.filter((n) => n === 0).length, `sheets without text (each sheet: ${textOps})`).to.equal(0);
  });
});
