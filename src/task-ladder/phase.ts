import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { bilingual, firstLocale } from '../core/bilingual.js';
import { resolveText, textIn } from '../core/text.js';
import { asciiDigits } from '../core/ascii-digits.js';
import { uiCount, uiDigits } from '../core/digits.js';
import { phaseProgress } from './task-ladder.model.js';
import { renderTaskCard } from './task-card.js';
import type { LadderView } from './ladder-view.js';
import { taskLevels, type Phase } from './task-ladder.types.js';

/**
 * One phase: a group named "Fase N" (the heading after it gives the title, so nothing is said
 * twice), described by its progress text; the current one says so by aria-current, so its
 * heading's "Nå" badge is hidden from the name (as the step tracker's),
 * with a bar (one segment per task, independent first) and the list of task cards.
 * `index` is the phase's place in the document (its number), whatever order it is shown in.
 * `shown` is how many of its tasks to render (all but in a new long ladder's first frame); the
 * progress text and bar always count every task.
 */
export function renderPhase(view: LadderView, phase: Phase, index: number, isCurrent: boolean, shown = Infinity): TemplateResult {
  const progress = phaseProgress(phase);
  // A phase with no task says so in its progress text (its description), with no bar or list.
  // An adviser also reads where tasks come from: the ladder has no operation that adds one (contract.md).
  const none = msg('Ingen oppgaver i denne fasen.', { id: 'task-ladder.phase-empty' });
  const text =
    progress.total === 0
      ? view.participant ? none : `${none} ${tasksFromHost()}`
      : progress.withSupport > 0
      ? msg(str`${uiCount(progress.independent)} av ${uiCount(progress.total)} selvstendig, ${uiCount(progress.withSupport)} med støtte`, { id: 'task-ladder.progress.with-support' })
      : msg(str`${uiCount(progress.independent)} av ${uiCount(progress.total)} selvstendig`, { id: 'task-ladder.progress' });
  // One bar segment per task, independent first, then with support: the shares without any inline style.
  // A phase the host left untitled ("", {}) has no empty heading: its group is still named "Fase N".
  const title = resolveText(phase.title, view.locale).trim();
  const titled = title !== '';
  // A host title drawn beginning with a phase number as a whole word, in any case and digits ("Fase 1", "fase 1: Enkle
  // oppgaver", "المرحلة ٢" in an Arabic UI; not "Fase 10") would show it twice: the number stays the group's name
  // (aria-labelledby reads a hidden element) but is not shown. Its lines as drawn (`bilingual`: Norwegian, or the staff
  // UI's, and the participant's) against the UI's number and the Norwegian one. Before 7 Dec 2026 (QA round 2, F7) the
  // title in the UI's language, not drawn: a Persian UI hid the number of "Fase 2 / المرحلة ٢" for its Persian entry.
  const number = msg(str`Fase ${uiDigits(index + 1)}`, { id: 'task-ladder.phase-number' });
  const participant = view.doc.participantLanguage;
  const lines = [resolveText(phase.title, firstLocale(view.locale, participant)), participant && textIn(phase.title, participant)];
  const numbered = !lines.some((line) =>
    [number, `Fase ${index + 1}`].some((name) => {
      const [drawn, start] = [line, name].map((text) => asciiDigits(`${text || ''}`.trim().toLowerCase()));
      return drawn.startsWith(start) && !/[\p{L}\p{N}]/u.test(drawn.charAt(start.length));
    }),
  );
  const segments = [...phase.tasks].map((t) => t.level).sort((a, b) => taskLevels.indexOf(b) - taskLevels.indexOf(a));
  return html`<section
    part="phase"
    class="phase"
    role="group"
    data-phase=${phase.id}
    aria-labelledby="phase-${index}-number"
    aria-describedby="phase-${index}-progress"
    aria-current=${isCurrent ? 'step' : nothing}
    ?data-current=${isCurrent}
    ?data-complete=${progress.complete}
  >
    <p class="phase-number" id="phase-${index}-number" aria-hidden="true" ?hidden=${!numbered}>${number}</p>
    <p class="phase-title" id="phase-${index}-title" role=${titled ? 'heading' : nothing} aria-level=${titled ? Math.min(6, view.headingLevel + 1) : nothing}>
      <span class="bi">${bilingual(phase.title, view.locale, view.doc.participantLanguage)}</span>
      ${isCurrent ? html`<span class="now" aria-hidden="true">${msg('Nå', { id: 'task-ladder.current' })}</span>` : nothing}
    </p>
    <p part="progress" class="progress-text" id="phase-${index}-progress" dir="auto">${text}</p>
    ${phase.tasks.length === 0
      ? nothing
      : html`<div part="bar" class="bar" aria-hidden="true">${segments.map((level) => html`<span data-level=${level}></span>`)}</div>
          <ul part="tasks" class="tasks">
            ${repeat(shown < phase.tasks.length ? phase.tasks.slice(0, shown) : phase.tasks, (task) => task.id, (task) => renderTaskCard(view, task))}
          </ul>`}
  </section>`;
}

/** Where an adviser finds a ladder's tasks: they are the host's (its case system's), not added in the widget. */
export const tasksFromHost = (): string => msg('Oppgavene legges inn i fagsystemet.', { id: 'task-ladder.empty-adviser' });

/**
 * Where a task's card (by default the focused one) is drawn: `[card, its phase, the phase drawn before it]`.
 * Either of the last two changed by a render: the task went up or down the page (its phase moved, or it to another).
 */
export function placeOf(root: ShadowRoot, card = root.activeElement?.closest<HTMLElement>('.task-button')): [HTMLElement | null | undefined, ...unknown[]] {
  const phase = card?.closest('.phase');
  return [card, phase, phase?.previousElementSibling];
}
