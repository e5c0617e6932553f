import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setLocale } from '../../src/core/localize.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { todayIso } from '../../src/core/dates.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { press, record, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { applyLog, ladder, taskButton, taskItem, levelOf, focusTask, operations } from './ladder-fixture.js';

describe('<vk-task-ladder mode="participant">', () => {
  afterEach(() => setSpeechEngine(null));

  it('offers log entries and read-aloud, but no level or sign-off controls', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    expect(shadowAll(el, '.level-control')).to.have.length(0);
    expect(shadowAll(el, '.signoff-control')).to.have.length(0);
    expect(shadowAll(el, '.log-control')).to.have.length(4);
    expect(shadowAll(el, '.read-control')).to.have.length(4);
  });

  it('Space does not change the level; it reads the task aloud', async () => {
    const spoken: string[] = [];
    setSpeechEngine({ hasVoice: () => true, speak: async (text, lang) => void spoken.push(`${lang}:${text}`), play: async () => {} });
    const el = await ladder(sampleLadder(), 'participant');
    const seen = record(el, 'vk-change', 'vk-open');
    press(await focusTask(el, 't3'), ' ');
    await el.updateComplete;
    expect(seen.map((e) => e.type)).to.deep.equal([]);
    expect(spoken[0]).to.equal('nb:Tørke av benker');
  });

  it('Enter opens the details, without level controls', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    const seen = record(el, 'vk-open');
    press(await focusTask(el, 't3'), 'Enter');
    await el.updateComplete;
    expect(seen.map((e) => e.type)).to.deep.equal(['vk-open']);
    expect(shadowAll(el, '.vk-popover input[name="level"]')).to.have.length(0);
  });

  it('has touch targets of at least 44 px', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    for (const button of shadowAll(el, '.task-button, .task-controls button')) {
      const rect = button.getBoundingClientRect();
      expect(rect.height).to.be.at.least(44);
      expect(rect.width).to.be.at.least(44);
    }
  });

  it('switched to participant mode, undo and redo touch no level or sign-off; the participant’s own log entry still undoes', async () => {
    const el = await ladder();
    press(await focusTask(el, 't3'), ' ');
    await el.updateComplete;
    expect(levelOf(el, 't3')).to.equal('with-support');
    el.mode = 'participant';
    await el.updateComplete;
    const seen = record(el, 'vk-change');
    expect(el.undo()).to.equal(false);
    press(taskButton(el, 't3'), 'z', { ctrlKey: true });
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([]);
    expect(levelOf(el, 't3')).to.equal('with-support');
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.log-control')?.click();
    await el.updateComplete;
    shadow<HTMLInputElement>(el, '.log-form input[name="mood"][value="4"]').click();
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await el.updateComplete;
    expect(el.undo()).to.equal(true);
    expect(el.value?.phases[0].tasks[2]).not.to.have.property('log');
    // The adviser's edit is still there to undo once the adviser has the ladder again.
    el.mode = 'adviser';
    await el.updateComplete;
    expect(el.undo()).to.equal(true);
    expect(levelOf(el, 't3')).to.equal('not-started');
  });

  it('in participant mode, canUndo and canRedo are false while the next step is an adviser’s edit (a host’s Undo button tells the truth)', async () => {
    const el = await ladder();
    press(await focusTask(el, 't3'), ' ');
    press(taskButton(el, 't1'), ' ');
    await el.updateComplete;
    el.undo();
    expect([el.canUndo, el.canRedo]).to.deep.equal([true, true]);
    el.mode = 'participant';
    await el.updateComplete;
    // Next undo: t3's level; next redo: t1's level — neither is the participant's.
    expect([el.canUndo, el.canRedo]).to.deep.equal([false, false]);
    const seen = record(el, 'vk-change');
    expect([el.undo(), el.redo()]).to.deep.equal([false, false]);
    expect(operations(seen)).to.deep.equal([]);
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.log-control')?.click();
    await el.updateComplete;
    shadow<HTMLInputElement>(el, '.log-form input[name="mood"][value="4"]').click();
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await el.updateComplete;
    // The participant's own entry undoes and redoes.
    expect([el.canUndo, el.canRedo]).to.deep.equal([true, false]);
    expect(el.undo()).to.equal(true);
    expect([el.canUndo, el.canRedo]).to.deep.equal([false, true]);
    el.mode = 'adviser';
    await el.updateComplete;
    expect([el.canUndo, el.canRedo]).to.deep.equal([true, true]);
  });

  it('the participant adds a log entry, written as the participant by default', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    const seen = record(el, 'vk-change');
    taskItem(el, 't1').querySelector<HTMLButtonElement>('.log-control')?.click();
    await el.updateComplete;
    shadow<HTMLInputElement>(el, '.log-form input[name="mood"][value="5"]').click();
    shadow<HTMLButtonElement>(el, '.log-form button[type="submit"]').click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'log.add', taskId: 't1', entry: { date: todayIso(), by: 'participant', mood: 5 } }]);
  });

  it('reads the title aloud in Norwegian, then in the participant language, preferring a recording', async () => {
    const spoken: string[] = [];
    setSpeechEngine({
      hasVoice: () => true,
      speak: async (text, lang) => void spoken.push(`${lang}:${text}`),
      play: async (url) => void spoken.push(`play:${url}`),
    });
    const doc = sampleLadder();
    const withAudio = { ...doc, phases: [{ ...doc.phases[0], tasks: [{ ...doc.phases[0].tasks[0], audio: { ar: '/audio/dishes-ar.mp3' } }] }] };
    const el = await ladder(withAudio, 'participant');
    taskItem(el, 't1').querySelector<HTMLButtonElement>('.read-control')?.click();
    await el.updateComplete;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await el.updateComplete;
    expect(spoken).to.deep.equal(['nb:Ta oppvasken', 'play:/audio/dishes-ar.mp3']);
  });

  it('in the participant\'s own UI language the task is read as shown, Norwegian line first: with a Norwegian voice only, a Tigrinya UI can still read it', async () => {
    const spoken: string[] = [];
    let voices = ['nb', 'ti', 'ar'];
    setSpeechEngine({ hasVoice: (lang) => voices.includes(lang), speak: async (text, lang) => void spoken.push(`${lang}:${text}`), play: async () => {} });
    const doc = sampleLadder();
    const task = { ...doc.phases[0].tasks[0], title: { nb: 'Ta oppvasken', ar: 'غسل الأطباق', ti: 'ኣቕሑ ምሕጻብ' } };
    await setLocale('ti');
    try {
      const el = await ladder({ ...doc, participantLanguage: 'ti', phases: [{ ...doc.phases[0], tasks: [task] }] }, 'participant');
      const read = async (): Promise<void> => {
        spoken.length = 0;
        taskItem(el, 't1').querySelector<HTMLButtonElement>('.read-control')?.click();
        await new Promise<void>((resolve) => setTimeout(resolve));
        await el.updateComplete;
      };
      await read();
      expect(spoken).to.deep.equal(['nb:Ta oppvasken', 'ti:ኣቕሑ ምሕጻብ']);
      // An Arabic UI shows Norwegian and Tigrinya: it never reads the Arabic text it does not show.
      await setLocale('ar');
      await read();
      expect(spoken).to.deep.equal(['nb:Ta oppvasken', 'ti:ኣቕሑ ምሕጻብ']);
      await setLocale('ti');
      voices = ['nb'];
      setSpeechEngine({ hasVoice: (lang) => voices.includes(lang), speak: async (text, lang) => void spoken.push(`${lang}:${text}`), play: async () => {} });
      await el.updateComplete;
      const control = taskItem(el, 't1').querySelector<HTMLButtonElement>('.read-control') as HTMLButtonElement;
      expect(control.getAttribute('aria-disabled'), 'the Norwegian line can be heard').to.equal(null);
      await read();
      expect(spoken).to.deep.equal(['nb:Ta oppvasken']);
    } finally {
      await setLocale('nb');
    }
  });

  it('says so when its recordings cannot be played and no voice can speak instead (a missing file)', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => false });
    const doc = sampleLadder();
    const task = { ...doc.phases[0].tasks[0], audio: { nb: 'missing.wav', ar: 'broken.wav' } };
    const el = await ladder({ ...doc, phases: [{ ...doc.phases[0], tasks: [task] }] }, 'participant');
    const control = taskItem(el, 't1').querySelector<HTMLButtonElement>('.read-control') as HTMLButtonElement;
    expect(control.getAttribute('aria-disabled'), 'a recording exists, so it may be tried').to.equal(null);
    control.click();
    await el.updateComplete;
    await new Promise<void>((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Kan ikke leses opp: lydopptaket kan ikke spilles av.');
    expect(taskItem(el, 't1').querySelector('.no-sound')?.textContent).to.contain('Ingen lyd');
    // One recording plays, the other (the participant's language) is missing: said, not silent.
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async (url) => url !== 'broken.wav' });
    const partly = await ladder({ ...doc, phases: [{ ...doc.phases[0], tasks: [{ ...task, audio: { nb: 'ok.wav', ar: 'broken.wav' } }] }] }, 'participant');
    taskItem(partly, 't1').querySelector<HTMLButtonElement>('.read-control')!.click();
    await new Promise<void>((resolve) => setTimeout(resolve));
    await partly.updateComplete;
    expect(shadow(partly, '[data-vk-announcer]').textContent).to.contain('Et lydopptak kan ikke spilles av.');
  });

  it('says so when nothing can be read aloud', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
    const el = await ladder(sampleLadder(), 'participant');
    const control = taskItem(el, 't1').querySelector<HTMLButtonElement>('.read-control') as HTMLButtonElement;
    expect(control.textContent?.trim(), 'its action, as when it can read').to.equal('Les opp');
    expect(control.getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(el, `#${control.getAttribute('aria-describedby')}`).textContent).to.equal('Kan ikke leses opp: ingen lydopptak og ingen stemme for dette språket.');
    control.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Kan ikke leses opp');
  });
});

