import { expect } from '@open-wc/testing';
import { applyOperation, validateDocument } from '../../src/documents.js';

const recording = 'data:audio/webm;codecs=opus;base64,GkXfo59ChoEBQveBAULygQRC84EIQoKEd2VibUKHgQRC';

function plan(audio: unknown): unknown {
  return { version: 1, columns: [{ id: 'mon', title: 'Mandag' }], cards: [{ id: 'c1', columnId: 'mon', title: 'Norskkurs', pictogram: 'vk:book', audio }] };
}

describe('Audio: recordings made in the widget are valid documents (contract §4)', () => {
  it('accepts a base64 data:audio recording beside http and relative URLs', () => {
    expect(validateDocument('plan', plan({ ti: recording, nb: '/lyd/norskkurs.mp3', ar: 'https://example.org/a.ogg' }))).to.deep.equal({ ok: true });
  });

  it('a card.update carrying a recording applies', () => {
    const after = applyOperation('plan', plan({ nb: '/a.mp3' }) as never, { type: 'card.update', cardId: 'c1', changes: { audio: { nb: '/a.mp3', ti: recording } } }) as unknown as { cards: Array<{ audio: unknown }> };
    expect(after.cards[0].audio).to.deep.equal({ nb: '/a.mp3', ti: recording });
  });

  it('rejects a recording over 1,000,000 characters, a non-audio data URL and javascript: at their paths', () => {
    const big = 'data:audio/webm;base64,' + 'A'.repeat(1_000_000);
    for (const url of [big, 'data:text/html;base64,PGI+', 'javascript:alert(1)']) {
      const result = validateDocument('plan', plan({ ti: url }));
      expect(result.ok, url.slice(0, 30)).to.equal(false);
      if (!result.ok) {
        const issue = result.issues.find((i) => i.path === '/cards/0/audio/ti');
        // The limit as it is: 1,000,000 characters of the whole URL (about 750 KB of sound), not "1 MB" of audio.
        expect(issue?.message, 'the message names what a recording may be').to.equal('Expected an http(s), relative or base64 data:audio URL of at most 1000000 characters');
      }
    }
  });

  it('rejects a data:image URL as a recording (an Audio URL is data:audio/…, never an image), on a card and on a task', () => {
    // The pictogram rule (http(s), relative, data:image/…) let data:image through, up to 2 MB.
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    const result = validateDocument('plan', plan({ ti: image }));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).to.deep.equal(['/cards/0/audio/ti']);
    const ladder = { version: 1, title: 'Kjøkken', phases: [{ id: 'p1', title: 'Fase 1', tasks: [{ id: 't1', title: 'Vaske', level: 'not-started', audio: { ti: image } }] }] };
    const checked = validateDocument('ladder', ladder);
    expect(checked.ok).to.equal(false);
    if (!checked.ok) expect(checked.issues.map((i) => i.path)).to.deep.equal(['/phases/0/tasks/0/audio/ti']);
    expect(() => applyOperation('plan', plan({ nb: '/a.mp3' }) as never, { type: 'card.update', cardId: 'c1', changes: { audio: { ti: image } } })).to.throw(TypeError, /audio\/ti/);
  });

  it('a type error quoting a huge string keeps its message short (the string is not sent back whole)', () => {
    const result = validateDocument('plan', { version: 1, columns: 'x'.repeat(100_000), cards: [] });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues[0]?.path).to.equal('/columns');
      expect(result.issues[0]?.message.length).to.be.at.most(300);
      expect(result.issues[0]?.message).to.match(/^Invalid type: Expected Array but received "x+…$/);
    }
  });

  it('an issue at a huge object key points at the object that holds it (the key is not sent back whole)', () => {
    const key = 'k'.repeat(100_000);
    const result = validateDocument('plan', plan({ nb: 'a.mp3', [key]: 'b.mp3' }));
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).to.deep.equal(['/cards/0/audio']);
      expect(result.issues[0]?.message.length).to.be.at.most(300);
    }
  });
});
