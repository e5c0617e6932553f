import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { todayIso } from '../../src/core/dates.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { focused, press, record, setRaw, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { applyLog, ladder, taskButton, taskItem, levelOf, focusTask, operations } from './ladder-fixture.js';

describe('<vk-task-ladder> rendering', () => {
  it('renders each phase as a group named by its number, with its title as the heading inside (nothing said twice)', async () => {
    const el = await ladder();
    const groups = shadowAll(el, '[role="group"]');
    expect(groups).to.have.length(2);
    const label = shadow(el, `#${groups[0].getAttribute('aria-labelledby')}`);
    expect(label.textContent?.trim()).to.equal('Fase 1');
    const heading = groups[0].querySelector('[role="heading"]') as HTMLElement;
    expect(heading.textContent).to.contain('Enkle oppgaver');
    expect(heading.textContent).to.not.contain('Fase 1');
  });

  it('shows each phase’s progress as text, with support counted separately', async () => {
    const el = await ladder();
    const texts = shadowAll(el, '.progress-text').map((p) => p.textContent?.trim());
    expect(texts).to.deep.equal(['1 av 3 selvstendig, 1 med støtte', '0 av 1 selvstendig']);
  });

  it('draws one bar segment per task, independent first, without inline styles', async () => {
    const el = await ladder();
    const segments = shadowAll(el, '.phase:first-of-type .bar span').map((s) => s.dataset.level);
    expect(segments).to.deep.equal(['independent', 'with-support', 'not-started']);
    // (A long word's font size is the one inline style, set through the CSSOM: core/word-fit.ts.)
    expect(el.shadowRoot?.querySelector('.bar [style], [style]:not(.vk-text, .step-title)')).to.equal(null);
  });

  it('marks the current phase (first not fully independent) with aria-current and a visible label', async () => {
    const doc = sampleLadder();
    const firstDone = { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.map((t) => ({ ...t, level: 'independent' as const })) }, doc.phases[1]] };
    const el = await ladder(firstDone);
    const groups = shadowAll(el, '[role="group"]');
    expect(groups[0].hasAttribute('aria-current')).to.equal(false);
    expect(groups[1].getAttribute('aria-current')).to.equal('step');
    expect(groups[1].querySelector('.now')?.textContent).to.equal('Nå');
  });

  it('shows the title in Norwegian first and the participant language under it with its own lang and dir', async () => {
    const el = await ladder();
    const spans = Array.from(taskButton(el, 't1').querySelectorAll('.task-title .vk-text'));
    expect(spans.map((s) => [s.textContent, s.getAttribute('lang'), s.getAttribute('dir')])).to.deep.equal([
      ['Ta oppvasken', 'nb', 'ltr'],
      ['غسل الأطباق', 'ar', 'rtl'],
    ]);
  });

  it('shows level, sign-off with name and formatted date, and the latest log entry', async () => {
    const el = await ladder();
    expect(taskButton(el, 't1').querySelector('.level')?.textContent).to.contain('Selvstendig');
    // Name and date are isolated so they keep their order inside right-to-left text: the name by
    // Unicode isolates, the date by a <bdi> that also carries its language (the text locale).
    expect(taskButton(el, 't1').querySelector('.signoff')?.textContent).to.equal('Kvittert ut av \u2068Kari Nordmann\u2069, 2. mars 2026');
    expect(taskButton(el, 't1').querySelector('.signoff bdi')?.textContent).to.equal('2. mars 2026');
    const latest = taskButton(el, 't2').querySelector('.latest-log');
    expect(latest?.textContent).to.contain('Gikk fint');
    expect(latest?.querySelector('img')?.getAttribute('alt')).to.equal('Bra');
  });

  it('keeps hostile strings as text', async () => {
    const doc = sampleLadder();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await ladder({ ...doc, mentor: { name: hostile }, phases: [{ ...doc.phases[0], tasks: [{ id: 'h', title: hostile, level: 'not-started', log: [{ date: '2026-01-01', by: 'participant', text: hostile }] }] }] });
    expect(el.shadowRoot?.querySelector('img[src="x"]')).to.equal(null);
    expect(taskButton(el, 'h').textContent).to.contain(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('rejects a bad document with vk-error at the path and keeps the last valid one', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-error');
    const bad = sampleLadder() as unknown as { phases: Array<{ tasks: Array<Record<string, unknown>> }> };
    bad.phases[0].tasks[2].level = 'expert';
    setRaw(el, bad);
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect((seen[0].detail as { issues: Array<{ path: string }> }).issues[0].path).to.equal('/phases/0/tasks/2/level');
    expect(el.value).to.deep.equal(sampleLadder());
    expect(shadowAll(el, '.task-button')).to.have.length(4);
  });

  it('lists the whole logbook for print, newest first', async () => {
    const doc = sampleLadder();
    const withLog = { ...doc, phases: [{ ...doc.phases[0], tasks: [{ ...doc.phases[0].tasks[1], log: [...(doc.phases[0].tasks[1].log ?? []), { date: '2026-03-09', by: 'mentor' as const, text: 'Nyest' }] }] }] };
    const el = await ladder(withLog);
    // The print-only parts are rendered when the page is printed (not on screen, where they never show).
    expect(shadowAll(el, '.print-log li')).to.have.length(0);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const items = shadowAll(el, '.print-log li').map((li) => li.textContent ?? '');
    expect(items).to.have.length(2);
    expect(items[0]).to.contain('Nyest');
    // Printed, the screen goes back to what it showed: the print-only parts are gone again.
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadowAll(el, '.print-log li')).to.have.length(0);
  });
  describe('a long ladder', () => {
    function long(tasks: number): LadderDocument {
      const doc = sampleLadder();
      return {
        ...doc,
        phases: [0, 1].map((p) => ({ ...doc.phases[p], tasks: Array.from({ length: tasks }, (_, t) => ({ id: `p${p}t${t}`, title: `Oppgave ${p + 1}.${t + 1}`, level: 'not-started' as const })) })),
      };
    }
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

    it('first renders a screenful of each phase, then every task one frame later (progress counts them all from the start)', async () => {
      const el = await ladder(long(60));
      const first = shadowAll(el, '.task').length;
      expect(first).to.be.lessThan(120);
      // Each phase's first cards fill the viewport: the last one rendered ends below its bottom edge.
      for (const list of shadowAll(el, '.tasks')) {
        const cards = list.querySelectorAll('.task');
        expect(cards.length).to.be.lessThan(60);
        expect(cards[cards.length - 1].getBoundingClientRect().bottom).to.be.greaterThan(innerHeight);
      }
      expect(shadowAll(el, '.progress-text')[0].textContent).to.contain('av 60');
      await frame();
      await frame();
      await frame();
      await el.updateComplete;
      expect(shadowAll(el, '.task')).to.have.length(120);
    });

    it('printed before its first frame completes, it renders every task at once (beforeprint)', async () => {
      const el = await ladder(long(60));
      expect(shadowAll(el, '.task').length).to.be.lessThan(120);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(shadowAll(el, '.task')).to.have.length(120);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    });

    it('renders every task at once when focus enters, so End reaches the last task', async () => {
      const el = await ladder(long(60));
      expect(shadowAll(el, '.task').length).to.be.lessThan(120);
      taskButton(el, 'p0t0').focus();
      await el.updateComplete;
      expect(shadowAll(el, '.task')).to.have.length(120);
      press(focused(el) as HTMLElement, 'End');
      await el.updateComplete;
      expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal('p1t59');
    });
  });
});