describe('<vk-task-ladder> accessibility', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const mode of ['adviser', 'participant'] as const) {
    it(`has no axe violations in nb, ${mode} mode`, async () => {
      const el = await ladder(applyLog(createLadderWithProgress()), mode === 'participant' ? 'participant' : undefined);
      await expect(el).to.be.accessible();
    });

    it(`has no axe violations in ar (RTL), ${mode} mode`, async () => {
      await setLocale('ar');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><vk-task-ladder .value=${createLadderWithProgress()} mode=${mode}></vk-task-ladder></div>`);
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations with the details popover open', async () => {
    const el = await ladder(applyLog(sampleLadder()));
    taskButton(el, 't2').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('has no axe violations with the logbook form open', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    taskItem(el, 't2').querySelector<HTMLButtonElement>('.log-control')?.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

/** A template-built ladder with some progress (phase 1 partly done), in Arabic for the participant. */
function createLadderWithProgress(): LadderDocument {
  const doc = createLadder('kitchen', { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
  const [p1, ...rest] = doc.phases;
  const tasks = p1.tasks.map((t, i) => ({ ...t, level: i < 2 ? ('independent' as const) : i === 2 ? ('with-support' as const) : t.level, ...(i === 0 ? { signoff: { by: 'Kari Nordmann', date: '2026-03-02' } } : {}) }));
  // Keep ids t2 for applyLog's lookup harmlessly absent: applyLog only touches a task named t2.
  return { ...doc, phases: [{ ...p1, tasks }, ...rest] };
}
