import type { LadderDocument } from '../../task-ladder/task-ladder.types.js';
import { branchLadder, type CreateLadderOptions } from './common.js';

// The elderly care (eldreomsorg) training plan: nb and en by the team; nn (the title), ar, uk, ti, so and fa
// machine-written, to be reviewed by a fluent speaker (`presetTranslations`, docs/translations.md).
const care = branchLadder('care', {
  name: { nb: 'eldreomsorg', nn: 'eldreomsorg', en: 'elderly care', ar: 'رعاية المسنين', uk: 'догляд за літніми людьми', ti: 'ክንክን ኣረጋውያን', so: 'daryeelka waayeelka', fa: 'مراقبت از سالمندان' },
  // pictogram, nb, en, ar, uk — per phase
  tasks: [
    [
      ['vk:wash-hands', 'Håndhygiene og smittevern', 'Hand hygiene and infection control', 'نظافة اليدين والوقاية من العدوى', 'Гігієна рук і захист від інфекцій'],
      ['vk:meal', 'Servere mat og drikke', 'Serve food and drinks', 'تقديم الطعام والشراب', 'Подавати їжу й напої'],
      ['vk:laundry', 'Re senger og bytte sengetøy', 'Make beds and change bed linen', 'ترتيب الأسرّة وتغيير الأغطية', 'Застеляти ліжка й міняти постільну білизну'],
      ['vk:cleaning', 'Rydde og tørke av på rommene', 'Tidy and wipe down the rooms', 'ترتيب الغرف ومسحها', 'Прибирати й витирати пил у кімнатах'],
      ['vk:walk', 'Gå tur med en beboer', 'Go for a walk with a resident', 'التنزه مع أحد المقيمين', 'Гуляти з мешканцем'],
    ],
    [
      ['vk:elderly-care', 'Hjelpe beboere med påkledning', 'Help residents get dressed', 'مساعدة المقيمين في ارتداء الملابس', 'Допомагати мешканцям одягатися'],
      ['vk:life-mastery', 'Være sammen med beboerne: prate, spille, synge', 'Keep residents company: talk, play games, sing', 'مؤانسة المقيمين: الحديث واللعب والغناء', 'Проводити час із мешканцями: розмовляти, грати, співати'],
      ['vk:help', 'Si fra til personalet når noe er galt', 'Tell the staff when something is wrong', 'إبلاغ الطاقم عند حدوث أمر غير طبيعي', 'Повідомляти персонал, коли щось не так'],
      ['vk:clock', 'Følge dagsplanen på avdelingen', "Follow the ward's daily plan", 'اتباع الخطة اليومية للقسم', 'Дотримуватися розпорядку дня відділення'],
      ['vk:toilet', 'Hjelpe til ved stell sammen med en pleier', 'Assist with personal care together with a carer', 'المساعدة في العناية الشخصية مع أحد الممرضين', 'Допомагати з доглядом разом із доглядальником'],
    ],
    [
      ['vk:elderly-care', 'Gi stell til en beboer med veiledning', 'Give personal care to a resident under guidance', 'تقديم العناية الشخصية لمقيم تحت الإشراف', 'Доглядати мешканця під наглядом'],
      ['vk:meeting', 'Rapportere muntlig ved vaktskifte', 'Report orally at the shift change', 'تقديم تقرير شفهي عند تبديل المناوبة', 'Усно звітувати під час зміни'],
      ['vk:life-mastery', 'Lede en aktivitet for beboerne', 'Lead an activity for the residents', 'قيادة نشاط للمقيمين', 'Проводити заняття для мешканців'],
      ['vk:health-station', 'Kjenne tegn på at en beboer er syk', 'Recognise signs that a resident is ill', 'التعرف على علامات مرض المقيم', 'Розпізнавати ознаки хвороби мешканця'],
      ['vk:calendar', 'Planlegge egen vakt med faste oppgaver', 'Plan your own shift with set tasks', 'تخطيط مناوبته بمهامها الثابتة', 'Планувати власну зміну з постійними завданнями'],
    ],
  ],
  // Persian (also read by Dari speakers), same order as `tasks`
  fa: [
    ['بهداشت دست و پیشگیری از عفونت', 'سرو غذا و نوشیدنی', 'مرتب کردن تخت‌ها و عوض کردن ملافه', 'مرتب و تمیز کردن اتاق‌ها', 'پیاده‌روی با یکی از ساکنان'],
    ['کمک به ساکنان برای لباس پوشیدن', 'همراهی با ساکنان: گفت‌وگو، بازی، آواز', 'خبر دادن به کارکنان وقتی مشکلی هست', 'پیروی از برنامهٔ روزانهٔ بخش', 'کمک در مراقبت شخصی همراه یک مراقب'],
    ['مراقبت شخصی از یک ساکن با راهنمایی', 'گزارش شفاهی هنگام تعویض شیفت', 'اجرای یک فعالیت برای ساکنان', 'شناختن نشانه‌های بیماری در یک ساکن', 'برنامه‌ریزی شیفت خود با کارهای ثابت'],
  ],
  // Tigrinya, same order as `tasks`
  ti: [
    ['ጽሬት ኢድን ምክልኻል ረኽስን', 'መግብን መስተን ምቕራብ', 'ዓራት ምንጻፍን ኣንሶላ ምቕያርን', 'ክፍልታት ምስራዕን ምጽራግን', 'ምስ ሓደ ነባሪ ምዝዋር'],
    ['ነበርቲ ክኽደኑ ምሕጋዝ', 'ምስ ነበርቲ ግዜ ምሕላፍ፦ ምዝርራብ፡ ምጽዋት፡ ምዝማር', 'ገለ ጸገም ምስ ዝህሉ ንሰራሕተኛታት ምሕባር', 'መዓልታዊ መደብ ክፍሊ ምኽታል', 'ምስ ሓደ ኣላዪ ኣብ ውልቃዊ ክንክን ምሕጋዝ'],
    ['ብመምርሒ ንሓደ ነባሪ ውልቃዊ ክንክን ምሃብ', 'ኣብ ምቕያር ፈረቓ ብኣፍ ጸብጻብ ምሃብ', 'ንነበርቲ ንጥፈት ምምራሕ', 'ሓደ ነባሪ ከም ዝሓመመ ዘርእዩ ምልክታት ምልላይ', 'ብዝተወሰኑ ዕዮታት ናይ ገዛእ ርእስኻ ፈረቓ ምውጣን'],
  ],
  // Somali, same order as `tasks`
  so: [
    ['Nadaafadda gacmaha iyo ka hortagga caabuqa', 'Bixi cuntada iyo cabitaannada', "Goglo sariiraha oo beddel go'yaasha", 'Habee oo tirtir qolalka', 'Socod la tag qof xarunta ku nool'],
    ['Ka caawi dadka xarunta ku nool inay lebistaan', 'Dadka ku nool la joog: la sheekee, la ciyaar, la heeso', 'U sheeg shaqaalaha marka wax khaldan yihiin', 'Raac qorshaha maalinlaha ah ee qaybta', 'Daryeele la caawi daryeelka shakhsiga ah'],
    ['Qof ku nool sii daryeel shakhsi ah adoo lagu hagayo', 'Warbixin afka ah bixi marka shaqada la wareegayo', 'Hogaami hawl loogu talagalay dadka ku nool', 'Garo calaamadaha muujinaya in qof ku nool uu xanuunsan yahay', "Qorshee wareeggaaga shaqada oo leh hawlo go'an"],
  ],
});

/** The elderly care (eldreomsorg) template as data (read-only: `createBranchLadder` gives a document to edit). */
export const ladderTemplate: LadderDocument = care.template;

/**
 * A fresh, valid LadderDocument from the elderly care (eldreomsorg) template: three phases, every task not
 * started. The same as `createLadder('care', options)`, without loading the other branches.
 * @throws TypeError for options that would make the document invalid.
 * @example const doc = createBranchLadder({ participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export function createBranchLadder(options: CreateLadderOptions = {}): LadderDocument {
  return care.create(options);
}
