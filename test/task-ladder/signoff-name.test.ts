// A mentor's sign-off names someone: a name of white space alone is bad input from the host
// (vk-error at its path, the last good document kept) and an empty name in the form.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { applyOperation, validateDocument } from '../../src/documents.js';
import { record, setRaw, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

/** The sample with task t1 signed off by `by` (t1 sits in the fast-checked task array). */
function signedBy(by: string): LadderDocument {
  const doc = sampleLadder();
  const [t1, ...rest] = doc.phases[0].tasks;
  return { ...doc, phases: [{ ...doc.phases[0], tasks: [{ ...t1, signoff: { by, date: '2026-03-02' } }, ...rest] }, doc.phases[1]] };
}

describe('task ladder: a sign-off names its mentor', () => {
  it('a host value whose sign-off is signed by white space only fires vk-error at /…/signoff/by and keeps the last good document', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const seen = record(el, 'vk-error');
    setRaw(el, signedBy(' \t\u00a0 '));
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect((seen[0].detail as { code: string }).code).to.equal('invalid-document');
    expect((seen[0].detail as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).to.deep.equal(['/phases/0/tasks/0/signoff/by']);
    expect(el.value).to.deep.equal(sampleLadder());
    expect(shadowAll(el, '.task-button')).to.have.length(4);
  });

  it('validateDocument refuses a white-space name and still takes a name with spaces around it', () => {
    expect(validateDocument('ladder', signedBy('   '))).to.deep.equal({ ok: false, issues: [{ path: '/phases/0/tasks/0/signoff/by', message: 'Expected a name, not only white space' }] });
    expect(validateDocument('ladder', signedBy(' Kari '))).to.deep.equal({ ok: true });
  });

  it('applyOperation refuses task.signoff and task.update whose name is white space only', () => {
    expect(() => applyOperation('ladder', sampleLadder(), { type: 'task.signoff', taskId: 't3', by: '  ', date: '2026-03-02' })).to.throw(TypeError, '/by');
    expect(() => applyOperation('ladder', sampleLadder(), { type: 'task.update', taskId: 't3', changes: { signoff: { by: '\n', date: '2026-03-02' } } })).to.throw(TypeError, 'signoff/by');
  });

  it('the sign-off form refuses a name of spaces with the empty name\u2019s message', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), mentor: undefined }}></vk-task-ladder>`);
    const seen = record(el, 'vk-change');
    const t3 = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')?.closest('li');
    t3?.querySelector<HTMLButtonElement>('.signoff-control')?.click();
    await el.updateComplete;
    shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value = '   ';
    shadow<HTMLButtonElement>(el, '.signoff-form button[type="submit"]').click();
    await el.updateComplete;
    expect(seen).to.have.length(0);
    expect(shadow(el, '.form-error').textContent).to.equal('Skriv fadderens navn.');
    expect(shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').getAttribute('aria-invalid')).to.equal('true');
  });

  it('a ladder mentor whose name is spaces prefills an empty name, not the spaces the form then refuses', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), mentor: { name: '   ' } }}></vk-task-ladder>`);
    const t3 = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3')?.closest('li');
    t3?.querySelector<HTMLButtonElement>('.signoff-control')?.click();
    await el.updateComplete;
    expect(shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value).to.equal('');
  });
});
