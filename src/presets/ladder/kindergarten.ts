import type { LadderDocument } from '../../task-ladder/task-ladder.types.js';
import { branchLadder, type CreateLadderOptions } from './common.js';

// The kindergarten (barnehage) training plan: nb and en by the team; nn (the title), ar, uk, ti, so and fa
// machine-written, to be reviewed by a fluent speaker (`presetTranslations`, docs/translations.md).
const kindergarten = branchLadder('kindergarten', {
  name: { nb: 'barnehage', nn: 'barnehage', en: 'kindergarten', ar: 'روضة الأطفال', uk: 'дитячий садок', ti: 'መውዓሊ ህጻናት', so: 'xannaanada carruurta', fa: 'مهدکودک' },
  // pictogram, nb, en, ar, uk — per phase
  tasks: [
    [
      ['vk:wash-hands', 'Vaske hender med barna før måltid', 'Wash hands with the children before meals', 'غسل اليدين مع الأطفال قبل الوجبات', 'Мити руки з дітьми перед їжею'],
      ['vk:meal', 'Dekke på og rydde etter måltid', 'Set and clear the table', 'تجهيز المائدة وترتيبها بعد الوجبة', 'Накривати на стіл і прибирати після їжі'],
      ['vk:play', 'Leke med barna inne', 'Play with the children indoors', 'اللعب مع الأطفال في الداخل', 'Гратися з дітьми в приміщенні'],
      ['vk:outdoors', 'Være med ute og passe på barna', 'Join the children outdoors and keep an eye on them', 'مرافقة الأطفال في الخارج ومراقبتهم', 'Бути з дітьми надворі й наглядати за ними'],
      ['vk:cleaning', 'Rydde leker og garderobe', 'Tidy the toys and the cloakroom', 'ترتيب الألعاب وغرفة الملابس', 'Прибирати іграшки й роздягальню'],
    ],
    [
      ['vk:laundry', 'Hjelpe barna med påkledning', 'Help the children get dressed', 'مساعدة الأطفال في ارتداء الملابس', 'Допомагати дітям одягатися'],
      ['vk:reading', 'Lese og synge med barna', 'Read and sing with the children', 'القراءة والغناء مع الأطفال', 'Читати й співати з дітьми'],
      ['vk:baby', 'Hjelpe til med bleieskift og soving', 'Help with nappy changes and naps', 'المساعدة في تغيير الحفاضات وفي وقت النوم', 'Допомагати з підгузками та денним сном'],
      ['vk:norwegian-class', 'Snakke norsk med barna i hverdagen', 'Speak Norwegian with the children every day', 'التحدث بالنرويجية مع الأطفال يوميًا', 'Щодня розмовляти з дітьми норвезькою'],
      ['vk:help', 'Kjenne rutiner for brann og førstehjelp', 'Know the fire and first-aid routines', 'معرفة إجراءات الحريق والإسعافات الأولية', 'Знати правила пожежної безпеки й першої допомоги'],
    ],
    [
      ['vk:play', 'Lede en aktivitet for en liten gruppe', 'Lead an activity for a small group', 'قيادة نشاط لمجموعة صغيرة', 'Проводити заняття для невеликої групи'],
      ['vk:parental-guidance', 'Ta imot barn og foreldre i garderoben', 'Welcome children and parents in the cloakroom', 'استقبال الأطفال والأهل في غرفة الملابس', 'Зустрічати дітей і батьків у роздягальні'],
      ['vk:meeting', 'Delta på avdelingsmøte', 'Take part in the team meeting', 'المشاركة في اجتماع القسم', 'Брати участь у нарадах групи'],
      ['vk:writing', 'Skrive en kort beskjed til foreldre', 'Write a short note to parents', 'كتابة رسالة قصيرة للأهل', 'Писати коротке повідомлення батькам'],
      ['vk:calendar', 'Planlegge en dag i uka sammen med pedagogen', 'Plan a day of the week with the teacher', 'تخطيط يوم من الأسبوع مع المربّي', 'Планувати день тижня разом із вихователем'],
    ],
  ],
  // Persian (also read by Dari speakers), same order as `tasks`
  fa: [
    ['شستن دست‌ها با کودکان پیش از غذا', 'چیدن و جمع کردن سفره', 'بازی با کودکان در داخل', 'همراهی و مراقبت از کودکان در بیرون', 'جمع کردن اسباب‌بازی‌ها و مرتب کردن رختکن'],
    ['کمک به کودکان برای لباس پوشیدن', 'کتاب خواندن و آواز خواندن با کودکان', 'کمک در عوض کردن پوشک و خواب', 'صحبت به نروژی با کودکان در زندگی روزمره', 'شناختن روال آتش‌سوزی و کمک‌های اولیه'],
    ['اجرای یک فعالیت برای گروهی کوچک', 'استقبال از کودکان و والدین در رختکن', 'شرکت در جلسهٔ بخش', 'نوشتن پیامی کوتاه برای والدین', 'برنامه‌ریزی یک روز از هفته همراه مربی'],
  ],
  // Tigrinya, same order as `tasks`
  ti: [
    ['ቅድሚ መግቢ ምስ ቆልዑ ኣእዳው ምሕጻብ', 'ጠረጴዛ ምድላውን ድሕሪ መግቢ ምእካብን', 'ኣብ ውሽጢ ምስ ቆልዑ ምጽዋት', 'ምስ ቆልዑ ኣብ ደገ ምውጻእን ምክትታሎምን', 'መጻወቲታትን ክፍሊ ክዳንን ምስራዕ'],
    ['ቆልዑ ክኽደኑ ምሕጋዝ', 'ምስ ቆልዑ ምንባብን ምዝማርን', 'ኣብ ምቕያር ዳይፐርን ድቃስን ምሕጋዝ', 'መዓልታዊ ምስ ቆልዑ ኖርወይኛ ምዝራብ', 'ስርዓት ሓዊ ባርዕን ቀዳማይ ረዲኤትን ምፍላጥ'],
    ['ንንእሽቶ ጉጅለ ንጥፈት ምምራሕ', 'ኣብ ክፍሊ ክዳን ንቆልዑን ወለድን ምቕባል', 'ኣብ ኣኼባ ክፍሊ ምስታፍ', 'ንወለዲ ሓጺር መልእኽቲ ምጽሓፍ', 'ምስ መምህር ሓንቲ መዓልቲ ሰሙን ምውጣን'],
  ],
  // Somali, same order as `tasks`
  so: [
    ['Carruurta la dhaq gacmaha ka hor cuntada', 'Diyaari oo nadiifi miiska', 'Carruurta la ciyaar gudaha', 'Carruurta la joog bannaanka oo ilaali', 'Habee alaabta ciyaarta iyo qolka dharka'],
    ['Ka caawi carruurta inay lebistaan', 'Carruurta la akhri oo la heeso', 'Ka caawi beddelidda xafaayadaha iyo hurdada', 'Maalin walba carruurta kula hadal af Norwiiji', 'Bar nidaamka dabka iyo gargaarka degdegga ah'],
    ['Hogaami hawl koox yar', 'Ku soo dhawee carruurta iyo waalidka qolka dharka', 'Ka qayb gal shirka qaybta', 'U qor waalidka fariin gaaban', 'Macallinka la qorshee hal maalin oo toddobaadka ah'],
  ],
});

/** The kindergarten (barnehage) template as data (read-only: `createBranchLadder` gives a document to edit). */
export const ladderTemplate: LadderDocument = kindergarten.template;

/**
 * A fresh, valid LadderDocument from the kindergarten (barnehage) template: three phases, every task not
 * started. The same as `createLadder('kindergarten', options)`, without loading the other branches.
 * @throws TypeError for options that would make the document invalid.
 * @example const doc = createBranchLadder({ participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export function createBranchLadder(options: CreateLadderOptions = {}): LadderDocument {
  return kindergarten.create(options);
}
