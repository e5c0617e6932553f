import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { applyStepsOperation, invertStepsOperation, statusEdit } from '../../src/step-tracker/step-tracker.model.js';
import type { Step, StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { fixClock } from '../helpers/clock.js';
import { announced, record, sampleSteps, settle, shadow, shadowAll } from '../helpers/index.js';

// A step marked done (Space, or the status in its details) kept no completion date, and a step
// reopened kept its old one: an adviser's report then said a step open today was completed in
// January. Now the date follows the status, in the same step.status (`completed`: one vk-change,
// one undo entry), as Oslo's day; a date the step already has (typed in the details) is kept. It
// stays a step.status so a host that handles step.status (an audit log, a PATCH) still sees it.

/** 23:30 UTC on 11 March 2026 is 00:30 on the 12th in Oslo: the device (UTC) is still on the 11th. */
const INSTANT = Date.UTC(2026, 2, 11, 23, 30);
const OSLO_DAY = '2026-03-12';

type Seen = Array<{ detail: unknown }>;
const operations = (seen: Seen): unknown[] => seen.map((e) => (e.detail as { operation: unknown }).operation);
const valueOf = (seen: Seen, i: number): StepsDocument => (seen[i].detail as { value: StepsDocument }).value;
const stepOf = (el: VkStepTracker, id: string): Step | undefined => el.value?.steps.find((s) => s.id === id);

async function tracker(): Promise<VkStepTracker> {
  const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
  await el.updateComplete;
  return el;
}

async function space(el: VkStepTracker, id: string): Promise<void> {
  shadow(el, `.step-button[data-key="${id}"]`).focus();
  await sendKeys({ press: 'Space' });
  await settle(el);
}

async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

describe('step tracker: the completion date follows the status', () => {
  let restore: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    restore = await fixClock(INSTANT, 'UTC');
  });
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('Space → done is one step.status with completed: Oslo’s today, and says the status as before', async () => {
    const el = await tracker();
    const seen = record(el, 'vk-change');
    await space(el, 's2'); // in-progress → done
    expect(operations(seen)).to.deep.equal([{ type: 'step.status', stepId: 's2', from: 'in-progress', to: 'done', completed: OSLO_DAY }]);
    expect(valueOf(seen, 0).steps[1]).to.include({ status: 'done', completed: OSLO_DAY });
    expect(stepOf(el, 's2')).to.include({ status: 'done', completed: OSLO_DAY });
    expect(announced(el)).to.contain('\u2068Norskkurs\u2069: Ferdig');
  });

  it('Space away from done removes completed (completed: null in the same step.status)', async () => {
    const el = await tracker();
    const seen = record(el, 'vk-change');
    await space(el, 's1'); // done (completed 2026-01-10) → not-started
    expect(operations(seen)).to.deep.equal([{ type: 'step.status', stepId: 's1', from: 'done', to: 'not-started', completed: null }]);
    expect(Object.hasOwn(valueOf(seen, 0).steps[0], 'completed'), 'the event’s value').to.equal(false);
    expect(stepOf(el, 's1')?.status).to.equal('not-started');
    expect(Object.hasOwn(stepOf(el, 's1')!, 'completed'), 'el.value').to.equal(false);
    expect(announced(el)).to.contain('\u2068Kartlegging\u2069: Ikke startet');
  });

  it('a status change that leaves the date alone is a step.status without completed (not-started → in-progress, skipped → not-started)', async () => {
    const el = await tracker();
    const seen = record(el, 'vk-change');
    await space(el, 's3');
    await space(el, 's4');
    expect(operations(seen)).to.deep.equal([
      { type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' },
      { type: 'step.status', stepId: 's4', from: 'skipped', to: 'not-started' },
    ]);
  });

  it('Ctrl+Z undoes status and date together (one entry, one step.status); Ctrl+Y brings both back', async () => {
    const el = await tracker();
    const seen = record(el, 'vk-change');
    await space(el, 's2');
    await ctrl('z');
    await settle(el);
    expect(stepOf(el, 's2')?.status).to.equal('in-progress');
    expect(Object.hasOwn(stepOf(el, 's2')!, 'completed')).to.equal(false);
    expect(el.canUndo, 'one entry for both').to.equal(false);
    expect(announced(el)).to.contain('Angret. \u2068Norskkurs\u2069: Pågår');
    await ctrl('y');
    await settle(el);
    expect(stepOf(el, 's2')).to.include({ status: 'done', completed: OSLO_DAY });
    expect(operations(seen).slice(1), 'undo, then redo').to.deep.equal([
      { type: 'step.status', stepId: 's2', from: 'done', to: 'in-progress', completed: null },
      { type: 'step.status', stepId: 's2', from: 'in-progress', to: 'done', completed: OSLO_DAY },
    ]);

    // Reopened and undone: the old completion date comes back with "done".
    await space(el, 's1');
    await ctrl('z');
    await settle(el);
    expect(stepOf(el, 's1')).to.include({ status: 'done', completed: '2026-01-10' });
  });

  it('details: status saved as done on a step without a date gets today; taken to skipped, the date goes', async () => {
    const el = await tracker();
    const seen = record(el, 'vk-change');
    shadow(el, '.step-button[data-key="s3"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadow<HTMLInputElement>(el, '.vk-popover input[name="status"][value="done"]').click();
    shadow(el, '.save-status').click();
    await settle(el);
    expect(operations(seen)).to.deep.equal([{ type: 'step.status', stepId: 's3', from: 'not-started', to: 'done', completed: OSLO_DAY }]);

    shadow(el, '.step-button[data-key="s1"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadow<HTMLInputElement>(el, '.vk-popover input[name="status"][value="skipped"]').click();
    shadow(el, '.save-status').click();
    await settle(el);
    expect(operations(seen)[1]).to.deep.equal({ type: 'step.status', stepId: 's1', from: 'done', to: 'skipped', completed: null });
  });

  it('details: status set to done and a completion date typed keeps the typed date', async () => {
    const el = await tracker();
    const seen = record(el, 'vk-change');
    shadow(el, '.step-button[data-key="s2"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadow<HTMLInputElement>(el, '.vk-popover input[name="status"][value="done"]').click();
    const completed = shadowAll<HTMLInputElement>(el, '.details input[type="date"]')[2];
    completed.focus();
    await sendKeys({ type: '03022026' }); // 2026-03-02 (month first in the test browser's locale)
    shadow(el, '.save-status').focus(); // leaving the field commits it
    shadow(el, '.save-status').click();
    await settle(el);
    expect(stepOf(el, 's2')).to.include({ status: 'done', completed: '2026-03-02' });
    expect(operations(seen)).to.deep.equal([
      { type: 'step.update', stepId: 's2', changes: { completed: '2026-03-02' } },
      { type: 'step.status', stepId: 's2', from: 'in-progress', to: 'done' },
    ]);
  });
});

describe('steps model: statusEdit', () => {
  const doc = sampleSteps();
  const [s1, s2, s3, s4] = doc.steps;
  const today = '2026-03-12';

  it('done without a date: today; done with a date: kept; skipped: none; away from done: removed', () => {
    expect(statusEdit(s2, 'done', today)).to.deep.equal({ type: 'step.status', stepId: 's2', from: 'in-progress', to: 'done', completed: today });
    expect(statusEdit({ ...s2, completed: '2026-02-01' }, 'done', today)).to.deep.equal({ type: 'step.status', stepId: 's2', from: 'in-progress', to: 'done' });
    expect(statusEdit(s3, 'skipped', today)).to.deep.equal({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'skipped' });
    expect(statusEdit(s1, 'in-progress', today)).to.deep.equal({ type: 'step.status', stepId: 's1', from: 'done', to: 'in-progress', completed: null });
    expect(statusEdit(s1, 'skipped', today)).to.deep.equal({ type: 'step.status', stepId: 's1', from: 'done', to: 'skipped', completed: null });
    expect(statusEdit(s4, 'not-started', today)).to.deep.equal({ type: 'step.status', stepId: 's4', from: 'skipped', to: 'not-started' });
  });

  it('its inverse restores status and date', () => {
    for (const [step, to] of [[s2, 'done'], [s1, 'not-started']] as const) {
      const op = statusEdit(step, to, today);
      expect(applyStepsOperation(applyStepsOperation(doc, op), invertStepsOperation(doc, op))).to.deep.equal(doc);
    }
  });
});
