import type { Text } from '../core/types.js';
import { checkLadderDocument } from '../task-ladder/task-ladder.model.js';
import { ladderBranches, type LadderBranch, type LadderDocument, type Phase } from '../task-ladder/task-ladder.types.js';

// Branch training plans in our own words, all with the same structure: phase 1 simple, concrete
// tasks; phase 2 wider tasks; phase 3 responsibility and independence. nb and en written by the
// team; nn (ladder and phase titles) and ar, uk, ti, so and fa (all titles and every task) are
// machine-written and need review by a fluent speaker (`presetTranslations`, docs/translations.md).

type TitleLang = 'nb' | 'nn' | 'en' | 'ar' | 'uk' | 'ti' | 'so' | 'fa';
type FullText = Record<TitleLang, string>;
/** A template task: pictogram, then nb, en, ar, uk. */
type TaskRow = readonly [pictogram: string, nb: string, en: string, ar: string, uk: string];

const phaseTitles: readonly FullText[] = [
  { nb: 'Enkle, konkrete oppgaver', nn: 'Enkle, konkrete oppgåver', en: 'Simple, concrete tasks', ar: 'مهام بسيطة وملموسة', uk: 'Прості, конкретні завдання', ti: 'ቀለልቲ ተግባራዊ ዕዮታት', so: 'Hawlo fudud oo la taaban karo', fa: 'کارهای ساده و عملی' },
  { nb: 'Flere og bredere oppgaver', nn: 'Fleire og breiare oppgåver', en: 'More and wider tasks', ar: 'مهام أكثر وأوسع', uk: 'Більше й ширші завдання', ti: 'ዝበዝሑን ዝሰፍሑን ዕዮታት', so: 'Hawlo badan oo ballaaran', fa: 'کارهای بیشتر و گسترده‌تر' },
  { nb: 'Ansvar og selvstendighet', nn: 'Ansvar og sjølvstende', en: 'Responsibility and independence', ar: 'المسؤولية والاستقلالية', uk: 'Відповідальність і самостійність', ti: 'ሓላፍነትን ናጽነትን', so: "Mas'uuliyad iyo madax-bannaanni", fa: 'مسئولیت و استقلال' },
];

const planWord: FullText = { nb: 'Opplæringsplan', nn: 'Opplæringsplan', en: 'Training plan', ar: 'خطة التدريب', uk: 'План навчання', ti: 'መደብ ስልጠና', so: 'Qorshaha tababarka', fa: 'برنامه آموزشی' };

const branchNames: Record<LadderBranch, FullText> = {
  cleaning: { nb: 'renhold', nn: 'reinhald', en: 'cleaning', ar: 'التنظيف', uk: 'прибирання', ti: 'ጽሬት', so: 'nadaafad', fa: 'نظافت' },
  shop: { nb: 'butikk', nn: 'butikk', en: 'shop', ar: 'المتجر', uk: 'магазин', ti: 'ድኳን', so: 'dukaan', fa: 'فروشگاه' },
  kitchen: { nb: 'kjøkken og kantine', nn: 'kjøkken og kantine', en: 'kitchen and canteen', ar: 'المطبخ والمقصف', uk: 'кухня та їдальня', ti: 'ክሽነን ካንቲንን', so: 'jikada iyo makhaayadda', fa: 'آشپزخانه و غذاخوری' },
  kindergarten: { nb: 'barnehage', nn: 'barnehage', en: 'kindergarten', ar: 'روضة الأطفال', uk: 'дитячий садок', ti: 'መውዓሊ ህጻናት', so: 'xannaanada carruurta', fa: 'مهدکودک' },
  care: { nb: 'eldreomsorg', nn: 'eldreomsorg', en: 'elderly care', ar: 'رعاية المسنين', uk: 'догляд за літніми людьми', ti: 'ክንክን ኣረጋውያን', so: 'daryeelka waayeelka', fa: 'مراقبت از سالمندان' },
};

