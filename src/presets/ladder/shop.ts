import type { LadderDocument } from '../../task-ladder/task-ladder.types.js';
import { branchLadder, type CreateLadderOptions } from './common.js';

// The shop (butikk) training plan: nb and en by the team; nn (the title), ar, uk, ti, so and fa
// machine-written, to be reviewed by a fluent speaker (`presetTranslations`, docs/translations.md).
const shop = branchLadder('shop', {
  name: { nb: 'butikk', nn: 'butikk', en: 'shop', ar: 'المتجر', uk: 'магазин', ti: 'ድኳን', so: 'dukaan', fa: 'فروشگاه' },
  // pictogram, nb, en, ar, uk — per phase
  tasks: [
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
  // Persian (also read by Dari speakers), same order as `tasks`
  fa: [
    ['چیدن کالا در قفسه‌ها', 'جدا کردن میوه و سبزی و برداشتن کالای خراب', 'زدن برچسب قیمت', 'رسیدگی به بطری‌های برگشتی و کارتن‌ها', 'مرتب و تمیز نگه داشتن فروشگاه'],
    ['بررسی تاریخ‌ها و چرخش کالا (اول وارد، اول خارج)', 'تحویل گرفتن بار و مرتب کردن انبار', 'کمک به مشتریان برای پیدا کردن کالا', 'شناختن سکه‌ها و اسکناس‌ها', 'استفاده از دستگاه دستی برای شمارش کالا'],
    ['کار پشت صندوق', 'رسیدگی به مرجوعی و تعویض کالا', 'مسئولیت یک بخش', 'نوشتن فهرست سفارش', 'باز یا بسته کردن فروشگاه همراه مدیر'],
  ],
  // Tigrinya, same order as `tasks`
  ti: [
    ['ኣቑሑት ኣብ መደርደሪ ምምላእ', 'ፍረታትን ኣሕምልትን ምፍላይን ዝተበላሸዉ ምእላይን', 'ምልክት ዋጋ ምልጣፍ', 'ዝምለሱ ጥርሙዛትን ካርቶንን ምእላይ', 'ድኳን ስሩዕን ጽሩይን ምሓዝ'],
    ['ዕለታት ምፍታሽን ኣቑሑት ምቕያርን (ዝቐደመ ዝኣተወ ቀዲሙ ይወጽእ)', 'ዝመጽእ ኣቑሑት ምቕባልን መኽዘን ምስራዕን', 'ዓማዊል ኣቑሑት ክረኽቡ ምሕጋዝ', 'ሳንቲምን ወረቐት ገንዘብን ምልላይ', 'ኣቑሑት ንምቑጻር ናይ ኢድ መሳርሒ ምጥቃም'],
    ['ኣብ ካሻ ምስራሕ', 'ዝምለሱን ዝቕየሩን ኣቑሑት ምእላይ', 'ንሓደ ክፍሊ ሓላፍነት ምውሳድ', 'ዝርዝር ትእዛዝ ምድላው', 'ምስ ሓላፊ ድኳን ምኽፋት ወይ ምዕጻው'],
  ],
  // Somali, same order as `tasks`
  so: [
    ['Alaabta dhig khaanadaha', 'Kala sooc khudaarta iyo miraha oo ka saar kuwa xumaaday', 'Ku dheji calaamadaha qiimaha', 'Maamul dhalooyinka la soo celiyo iyo kartoonada', 'Dukaanka ka dhig mid habaysan oo nadiif ah'],
    ['Hubi taariikhaha oo wareeji alaabta (kii hore yimid, kii hore baxa)', 'Qaabil alaabta la keeno oo habee bakhaarka', 'Ka caawi macaamiisha inay alaabta helaan', 'Aqoonso qadaadiicda iyo waraaqaha lacagta', 'Isticmaal qalabka gacanta si aad u tiriso alaabta'],
    ['Ka shaqee khasnadda', 'Maamul alaabta la soo celiyo iyo isweydaarsiga', "Mas'uul ka noqo hal qayb", 'Samee liiska dalabka', 'Maamulaha la fur ama la xir dukaanka'],
  ],
});

/** The shop (butikk) template as data (read-only: `createBranchLadder` gives a document to edit). */
export const ladderTemplate: LadderDocument = shop.template;

/**
 * A fresh, valid LadderDocument from the shop (butikk) template: three phases, every task not
 * started. The same as `createLadder('shop', options)`, without loading the other branches.
 * @throws TypeError for options that would make the document invalid.
 * @example const doc = createBranchLadder({ participantLanguage: 'ar', mentor: 'Kari Nordmann' });
 */
export function createBranchLadder(options: CreateLadderOptions = {}): LadderDocument {
  return shop.create(options);
}
