import type { LadderDocument } from '../../task-ladder/task-ladder.types.js';
import { branchLadder, type CreateLadderOptions } from './common.js';

// The kitchen and canteen (kjøkken og kantine) training plan: nb and en by the team; nn (the title), ar, uk, ti, so and fa
// machine-written, to be reviewed by a fluent speaker (`presetTranslations`, docs/translations.md).
const kitchen = branchLadder('kitchen', {
  name: { nb: 'kjøkken og kantine', nn: 'kjøkken og kantine', en: 'kitchen and canteen', ar: 'المطبخ والمقصف', uk: 'кухня та їдальня', ti: 'ክሽነን ካንቲንን', so: 'jikada iyo makhaayadda', fa: 'آشپزخانه و غذاخوری' },
  // pictogram, nb, en, ar, uk — per phase
  tasks: [
    [
      ['vk:wash-hands', 'Hygiene: hender, arbeidstøy og hår', 'Hygiene: hands, work clothes and hair', 'النظافة: اليدان وملابس العمل والشعر', 'Гігієна: руки, робочий одяг і волосся'],
      ['vk:dishes', 'Ta oppvasken og fylle oppvaskmaskinen', 'Do the dishes and load the dishwasher', 'غسل الأطباق وتحميل غسالة الصحون', 'Мити посуд і завантажувати посудомийку'],
      ['vk:fruit-veg', 'Skylle og kutte grønnsaker', 'Rinse and cut vegetables', 'غسل الخضار وتقطيعها', 'Мити й нарізати овочі'],
      ['vk:cleaning', 'Tørke av benker og bord', 'Wipe counters and tables', 'مسح أسطح العمل والطاولات', 'Витирати робочі поверхні й столи'],
      ['vk:trash', 'Sortere matavfall', 'Sort food waste', 'فرز بقايا الطعام', 'Сортувати харчові відходи'],
    ],
    [
      ['vk:cooking', 'Lage enkle retter etter oppskrift', 'Cook simple dishes from a recipe', 'طهي أطباق بسيطة حسب الوصفة', 'Готувати прості страви за рецептом'],
      ['vk:meal', 'Anrette og sette frem mat i kantina', 'Plate and set out food in the canteen', 'تقديم الطعام وترتيبه في المقصف', 'Викладати й подавати їжу в їдальні'],
      ['vk:clock', 'Måle og føre temperatur i kjøleskap', 'Check and log fridge temperatures', 'قياس درجة حرارة الثلاجات وتسجيلها', 'Вимірювати й записувати температуру холодильників'],
      ['vk:warehouse', 'Ta imot varer og lagre dem riktig', 'Receive goods and store them correctly', 'استلام البضائع وتخزينها بشكل صحيح', 'Приймати продукти й правильно їх зберігати'],
      ['vk:help', 'Kjenne til allergener', 'Know the allergens', 'معرفة مسببات الحساسية', 'Знати алергени'],
    ],
    [
      ['vk:cooking', 'Lage dagens rett sammen med kokken', 'Make the dish of the day with the cook', 'إعداد طبق اليوم مع الطاهي', 'Готувати страву дня разом із кухарем'],
      ['vk:checkout', 'Betjene kunder i kassen', 'Serve customers at the till', 'خدمة الزبائن عند الصندوق', 'Обслуговувати клієнтів на касі'],
      ['vk:writing', 'Følge internkontroll for mat og fylle ut skjema', 'Follow food-safety routines and fill in the records', 'اتباع إجراءات سلامة الغذاء وتعبئة السجلات', 'Дотримуватися правил безпеки харчування й заповнювати журнали'],
      ['vk:calendar', 'Planlegge mengder og bestille varer', 'Plan quantities and order goods', 'تخطيط الكميات وطلب البضائع', 'Планувати кількості й замовляти продукти'],
      ['vk:kitchen', 'Ha ansvar for et skift på kjøkkenet', 'Be responsible for a kitchen shift', 'تحمّل مسؤولية وردية في المطبخ', 'Відповідати за зміну на кухні'],
    ],
  ],
  // Persian (also read by Dari speakers), same order as `tasks`
  fa: [
    ['بهداشت: دست‌ها، لباس کار و مو', 'شستن ظرف‌ها و پر کردن ماشین ظرفشویی', 'شستن و خرد کردن سبزیجات', 'پاک کردن سطح کار و میزها', 'تفکیک پسماند غذایی'],
    ['پختن غذاهای ساده با دستور پخت', 'چیدن و سرو غذا در غذاخوری', 'اندازه‌گیری و ثبت دمای یخچال', 'تحویل گرفتن مواد و نگهداری درست آن‌ها', 'شناختن مواد حساسیت‌زا'],
    ['پختن غذای روز همراه آشپز', 'خدمت به مشتریان پشت صندوق', 'پیروی از کنترل بهداشت غذا و پر کردن فرم‌ها', 'برنامه‌ریزی مقدارها و سفارش مواد', 'مسئولیت یک شیفت در آشپزخانه'],
  ],
  // Tigrinya, same order as `tasks`
  ti: [
    ['ጽሬት፦ ኣእዳው፡ ክዳን ስራሕን ጸጉርን', 'ኣቕሑ ምሕጻብን መሕጸቢ ኣቕሑ ምምላእን', 'ኣሕምልቲ ምሕጻብን ምቑራጽን', 'መስርሕ ቦታታትን ጠረጴዛታትን ምጽራግ', 'ተረፍ መግቢ ምፍላይ'],
    ['ብመምርሒ ኣሰራርሓ ቀለልቲ መግብታት ምስራሕ', 'ኣብ ካንቲን መግቢ ምቕራብን ምስራዕን', 'ሙቐት ፍሪጅ ምዕቃንን ምምዝጋብን', 'ኣቑሑት ምቕባልን ብግቡእ ምዕቃብን', 'ኣለርጂ ዘምጽኡ ነገራት ምፍላጥ'],
    ['ምስ ከሻኒ መግቢ ናይ መዓልቲ ምስራሕ', 'ኣብ ካሻ ዓማዊል ምግልጋል', 'ስርዓት ድሕንነት መግቢ ምኽታልን ቅጥዒ ምምላእን', 'መጠን ምውጣንን ኣቑሑት ምእዛዝን', 'ንሓደ ፈረቓ ስራሕ ኣብ ክሽነ ሓላፍነት ምውሳድ'],
  ],
  // Somali, same order as `tasks`
  so: [
    ['Nadaafadda: gacmaha, dharka shaqada iyo timaha', 'Dhaq weelasha oo buuxi mashiinka weelka', 'Biyo mari oo jar khudaarta', 'Tirtir miisaska shaqada iyo miisaska', 'Kala sooc haraaga cuntada'],
    ['Karso cunto fudud adoo raacaya habka karinta', 'Cuntada u diyaari oo dhig makhaayadda', 'Cabbir oo qor heerkulka qaboojiyaha', 'Qaabil alaabta oo si sax ah u kaydi', 'Bar waxyaabaha xasaasiyadda keena'],
    ['Kuugga la samee cuntada maanta', 'U adeeg macaamiisha khasnadda', 'Raac nidaamka badbaadada cuntada oo buuxi foomamka', 'Qorshee tirada oo dalbo alaabta', "Mas'uul ka noqo hal wareeg oo jikada ah"],
  ],
});

/** The kitchen and canteen (kjøkken og kantine) template as data (read-only: `createBranchLadder` gives a document to edit). */
export const ladderTemplate: LadderDocument = kitchen.template;

/**
 * A fresh, valid LadderDocument from the kitchen and canteen (kjøkken og kantine) template: three phases, every task not
 * started. The same as `createLadder('kitchen', options)`, without loading the other branches.
 * @throws TypeError for options that would make the document invalid.
 * @example const doc = createBranchLadder({ participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export function createBranchLadder(options: CreateLadderOptions = {}): LadderDocument {
  return kitchen.create(options);
}
