/**
 * QA pass 57 (a new participant from nothing):
 * - phases with no tasks said "Ingen oppgaver i denne fasen." and a ladder with no phases "Ingen
 *   oppgaver ennå.", and the ladder has no operation that adds a task: in adviser mode they now also
 *   say where the tasks come from; a participant reads the short sentence;
 * - `title: ""` showed the heading "Arbeidspraksis", a branch the document never named: now the
 *   neutral "Oppgaver" (the heading stays: it is where focus goes when no task can take it);
 * - a host phase titled "Fase 1" showed "Fase 1" twice (the number and the title).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setLocale } from '../../src/core/localize.js';

const emptyPhases = (titles: string[]): LadderDocument => ({ version: 1, title: 'Renhold', phases: titles.map((title, i) => ({ id: `p${i + 1}`, title, tasks: [] })) });
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const visible = (node: Element): boolean => (node as HTMLElement).checkVisibility();

describe('task ladder: empty ladders say what to do', () => {
  it('adviser mode: an empty phase says the tasks come from the case system', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" .value=${emptyPhases(['Enkle oppgaver', 'Flere oppgaver'])}></vk-task-ladder>`);
    const texts = [...el.shadowRoot!.querySelectorAll('[part="progress"]')].map(text);
    expect(texts).to.deep.equal(['Ingen oppgaver i denne fasen. Oppgavene legges inn i fagsystemet.', 'Ingen oppgaver i denne fasen. Oppgavene legges inn i fagsystemet.']);
  });

  it('participant mode: an empty phase says only that it has no tasks', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" mode="participant" .value=${emptyPhases(['Enkle oppgaver'])}></vk-task-ladder>`);
    expect(text(el.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Ingen oppgaver i denne fasen.');
  });

  it('no phases: adviser mode says where tasks come from, participant mode stays short', async () => {
    const doc: LadderDocument = { version: 1, title: 'Renhold', phases: [] };
    const adviser = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" .value=${doc}></vk-task-ladder>`);
    expect(text(adviser.shadowRoot!.querySelector('[part="no-phases"]'))).to.equal('Ingen oppgaver ennå. Oppgavene legges inn i fagsystemet.');
    const participant = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" mode="participant" .value=${doc}></vk-task-ladder>`);
    expect(text(participant.shadowRoot!.querySelector('[part="no-phases"]'))).to.equal('Ingen oppgaver ennå.');
  });

  it('title "": the heading is the neutral "Oppgaver", not a branch the document never named', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" .value=${{ version: 1, title: '', phases: [] }}></vk-task-ladder>`);
    const title = el.shadowRoot!.querySelector<HTMLElement>('#title')!;
    expect(text(title)).to.equal('Oppgaver');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.tabIndex, 'still where focus can rest').to.equal(-1);
  });

  it('a host phase titled "Fase 1" shows "Fase 1" once; the group is still named by its number', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" .value=${emptyPhases(['Fase 1', 'Fase 2: Mer ansvar', 'Enkle oppgaver'])}></vk-task-ladder>`);
    const phases = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="phase"]')];
    const shownNumbers = phases.map((phase) => [...phase.querySelectorAll('.phase-number')].filter(visible).map(text));
    expect(shownNumbers).to.deep.equal([[], [], ['Fase 3']]);
    const shown = phases.map((phase) => [...phase.querySelectorAll('.phase-number, .phase-title .bi')].filter(visible).map(text).join(' | '));
    expect(shown).to.deep.equal(['Fase 1', 'Fase 2: Mer ansvar', 'Fase 3 | Enkle oppgaver']);
    const names = phases.map((phase) => text(el.shadowRoot!.getElementById(phase.getAttribute('aria-labelledby')!)));
    expect(names).to.deep.equal(['Fase 1', 'Fase 2', 'Fase 3']);
  });

  it('a title that only starts like the number ("Fase 10") keeps the number shown', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder lang="nb" .value=${emptyPhases(['Fase 10'])}></vk-task-ladder>`);
    const number = el.shadowRoot!.querySelector<HTMLElement>('.phase-number')!;
    expect(visible(number)).to.equal(true);
  });

  // QA round 2, F7: the number was hidden by the title in the UI's language, which is not drawn (Norwegian and the
  // participant's are): a Persian UI hid it for "Fase 2 / المرحلة ٢"'s Persian entry and showed "مرحله ۱" over "Fase 1: …".
  describe('the number against the title as drawn, digits as their values', () => {
    afterEach(() => setLocale('nb'));
    const shownNumbers = (el: VkTaskLadder): string[][] =>
      [...el.shadowRoot!.querySelectorAll('[part="phase"]')].map((phase) => [...phase.querySelectorAll('.phase-number')].filter(visible).map(text));

    it('Persian UI, Arabic participant: hidden where a drawn line begins with it, shown where none does', async () => {
      await setLocale('fa');
      const doc: LadderDocument = {
        version: 1,
        title: 'Renhold',
        participantLanguage: 'ar',
        phases: [
          { id: 'p1', title: { nb: 'Fase 1: Enkle oppgaver', ar: 'المرحلة 1: مهام بسيطة', fa: 'مرحله 1: کارهای ساده' }, tasks: [] },
          { id: 'p2', title: { nb: 'Mer ansvar', ar: 'مسؤولية أكبر', fa: 'مرحله ۲' }, tasks: [] },
        ],
      };
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
      await el.updateComplete;
      const drawn = [...el.shadowRoot!.querySelectorAll('.phase-title .bi')].map(text);
      expect(drawn[1], 'no line with the number drawn').to.not.match(/\p{Nd}/u);
      expect(shownNumbers(el)).to.deep.equal([[], ['مرحله ۲']]);
    });

    it('Arabic UI and participant: "المرحلة ٢" (Arabic-Indic digit) drawn hides the number "المرحلة 2"', async () => {
      await setLocale('ar');
      const doc: LadderDocument = { version: 1, title: 'Renhold', participantLanguage: 'ar', phases: ['p1', 'p2'].map((id) => ({ id, title: { nb: 'Arbeid', ar: id == 'p2' ? 'المرحلة ٢' : 'عمل' }, tasks: [] })) };
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
      await el.updateComplete;
      const shown = shownNumbers(el);
      expect(shown[0], 'phase 1: its number shown').to.have.length(1);
      expect(shown[1], 'phase 2: drawn in its title').to.deep.equal([]);
    });
  });
});
