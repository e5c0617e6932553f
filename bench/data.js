// Bench data: deterministic documents, the same for Veikart and its peers.
const pad = (n) => String(n).padStart(2, '0');

/** The date in focus for every calendar case (a Thursday in March 2026). */
export const BENCH_DATE = '2026-03-12';
export const COURSES = [
  { id: 'renhold', title: 'Renhold og smittevern', color: '#0a7a5a' },
  { id: 'butikk', title: 'Salg og service i dagligvare', color: '#1d5fbf' },
  { id: 'mat', title: 'Matproduksjon', color: '#a3480f' },
];
const KINDS = ['theory', 'practice', 'language', 'exam', 'other'];

/** `count` sessions in March 2026 (7:00–16:45, 45 minutes each, every 17th cancelled). */
export function monthSessions(count = 500) {
  return Array.from({ length: count }, (_, i) => session(i, `2026-03-${pad((i % 31) + 1)}`, 7 + (Math.floor(i / 31) % 10)));
}

/** `count` sessions spread evenly over 2026 (so a month holds about count / 12). */
export function yearSessions(count) {
  const first = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(first + Math.floor((i * 365) / count) * 86_400_000);
    return session(i, `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`, 7 + (i % 10));
  });
}

function session(i, date, hour) {
  return {
    id: `s${i}`,
    courseId: COURSES[i % 3].id,
    start: `${date}T${pad(hour)}:00`,
    end: `${date}T${pad(hour)}:45`,
    kind: KINDS[i % KINDS.length],
    ...(i % 17 === 0 ? { cancelled: true } : {}),
  };
}

export const schedule = (sessions, courses = COURSES) => ({ version: 1, courses, sessions });

/**
 * `k` courses (for `?courses=k`): the three above, then generated ones with their own colours. A
 * host that maps each event of another calendar to its own course has as many courses as sessions.
 */
export function manyCourses(k) {
  return Array.from({ length: k }, (_, i) => COURSES[i] ?? { id: `c${i}`, title: `Kurs ${i + 1} i arbeidsrettet norsk`, color: `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}` });
}

/**
 * Spreads `sessions` over `courses` and, with `titled`, gives each its own title and place (as a
 * host whose sessions are named one by one would); `titled === 'languages'`: titles in nb, en and ar.
 */
export function shape(sessions, courses, titled) {
  const title = (i) => (titled === 'languages' ? { nb: `Økt ${i + 1}: praksis`, en: `Session ${i + 1}: practice`, ar: `الحصة ${i + 1}` } : `Økt ${i + 1}: praksis`);
  return sessions.map((s, i) => ({ ...s, courseId: courses[i % courses.length].id, ...(titled ? { title: title(i), place: `Rom ${(i % 12) + 1}` } : {}) }));
}

const PICTOGRAMS = ['vk:course', 'vk:cleaning', 'vk:cooking', 'vk:doctor', 'vk:bus', 'vk:meeting', 'vk:library'];

/** A five-day plan of `count` cards, bilingual (nb + ar). */
export function plan(count) {
  const columns = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag'].map((nb, i) => ({ id: `d${i}`, title: { nb, ar: `يوم ${i + 1}` } }));
  const cards = Array.from({ length: count }, (_, i) => ({
    id: `k${i}`,
    columnId: columns[i % 5].id,
    title: { nb: `Kort ${i}`, ar: `بطاقة ${i}` },
    pictogram: PICTOGRAMS[i % PICTOGRAMS.length],
    time: '09:00-11:30',
    place: 'Rom 2',
  }));
  return { version: 1, participantLanguage: 'ar', columns, cards };
}

const STATUSES = ['done', 'done', 'in-progress', 'not-started', 'not-started', 'skipped', 'not-started'];
const STEP_TITLES = ['Kartlegge deltakerne', 'Kartlegge arbeidsmarkedet', 'Avtale med arbeidsgivere', 'Planlegge kurset', 'Rekruttere deltakere', 'Gjennomføre', 'Evaluere'];

/** A seven-step document; `seed` rotates the statuses so rows differ. */
export function steps(seed = 0) {
  return {
    version: 1,
    steps: STEP_TITLES.map((title, i) => ({ id: `s${i}`, title, status: STATUSES[(i + seed) % STATUSES.length], ...(i === 2 ? { due: '2026-12-18' } : {}) })),
  };
}

const LEVELS = ['independent', 'with-support', 'not-started'];

/** A ladder of `phases` × `tasks` tasks, with a little progress and a log. */
export function ladder(phases = 3, tasks = 30) {
  return {
    version: 1,
    title: 'Kjøkken og kantine',
    branch: 'kitchen',
    mentor: { name: 'Kari Nordmann' },
    participantLanguage: 'ar',
    phases: Array.from({ length: phases }, (_, p) => ({
      id: `p${p}`,
      title: `Fase ${p + 1}`,
      tasks: Array.from({ length: tasks }, (_, t) => ({
        id: `p${p}t${t}`,
        title: { nb: `Oppgave ${p + 1}.${t + 1}`, ar: `مهمة ${p + 1}.${t + 1}` },
        pictogram: PICTOGRAMS[t % PICTOGRAMS.length],
        level: p === 0 ? LEVELS[t % 3] : 'not-started',
        ...(p === 0 && t % 5 === 0 ? { log: [{ date: '2026-03-02', by: 'mentor', mood: 4, text: 'Bra jobbet' }] } : {}),
      })),
    })),
  };
}
