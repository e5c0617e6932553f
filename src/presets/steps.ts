import type { StepsDocument } from '../step-tracker/step-tracker.types.js';

type Lang = 'nb' | 'nn' | 'en' | 'ar' | 'uk' | 'ti' | 'so' | 'fa';
type T = Record<Lang, string>;

// Our own words for the seven steps of building a work-oriented course (not IMDi's text).
// nb, nn and en written by the team; ar, uk, ti, so and fa (titles, and since 7 Dec 2026 the
// descriptions, which showed Norwegian under a translated title) are machine-written and need
// review by a fluent speaker (listed in docs/translations.md). Descriptions in those five are
// shorter than the Norwegian: plain words, as participants read little (and loadPresets() has
// a budget).
const titles: T[] = [
  { nb: 'Kartlegg deltakerne', nn: 'Kartlegg deltakarane', en: 'Map the participants', ar: 'التعرّف على المشاركين', uk: 'Оцінити учасників', ti: 'ተሳተፍቲ ምፍላጥ', so: 'Baro ka-qaybgalayaasha', fa: 'شناخت شرکت‌کنندگان' },
  { nb: 'Kartlegg det lokale arbeidsmarkedet', nn: 'Kartlegg den lokale arbeidsmarknaden', en: 'Map the local labour market', ar: 'دراسة سوق العمل المحلي', uk: 'Вивчити місцевий ринок праці', ti: 'ናይ ከባቢ ዕዳጋ ስራሕ ምጽናዕ', so: 'Baar suuqa shaqada ee deegaanka', fa: 'بررسی بازار کار محلی' },
  { nb: 'Avtal med arbeidsgivere og samarbeidspartnere', nn: 'Avtal med arbeidsgivarar og samarbeidspartnarar', en: 'Agree with employers and partners', ar: 'الاتفاق مع أصحاب العمل والشركاء', uk: 'Домовитися з роботодавцями та партнерами', ti: 'ምስ ኣስራሕትን መሻርኽትን ምስምማዕ', so: 'La heshii loo-shaqeeyayaasha iyo la-hawlgalayaasha', fa: 'توافق با کارفرمایان و همکاران' },
  { nb: 'Planlegg kurset', nn: 'Planlegg kurset', en: 'Plan the course', ar: 'تخطيط الدورة', uk: 'Спланувати курс', ti: 'መደብ ኮርስ ምውጻእ', so: 'Qorshee koorsada', fa: 'برنامه‌ریزی دوره' },
  { nb: 'Rekrutter og forbered deltakerne', nn: 'Rekrutter og førebu deltakarane', en: 'Recruit and prepare the participants', ar: 'استقطاب المشاركين وتحضيرهم', uk: 'Набрати й підготувати учасників', ti: 'ተሳተፍቲ ምምልማልን ምድላውን', so: 'Soo xulo oo diyaari ka-qaybgalayaasha', fa: 'جذب و آماده‌سازی شرکت‌کنندگان' },
  { nb: 'Gjennomfør teori og praksis med tett oppfølging', nn: 'Gjennomfør teori og praksis med tett oppfølging', en: 'Run theory and practice with close follow-up', ar: 'تنفيذ الجانب النظري والعملي مع متابعة دقيقة', uk: 'Провести теорію й практику з тісним супроводом', ti: 'ቲዎሪን ልምምድን ብጥቡቕ ክትትል ምትግባር', so: 'Fuli aragtida iyo tababarka, la-socod dhow', fa: 'اجرای بخش نظری و عملی با پیگیری نزدیک' },
  { nb: 'Evaluer og planlegg neste steg for hver deltaker', nn: 'Evaluer og planlegg neste steg for kvar deltakar', en: "Evaluate and plan each participant's next step", ar: 'التقييم والتخطيط للخطوة التالية لكل مشارك', uk: 'Оцінити й спланувати наступний крок кожного учасника', ti: 'ምግምጋምን ዝቕጽል ስጉምቲ ምውጣንን', so: 'Qiimee oo qorshee tallaabada xigta', fa: 'ارزیابی و برنامه‌ریزی گام بعدی هر شرکت‌کننده' },
];

