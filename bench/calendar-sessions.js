// 500 sessions in March 2026 over three courses: the same data for both calendars.
export const BENCH_DATE = '2026-03-12';
export const COURSES = [
  { id: 'renhold', title: 'Renhold og smittevern', color: '#0a7a5a' },
  { id: 'butikk', title: 'Salg og service i dagligvare', color: '#1d5fbf' },
  { id: 'mat', title: 'Matproduksjon', color: '#a3480f' },
];
const KINDS = ['theory', 'practice', 'language', 'exam', 'other'];

export function benchSessions(count = 500) {
  const sessions = [];
  for (let i = 0; i < count; i++) {
    const day = (i % 31) + 1;
    const hour = 7 + (Math.floor(i / 31) % 10);
    const pad = (n) => String(n).padStart(2, '0');
    const date = `2026-03-${pad(day)}`;
    sessions.push({
      id: `s${i}`,
      courseId: COURSES[i % 3].id,
      start: `${date}T${pad(hour)}:00`,
      end: `${date}T${pad(hour)}:45`,
      kind: KINDS[i % KINDS.length],
      ...(i % 17 === 0 ? { cancelled: true } : {}),
    });
  }
  return sessions;
}