describe('<vk-task-ladder> keyboard', () => {
  it('has one tab stop across all phases', async () => {
    const el = await ladder();
    const stops = shadowAll(el, '.task-button').filter((b) => b.tabIndex === 0);
    expect(stops).to.have.length(1);
    expect(shadowAll(el, '.task-controls button').every((b) => b.tabIndex === -1)).to.equal(true);
  });

  it('arrows move between tasks across phases; Home and End go to the ends', async () => {
    const el = await ladder();
    const first = await focusTask(el, 't3');
    press(first, 'ArrowDown');
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t4');
    press(focused(el) as HTMLElement, 'Home');
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t1');
    press(focused(el) as HTMLElement, 'End');
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t4');
  });

  it('flips left and right arrows in RTL', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    await el.updateComplete;
    const button = await focusTask(el, 't2');
    press(button, 'ArrowLeft');
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t3');
    press(focused(el) as HTMLElement, 'ArrowRight');
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t2');
  });

  it('Space advances the level and fires one vk-change with task.level', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change', 'change');
    press(await focusTask(el, 't3'), ' ');
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' }]);
    expect(seen.filter((e) => e.type === 'change')).to.have.length(1);
    expect(levelOf(el, 't3')).to.equal('with-support');
  });

  it('Space advances not-started → with-support → independent with exact operations, keeping focus', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    const button = await focusTask(el, 't3');
    for (let i = 0; i < 2; i++) {
      press(focused(el) as HTMLElement, ' ');
      await el.updateComplete;
    }
    expect(operations(seen)).to.deep.equal([
      { type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' },
      { type: 'task.level', taskId: 't3', from: 'with-support', to: 'independent' },
    ]);
    expect(focused(el)).to.equal(button);
  });

  it('Space on an independent task cycles it to not started (contract §2), never silently: it says so and how to undo', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    const button = await focusTask(el, 't1');
    press(button, ' ');
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.level', taskId: 't1', from: 'independent', to: 'not-started' }]);
    expect(levelOf(el, 't1')).to.equal('not-started');
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Ctrl+Z');
    el.undo();
    await el.updateComplete;
    expect(levelOf(el, 't1')).to.equal('independent');
  });

  it('offers no "next level" shortcut on an independent task (it would reset it to not started)', async () => {
    const el = await ladder();
    expect(taskItem(el, 't1').querySelector('.level-control')).to.equal(null);
    expect(taskItem(el, 't3').querySelector('.level-control')).to.not.equal(null);
  });

  it('announces the new level', async () => {
    const el = await ladder();
    press(await focusTask(el, 't3'), ' ');
    await el.updateComplete;
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('\u2068Tørke av benker\u2069: Med støtte');
  });

  it('Enter fires vk-open with kind task and opens the details', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-open');
    press(await focusTask(el, 't2'), 'Enter');
    await el.updateComplete;
    expect(seen.map((e) => e.detail)).to.deep.equal([{ kind: 'task', id: 't2' }]);
    expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(true);
    expect(shadow(el, '#panel-title').textContent).to.contain('Kutte grønnsaker');
  });

  it('Escape closes the details and returns focus to the task', async () => {
    const el = await ladder();
    const button = await focusTask(el, 't2');
    press(button, 'Enter');
    await el.updateComplete;
    press(focused(el) as HTMLElement, 'Escape');
    await el.updateComplete;
    expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(false);
    expect(focused(el)).to.equal(button);
  });

  it('Ctrl+Z undoes a level change with the swapped operation', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    const button = await focusTask(el, 't3');
    press(button, ' ');
    await el.updateComplete;
    press(button, 'z', { ctrlKey: true });
    await el.updateComplete;
    expect((seen[1].detail as { operation: unknown; source: string }).operation).to.deep.equal({ type: 'task.level', taskId: 't3', from: 'with-support', to: 'not-started' });
    expect((seen[1].detail as { source: string }).source).to.equal('undo');
    expect(levelOf(el, 't3')).to.equal('not-started');
  });
});

