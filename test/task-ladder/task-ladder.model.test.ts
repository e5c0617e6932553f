import { expect } from '@open-wc/testing';
import { applyOperation, validateDocument } from '../../src/documents.js';
import {
  applyLadderOperation,
  checkLadderDocument,
  currentPhaseIndex,
  invertLadderOperation,
  latestLogEntry,
  logNewestFirst,
  nextLevel,
  phaseProgress,
  taskSchema,
} from '../../src/task-ladder/task-ladder.model.js';
import { createLadder, ladderTemplates } from '../../src/presets/ladder-templates.js';
import { ladderBranches, type LadderDocument, type LadderOperation } from '../../src/task-ladder/task-ladder.types.js';
import { sampleLadder } from './sample.js';
import { expectIssuesOfItemSchema, oddIds, oddTexts } from '../helpers/fast-checks.js';

function issuesOf(input: unknown): Array<{ path: string; message: string }> {
  const result = checkLadderDocument(input);
  return result.ok ? [] : result.error.issues;
}

function taskOf(doc: LadderDocument, id: string) {
  return doc.phases.flatMap((p) => p.tasks).find((t) => t.id === id);
}

describe('ladder model: validation', () => {
  it('accepts a valid document and keeps unknown fields', () => {
    const result = checkLadderDocument(sampleLadder());
    expect(result.ok).to.equal(true);
    expect(validateDocument('ladder', sampleLadder())).to.deep.equal({ ok: true });
  });

  it('reports an unknown level at its JSON Pointer', () => {
    const doc = sampleLadder() as unknown as { phases: Array<{ tasks: Array<Record<string, unknown>> }> };
    doc.phases[1].tasks[0].level = 'expert';
    expect(issuesOf(doc)[0].path).to.equal('/phases/1/tasks/0/level');
  });

  it('reports a duplicate task id across phases', () => {
    const doc = sampleLadder() as unknown as { phases: Array<{ tasks: Array<Record<string, unknown>> }> };
    doc.phases[1].tasks[0].id = 't1';
    const issues = issuesOf(doc);
    expect(issues).to.have.length(1);
    expect(issues[0].path).to.equal('/phases/1/tasks/0/id');
    expect(issues[0].message).to.contain('Duplicate id "t1"');
  });

  it('reports a phase id that repeats a task id', () => {
    const doc = sampleLadder() as unknown as { phases: Array<Record<string, unknown>> };
    doc.phases[1].id = 't2';
    expect(issuesOf(doc)[0].path).to.equal('/phases/1/id');
  });

  it('reports a sign-off date that is not a calendar day', () => {
    const doc = structuredClone(sampleLadder()) as unknown as { phases: Array<{ tasks: Array<{ signoff?: { date: string } }> }> };
    doc.phases[0].tasks[0].signoff = { ...doc.phases[0].tasks[0].signoff, date: '2026-02-30' } as { date: string };
    expect(issuesOf(doc)).to.deep.equal([{ path: '/phases/0/tasks/0/signoff/date', message: 'Expected a calendar date YYYY-MM-DD' }]);
  });

  it('reports a log entry with a mood outside 1–5 and a bad author', () => {
    const doc = structuredClone(sampleLadder()) as unknown as { phases: Array<{ tasks: Array<{ log?: unknown[] }> }> };
    doc.phases[0].tasks[1].log = [{ date: '2026-03-01', by: 'boss', mood: 6 }];
    const paths = issuesOf(doc).map((i) => i.path);
    expect(paths).to.include('/phases/0/tasks/1/log/0/by');
    expect(paths).to.include('/phases/0/tasks/1/log/0/mood');
  });

  it('rejects an unsafe pictogram src', () => {
    const doc = structuredClone(sampleLadder()) as unknown as { phases: Array<{ tasks: Array<{ pictogram?: unknown }> }> };
    doc.phases[0].tasks[0].pictogram = { src: 'javascript:alert(1)', alt: 'x' };
    expect(issuesOf(doc)[0].path).to.equal('/phases/0/tasks/0/pictogram/src');
  });

  it('requires a title and phases', () => {
    const paths = issuesOf({ version: 1 }).map((i) => i.path);
    expect(paths).to.include('/title');
    expect(paths).to.include('/phases');
  });

  it('names every issue of an odd task exactly as the schema does alone (the fast check never hides one)', () => {
    const dates = ['2026-03-01', '2026-02-30', '2024-02-29', '2026-3-1', '', 7];
    const entry = { date: '2026-03-01', by: 'participant', mood: 4, text: 'Gikk fint' };
    expectIssuesOfItemSchema({
      check: (phase) => checkLadderDocument({ ...sampleLadder(), phases: [phase, sampleLadder().phases[1]] }),
      schema: taskSchema,
      doc: () => sampleLadder().phases[0] as unknown as Record<string, unknown>,
      prefix: '/phases/0',
      list: 'tasks',
      index: 1,
      crossFields: ['id'],
      odd: [
        ['title', [...oddTexts, undefined]],
        ['id', [...oddIds, 't1']],
        ['pictogram', [...oddIds, 'vk:cv', { src: 'https://example.org/a.svg', alt: 'A' }, { src: 'javascript:x', alt: 'A' }]],
        ['audio', [{ src: 'https://example.org/a.mp3' }, 'a.mp3', null]],
        ['level', ['independent', 'expert', null, undefined]],
        ['signoff', [{ by: 'Kari', date: '2026-03-02' }, ...dates.map((date) => ({ by: 'Kari', date })), { by: '', date: '2026-03-02' }, { by: 'x'.repeat(201), date: '2026-03-02' }, { date: '2026-03-02' }, [], null]],
        ['log', [[], [entry], ...dates.map((date) => [entry, { ...entry, date }]), [{ ...entry, by: 'mentor' }], [{ ...entry, by: 'boss' }], [{ ...entry, mood: 9 }], [{ ...entry, mood: undefined }], [{ ...entry, text: 'x'.repeat(5001) }], [{ ...entry, text: 7 }], [null], {}, null]],
      ],
    });
  });
});

