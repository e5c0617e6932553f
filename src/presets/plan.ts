import type { PlanCard, PlanColumn, PlanDocument } from '../plan-board/plan-board.types.js';

// Column titles in nb, nn and en written by the team; ar, uk, ti, so and fa are machine-written
// and need review by a fluent speaker (listed in docs/plan-board.md).
const weekdays: PlanColumn[] = [
  { id: 'mon', title: { nb: 'Mandag', nn: 'Måndag', en: 'Monday', ar: 'الاثنين', uk: 'Понеділок', ti: 'ሰኑይ', so: 'Isniin', fa: 'دوشنبه' } },
  { id: 'tue', title: { nb: 'Tirsdag', nn: 'Tysdag', en: 'Tuesday', ar: 'الثلاثاء', uk: 'Вівторок', ti: 'ሰሉስ', so: 'Talaado', fa: 'سه‌شنبه' } },
  { id: 'wed', title: { nb: 'Onsdag', nn: 'Onsdag', en: 'Wednesday', ar: 'الأربعاء', uk: 'Середа', ti: 'ረቡዕ', so: 'Arbaco', fa: 'چهارشنبه' } },
  { id: 'thu', title: { nb: 'Torsdag', nn: 'Torsdag', en: 'Thursday', ar: 'الخميس', uk: 'Четвер', ti: 'ሓሙስ', so: 'Khamiis', fa: 'پنجشنبه' } },
  { id: 'fri', title: { nb: 'Fredag', nn: 'Fredag', en: 'Friday', ar: 'الجمعة', uk: 'Пʼятниця', ti: 'ዓርቢ', so: 'Jimco', fa: 'جمعه' } },
];

const nowNextLater: PlanColumn[] = [
  { id: 'now', title: { nb: 'Nå', nn: 'No', en: 'Now', ar: 'الآن', uk: 'Зараз', ti: 'ሕጂ', so: 'Hadda', fa: 'اکنون' }, pictogram: 'vk:clock' },
  { id: 'next', title: { nb: 'Snart', nn: 'Snart', en: 'Next', ar: 'قريبًا', uk: 'Далі', ti: 'ቀጺሉ', so: 'Xiga', fa: 'بعدی' }, pictogram: 'vk:calendar' },
  { id: 'later', title: { nb: 'Senere', nn: 'Seinare', en: 'Later', ar: 'لاحقًا', uk: 'Пізніше', ti: 'ደሓር', so: 'Goor dambe', fa: 'بعدها' }, pictogram: 'vk:certificate' },
];

/** A fresh empty week, Monday to Friday. */
export function createEmptyWeekPlan(): PlanDocument {
  return { version: 1, title: { nb: 'Min uke', nn: 'Mi veke', en: 'My week' }, columns: weekdays.map((c) => ({ ...c })), cards: [] };
}

/** A fresh empty "now / next / later" board. */
export function createNowNextLaterPlan(): PlanDocument {
  return { version: 1, title: { nb: 'Nå, snart og senere', nn: 'No, snart og seinare', en: 'Now, next and later' }, columns: nowNextLater.map((c) => ({ ...c })), cards: [] };
}

const card = (id: string, columnId: string, pictogram: string, category: PlanCard['category'], nb: string, ar: string, extra: Partial<PlanCard> = {}): PlanCard => ({
  id,
  columnId,
  title: { nb, ar },
  pictogram,
  category,
  ...extra,
});
const room = (nb: string, ar: string): { nb: string; ar: string } => ({ nb, ar });

/**
 * A realistic week for a fictional participant, Amina (Arabic as participant language; Arabic
 * texts machine-written, to be reviewed): Norwegian class, work practice in cleaning, parental
 * guidance, a doctor's appointment, a meeting with the adviser with an interpreter.
 */
export function createAminaPlan(): PlanDocument {
  return {
    version: 1,
    title: { nb: 'Aminas uke', ar: 'أسبوع أمينة' },
    participantLanguage: 'ar',
    columns: weekdays.map((c) => ({ ...c })),
    cards: [
      card('a1', 'mon', 'vk:norwegian-class', 'language', 'Norskkurs', 'دورة اللغة النرويجية', { time: '09:00-11:30', place: room('Voksenopplæringen, rom 2', 'مركز تعليم الكبار، الغرفة 2'), done: true }),
      card('a2', 'mon', 'vk:social-studies', 'society', 'Samfunnskunnskap', 'الدراسات الاجتماعية', { time: '12:30-14:00', place: room('Voksenopplæringen', 'مركز تعليم الكبار'), done: true }),
      card('a3', 'tue', 'vk:work-practice', 'work', 'Arbeidspraksis: renhold', 'تدريب عملي: التنظيف', { time: '08:00-14:00', place: room('Sykehjemmet', 'دار رعاية المسنين') }),
      card('a4', 'tue', 'vk:bus', 'society', 'Buss 21 kl. 07:30', 'الحافلة 21 الساعة 07:30', { time: '07:30' }),
      card('a5', 'wed', 'vk:norwegian-class', 'language', 'Norskkurs', 'دورة اللغة النرويجية', { time: '09:00-11:30', place: room('Voksenopplæringen, rom 2', 'مركز تعليم الكبار، الغرفة 2') }),
      card('a6', 'wed', 'vk:parental-guidance', 'family', 'Foreldreveiledning', 'الإرشاد الأسري', { time: '12:30-14:00', note: 'Ta med barnas vaksinekort.' }),
      card('a7', 'wed', 'vk:childrens-school', 'family', 'Hente barna på skolen', 'اصطحاب الأطفال من المدرسة', { time: '14:30' }),
      card('a8', 'thu', 'vk:work-practice', 'work', 'Arbeidspraksis: renhold', 'تدريب عملي: التنظيف', { time: '08:00-14:00', place: room('Sykehjemmet', 'دار رعاية المسنين') }),
      card('a9', 'thu', 'vk:doctor', 'health', 'Time hos legen', 'موعد عند الطبيب', { time: '15:00', place: room('Legekontoret', 'عيادة الطبيب') }),
      card('a10', 'fri', 'vk:adviser', 'society', 'Møte med rådgiver', 'لقاء مع المستشار', { time: '10:00', place: room('Flyktningtjenesten', 'خدمة اللاجئين') }),
      card('a11', 'fri', 'vk:interpreter', 'language', 'Tolk på møtet', 'مترجم في الاجتماع', { time: '10:00' }),
      card('a12', 'fri', 'vk:life-mastery', 'health', 'Livsmestring', 'إدارة الحياة', { time: '12:30-14:00' }),
    ],
  };
}

/** An empty week (Monday–Friday). Treat as read-only; `createEmptyWeekPlan()` gives a fresh copy. */
export const emptyWeekPlan: PlanDocument = createEmptyWeekPlan();
/** An empty "now / next / later" board. */
export const nowNextLaterPlan: PlanDocument = createNowNextLaterPlan();
/** Amina's week: a realistic plan with Arabic as participant language. */
export const aminaPlan: PlanDocument = createAminaPlan();
