// The iCalendar writer's line folding (RFC 5545 §3.1: at 75 octets, never inside a UTF-8 sequence).
// On 7 Dec 2026 foldLine stopped asking TextEncoder for each character (a QA's F1: 21.8 s for 200
// sessions of 5,000-character titles); its output must not change by one byte. `referenceFold` is
// the foldLine before that day, kept here as the reference.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { resolveText } from '../../src/core/text.js';
import { escapeText, foldLine, writeICS } from '../../src/course-calendar/ics.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';

const encoder = new TextEncoder();

/** foldLine until 7 Dec 2026 (src/course-calendar/ics.ts), as it was. */
function referenceFold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Octets as saved: TextEncoder (a lone surrogate is U+FFFD, 3 octets), not the writer's own count. */
const octets = (text: string): number => encoder.encode(text).length;

/** mulberry32: the same "random" strings on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hard: Record<string, string> = {
  'Norwegian letters': 'Ærlig talt; æøå ÆØÅ, é è ü',
  'a combining accent': 'e\u0301a\u0300o\u0308',
  'the last 2-octet and first 3-octet code points': '\u07ff\u0800\u07ff\u0800',
  'the last BMP and first astral code points': '\uffff\u{10000}\u{10ffff}',
  'a BOM and zero-width characters': '\ufeffa\u200bb\u200dc',
  emoji: '🙂👍🏿🇳🇴',
  'an emoji ZWJ sequence': '👩🏽‍🍳👨‍👩‍👧',
  CJK: '日本語の授業と中文课程',
  Ethiopic: 'ትግርኛ ቋንቋ ትምህርቲ አማርኛ',
  Arabic: 'العربية للمبتدئين\u200f ١٢٣',
  'bidi controls': '\u202eabc\u202c\u2067x\u2069',
  'a lone high surrogate': 'a\ud800b',
  'a lone low surrogate': 'a\udc00b',
  'a reversed pair': '\udc00\ud800',
  'a high surrogate at the end': 'abc\udbff',
  'CR, LF and CRLF': 'a\r\nb\rc\nd\n\r',
  'commas, semicolons and backslashes': ',;\\,\\;\\\\n',
  'control characters and a tab': '\u0000\u0007\u001b\u007f\t\u0085',
};

describe('iCalendar folding', () => {
  it('gives byte for byte what the folding before 7 Dec 2026 gave, each hard character at every place around the 75-octet boundary', () => {
    for (const [name, text] of Object.entries(hard)) {
      for (const value of [escapeText(text), text]) {
        const repeated = value.repeat(Math.ceil(160 / value.length)); // past two boundaries (75, then 74 more octets)
        for (let pad = 0; pad <= 40; pad++) {
          const line = `SUMMARY:${'x'.repeat(pad)}${repeated}`;
          expect(foldLine(line), `${name}, ${pad} x before it`).to.equal(referenceFold(line));
        }
      }
    }
    for (const line of ['', 'x', 'x'.repeat(75), 'x'.repeat(76), 'æ'.repeat(37) + 'x', 'æ'.repeat(38), '🙂'.repeat(18) + 'xxx', '🙂'.repeat(19)]) expect(foldLine(line), JSON.stringify(line)).to.equal(referenceFold(line));
  });

  it('random text: every line is at most 75 octets, no pair is split, unfolding gives the escaped text back, as before 7 Dec 2026', () => {
    const random = seeded(20261207);
    // Code points of every UTF-8 length, lone surrogates, line breaks, controls and the characters TEXT escapes.
    const pools = [' aZ09:', ',;\\', '\r\n\t\u0000\u001f\u007f', 'æøåéü\u07ff', 'ትግع日\u0800\uffff', '🙂👩🏽\u{10000}\u{10ffff}', '\ud800\udbff\udc00\udfff'].map((pool) => [...pool]);
    for (let n = 0; n < 800; n++) {
      let text = '';
      const length = Math.floor(random() * 300);
      for (let i = 0; i < length; i++) {
        const pool = pools[Math.floor(random() * pools.length)];
        text += pool[Math.floor(random() * pool.length)];
      }
      const line = `SUMMARY:${escapeText(text)}`;
      const folded = foldLine(line);
      const lines = folded.split('\r\n');
      lines.forEach((physical, i) => {
        expect(octets(physical), `line ${i} of ${JSON.stringify(text)}`).to.be.at.most(75);
        if (i > 0) expect(physical.startsWith(' ') && physical.length > 1, `continuation ${i} of ${JSON.stringify(text)}`).to.equal(true);
      });
      expect(/[\ud800-\udbff]\r\n [\udc00-\udfff]/.test(folded), `a pair split in ${JSON.stringify(text)}`).to.equal(false);
      expect(folded.replace(/\r\n /g, '')).to.equal(line);
      expect(folded).to.equal(referenceFold(line));
    }
  });

  it('a file of random titles and places: every physical line at most 75 octets, and ical.js reads each text back', async () => {
    const random = seeded(75);
    const pool = [...'aæ🙂日ትع,;\\\r\n\t\u0001 '];
    const draw = (length: number): string => Array.from({ length }, () => pool[Math.floor(random() * pool.length)]).join('');
    const sample = sampleSchedule();
    const sessions = Array.from({ length: 40 }, (_, i) => ({ ...sample.sessions[0], id: `r${i}`, title: draw(1 + Math.floor(random() * 400)), place: draw(1 + Math.floor(random() * 200)) }));
    const doc: ScheduleDocument = { ...sample, sessions };
    const text = await writeICS(doc, { text: (t) => resolveText(t, 'nb'), kindLabel: () => 'Teori' });
    for (const line of text.slice(0, -2).split('\r\n')) expect(octets(line)).to.be.at.most(75);
    const read = (value: string): string => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.map((e) => [e.getFirstPropertyValue('summary'), e.getFirstPropertyValue('location')])).to.deep.equal(sessions.map((s) => [`Renhold og smittevern: ${read(s.title)}`, read(s.place)]));
  });
});
