import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';

/** A small valid ladder document, fresh each call. */
export function sampleLadder(): LadderDocument {
  return {
    version: 1,
    title: { nb: 'Praksis på kjøkken', en: 'Kitchen practice', ar: 'تدريب في المطبخ' },
    branch: 'kitchen',
    mentor: { name: 'Kari Nordmann' },
    participantLanguage: 'ar',
    hostOwned: 'keep me',
    phases: [
      {
        id: 'p1',
        title: { nb: 'Enkle oppgaver', ar: 'مهام بسيطة' },
        tasks: [
          { id: 't1', title: { nb: 'Ta oppvasken', ar: 'غسل الأطباق' }, pictogram: 'vk:dishes', level: 'independent', signoff: { by: 'Kari Nordmann', date: '2026-03-02' } },
          { id: 't2', title: { nb: 'Kutte grønnsaker', ar: 'تقطيع الخضار' }, pictogram: 'vk:fruit-veg', level: 'with-support', log: [{ date: '2026-03-01', by: 'participant', mood: 4, text: 'Gikk fint' }] },
          { id: 't3', title: { nb: 'Tørke av benker', ar: 'مسح الأسطح' }, level: 'not-started', hostField: { keep: true } },
        ],
      },
      {
        id: 'p2',
        title: { nb: 'Flere oppgaver', ar: 'مهام أكثر' },
        tasks: [{ id: 't4', title: 'Lage dagens rett', level: 'not-started' }],
      },
    ],
  };
}