describe('ladder model: operations', () => {
  it('task.level changes the level and leaves the input untouched', () => {
    const before = sampleLadder();
    const after = applyLadderOperation(before, { type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' });
    expect(taskOf(after, 't3')?.level).to.equal('with-support');
    expect(taskOf(after, 't3')?.hostField).to.deep.equal({ keep: true });
    expect(before).to.deep.equal(sampleLadder());
    expect(after.hostOwned).to.equal('keep me');
  });

  it('task.level with a from that does not match throws a TypeError', () => {
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.level', taskId: 't3', from: 'independent', to: 'not-started' })).to.throw(TypeError, /is "not-started", not "independent"/);
  });

  it('an unknown task id throws a TypeError naming it', () => {
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.signoff', taskId: 'nope', by: 'Kari', date: '2026-03-03' })).to.throw(TypeError, /no task with id "nope"/);
  });

  it('an unknown level in task.level throws a TypeError', () => {
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.level', taskId: 't3', from: 'not-started', to: 'master' } as unknown as LadderOperation)).to.throw(TypeError, /\/to/);
  });

  it('task.signoff sets by and date', () => {
    const after = applyLadderOperation(sampleLadder(), { type: 'task.signoff', taskId: 't2', by: 'Ola', date: '2026-03-05' });
    expect(taskOf(after, 't2')?.signoff).to.deep.equal({ by: 'Ola', date: '2026-03-05' });
  });

  it('task.signoff with an impossible date throws a TypeError', () => {
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.signoff', taskId: 't2', by: 'Ola', date: '2026-02-31' })).to.throw(TypeError, /calendar date/);
  });

  it('task.signoff with an empty name throws a TypeError', () => {
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.signoff', taskId: 't2', by: '', date: '2026-03-05' })).to.throw(TypeError, /\/by/);
  });

  it('log.add appends the entry; the list shows it newest first', () => {
    const entry = { date: '2026-03-04', by: 'mentor' as const, mood: 5 as const, text: 'Bra jobba' };
    const after = applyLadderOperation(sampleLadder(), { type: 'log.add', taskId: 't2', entry });
    const task = taskOf(after, 't2');
    expect(task?.log).to.have.length(2);
    expect(task?.log?.[1]).to.deep.equal(entry);
    expect(task && latestLogEntry(task)).to.deep.equal(entry);
  });

  it('log.add on a task without a log creates it', () => {
    const after = applyLadderOperation(sampleLadder(), { type: 'log.add', taskId: 't3', entry: { date: '2026-03-04', by: 'participant' } });
    expect(taskOf(after, 't3')?.log).to.deep.equal([{ date: '2026-03-04', by: 'participant' }]);
  });

  it('task.update sets fields and null removes one; the id cannot change', () => {
    const after = applyLadderOperation(sampleLadder(), { type: 'task.update', taskId: 't1', changes: { signoff: null, pictogram: 'vk:kitchen' } });
    expect(taskOf(after, 't1')).to.not.have.property('signoff');
    expect(taskOf(after, 't1')?.pictogram).to.equal('vk:kitchen');
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.update', taskId: 't1', changes: { id: 'x' } as never })).to.throw(TypeError, /id cannot be changed/);
  });

  it('task.update that would make the document invalid throws a TypeError with the path', () => {
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.update', taskId: 't1', changes: { level: 'expert' as never } })).to.throw(TypeError, /\/phases\/0\/tasks\/0\/level/);
  });

  it('an unknown operation type throws a TypeError', () => {
    expect(() => applyLadderOperation(sampleLadder(), { type: 'task.remove', taskId: 't1' } as unknown as LadderOperation)).to.throw(TypeError);
  });

  it('applyOperation("ladder", …) replays sign-off and log operations', () => {
    let doc = sampleLadder();
    doc = applyOperation('ladder', doc, { type: 'task.signoff', taskId: 't3', by: 'Kari Nordmann', date: '2026-03-06' });
    doc = applyOperation('ladder', doc, { type: 'log.add', taskId: 't3', entry: { date: '2026-03-06', by: 'participant', mood: 3 } });
    expect(taskOf(doc, 't3')?.signoff).to.deep.equal({ by: 'Kari Nordmann', date: '2026-03-06' });
    expect(taskOf(doc, 't3')?.log).to.deep.equal([{ date: '2026-03-06', by: 'participant', mood: 3 }]);
  });

  it('applyOperation("ladder", …) throws a TypeError for an invalid document', () => {
    expect(() => applyOperation('ladder', { version: 1 } as unknown as LadderDocument, { type: 'task.level', taskId: 't1', from: 'independent', to: 'not-started' })).to.throw(TypeError, /invalid/);
  });
});

describe('ladder model: inverses', () => {
  const cases: Array<[string, LadderOperation]> = [
    ['task.level', { type: 'task.level', taskId: 't2', from: 'with-support', to: 'independent' }],
    ['task.signoff on a task without one', { type: 'task.signoff', taskId: 't3', by: 'Ola', date: '2026-03-05' }],
    ['task.signoff replacing one', { type: 'task.signoff', taskId: 't1', by: 'Ola', date: '2026-03-05' }],
    ['log.add on a task with a log', { type: 'log.add', taskId: 't2', entry: { date: '2026-03-05', by: 'adviser' } }],
    ['log.add on a task without a log', { type: 'log.add', taskId: 't4', entry: { date: '2026-03-05', by: 'participant', mood: 1 } }],
    ['task.update', { type: 'task.update', taskId: 't1', changes: { title: 'Ny', signoff: null } }],
  ];
  for (const [name, operation] of cases) {
    it(`undoing ${name} restores the document`, () => {
      const before = sampleLadder();
      const after = applyLadderOperation(before, operation);
      const restored = applyLadderOperation(after, invertLadderOperation(before, operation));
      expect(restored).to.deep.equal(sampleLadder());
    });
  }

  it('the inverse of task.level swaps from and to', () => {
    expect(invertLadderOperation(sampleLadder(), { type: 'task.level', taskId: 't2', from: 'with-support', to: 'independent' })).to.deep.equal({
      type: 'task.level',
      taskId: 't2',
      from: 'independent',
      to: 'with-support',
    });
  });

  it('the inverse of task.signoff is task.update restoring the previous sign-off or null', () => {
    expect(invertLadderOperation(sampleLadder(), { type: 'task.signoff', taskId: 't3', by: 'Ola', date: '2026-03-05' })).to.deep.equal({ type: 'task.update', taskId: 't3', changes: { signoff: null } });
    expect(invertLadderOperation(sampleLadder(), { type: 'task.signoff', taskId: 't1', by: 'Ola', date: '2026-03-05' })).to.deep.equal({
      type: 'task.update',
      taskId: 't1',
      changes: { signoff: { by: 'Kari Nordmann', date: '2026-03-02' } },
    });
  });

  it('the inverse of log.add is task.update restoring the previous log or null', () => {
    expect(invertLadderOperation(sampleLadder(), { type: 'log.add', taskId: 't3', entry: { date: '2026-03-05', by: 'adviser' } })).to.deep.equal({ type: 'task.update', taskId: 't3', changes: { log: null } });
  });

  it('every inverse survives a JSON round trip', () => {
    for (const [, operation] of cases) {
      const inverse = invertLadderOperation(sampleLadder(), operation);
      expect(JSON.parse(JSON.stringify(inverse))).to.deep.equal(inverse);
    }
  });
});

describe('ladder model: progress and levels', () => {
  it('Space cycles not-started → with-support → independent → not-started', () => {
    expect(nextLevel('not-started')).to.equal('with-support');
    expect(nextLevel('with-support')).to.equal('independent');
    expect(nextLevel('independent')).to.equal('not-started');
  });

  it('counts a phase: independent, with support, not started and shares', () => {
    expect(phaseProgress(sampleLadder().phases[0])).to.deep.equal({
      phaseId: 'p1',
      total: 3,
      independent: 1,
      withSupport: 1,
      notStarted: 1,
      shareIndependent: 1 / 3,
      shareWithSupport: 1 / 3,
      complete: false,
    });
  });

  it('an empty phase has zero shares and counts as complete', () => {
    const progress = phaseProgress({ id: 'e', title: 'Tom', tasks: [] });
    expect(progress.shareIndependent).to.equal(0);
    expect(progress.complete).to.equal(true);
  });

  it('the current phase is the first not fully independent; -1 when all are', () => {
    const doc = sampleLadder();
    expect(currentPhaseIndex(doc)).to.equal(0);
    const firstDone = { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.map((t) => ({ ...t, level: 'independent' as const })) }, doc.phases[1]] };
    expect(currentPhaseIndex(firstDone)).to.equal(1);
    const allDone = { ...firstDone, phases: firstDone.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, level: 'independent' as const })) })) };
    expect(currentPhaseIndex(allDone)).to.equal(-1);
  });

  it('lists log entries newest first, later-added first within a day', () => {
    const task = {
      id: 'x',
      title: 'X',
      level: 'not-started' as const,
      log: [
        { date: '2026-03-01', by: 'participant' as const, text: 'a' },
        { date: '2026-03-03', by: 'participant' as const, text: 'b' },
        { date: '2026-03-01', by: 'mentor' as const, text: 'c' },
      ],
    };
    expect(logNewestFirst(task).map((e) => e.text)).to.deep.equal(['b', 'c', 'a']);
  });
});

