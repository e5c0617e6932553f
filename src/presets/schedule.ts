import type { ClosedDay, Course, ScheduleDocument, Session } from '../course-calendar/course-calendar.types.js';
import { expandWeeklyPattern, type PatternDay } from '../course-calendar/patterns.js';

// Three short work-oriented courses of the kind Innherred's municipalities built (our own
// wording and an invented timetable): a week is one day theory, one day branch Norwegian and
// three days practice at a workplace, 09:00–14:30. nb and en by the team, nn by the team since 7 Dec
// 2026 (to be checked by a Nynorsk writer); ar, uk, ti, so and fa
// (titles and places) are machine-written and need review by a fluent speaker
// (`presetTranslations`, docs/translations.md). The places were nb, en and ar only until 7 Dec
// 2026, so a Tigrinya or Somali reader saw a Norwegian place under a title in their own language.

/** The three courses. */
export const innherredCourses: readonly Course[] = [
  {
    id: 'renhold',
    title: { nb: 'Renhold og smittevern', nn: 'Reinhald og smittevern', en: 'Cleaning and infection control', ar: 'التنظيف ومكافحة العدوى', uk: 'Прибирання та захист від інфекцій', ti: 'ጽሬትን ምክልኻል ረኽስን', so: 'Nadaafad iyo ka hortagga caabuqa', fa: 'نظافت و پیشگیری از عفونت' },
    pictogram: 'vk:cleaning',
    color: '#0a7a5a',
    certificate: { nb: 'Kursbevis i renhold', nn: 'Kursbevis i reinhald', en: 'Certificate in cleaning', ar: 'شهادة في التنظيف', uk: 'Сертифікат про курс прибирання', ti: 'ምስክር ወረቐት ኮርስ ጽሬት', so: 'Shahaadada koorsada nadaafadda', fa: 'گواهی دورهٔ نظافت' },
  },
  {
    id: 'butikk',
    title: { nb: 'Salg og service i dagligvare', nn: 'Sal og service i daglegvare', en: 'Sales and service in grocery retail', ar: 'البيع والخدمة في متاجر البقالة', uk: 'Продаж і обслуговування в продуктовому магазині', ti: 'መሸጣን ኣገልግሎትን ኣብ ድኳን መግቢ', so: 'Iibinta iyo adeegga dukaanka raashinka', fa: 'فروش و خدمات در فروشگاه مواد غذایی' },
    pictogram: 'vk:shop',
    color: '#1d5fbf',
  },
  {
    id: 'matproduksjon',
    title: { nb: 'Matproduksjon', nn: 'Matproduksjon', en: 'Food production', ar: 'إنتاج الأغذية', uk: 'Виробництво харчових продуктів', ti: 'ምፍራይ መግቢ', so: 'Wax-soo-saarka cuntada', fa: 'تولید مواد غذایی' },
    pictogram: 'vk:kitchen',
    color: '#a3480f',
    certificate: { nb: 'Kursbevis i hygiene for næringsmiddelarbeid', nn: 'Kursbevis i hygiene for næringsmiddelarbeid', en: 'Certificate in food hygiene', ar: 'شهادة في النظافة الغذائية', uk: 'Сертифікат з харчової гігієни', ti: 'ምስክር ወረቐት ጽሬት መግቢ', so: 'Shahaadada nadaafadda cuntada', fa: 'گواهی بهداشت مواد غذایی' },
  },
];

/** Days without teaching in the spring term 2026 besides the public holidays. */
export const springTermClosedDays: readonly ClosedDay[] = [
  ...['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27'].map((date) => ({ date, title: { nb: 'Vinterferie', nn: 'Vinterferie', en: 'Winter holiday', ar: 'عطلة الشتاء', uk: 'Зимові канікули', ti: 'ዕረፍቲ ወቕቲ ቝሪ', so: 'Fasaxa xilliga qabowga', fa: 'تعطیلات زمستانی' } })),
  ...['2026-03-30', '2026-03-31', '2026-04-01'].map((date) => ({ date, title: { nb: 'Påskeferie', nn: 'Påskeferie', en: 'Easter holiday', ar: 'عطلة عيد الفصح', uk: 'Великодні канікули', ti: 'ዕረፍቲ ፋሲካ', so: 'Fasaxa Easter-ka', fa: 'تعطیلات عید پاک' } })),
  { date: '2026-05-15', title: { nb: 'Planleggingsdag', nn: 'Planleggingsdag', en: 'Planning day', ar: 'يوم التخطيط', uk: 'День планування', ti: 'መዓልቲ መደብ', so: 'Maalinta qorsheynta', fa: 'روز برنامه‌ریزی' } },
];

