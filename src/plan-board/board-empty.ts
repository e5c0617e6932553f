/**
 * A plan with no days (`columns: []`). The board has no operation that adds a day (contract.md:
 * the days are the host's structure), so in adviser mode the message also says where they come
 * from — an adviser who met a bare "Planen har ingen dager ennå." had nothing to act on (QA,
 * pass 57). A participant gets the short sentence only. Focus rests here when what had it went
 * with the days (`tabindex="-1"`, not a Tab stop; Tab goes on past the board).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { tabOnFromLast } from '../core/roving-focus.js';

export function renderNoDays(adviser: boolean): TemplateResult {
  const none = msg('Planen har ingen dager ennå.', { id: 'plan-board.empty.days' });
  return html`<p class="vk-empty" part="no-days" tabindex="-1" @keydown=${tabOnFromLast}>${adviser ? `${none} ${msg('Dagene legges inn i fagsystemet.', { id: 'plan-board.empty.days-adviser' })}` : none}</p>`;
}
