import type { LadderDocument } from '../../task-ladder/task-ladder.types.js';
import { branchLadder, type CreateLadderOptions } from './common.js';

// The cleaning (renhold) training plan: nb and en by the team; nn (the title), ar, uk, ti, so and fa
// machine-written, to be reviewed by a fluent speaker (`presetTranslations`, docs/translations.md).
const cleaning = branchLadder('cleaning', {
  name: { nb: 'renhold', nn: 'reinhald', en: 'cleaning', ar: 'التنظيف', uk: 'прибирання', ti: 'ጽሬት', so: 'nadaafad', fa: 'نظافت' },
  // pictogram, nb, en, ar, uk — per phase
  tasks: [
    [
      ['vk:wash-hands', 'Vaske hendene og bruke hansker riktig', 'Wash hands and use gloves correctly', 'غسل اليدين واستخدام القفازات بشكل صحيح', 'Мити руки й правильно користуватися рукавичками'],
      ['vk:trash', 'Tømme søppelbøtter og kildesortere', 'Empty bins and sort waste', 'إفراغ سلال المهملات وفرز النفايات', 'Виносити сміття й сортувати відходи'],
      ['vk:cleaning', 'Tørke støv på bord og hyller', 'Dust tables and shelves', 'إزالة الغبار عن الطاولات والرفوف', 'Витирати пил зі столів і полиць'],
      ['vk:vacuum', 'Støvsuge gulv', 'Vacuum floors', 'تنظيف الأرضيات بالمكنسة الكهربائية', 'Пилососити підлогу'],
      ['vk:bucket', 'Vaske gulv med riktig mengde vaskemiddel', 'Mop floors with the right amount of detergent', 'مسح الأرضيات بالكمية الصحيحة من المنظف', 'Мити підлогу з правильною кількістю миючого засобу'],
    ],
    [
      ['vk:toilet', 'Vaske toaletter og servanter', 'Clean toilets and washbasins', 'تنظيف المراحيض والمغاسل', 'Мити туалети й умивальники'],
      ['vk:laundry', 'Vaske og bytte mopper og kluter', 'Wash and change mops and cloths', 'غسل الممسحات وقطع القماش وتبديلها', 'Прати й міняти швабри та ганчірки'],
      ['vk:clock', 'Følge renholdsplanen for et område', 'Follow the cleaning plan for an area', 'اتباع خطة التنظيف لمنطقة كاملة', 'Працювати за планом прибирання ділянки'],
      ['vk:help', 'Velge riktig kjemikalie og lese faresymboler', 'Choose the right chemical and read hazard symbols', 'اختيار المادة الكيميائية الصحيحة وقراءة رموز الخطر', 'Обирати правильну хімію й читати знаки небезпеки'],
      ['vk:cleaning', 'Desinfisere kontaktpunkter som dørhåndtak og brytere', 'Disinfect touch points such as door handles and switches', 'تعقيم نقاط اللمس مثل مقابض الأبواب والمفاتيح', 'Дезінфікувати точки дотику: ручки дверей і вимикачі'],
    ],
    [
      ['vk:calendar', 'Planlegge egen arbeidsdag', 'Plan your own working day', 'تخطيط يوم العمل بنفسه', 'Самостійно планувати робочий день'],
      ['vk:warehouse', 'Sjekke og bestille utstyr og forbruksvarer', 'Check and order equipment and supplies', 'فحص المعدات واللوازم وطلبها', 'Перевіряти й замовляти інвентар і витратні матеріали'],
      ['vk:customer-service', 'Snakke med kunder og svare på spørsmål', 'Talk with customers and answer questions', 'التحدث مع الزبائن والإجابة عن أسئلتهم', 'Спілкуватися з клієнтами й відповідати на запитання'],
      ['vk:writing', 'Fylle ut renholdsskjema og melde avvik', 'Fill in cleaning records and report deviations', 'تعبئة سجلات التنظيف والإبلاغ عن المشكلات', 'Заповнювати журнал прибирання й повідомляти про відхилення'],
      ['vk:workplace', 'Ha ansvar for et område alene', 'Be responsible for an area on your own', 'تحمّل مسؤولية منطقة بمفرده', 'Самостійно відповідати за ділянку'],
    ],
  ],
  // Persian (also read by Dari speakers), same order as `tasks`
  fa: [
    ['شستن دست‌ها و استفادهٔ درست از دستکش', 'خالی کردن سطل‌های زباله و تفکیک زباله', 'گردگیری میزها و قفسه‌ها', 'جاروبرقی کشیدن کف', 'شستن کف با مقدار درست مادهٔ شوینده'],
    ['تمیز کردن توالت‌ها و روشویی‌ها', 'شستن و عوض کردن تی و دستمال', 'پیروی از برنامهٔ نظافت یک بخش', 'انتخاب مادهٔ شیمیایی درست و خواندن علائم خطر', 'ضدعفونی کردن نقاط تماس مانند دستگیره‌ها و کلیدها'],
    ['برنامه‌ریزی روز کاری خود', 'بررسی و سفارش وسایل و لوازم مصرفی', 'صحبت با مشتریان و پاسخ به سؤال‌ها', 'پر کردن فرم نظافت و گزارش مشکلات', 'مسئولیت یک بخش به‌تنهایی'],
  ],
  // Tigrinya, same order as `tasks`
  ti: [
    ['ኣእዳው ምሕጻብን ጓንቲ ብግቡእ ምጥቃምን', 'ጓሓፍ ምርጋፍን ምፍላይን', 'ኣብ ጠረጴዛታትን መደርደሪታትን ዘሎ ደሮና ምጽራግ', 'ባይታ ብቫኩም ምጽራይ', 'ባይታ ብልክዕ መጠን ሳሙና ምሕጻብ'],
    ['ሽቓቕን መሕጸቢ ኢድን ምጽራይ', 'መጽረጊታትን ጨርቅታትን ምሕጻብን ምቕያርን', 'ንሓደ ቦታ መደብ ጽሬት ምኽታል', 'ቅኑዕ ኬሚካል ምምራጽን ምልክታት ሓደጋ ምንባብን', 'ከም መትሓዚ ማዕጾን መወልዓዊ መብራህትን ዝኣመሰሉ ዝትንከፉ ቦታታት ካብ ረኽሲ ምጽራይ'],
    ['ናይ ገዛእ ርእስኻ መዓልቲ ስራሕ ምውጣን', 'መሳርሒታትን ኣቑሑትን ምፍታሽን ምእዛዝን', 'ምስ ዓማዊል ምዝራብን ሕቶታት ምምላስን', 'ቅጥዒ ጽሬት ምምላእን ጸገማት ምሕባርን', 'ንሓደ ቦታ በይንኻ ሓላፍነት ምውሳድ'],
  ],
  // Somali, same order as `tasks`
  so: [
    ['Gacmaha dhaq oo si sax ah u isticmaal gacmo-gashiyada', 'Faaruqi weelasha qashinka oo kala sooc qashinka', 'Boodhka ka tirtir miisaska iyo khaanadaha', 'Dabaqa ku nadiifi makiinadda boodhka', 'Dabaqa ku dhaq qadar sax ah oo saabuun ah'],
    ['Nadiifi musqulaha iyo weelasha gacmo-dhaqa', 'Dhaq oo beddel masaxaadaha iyo marriyadaha', 'Raac qorshaha nadaafadda ee hal aag', 'Dooro kiimikada saxda ah oo akhri calaamadaha khatarta', 'Jeermis ka dil meelaha la taabto sida gacan-qabsiga albaabka iyo furayaasha nalka'],
    ['Qorshee maalintaada shaqada', 'Hubi oo dalbo qalabka iyo agabka la isticmaalo', "La hadal macaamiisha oo ka jawaab su'aalaha", 'Buuxi foomka nadaafadda oo soo sheeg dhibaatooyinka', "Kaligaa mas'uul ka noqo hal aag"],
  ],
});

/** The cleaning (renhold) template as data (read-only: `createBranchLadder` gives a document to edit). */
export const ladderTemplate: LadderDocument = cleaning.template;

/**
 * A fresh, valid LadderDocument from the cleaning (renhold) template: three phases, every task not
 * started. The same as `createLadder('cleaning', options)`, without loading the other branches.
 * @throws TypeError for options that would make the document invalid.
 * @example const doc = createBranchLadder({ participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export function createBranchLadder(options: CreateLadderOptions = {}): LadderDocument {
  return cleaning.create(options);
}
