import { msg } from '@lit/localize';
import type { StepStatus } from './step-tracker.types.js';

/** The status's name in the UI locale. */
export function statusLabel(status: StepStatus): string {
  switch (status) {
    case 'not-started':
      return msg('Ikke startet', { id: 'status.not-started' });
    case 'in-progress':
      return msg('Pågår', { id: 'status.in-progress' });
    case 'done':
      return msg('Ferdig', { id: 'status.done' });
    case 'skipped':
      return msg('Hoppet over', { id: 'status.skipped' });
  }
}