describe('branch templates', () => {
  for (const branch of ladderBranches) {
    it(`createLadder('${branch}') validates against the schema`, () => {
      expect(validateDocument('ladder', createLadder(branch))).to.deep.equal({ ok: true });
    });

    it(`the ${branch} template has three phases of 4–6 tasks with pictograms, in nb and en`, () => {
      const doc = ladderTemplates[branch];
      expect(doc.branch).to.equal(branch);
      expect(doc.phases).to.have.length(3);
      for (const phase of doc.phases) {
        expect(phase.tasks.length).to.be.within(4, 6);
        for (const task of phase.tasks) {
          expect(task.pictogram).to.match(/^vk:/);
          expect(task.title).to.have.property('nb').that.is.a('string').and.not.empty;
          expect(task.title).to.have.property('en').that.is.a('string').and.not.empty;
          for (const lang of ['ar', 'uk', 'fa']) expect(task.title).to.have.property(lang).that.is.a('string').and.not.empty;
          expect(task.level).to.equal('not-started');
        }
      }
    });
  }

  it('createLadder returns a fresh copy with participant language and mentor', () => {
    const a = createLadder('care', { participantLanguage: 'uk', mentor: 'Ola Nordmann' });
    const b = createLadder('care');
    expect(a).to.not.equal(b);
    expect(a.participantLanguage).to.equal('uk');
    expect(a.mentor).to.deep.equal({ name: 'Ola Nordmann' });
    expect(b).to.not.have.property('mentor');
    expect(a.phases[0]).to.not.equal(ladderTemplates.care.phases[0]);
  });

  it('createLadder rejects an unknown branch with a TypeError', () => {
    expect(() => createLadder('mining' as never)).to.throw(TypeError, /unknown branch "mining"/);
  });

  it('every template uses the same structure: ids, phase titles and task counts', () => {
    const shape = (branch: (typeof ladderBranches)[number]) => ladderTemplates[branch].phases.map((p) => [p.title, p.tasks.length]);
    for (const branch of ladderBranches) expect(shape(branch)).to.deep.equal(shape('cleaning'));
  });
});