const descriptions: T[] = [
  { nb: 'Finn ut hva hver deltaker kan, vil og trenger: arbeidserfaring, skolebakgrunn, helse og språk.', nn: 'Finn ut kva kvar deltakar kan, vil og treng: arbeidserfaring, skulebakgrunn, helse og språk.', en: 'Find out what each participant knows, wants and needs: work experience, schooling, health and language.', ar: 'ماذا يعرف كل مشارك وماذا يريد؟', uk: 'Що кожен учасник уміє й чого хоче?', ti: 'ነፍሲ ወከፍ ተሳታፊ እንታይ ይኽእልን ይደልን?', so: 'Ogow waxa ka-qaybgale kasta yaqaan oo rabo.', fa: 'هر شرکت‌کننده چه می‌داند و چه می‌خواهد؟' },
  { nb: 'Hvilke bransjer i nærmiljøet trenger folk? Snakk med NAV og lokale arbeidsgivere.', nn: 'Kva bransjar i nærmiljøet treng folk? Snakk med NAV og lokale arbeidsgivarar.', en: 'Which local trades need people? Talk to NAV and local employers.', ar: 'من يحتاج إلى عمال؟ اسأل NAV وأصحاب العمل.', uk: 'Кому потрібні працівники? Запитайте NAV і роботодавців.', ti: 'መን ሰራሕተኛታት የድልዮ? NAVን ኣስራሕትን ሕተቱ።', so: 'Yaa shaqaale u baahan? Weydii NAV iyo loo-shaqeeyayaasha.', fa: 'چه کسی نیرو لازم دارد؟ از NAV و کارفرمایان بپرسید.' },
  { nb: 'Avklar praksisplasser, faddere, ansvar og hva deltakerne skal lære.', nn: 'Avklar praksisplassar, fadderar, ansvar og kva deltakarane skal lære.', en: 'Settle work-practice places, mentors, responsibilities and learning goals.', ar: 'اتفق على أماكن التدريب والمرشدين والأهداف.', uk: 'Домовтеся про місця практики, наставників і цілі.', ti: 'ቦታ ልምምድ፡ ኣለይትን ዕላማታትን ኣረጋግጹ።', so: "Go'aamiya goobaha tababarka, hagayaasha iyo yoolalka.", fa: 'محل کارآموزی، راهنماها و هدف‌ها را روشن کنید.' },
  { nb: 'Sett sammen teori, praksis og bransjenorsk; lag timeplan og læringsmål.', nn: 'Set saman teori, praksis og bransjenorsk; lag timeplan og læringsmål.', en: 'Combine theory, practice and branch Norwegian; make a timetable and learning goals.', ar: 'ضع جدولًا: نظري، عملي، نرويجية.', uk: 'Складіть розклад: теорія, практика, норвезька.', ti: 'ሰሌዳ ግዜ ኣዳልዉ፦ ቲዎሪ፡ ልምምድ፡ ኖርወይኛ።', so: 'Samee jadwal: aragti, tababar, af Norwiiji.', fa: 'برنامهٔ زمانی بنویسید: نظری، عملی، نروژی.' },
  { nb: 'Informer med bilder og tolk, avklar forventninger og praktiske ting som transport og barnehage.', nn: 'Informer med bilete og tolk, avklar forventningar og praktiske ting som transport og barnehage.', en: 'Inform with pictures and an interpreter; settle expectations and practical matters such as transport and childcare.', ar: 'اشرح بالصور ومع مترجم، ورتّب المواصلات والحضانة.', uk: 'Поясніть із картинками й перекладачем; подбайте про транспорт і садок.', ti: 'ብስእልን ብተርጓሚን ኣረድኡ፤ መጓዓዝያን ቤት ህጻናትን ኣዳልዉ።', so: 'Ku sharax sawirro iyo turjubaan; diyaari gaadiidka iyo xannaanada.', fa: 'با تصویر و مترجم توضیح دهید؛ رفت‌وآمد و کودکستان را آماده کنید.' },
  { nb: 'Følg opp deltakere og faddere jevnlig, og juster underveis.', nn: 'Følg opp deltakarar og fadderar jamleg, og juster undervegs.', en: 'Follow up participants and mentors regularly, and adjust as you go.', ar: 'تابع المشاركين والمرشدين بانتظام.', uk: 'Регулярно підтримуйте учасників і наставників.', ti: 'ንተሳተፍትን ኣለይትን ብቐጻሊ ተኸታተሉ።', so: 'Si joogto ah ula soco ka-qaybgalayaasha iyo hagayaasha.', fa: 'شرکت‌کنندگان و راهنماها را مرتب پیگیری کنید.' },
  { nb: 'Gå gjennom resultatene med hver deltaker og avtal veien videre: jobb, utdanning eller mer praksis.', nn: 'Gå gjennom resultata med kvar deltakar og avtal vegen vidare: jobb, utdanning eller meir praksis.', en: 'Review the results with each participant and agree the way on: a job, education or more practice.', ar: 'اتفق مع كل مشارك على الخطوة التالية: عمل أو دراسة أو تدريب.', uk: 'Вирішіть із кожним учасником, що далі: робота, навчання чи практика.', ti: 'ምስ ነፍሲ ወከፍ ተሳታፊ ቀጻሊ ስጉምቲ ተሰማምዑ፦ ስራሕ፡ ትምህርቲ ወይ ልምምድ።', so: 'La heshii ka-qaybgale kasta tallaabada xigta: shaqo, waxbarasho ama tababar.', fa: 'با هر شرکت‌کننده گام بعدی را روشن کنید: کار، تحصیل یا کارآموزی.' },
];

const pictograms = ['vk:meeting', 'vk:job-search', 'vk:workplace', 'vk:calendar', 'vk:interpreter', 'vk:work-practice', 'vk:certificate'];

/**
 * An editable example of the seven steps of building a work-oriented course for participants
 * with little or no schooling, in our own words. Copy and adapt it; it is data, not a rule.
 */
export const workOrientedCourseSteps: StepsDocument = {
  version: 1,
  title: {
    nb: 'Eksempel (kan redigeres): sju steg til et arbeidsrettet kurs',
    nn: 'Døme (kan redigerast): sju steg til eit arbeidsretta kurs',
    en: 'Example (editable): seven steps to a work-oriented course',
    ar: 'مثال (قابل للتعديل): سبع خطوات لدورة موجهة نحو العمل',
    uk: 'Приклад (можна змінити): сім кроків до курсу, орієнтованого на роботу',
    ti: 'ኣብነት (ክእረም ይኽእል): ሸውዓተ ስጉምትታት ናብ ስራሕ ዘቕንዕ ኮርስ',
    so: 'Tusaale (wax laga beddeli karo): toddoba tallaabo oo koorso shaqo',
    fa: 'نمونه (قابل ویرایش): هفت گام تا یک دوره کارمحور',
  },
  steps: titles.map((title, i) => ({
    id: `step-${i + 1}`,
    title,
    description: descriptions[i],
    pictogram: pictograms[i],
    status: 'not-started' as const,
  })),
};

/** A fresh copy of the preset, safe to edit. */
export function createWorkOrientedCourseSteps(): StepsDocument {
  return structuredClone(workOrientedCourseSteps);
}
