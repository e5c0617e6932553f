/**
 * Screen-reader QA #12 (7 Dec 2026): the task ladder's Tigrinya reset message said "Hygiene፦ ኣይጀመረን" (the preface colon ፦)
 * where its level message says "Hygiene: ብሓገዝ", and nine more ti announcements that name a task or step first had ፦. An
 * announcement that begins with a name ("{0}: …", as bokmål writes them) now puts the same ":" after it in every ti message
 * (docs/translations.md lists the choice for the Tigrinya review).
 */
import { expect } from '@open-wc/testing';
import { templates } from '../../src/generated/locales/ti.js';

type Template = string | { strings: readonly string[] };

describe('Tigrinya: the mark after a name that begins an announcement', () => {
  it('is ":" in every message that begins "{0}" and a colon, the ladder reset among them', () => {
    const afterName = Object.entries(templates as Record<string, Template>)
      .filter(([, t]) => typeof t !== 'string' && t.strings[0] === '' && /^\s*[:፦]/u.test(t.strings[1] ?? ''))
      .map(([id, t]) => [id, (t as { strings: readonly string[] }).strings[1].trim()[0]] as const);
    expect(afterName.map(([id]) => id)).to.include.members(['task-ladder.announce.reset', 'task-ladder.announce.level', 'steps.announce.checked']);
    expect(afterName.filter(([, mark]) => mark !== ':')).to.deep.equal([]);
  });
});