const theory = { nb: 'Teori i klasserommet', nn: 'Teori i klasserommet', en: 'Theory in the classroom', ar: 'دروس نظرية', uk: 'Теорія в класі', ti: 'ቲዎሪ ኣብ ክፍሊ ትምህርቲ', so: 'Aragti fasalka gudihiisa', fa: 'درس نظری در کلاس' };
const norwegian = { nb: 'Bransjenorsk', nn: 'Bransjenorsk', en: 'Branch Norwegian', ar: 'النرويجية المهنية', uk: 'Професійна норвезька', ti: 'ኖርወይኛ ናይ ሞያ', so: 'Af Norwiiji xirfadeed', fa: 'نروژی شغلی' };

type Place = Record<'nb' | 'nn' | 'en' | 'ar' | 'uk' | 'ti' | 'so' | 'fa', string>;

function week(place: Place): PatternDay[] {
  const room: Place = { nb: 'Voksenopplæringen, rom 2', nn: 'Vaksenopplæringa, rom 2', en: 'Adult education centre, room 2', ar: 'مركز تعليم الكبار، غرفة 2', uk: 'Центр освіти дорослих, кімната 2', ti: 'ማእከል ትምህርቲ ዓበይቲ፡ ክፍሊ 2', so: 'Xarunta waxbarashada dadka waaweyn, qolka 2', fa: 'مرکز آموزش بزرگسالان، اتاق 2' };
  return [
    { weekday: 1, kind: 'theory', start: '09:00', end: '14:30', title: theory, place: room },
    { weekday: 2, kind: 'language', start: '09:00', end: '14:30', title: norwegian, place: room },
    { weekday: 3, kind: 'practice', start: '09:00', end: '14:30', place },
    { weekday: 4, kind: 'practice', start: '09:00', end: '14:30', place },
    { weekday: 5, kind: 'practice', start: '09:00', end: '14:30', place },
  ];
}

/**
 * The three courses over the spring term 2026 (renhold January–March, butikk February–May,
 * matproduksjon March–June), built with `expandWeeklyPattern`, skipping holidays and closed days.
 * An editable example: a fresh document each call.
 */
export function createInnherredSchedule(): ScheduleDocument {
  const closedDays = springTermClosedDays;
  const plan: Array<[string, string, string, Place]> = [
    ['renhold', '2026-01-05', '2026-03-28', { nb: 'Sykehjemmet', nn: 'Sjukeheimen', en: 'The nursing home', ar: 'دار رعاية المسنين', uk: 'Будинок для літніх людей', ti: 'ገዛ ክንክን ኣረጋውያን', so: 'Xarunta daryeelka waayeelka', fa: 'خانهٔ سالمندان' }],
    ['butikk', '2026-02-02', '2026-05-30', { nb: 'Dagligvarebutikken i sentrum', nn: 'Daglegvarebutikken i sentrum', en: 'The grocery shop in the centre', ar: 'متجر البقالة في المركز', uk: 'Продуктовий магазин у центрі', ti: 'ድኳን መግቢ ኣብ ማእከል ከተማ', so: 'Dukaanka raashinka ee bartamaha magaalada', fa: 'فروشگاه مواد غذایی در مرکز شهر' }],
    ['matproduksjon', '2026-03-02', '2026-06-20', { nb: 'Meieriet', nn: 'Meieriet', en: 'The dairy', ar: 'مصنع الألبان', uk: 'Молокозавод', ti: 'ፋብሪካ ጸባ', so: 'Warshadda caanaha', fa: 'کارخانهٔ لبنیات' }],
  ];
  const sessions: Session[] = plan.flatMap(([courseId, from, to, place]) => expandWeeklyPattern({ courseId, days: week(place) }, { from, to, closedDays }));
  const exam: Session = { id: 'renhold-exam', courseId: 'renhold', start: '2026-03-27T10:00', end: '2026-03-27T12:00', kind: 'exam', title: { nb: 'Avsluttende prøve', nn: 'Avsluttande prøve', en: 'Final test', ar: 'الاختبار النهائي', uk: 'Підсумковий тест', ti: 'መወዳእታ ፈተና', so: 'Imtixaanka kama dambaysta ah', fa: 'آزمون پایانی' } };
  return {
    version: 1,
    courses: innherredCourses.map((c) => ({ ...c })),
    sessions: [...sessions.filter((s) => s.id !== 'renhold-2026-03-27-1'), exam],
    closedDays: closedDays.map((d) => ({ ...d })),
  };
}