const tasks: Record<LadderBranch, readonly (readonly TaskRow[])[]> = {
  cleaning: [
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
  shop: [
    [
      ['vk:shelves', 'Fylle varer i hyllene', 'Stock the shelves', 'ترتيب البضائع على الرفوف', 'Викладати товари на полиці'],
      ['vk:fruit-veg', 'Sortere frukt og grønt og fjerne dårlige varer', 'Sort fruit and vegetables and remove bad produce', 'فرز الفواكه والخضار وإزالة التالف منها', 'Сортувати овочі й фрукти та прибирати зіпсовані'],
      ['vk:price-tag', 'Sette på prislapper', 'Put on price labels', 'وضع ملصقات الأسعار', 'Наклеювати цінники'],
      ['vk:trash', 'Ta hånd om panteflasker og papp', 'Handle bottle returns and cardboard', 'التعامل مع الزجاجات المرتجعة والكرتون', 'Приймати пляшки й утилізувати картон'],
      ['vk:cleaning', 'Holde butikken ryddig og ren', 'Keep the shop tidy and clean', 'الحفاظ على المتجر مرتبًا ونظيفًا', 'Підтримувати порядок і чистоту в магазині'],
    ],
    [
      ['vk:clock', 'Sjekke datoer og rotere varer (først inn, først ut)', 'Check dates and rotate stock (first in, first out)', 'فحص تواريخ الصلاحية وتدوير البضائع', 'Перевіряти терміни придатності й ротувати товар'],
      ['vk:warehouse', 'Ta imot varelevering og rydde lageret', 'Receive deliveries and tidy the stockroom', 'استلام البضائع وترتيب المستودع', 'Приймати поставки й прибирати склад'],
      ['vk:customer-service', 'Hjelpe kunder å finne varer', 'Help customers find goods', 'مساعدة الزبائن في العثور على البضائع', 'Допомагати покупцям знаходити товари'],
      ['vk:money', 'Kjenne igjen mynter og sedler', 'Recognise coins and notes', 'التعرف على القطع النقدية والأوراق النقدية', 'Розпізнавати монети й банкноти'],
      ['vk:computer', 'Bruke håndterminal til varetelling', 'Use the handheld scanner to count stock', 'استخدام الجهاز المحمول لجرد البضائع', 'Користуватися сканером для інвентаризації'],
    ],
    [
      ['vk:checkout', 'Sitte i kassen', 'Work the checkout', 'العمل على الصندوق', 'Працювати на касі'],
      ['vk:customer-service', 'Ta imot reklamasjoner og bytte varer', 'Handle returns and exchanges', 'التعامل مع الإرجاع والاستبدال', 'Оформлювати повернення й обмін'],
      ['vk:shelves', 'Ha ansvar for en avdeling', 'Be responsible for a section', 'تحمّل مسؤولية قسم', 'Відповідати за відділ'],
      ['vk:writing', 'Lage bestillingsliste', 'Make an order list', 'إعداد قائمة الطلبات', 'Складати список замовлень'],
      ['vk:calendar', 'Åpne eller stenge butikken sammen med leder', 'Open or close the shop with the manager', 'فتح المتجر أو إغلاقه مع المدير', 'Відкривати чи закривати магазин разом із керівником'],
    ],
  ],
  kitchen: [
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
  kindergarten: [
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
  care: [
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
};

// Persian (fa, also read by Dari speakers): machine-written, needs review. Same order as `tasks`.
const persianTasks: Record<LadderBranch, readonly (readonly string[])[]> = {
  cleaning: [
    ['شستن دست‌ها و استفادهٔ درست از دستکش', 'خالی کردن سطل‌های زباله و تفکیک زباله', 'گردگیری میزها و قفسه‌ها', 'جاروبرقی کشیدن کف', 'شستن کف با مقدار درست مادهٔ شوینده'],
    ['تمیز کردن توالت‌ها و روشویی‌ها', 'شستن و عوض کردن تی و دستمال', 'پیروی از برنامهٔ نظافت یک بخش', 'انتخاب مادهٔ شیمیایی درست و خواندن علائم خطر', 'ضدعفونی کردن نقاط تماس مانند دستگیره‌ها و کلیدها'],
    ['برنامه‌ریزی روز کاری خود', 'بررسی و سفارش وسایل و لوازم مصرفی', 'صحبت با مشتریان و پاسخ به سؤال‌ها', 'پر کردن فرم نظافت و گزارش مشکلات', 'مسئولیت یک بخش به‌تنهایی'],
  ],
  shop: [
    ['چیدن کالا در قفسه‌ها', 'جدا کردن میوه و سبزی و برداشتن کالای خراب', 'زدن برچسب قیمت', 'رسیدگی به بطری‌های برگشتی و کارتن‌ها', 'مرتب و تمیز نگه داشتن فروشگاه'],
    ['بررسی تاریخ‌ها و چرخش کالا (اول وارد، اول خارج)', 'تحویل گرفتن بار و مرتب کردن انبار', 'کمک به مشتریان برای پیدا کردن کالا', 'شناختن سکه‌ها و اسکناس‌ها', 'استفاده از دستگاه دستی برای شمارش کالا'],
    ['کار پشت صندوق', 'رسیدگی به مرجوعی و تعویض کالا', 'مسئولیت یک بخش', 'نوشتن فهرست سفارش', 'باز یا بسته کردن فروشگاه همراه مدیر'],
  ],
  kitchen: [
    ['بهداشت: دست‌ها، لباس کار و مو', 'شستن ظرف‌ها و پر کردن ماشین ظرفشویی', 'شستن و خرد کردن سبزیجات', 'پاک کردن سطح کار و میزها', 'تفکیک پسماند غذایی'],
    ['پختن غذاهای ساده با دستور پخت', 'چیدن و سرو غذا در غذاخوری', 'اندازه‌گیری و ثبت دمای یخچال', 'تحویل گرفتن مواد و نگهداری درست آن‌ها', 'شناختن مواد حساسیت‌زا'],
    ['پختن غذای روز همراه آشپز', 'خدمت به مشتریان پشت صندوق', 'پیروی از کنترل بهداشت غذا و پر کردن فرم‌ها', 'برنامه‌ریزی مقدارها و سفارش مواد', 'مسئولیت یک شیفت در آشپزخانه'],
  ],
  kindergarten: [
    ['شستن دست‌ها با کودکان پیش از غذا', 'چیدن و جمع کردن سفره', 'بازی با کودکان در داخل', 'همراهی و مراقبت از کودکان در بیرون', 'جمع کردن اسباب‌بازی‌ها و مرتب کردن رختکن'],
    ['کمک به کودکان برای لباس پوشیدن', 'کتاب خواندن و آواز خواندن با کودکان', 'کمک در عوض کردن پوشک و خواب', 'صحبت به نروژی با کودکان در زندگی روزمره', 'شناختن روال آتش‌سوزی و کمک‌های اولیه'],
    ['اجرای یک فعالیت برای گروهی کوچک', 'استقبال از کودکان و والدین در رختکن', 'شرکت در جلسهٔ بخش', 'نوشتن پیامی کوتاه برای والدین', 'برنامه‌ریزی یک روز از هفته همراه مربی'],
  ],
  care: [
    ['بهداشت دست و پیشگیری از عفونت', 'سرو غذا و نوشیدنی', 'مرتب کردن تخت‌ها و عوض کردن ملافه', 'مرتب و تمیز کردن اتاق‌ها', 'پیاده‌روی با یکی از ساکنان'],
    ['کمک به ساکنان برای لباس پوشیدن', 'همراهی با ساکنان: گفت‌وگو، بازی، آواز', 'خبر دادن به کارکنان وقتی مشکلی هست', 'پیروی از برنامهٔ روزانهٔ بخش', 'کمک در مراقبت شخصی همراه یک مراقب'],
    ['مراقبت شخصی از یک ساکن با راهنمایی', 'گزارش شفاهی هنگام تعویض شیفت', 'اجرای یک فعالیت برای ساکنان', 'شناختن نشانه‌های بیماری در یک ساکن', 'برنامه‌ریزی شیفت خود با کارهای ثابت'],
  ],
};

// Tigrinya (ti) and Somali (so): machine-written, need review by a fluent speaker. Same order as `tasks`.
const tigrinyaTasks: Record<LadderBranch, readonly (readonly string[])[]> = {
  cleaning: [
    ['ኣእዳው ምሕጻብን ጓንቲ ብግቡእ ምጥቃምን', 'ጓሓፍ ምርጋፍን ምፍላይን', 'ኣብ ጠረጴዛታትን መደርደሪታትን ዘሎ ደሮና ምጽራግ', 'ባይታ ብቫኩም ምጽራይ', 'ባይታ ብልክዕ መጠን ሳሙና ምሕጻብ'],
    ['ሽቓቕን መሕጸቢ ኢድን ምጽራይ', 'መጽረጊታትን ጨርቅታትን ምሕጻብን ምቕያርን', 'ንሓደ ቦታ መደብ ጽሬት ምኽታል', 'ቅኑዕ ኬሚካል ምምራጽን ምልክታት ሓደጋ ምንባብን', 'ከም መትሓዚ ማዕጾን መወልዓዊ መብራህትን ዝኣመሰሉ ዝትንከፉ ቦታታት ካብ ረኽሲ ምጽራይ'],
    ['ናይ ገዛእ ርእስኻ መዓልቲ ስራሕ ምውጣን', 'መሳርሒታትን ኣቑሑትን ምፍታሽን ምእዛዝን', 'ምስ ዓማዊል ምዝራብን ሕቶታት ምምላስን', 'ቅጥዒ ጽሬት ምምላእን ጸገማት ምሕባርን', 'ንሓደ ቦታ በይንኻ ሓላፍነት ምውሳድ'],
  ],
  shop: [
    ['ኣቑሑት ኣብ መደርደሪ ምምላእ', 'ፍረታትን ኣሕምልትን ምፍላይን ዝተበላሸዉ ምእላይን', 'ምልክት ዋጋ ምልጣፍ', 'ዝምለሱ ጥርሙዛትን ካርቶንን ምእላይ', 'ድኳን ስሩዕን ጽሩይን ምሓዝ'],
    ['ዕለታት ምፍታሽን ኣቑሑት ምቕያርን (ዝቐደመ ዝኣተወ ቀዲሙ ይወጽእ)', 'ዝመጽእ ኣቑሑት ምቕባልን መኽዘን ምስራዕን', 'ዓማዊል ኣቑሑት ክረኽቡ ምሕጋዝ', 'ሳንቲምን ወረቐት ገንዘብን ምልላይ', 'ኣቑሑት ንምቑጻር ናይ ኢድ መሳርሒ ምጥቃም'],
    ['ኣብ ካሻ ምስራሕ', 'ዝምለሱን ዝቕየሩን ኣቑሑት ምእላይ', 'ንሓደ ክፍሊ ሓላፍነት ምውሳድ', 'ዝርዝር ትእዛዝ ምድላው', 'ምስ ሓላፊ ድኳን ምኽፋት ወይ ምዕጻው'],
  ],
  kitchen: [
    ['ጽሬት፦ ኣእዳው፡ ክዳን ስራሕን ጸጉርን', 'ኣቕሑ ምሕጻብን መሕጸቢ ኣቕሑ ምምላእን', 'ኣሕምልቲ ምሕጻብን ምቑራጽን', 'መስርሕ ቦታታትን ጠረጴዛታትን ምጽራግ', 'ተረፍ መግቢ ምፍላይ'],
    ['ብመምርሒ ኣሰራርሓ ቀለልቲ መግብታት ምስራሕ', 'ኣብ ካንቲን መግቢ ምቕራብን ምስራዕን', 'ሙቐት ፍሪጅ ምዕቃንን ምምዝጋብን', 'ኣቑሑት ምቕባልን ብግቡእ ምዕቃብን', 'ኣለርጂ ዘምጽኡ ነገራት ምፍላጥ'],
    ['ምስ ከሻኒ መግቢ ናይ መዓልቲ ምስራሕ', 'ኣብ ካሻ ዓማዊል ምግልጋል', 'ስርዓት ድሕንነት መግቢ ምኽታልን ቅጥዒ ምምላእን', 'መጠን ምውጣንን ኣቑሑት ምእዛዝን', 'ንሓደ ፈረቓ ስራሕ ኣብ ክሽነ ሓላፍነት ምውሳድ'],
  ],
  kindergarten: [
    ['ቅድሚ መግቢ ምስ ቆልዑ ኣእዳው ምሕጻብ', 'ጠረጴዛ ምድላውን ድሕሪ መግቢ ምእካብን', 'ኣብ ውሽጢ ምስ ቆልዑ ምጽዋት', 'ምስ ቆልዑ ኣብ ደገ ምውጻእን ምክትታሎምን', 'መጻወቲታትን ክፍሊ ክዳንን ምስራዕ'],
    ['ቆልዑ ክኽደኑ ምሕጋዝ', 'ምስ ቆልዑ ምንባብን ምዝማርን', 'ኣብ ምቕያር ዳይፐርን ድቃስን ምሕጋዝ', 'መዓልታዊ ምስ ቆልዑ ኖርወይኛ ምዝራብ', 'ስርዓት ሓዊ ባርዕን ቀዳማይ ረዲኤትን ምፍላጥ'],
    ['ንንእሽቶ ጉጅለ ንጥፈት ምምራሕ', 'ኣብ ክፍሊ ክዳን ንቆልዑን ወለድን ምቕባል', 'ኣብ ኣኼባ ክፍሊ ምስታፍ', 'ንወለዲ ሓጺር መልእኽቲ ምጽሓፍ', 'ምስ መምህር ሓንቲ መዓልቲ ሰሙን ምውጣን'],
  ],
  care: [
    ['ጽሬት ኢድን ምክልኻል ረኽስን', 'መግብን መስተን ምቕራብ', 'ዓራት ምንጻፍን ኣንሶላ ምቕያርን', 'ክፍልታት ምስራዕን ምጽራግን', 'ምስ ሓደ ነባሪ ምዝዋር'],
    ['ነበርቲ ክኽደኑ ምሕጋዝ', 'ምስ ነበርቲ ግዜ ምሕላፍ፦ ምዝርራብ፡ ምጽዋት፡ ምዝማር', 'ገለ ጸገም ምስ ዝህሉ ንሰራሕተኛታት ምሕባር', 'መዓልታዊ መደብ ክፍሊ ምኽታል', 'ምስ ሓደ ኣላዪ ኣብ ውልቃዊ ክንክን ምሕጋዝ'],
    ['ብመምርሒ ንሓደ ነባሪ ውልቃዊ ክንክን ምሃብ', 'ኣብ ምቕያር ፈረቓ ብኣፍ ጸብጻብ ምሃብ', 'ንነበርቲ ንጥፈት ምምራሕ', 'ሓደ ነባሪ ከም ዝሓመመ ዘርእዩ ምልክታት ምልላይ', 'ብዝተወሰኑ ዕዮታት ናይ ገዛእ ርእስኻ ፈረቓ ምውጣን'],
  ],
};

const somaliTasks: Record<LadderBranch, readonly (readonly string[])[]> = {
  cleaning: [
    ['Gacmaha dhaq oo si sax ah u isticmaal gacmo-gashiyada', 'Faaruqi weelasha qashinka oo kala sooc qashinka', 'Boodhka ka tirtir miisaska iyo khaanadaha', 'Dabaqa ku nadiifi makiinadda boodhka', 'Dabaqa ku dhaq qadar sax ah oo saabuun ah'],
    ['Nadiifi musqulaha iyo weelasha gacmo-dhaqa', 'Dhaq oo beddel masaxaadaha iyo marriyadaha', 'Raac qorshaha nadaafadda ee hal aag', 'Dooro kiimikada saxda ah oo akhri calaamadaha khatarta', 'Jeermis ka dil meelaha la taabto sida gacan-qabsiga albaabka iyo furayaasha nalka'],
    ['Qorshee maalintaada shaqada', 'Hubi oo dalbo qalabka iyo agabka la isticmaalo', "La hadal macaamiisha oo ka jawaab su'aalaha", 'Buuxi foomka nadaafadda oo soo sheeg dhibaatooyinka', "Kaligaa mas'uul ka noqo hal aag"],
  ],
  shop: [
    ['Alaabta dhig khaanadaha', 'Kala sooc khudaarta iyo miraha oo ka saar kuwa xumaaday', 'Ku dheji calaamadaha qiimaha', 'Maamul dhalooyinka la soo celiyo iyo kartoonada', 'Dukaanka ka dhig mid habaysan oo nadiif ah'],
    ['Hubi taariikhaha oo wareeji alaabta (kii hore yimid, kii hore baxa)', 'Qaabil alaabta la keeno oo habee bakhaarka', 'Ka caawi macaamiisha inay alaabta helaan', 'Aqoonso qadaadiicda iyo waraaqaha lacagta', 'Isticmaal qalabka gacanta si aad u tiriso alaabta'],
    ['Ka shaqee khasnadda', 'Maamul alaabta la soo celiyo iyo isweydaarsiga', "Mas'uul ka noqo hal qayb", 'Samee liiska dalabka', 'Maamulaha la fur ama la xir dukaanka'],
  ],
  kitchen: [
    ['Nadaafadda: gacmaha, dharka shaqada iyo timaha', 'Dhaq weelasha oo buuxi mashiinka weelka', 'Biyo mari oo jar khudaarta', 'Tirtir miisaska shaqada iyo miisaska', 'Kala sooc haraaga cuntada'],
    ['Karso cunto fudud adoo raacaya habka karinta', 'Cuntada u diyaari oo dhig makhaayadda', 'Cabbir oo qor heerkulka qaboojiyaha', 'Qaabil alaabta oo si sax ah u kaydi', 'Bar waxyaabaha xasaasiyadda keena'],
    ['Kuugga la samee cuntada maanta', 'U adeeg macaamiisha khasnadda', 'Raac nidaamka badbaadada cuntada oo buuxi foomamka', 'Qorshee tirada oo dalbo alaabta', "Mas'uul ka noqo hal wareeg oo jikada ah"],
  ],
  kindergarten: [
    ['Carruurta la dhaq gacmaha ka hor cuntada', 'Diyaari oo nadiifi miiska', 'Carruurta la ciyaar gudaha', 'Carruurta la joog bannaanka oo ilaali', 'Habee alaabta ciyaarta iyo qolka dharka'],
    ['Ka caawi carruurta inay lebistaan', 'Carruurta la akhri oo la heeso', 'Ka caawi beddelidda xafaayadaha iyo hurdada', 'Maalin walba carruurta kula hadal af Norwiiji', 'Bar nidaamka dabka iyo gargaarka degdegga ah'],
    ['Hogaami hawl koox yar', 'Ku soo dhawee carruurta iyo waalidka qolka dharka', 'Ka qayb gal shirka qaybta', 'U qor waalidka fariin gaaban', 'Macallinka la qorshee hal maalin oo toddobaadka ah'],
  ],
  care: [
    ['Nadaafadda gacmaha iyo ka hortagga caabuqa', 'Bixi cuntada iyo cabitaannada', "Goglo sariiraha oo beddel go'yaasha", 'Habee oo tirtir qolalka', 'Socod la tag qof xarunta ku nool'],
    ['Ka caawi dadka xarunta ku nool inay lebistaan', 'Dadka ku nool la joog: la sheekee, la ciyaar, la heeso', 'U sheeg shaqaalaha marka wax khaldan yihiin', 'Raac qorshaha maalinlaha ah ee qaybta', 'Daryeele la caawi daryeelka shakhsiga ah'],
    ['Qof ku nool sii daryeel shakhsi ah adoo lagu hagayo', 'Warbixin afka ah bixi marka shaqada la wareegayo', 'Hogaami hawl loogu talagalay dadka ku nool', 'Garo calaamadaha muujinaya in qof ku nool uu xanuunsan yahay', "Qorshee wareeggaaga shaqada oo leh hawlo go'an"],
  ],
};

const titleLangs = Object.keys(planWord) as TitleLang[];

function ladderTitle(branch: LadderBranch): Text {
  const title: Record<string, string> = {};
  for (const lang of titleLangs) title[lang] = `${planWord[lang]}: ${branchNames[branch][lang]}`;
  return title;
}

const optional = (lang: string, text: string | undefined): Record<string, string> => (text ? { [lang]: text } : {});

function buildTemplate(branch: LadderBranch): LadderDocument {
  const phases: Phase[] = tasks[branch].map((rows, p) => ({
    id: `${branch}-p${p + 1}`,
    title: { ...phaseTitles[p] },
    tasks: rows.map(([pictogram, nb, en, ar, uk], t) => ({
      id: `${branch}-p${p + 1}-t${t + 1}`,
      title: { nb, en, ar, uk, ...optional('ti', tigrinyaTasks[branch][p]?.[t]), ...optional('so', somaliTasks[branch][p]?.[t]), ...optional('fa', persianTasks[branch][p]?.[t]) },
      pictogram,
      level: 'not-started' as const,
    })),
  }));
  return { version: 1, title: ladderTitle(branch), branch, phases };
}

/** The five branch templates as data (read-only: use `createLadder` for a document to edit). */
export const ladderTemplates: Readonly<Record<LadderBranch, LadderDocument>> = Object.fromEntries(
  ladderBranches.map((branch) => [branch, buildTemplate(branch)]),
) as Record<LadderBranch, LadderDocument>;

export interface CreateLadderOptions {
  /** The participant's language, e.g. `"ar"`: tasks show Norwegian first and this language under it. */
  participantLanguage?: string;
  /** The mentor ("fadder") at the workplace; prefilled when signing tasks off. */
  mentor?: string | { name: string };
  /** Replaces the template's title. */
  title?: Text;
}

/**
 * A fresh, valid LadderDocument from a branch template (cleaning, shop, kitchen, kindergarten or
 * care): three phases, every task not started. Safe to edit; each call returns a new copy.
 * @throws TypeError for an unknown branch or options that would make the document invalid.
 * @example const doc = createLadder('kitchen', { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export function createLadder(branch: LadderBranch, options: CreateLadderOptions = {}): LadderDocument {
  if (!(ladderBranches as readonly string[]).includes(branch)) throw new TypeError(`createLadder: unknown branch "${String(branch)}" (expected one of ${ladderBranches.join(', ')})`);
  const doc: Record<string, unknown> = structuredClone(ladderTemplates[branch]) as unknown as Record<string, unknown>;
  if (options.title !== undefined) doc.title = options.title;
  if (options.participantLanguage) doc.participantLanguage = options.participantLanguage;
  if (options.mentor) doc.mentor = typeof options.mentor === 'string' ? { name: options.mentor } : { name: options.mentor.name };
  const checked = checkLadderDocument(doc);
  if (!checked.ok) throw new TypeError(`createLadder: ${checked.error.message}`);
  return checked.document;
}
