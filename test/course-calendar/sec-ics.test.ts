// The iCalendar export with hostile and colliding host data: a session's UID names it across
// documents (two participants' calendars imported into one adviser's calendar program stay apart,
// and a re-export updates instead of duplicating); a title, place or id never adds a property or
// an event; lines fold at 75 octets between UTF-8 sequences and unfold to what was written.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { resolveText } from '../../src/core/text.js';
import { writeICS } from '../../src/course-calendar/ics.js';
import { newSession } from '../../src/course-calendar/calendar-edits.js';
import type { ScheduleDocument, ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { applyOperation } from '../../src/documents.js';
import { sampleSchedule } from './fixtures.js';

const kindLabel = (k: string): string => ({ theory: 'Teori', practice: 'Praksis', language: 'Norsk', exam: 'Prøve', other: 'Annet' })[k] ?? k;
const write = (doc: ScheduleDocument): Promise<string> => writeICS(doc, { text: (t) => resolveText(t, 'nb'), kindLabel, now: new Date(Date.UTC(2026, 0, 2)) });
const events = (text: string): ICAL.Component[] => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
const uids = async (doc: ScheduleDocument): Promise<string[]> => events(await write(doc)).map((e) => String(e.getFirstPropertyValue('uid')));

/** A participant's calendar: the sample, plus one session the adviser added in the widget. */
function participant(id: string | undefined, date: string): ScheduleDocument {
  const base: ScheduleDocument = { ...sampleSchedule(), ...(id === undefined ? {} : { id }) };
  const session = newSession(base, 'renhold', date);
  return applyOperation('schedule', base, { type: 'session.add', session }) as ScheduleDocument;
}

describe('iCalendar UIDs', () => {
  it('two participants\' calendars with the same session ids get different UIDs when their documents have ids', async () => {
    const amina = participant('participant-amina', '2026-03-16');
    const yonas = participant('participant-yonas', '2026-03-17');
    expect(amina.sessions.at(-1)?.id).to.equal(yonas.sessions.at(-1)?.id); // "session-5" in both
    const a = await uids(amina);
    const y = await uids(yonas);
    expect(a).to.have.length(5);
    expect(a.filter((uid) => y.includes(uid)), 'UIDs shared by two documents').to.deep.equal([]);
    for (const uid of a) expect(uid).to.match(/^.+-[0-9a-f]{16}@veikart$/);
  });

  it('a number as the document id works the same way; another type is not an id', async () => {
    const one = await uids({ ...sampleSchedule(), id: 1 });
    const two = await uids({ ...sampleSchedule(), id: 2 });
    expect(one.filter((uid) => two.includes(uid))).to.deep.equal([]);
    expect(await uids({ ...sampleSchedule(), id: { nested: true } })).to.deep.equal(await uids(sampleSchedule()));
  });

  it('without a document id, the same session id in two courses gives two UIDs', async () => {
    const a = { ...sampleSchedule(), sessions: [{ ...sampleSchedule().sessions[0], id: 'session-5', courseId: 'renhold' }] };
    const b = { ...sampleSchedule(), sessions: [{ ...sampleSchedule().sessions[0], id: 'session-5', courseId: 'butikk' }] };
    expect((await uids(a))[0]).not.to.equal((await uids(b))[0]);
  });

  it('two session ids that escape to the same text (a control character is dropped) get two UIDs', async () => {
    const doc = { ...sampleSchedule(), sessions: [{ ...sampleSchedule().sessions[0], id: 'a1' }, { ...sampleSchedule().sessions[1], id: 'a1\u0001' }] };
    const [first, second] = await uids(doc);
    expect(first).not.to.equal(second);
  });

  it('stay the same through edits, so re-importing an export updates its events', async () => {
    const before = participant('participant-amina', '2026-03-16');
    const edits: ScheduleOperation[] = [
      { type: 'session.move', sessionId: 'a1', from: { start: '2026-03-09T09:00', end: '2026-03-09T14:30' }, to: { start: '2026-03-10T10:00', end: '2026-03-10T15:30' } },
      { type: 'session.update', sessionId: 'a2', changes: { title: 'Ny tittel', place: 'Rom 9', cancelled: true } },
      { type: 'session.remove', sessionId: 'a3' },
    ];
    let after = before;
    for (const operation of edits) after = applyOperation('schedule', after, operation) as ScheduleDocument;
    after = { ...after, courses: after.courses.map((c) => ({ ...c, title: `${resolveText(c.title, 'nb')} (ny)` })) };
    const old = await uids(before);
    expect(await uids(after)).to.deep.equal(old.filter((_, i) => i !== 2));
  });
});

describe('iCalendar export of hostile text', () => {
  const attack = 'Norsk\r\nATTACH:https://evil.example/x.exe\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:spoof;X-A=1,2\\';

  it('a title, place, course title or id never adds a property or an event', async () => {
    const sample = sampleSchedule();
    const doc: ScheduleDocument = {
      ...sample,
      courses: [{ ...sample.courses[0], title: attack }, sample.courses[1]],
      sessions: [{ ...sample.sessions[0], id: attack, title: attack, place: attack }],
    };
    const text = await write(doc);
    const [event, ...more] = events(text);
    expect(more).to.have.length(0);
    expect(event.getAllProperties().map((p) => p.name)).to.deep.equal(['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'location', 'categories', 'status']);
    const plain = attack.replace(/\r\n/g, '\n');
    expect(event.getFirstPropertyValue('summary')).to.equal(`${plain}: ${plain}`);
    expect(event.getFirstPropertyValue('location')).to.equal(plain);
    // Every physical line is a property, a fold or one of ours: none starts with the attacker's names.
    expect(text.split('\r\n').filter((line) => /^(ATTACH|UID:spoof|BEGIN:VEVENT|END:VEVENT)/.test(line))).to.deep.equal(['BEGIN:VEVENT', 'END:VEVENT']);
  });

  it('folds at 75 octets between UTF-8 sequences, and unfolding gives each line back', async () => {
    const pieces = ['æ', 'ع', '🙂', '👩🏽‍🍳', 'e\u0301', '\u202E', '\u2069', ',', ';', '\\', 'x', ' ', '\uD800', 'ትግርኛ'];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const encoder = new TextEncoder();
    for (let n = 1; n < 200; n += 7) {
      let title = '';
      for (let i = 0; i < n; i++) title += pieces[(i * 5 + n) % pieces.length];
      const sample = sampleSchedule();
      const doc: ScheduleDocument = { ...sample, sessions: [{ ...sample.sessions[0], title, place: title.repeat(3) }] };
      const text = await write(doc);
      const bytes = encoder.encode(text);
      // Split the octets themselves at CRLF: each physical line must be whole UTF-8 of at most 75 octets.
      let start = 0;
      for (let i = 0; i < bytes.length - 1; i++) {
        if (bytes[i] !== 13 || bytes[i + 1] !== 10) continue;
        const line = bytes.subarray(start, i);
        expect(line.length).to.be.at.most(75);
        expect(() => decoder.decode(line), `a line cut inside a UTF-8 sequence (n=${n})`).not.to.throw();
        start = i + 2;
      }
      const [event] = events(text);
      const shown = title.replace(/\uD800/g, '\uFFFD');
      expect(String(event.getFirstPropertyValue('summary')).replace(/\uD800/g, '\uFFFD')).to.equal(`Renhold og smittevern: ${shown}`);
    }
  });
});
