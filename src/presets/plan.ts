import type { PlanCard, PlanColumn, PlanDocument } from '../plan-board/plan-board.types.js';

// Column and plan titles in nb, nn and en written by the team; ar, uk, ti, so and fa are
// machine-written and need review by a fluent speaker (`presetTranslations`, docs/translations.md).
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
  return { version: 1, title: { nb: 'Min uke', nn: 'Mi veke', en: 'My week', ar: 'أسبوعي', uk: 'Мій тиждень', ti: 'ሰሙነይ', so: 'Toddobaadkayga', fa: 'هفتهٔ من' }, columns: weekdays.map((c) => ({ ...c })), cards: [] };
}

/** A fresh empty "now / next / later" board. */
export function createNowNextLaterPlan(): PlanDocument {
  return { version: 1, title: { nb: 'Nå, snart og senere', nn: 'No, snart og seinare', en: 'Now, next and later', ar: 'الآن، قريبًا، لاحقًا', uk: 'Зараз, далі, пізніше', ti: 'ሕጂ፡ ቀጺሉ፡ ደሓር', so: 'Hadda, xiga, goor dambe', fa: 'اکنون، بعدی، بعدها' }, columns: nowNextLater.map((c) => ({ ...c })), cards: [] };
}

type CardLang = 'nb' | 'en' | 'ar' | 'uk' | 'ti' | 'so' | 'fa';
/**
 * Card titles of the sample week: nb and en by the team; ar, uk, ti, so and fa machine-written,
 * to be reviewed by a fluent speaker (`presetTranslations`, docs/translations.md). Bus numbers and
 * clock times keep Latin digits in every language: they are what the participant sees on the bus.
 */
const cardTitles = {
  norwegian: { nb: 'Norskkurs', en: 'Norwegian class', ar: 'دورة اللغة النرويجية', uk: 'Курс норвезької мови', ti: 'ትምህርቲ ቋንቋ ኖርወይ', so: 'Koorsada af Norwiijiga', fa: 'کلاس زبان نروژی' },
  society: { nb: 'Samfunnskunnskap', en: 'Social studies', ar: 'الدراسات الاجتماعية', uk: 'Суспільствознавство', ti: 'ፍልጠት ሕብረተሰብ', so: 'Barashada bulshada', fa: 'شناخت جامعه' },
  practice: { nb: 'Arbeidspraksis: renhold', en: 'Work practice: cleaning', ar: 'تدريب عملي: التنظيف', uk: 'Практика: прибирання', ti: 'ልምምድ ስራሕ፦ ጽሬት', so: 'Tababar shaqo: nadaafad', fa: 'کارآموزی: نظافت' },
  bus: { nb: 'Buss 21 kl. 07:30', en: 'Bus 21 at 07:30', ar: 'الحافلة 21 الساعة 07:30', uk: 'Автобус 21 о 07:30', ti: 'ኣውቶቡስ 21 ሰዓት 07:30', so: 'Baska 21 saacadda 07:30', fa: 'اتوبوس 21 ساعت 07:30' },
  parents: { nb: 'Foreldreveiledning', en: 'Parental guidance', ar: 'الإرشاد الأسري', uk: 'Консультації для батьків', ti: 'ምኽሪ ወለዲ', so: 'Hagidda waalidiinta', fa: 'راهنمایی والدین' },
  school: { nb: 'Hente barna på skolen', en: 'Pick up the children from school', ar: 'اصطحاب الأطفال من المدرسة', uk: 'Забрати дітей зі школи', ti: 'ቆልዑ ካብ ቤት ትምህርቲ ምምጻእ', so: 'Carruurta ka soo qaad dugsiga', fa: 'آوردن بچه‌ها از مدرسه' },
  doctor: { nb: 'Time hos legen', en: "Doctor's appointment", ar: 'موعد عند الطبيب', uk: 'Прийом у лікаря', ti: 'ቆጸራ ምስ ሓኪም', so: 'Ballan dhakhtar', fa: 'وقت دکتر' },
  adviser: { nb: 'Møte med rådgiver', en: 'Meeting with the adviser', ar: 'لقاء مع المستشار', uk: 'Зустріч із консультантом', ti: 'ኣኼባ ምስ ኣማኻሪ', so: 'Kulan la-taliyaha', fa: 'جلسه با مشاور' },
  interpreter: { nb: 'Tolk på møtet', en: 'Interpreter at the meeting', ar: 'مترجم في الاجتماع', uk: 'Перекладач на зустрічі', ti: 'ተርጓሚ ኣብ ኣኼባ', so: 'Turjubaan shirka', fa: 'مترجم در جلسه' },
  life: { nb: 'Livsmestring', en: 'Life skills', ar: 'إدارة الحياة', uk: 'Життєві навички', ti: 'ክእለት ህይወት', so: 'Xirfadaha nolosha', fa: 'مهارت‌های زندگی' },
} satisfies Record<string, Record<CardLang, string>>;

