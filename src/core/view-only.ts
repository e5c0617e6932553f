// Details made read-only while open (`readonly` set by the host): the step tracker's and the course
// calendar's stay open, their fields drawn as text, focus on "Lukk" if it was in a field. Before
// 7 Dec 2026 nothing said why (a newcomer's QA, 72-readonly-open); the plan board and the task
// ladder, whose forms close then, say "Skjemaet ble lukket: … kan nå bare ses, ikke endres."
import { msg } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import type { Announcer } from './announcer.js';

/**
 * Says "Detaljene kan nå bare ses, ikke endres." in the update in which `readonly` goes on while
 * `open()` (the details are open). Returns nothing: a field initialiser registers it.
 */
export function sayViewOnly(host: ReactiveControllerHost & { readonly: boolean }, open: () => unknown): void {
  let was = host.readonly;
  host.addController({
    hostUpdate: () => {
      // The widget's announcer is protected: reached as core/popover.ts does.
      if (host.readonly && !was && open()) (host as unknown as { announcer: Announcer }).announcer.announce(msg('Detaljene kan nå bare ses, ikke endres.', { id: 'details.view-only' }));
      was = host.readonly;
    },
  });
}
