/**
 * QA: test/course-calendar/night-piece-pick-up.test.ts inside a host's shadow root. A session over
 * midnight has two pieces; a keyboard pick-up keeps focus on the piece the user held. The calendar
 * moves focus after a render only when document.activeElement is <body> or the calendar itself
 * (calendar-moves.ts `afterRender`); inside a shadow root it is the outer host.
 */
import { expect } from '@open-wc/testing';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { weekPart } from '../../src/course-calendar/calendar-parts.js';
import { deepActive, describeEl, frame, key, nested, type Widget } from './case-view.js';

async function calendar(): Promise<Widget> {
  await weekPart.load();
  const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Helsefagarbeider', color: '#36c' }], sessions: [{ id: 'n1', courseId: 'c', start: '2026-03-11T22:00', end: '2026-03-12T02:00', kind: 'practice' }] };
  const { el } = await nested<Widget>('vk-course-calendar', doc, { view: 'week', date: '2026-03-12', lang: 'nb' }, 'inline-size: 1100px');
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="n1"]'); i++) await frame();
  return el;
}

function piece(): string {
  const p = deepActive() as HTMLElement | null;
  return p?.dataset.session ? `${p.dataset.session}@${p.dataset.on}` : describeEl(p);
}
const times = (el: Widget): string => {
  const s = (el.value as ScheduleDocument).sessions[0];
  return `${s.start}–${s.end}`;
};

describe('QA nested: a night session picked up by its piece after midnight', () => {
  it('Space keeps focus on that piece; the arrows move it with focus on the piece; Escape back where Space was pressed', async () => {
    const el = await calendar();
    el.shadowRoot!.querySelector<HTMLElement>('[data-session="n1"][data-on="2026-03-12"]')!.focus();
    await key(el, ' ');
    expect(piece(), 'after Space').to.equal('n1@2026-03-12');
    await key(el, 'ArrowRight');
    expect(piece(), 'after ArrowRight').to.equal('n1@2026-03-13');
    await key(el, 'ArrowDown');
    expect(piece(), 'after ArrowDown').to.equal('n1@2026-03-13');
    await key(el, 'Escape');
    expect(times(el)).to.equal('2026-03-11T22:00–2026-03-12T02:00');
    expect(piece(), 'after Escape').to.equal('n1@2026-03-12');
  });

  it('dropped, focus is on the moved session\'s piece after midnight; undo and redo focus that piece', async () => {
    const el = await calendar();
    el.shadowRoot!.querySelector<HTMLElement>('[data-session="n1"][data-on="2026-03-12"]')!.focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    await key(el, 'ArrowDown');
    await key(el, ' ');
    expect(times(el)).to.equal('2026-03-12T22:15–2026-03-13T02:15');
    expect(piece(), 'after the drop').to.equal('n1@2026-03-13');
    await key(el, 'Control+z');
    expect(piece(), 'after undo').to.equal('n1@2026-03-12');
    await key(el, 'Control+Shift+Z');
    expect(piece(), 'after redo').to.equal('n1@2026-03-13');
  });
});