const card = (id: string, columnId: string, pictogram: string, category: PlanCard['category'], title: Record<CardLang, string>, extra: Partial<PlanCard> = {}): PlanCard => ({
  id,
  columnId,
  title: { ...title },
  pictogram,
  category,
  ...extra,
});
const room = (nb: string, ar: string): { nb: string; ar: string } => ({ nb, ar });

/**
 * A realistic week for a fictional participant, Amina (Arabic as participant language; card titles
 * also in en, uk, ti, so and fa; ar, uk, ti, so, fa and the Arabic places and note machine-written, to be reviewed): Norwegian class, work practice in cleaning, parental
 * guidance, a doctor's appointment, a meeting with the adviser with an interpreter.
 */
export function createAminaPlan(): PlanDocument {
  return {
    version: 1,
    title: { nb: 'Aminas uke', en: "Amina's week", ar: 'أسبوع أمينة', uk: 'Тиждень Аміни', ti: 'ሰሙን ኣሚና', so: 'Toddobaadka Amina', fa: 'هفتهٔ امینه' },
    participantLanguage: 'ar',
    columns: weekdays.map((c) => ({ ...c })),
    cards: [
      card('a1', 'mon', 'vk:norwegian-class', 'language', cardTitles.norwegian, { time: '09:00-11:30', place: room('Voksenopplæringen, rom 2', 'مركز تعليم الكبار، الغرفة 2'), done: true }),
      card('a2', 'mon', 'vk:social-studies', 'society', cardTitles.society, { time: '12:30-14:00', place: room('Voksenopplæringen', 'مركز تعليم الكبار'), done: true }),
      card('a3', 'tue', 'vk:work-practice', 'work', cardTitles.practice, { time: '08:00-14:00', place: room('Sykehjemmet', 'دار رعاية المسنين') }),
      card('a4', 'tue', 'vk:bus', 'society', cardTitles.bus, { time: '07:30' }),
      card('a5', 'wed', 'vk:norwegian-class', 'language', cardTitles.norwegian, { time: '09:00-11:30', place: room('Voksenopplæringen, rom 2', 'مركز تعليم الكبار، الغرفة 2') }),
      card('a6', 'wed', 'vk:parental-guidance', 'family', cardTitles.parents, { time: '12:30-14:00', note: room('Ta med barnas vaksinekort.', 'أحضروا بطاقات تطعيم الأطفال.') }),
      card('a7', 'wed', 'vk:childrens-school', 'family', cardTitles.school, { time: '14:30' }),
      card('a8', 'thu', 'vk:work-practice', 'work', cardTitles.practice, { time: '08:00-14:00', place: room('Sykehjemmet', 'دار رعاية المسنين') }),
      card('a9', 'thu', 'vk:doctor', 'health', cardTitles.doctor, { time: '15:00', place: room('Legekontoret', 'عيادة الطبيب') }),
      card('a10', 'fri', 'vk:adviser', 'society', cardTitles.adviser, { time: '10:00', place: room('Flyktningtjenesten', 'خدمة اللاجئين') }),
      card('a11', 'fri', 'vk:interpreter', 'language', cardTitles.interpreter, { time: '10:00' }),
      card('a12', 'fri', 'vk:life-mastery', 'health', cardTitles.life, { time: '12:30-14:00' }),
    ],
  };
}

/** An empty week (Monday–Friday). Treat as read-only; `createEmptyWeekPlan()` gives a fresh copy. */
export const emptyWeekPlan: PlanDocument = createEmptyWeekPlan();
/** An empty "now / next / later" board. */
export const nowNextLaterPlan: PlanDocument = createNowNextLaterPlan();
/** Amina's week: a realistic plan with Arabic as participant language. */
export const aminaPlan: PlanDocument = createAminaPlan();
