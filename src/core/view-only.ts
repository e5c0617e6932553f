// Details made read-only while open (`readonly` set by the host): the step tracker's and the course
// calendar's stay open, their fields drawn as text, focus on "Lukk" if it was in a field. Before
// 7 Dec 2026 nothing said why (a newcomer's QA, 72-readonly-open); the plan board and the task
// ladder, whose forms close then, say "Skjemaet ble lukket: … kan nå bare ses, ikke endres."
import { msg } from '@lit/localize';

/** What the tracker and the calendar say when `readonly` goes on while details are open. */
export const viewOnlyWords = (): string => msg('Detaljene kan nå bare ses, ikke endres.', { id: 'details.view-only' });