describe('<vk-task-ladder> pointer and forms', () => {
  it('the level control advances the level with a task.level operation', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    taskItem(el, 't2').querySelector<HTMLButtonElement>('.level-control')?.click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.level', taskId: 't2', from: 'with-support', to: 'independent' }]);
  });

  it('the level radios in the details commit nothing until Save, then one task.level', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    taskButton(el, 't3').click();
    await el.updateComplete;
    const radios = shadowAll<HTMLInputElement>(el, '.vk-popover input[name="level"]');
    radios[1].click();
    radios[2].click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([]);
    shadow<HTMLButtonElement>(el, '.vk-popover .save-level').click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.level', taskId: 't3', from: 'not-started', to: 'independent' }]);
    expect(focused(el)).to.equal(taskButton(el, 't3'));
  });

  it('cancelling vk-change with preventDefault reverts the edit', async () => {
    const el = await ladder();
    const seen = record(el, 'change');
    el.addEventListener('vk-change', (e) => e.preventDefault(), { once: true });
    press(await focusTask(el, 't3'), ' ');
    await el.updateComplete;
    expect(levelOf(el, 't3')).to.equal('not-started');
    expect(el.value).to.deep.equal(sampleLadder());
    expect(seen).to.have.length(0);
    expect(el.canUndo).to.equal(false);
  });

  it('signs a task off through the popover with the document’s mentor and today’s date', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.signoff-control')?.click();
    await el.updateComplete;
    const name = shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]');
    const date = shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]');
    expect(name.value).to.equal('Kari Nordmann');
    expect(date.value).to.equal(todayIso());
    expect(focused(el)).to.equal(name);
    shadow<HTMLButtonElement>(el, '.signoff-form button[type="submit"]').click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.signoff', taskId: 't3', by: 'Kari Nordmann', date: todayIso() }]);
    expect(taskButton(el, 't3').querySelector('.signoff')?.textContent).to.contain('Kvittert ut av \u2068Kari Nordmann\u2069');
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Kvittert ut av \u2068Kari Nordmann\u2069');
    expect(focused(el)).to.equal(taskButton(el, 't3'));
  });

  it('signs off with a typed name and a chosen date', async () => {
    const el = await ladder({ ...sampleLadder(), mentor: undefined } as unknown as LadderDocument);
    const seen = record(el, 'vk-change');
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.signoff-control')?.click();
    await el.updateComplete;
    shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value = '  Ola Hansen ';
    shadow<HTMLInputElement>(el, '.signoff-form input[name="date"]').value = '2026-04-01';
    shadow<HTMLButtonElement>(el, '.signoff-form button[type="submit"]').click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.signoff', taskId: 't3', by: 'Ola Hansen', date: '2026-04-01' }]);
  });

  it('a sign-off without a name shows an error and changes nothing', async () => {
    const el = await ladder({ ...sampleLadder(), mentor: undefined } as unknown as LadderDocument);
    const seen = record(el, 'vk-change');
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.signoff-control')?.click();
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '.signoff-form button[type="submit"]').click();
    await el.updateComplete;
    expect(seen).to.have.length(0);
    expect(shadow(el, '.form-error').textContent).to.equal('Skriv fadderens navn.');
  });

  it('undoing a sign-off fires task.update restoring the previous sign-off (null)', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.signoff-control')?.click();
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '.signoff-form button[type="submit"]').click();
    await el.updateComplete;
    el.undo();
    await el.updateComplete;
    expect(operations(seen)[1]).to.deep.equal({ type: 'task.update', taskId: 't3', changes: { signoff: null } });
    expect(el.value).to.deep.equal(sampleLadder());
  });

  it('removing a sign-off in the details commits task.update with signoff null', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    taskButton(el, 't1').click();
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '.vk-popover .remove-signoff').click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.update', taskId: 't1', changes: { signoff: null } }]);
    expect(taskButton(el, 't1').querySelector('.signoff')).to.equal(null);
  });

  // The details scrolled to their buttons, then "Skriv i loggboka": the log form opened scrolled
  // as far, its heading and "who writes" legend out of sight (a newcomer's review).
  it('the log form opened from the details shows its top, focus on the checked author', async () => {
    const el = await ladder();
    taskButton(el, 't3').click();
    await el.updateComplete;
    const panel = shadow(el, '.vk-popover');
    panel.style.maxBlockSize = '12rem';
    panel.scrollTop = panel.scrollHeight;
    expect(panel.scrollTop, 'the details scroll').to.be.above(0);
    shadowAll<HTMLButtonElement>(el, '.vk-popover .actions button').find((b) => b.textContent?.includes('loggboka'))!.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(panel.querySelector('.log-form'), 'the log form').to.not.equal(null);
    expect(panel.scrollTop).to.equal(0);
    const radio = panel.querySelector<HTMLInputElement>('input[name="by"]:checked')!;
    expect(focused(el)).to.equal(radio);
    // Its own box, not stretched to the 2.25rem of text fields (its focus ring was a tall oval over its label).
    expect(radio.getBoundingClientRect().height).to.be.below(20);
  });

  it('adds a log entry with author, mood and text through the form', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.log-control')?.click();
    await el.updateComplete;
    const form = shadow<HTMLFormElement>(el, '.log-form');
    form.querySelector<HTMLInputElement>('input[name="by"][value="mentor"]')?.click();
    form.querySelector<HTMLInputElement>('input[name="mood"][value="4"]')?.click();
    form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Brukte riktig klut';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'log.add', taskId: 't3', entry: { date: todayIso(), by: 'mentor', mood: 4, text: 'Brukte riktig klut' } }]);
    expect(taskButton(el, 't3').querySelector('.latest-log')?.textContent).to.contain('Brukte riktig klut');
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('lagret i loggboka');
  });

  it('gives each mood a text alternative in a radio group', async () => {
    const el = await ladder();
    taskItem(el, 't3').querySelector<HTMLButtonElement>('.log-control')?.click();
    await el.updateComplete;
    const labels = shadowAll(el, '.moods label').map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['Veldig dårlig', 'Dårlig', 'Middels', 'Bra', 'Veldig bra']);
    expect(shadowAll(el, '.moods input[type="radio"]')).to.have.length(5);
  });

  it('lists the task’s log entries newest first in the details', async () => {
    const doc = sampleLadder();
    const el = await ladder(applyLog(doc));
    taskButton(el, 't2').click();
    await el.updateComplete;
    const entries = shadowAll(el, '.vk-popover .log-entry').map((e) => e.textContent ?? '');
    expect(entries[0]).to.contain('Nyere');
    expect(entries[1]).to.contain('Gikk fint');
  });

  it('readonly shows no edit controls and Space changes nothing', async () => {
    const el = await ladder();
    el.readonly = true;
    await el.updateComplete;
    const seen = record(el, 'vk-change');
    expect(shadowAll(el, '.task-controls button')).to.have.length(0);
    press(await focusTask(el, 't3'), ' ');
    await el.updateComplete;
    expect(seen).to.have.length(0);
  });
});

describe('<vk-task-ladder> states', () => {
  it('disabled: no tab stop, no controls, tasks marked aria-disabled', async () => {
    const el = await ladder();
    el.disabled = true;
    await el.updateComplete;
    expect(shadowAll(el, '.task-button').every((b) => b.tabIndex === -1 && b.getAttribute('aria-disabled') === 'true')).to.equal(true);
    expect(shadowAll(el, '.task-controls button')).to.have.length(0);
  });

  it('reads a template-built ladder from the value attribute and replays nothing on load', async () => {
    const doc = createLadder('shop', { mentor: 'Ola' });
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder value=${JSON.stringify(doc)}></vk-task-ladder>`);
    expect(el.value).to.deep.equal(doc);
    expect(shadowAll(el, '[role="group"]')).to.have.length(3);
    expect(shadowAll(el, '.task-button')).to.have.length(15);
  });
});
