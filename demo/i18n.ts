// The demo page's own words (the widgets translate themselves). Arabic and English are the
// demo's, unchecked by a fluent speaker; Nynorsk by the team (7 Dec 2026: a page in nn showed the
// widgets in Nynorsk inside bokmål chrome); other languages fall back to bokmål.
const strings = {
  nb: {
    skip: 'Hopp til innholdet', municipality: 'Fiktiv kommune', service: 'Flyktningtjenesten · saksbehandling', language: 'Språk',
    user: 'Ola Hansen, programrådgiver', case: 'Sak', since: 'Deltaker siden', adviser: 'Programrådgiver', 'mother-tongue': 'Morsmål',
    arabic: 'Arabisk', interpreter: 'Tolk', 'interpreter-yes': 'Ja, arabisk', goal: 'Sluttmål', 'goal-text': 'Arbeid innen renhold',
    status: 'Status', active: 'I program', fiction: 'Alle personer og data på denne siden er oppdiktet.', save: 'Lagre',
    reset: 'Tilbakestill skjema', log: 'Hendelseslogg', 'log-hint': 'Hver hendelse widgetene sender til vertssiden, nyeste først.',
    clear: 'Tøm loggen', dev: 'For utviklere: skjemadata og JSON', submitted: 'Innsendte skjemadata',
    'submitted-hint': 'Trykk «Lagre» for å se JSON-en hver widget sender med skjemaet.', paste: 'Lim inn et dokument', widget: 'Widget',
    'paste-apply': 'Sett som value', 'paste-current': 'Hent gjeldende value', tabs: 'Plan og oppfølging', view: 'Vertssiden:',
    participant: 'Deltakermodus', readonly: 'Skrivebeskyttet', compact: 'Kompakt', print: 'Skriv ut', undo: 'Angre', redo: 'Gjør om',
    branch: 'Bransje', 'branch-cleaning': 'Renhold', 'branch-shop': 'Butikk', 'branch-kitchen': 'Kjøkken og kantine', 'branch-kindergarten': 'Barnehage', 'branch-care': 'Eldreomsorg',
    saved: 'Lagret (se «For utviklere»).',
    'tab.plan-board': 'Ukeplan', 'tab.step-tracker': 'Steg', 'tab.task-ladder': 'Opplæring', 'tab.course-calendar': 'Kurs',
    'title.plan-board': 'Aminas ukeplan', 'title.step-tracker': 'Arbeidsrettet kurs: steg for steg',
    'title.task-ladder': 'Opplæringsplan i arbeidspraksis', 'title.course-calendar': 'Kurskalender vårsemesteret',
    'paste-empty': 'Feltet er tomt: lim inn et dokument først. Widgeten er uendret.', 'paste-ok': 'Tatt imot.', 'paste-kept': 'widgeten beholdt sitt siste gyldige dokument.',
    visible: 'Synlig',
  },
  nn: {
    skip: 'Hopp til innhaldet', municipality: 'Fiktiv kommune', service: 'Flyktningtenesta · sakshandsaming', language: 'Språk',
    user: 'Ola Hansen, programrådgjevar', case: 'Sak', since: 'Deltakar sidan', adviser: 'Programrådgjevar', 'mother-tongue': 'Morsmål',
    arabic: 'Arabisk', interpreter: 'Tolk', 'interpreter-yes': 'Ja, arabisk', goal: 'Sluttmål', 'goal-text': 'Arbeid innan reinhald',
    status: 'Status', active: 'I program', fiction: 'Alle personar og data på denne sida er oppdikta.', save: 'Lagre',
    reset: 'Tilbakestill skjema', log: 'Hendingslogg', 'log-hint': 'Kvar hending widgetane sender til vertssida, nyaste først.',
    clear: 'Tøm loggen', dev: 'For utviklarar: skjemadata og JSON', submitted: 'Innsende skjemadata',
    'submitted-hint': 'Trykk «Lagre» for å sjå JSON-en kvar widget sender med skjemaet.', paste: 'Lim inn eit dokument', widget: 'Widget',
    'paste-apply': 'Set som value', 'paste-current': 'Hent gjeldande value', tabs: 'Plan og oppfølging', view: 'Vertssida:',
    participant: 'Deltakarmodus', readonly: 'Skriveverna', compact: 'Kompakt', print: 'Skriv ut', undo: 'Angre', redo: 'Gjer om',
    branch: 'Bransje', 'branch-cleaning': 'Reinhald', 'branch-shop': 'Butikk', 'branch-kitchen': 'Kjøkken og kantine', 'branch-kindergarten': 'Barnehage', 'branch-care': 'Eldreomsorg',
    saved: 'Lagra (sjå «For utviklarar»).',
    'tab.plan-board': 'Vekeplan', 'tab.step-tracker': 'Steg', 'tab.task-ladder': 'Opplæring', 'tab.course-calendar': 'Kurs',
    'title.plan-board': 'Vekeplanen til Amina', 'title.step-tracker': 'Arbeidsretta kurs: steg for steg',
    'title.task-ladder': 'Opplæringsplan i arbeidspraksis', 'title.course-calendar': 'Kurskalender vårsemesteret',
    'paste-empty': 'Feltet er tomt: lim inn eit dokument først. Widgeten er uendra.', 'paste-ok': 'Teke imot.', 'paste-kept': 'widgeten heldt på det siste gyldige dokumentet sitt.',
    visible: 'Synleg',
  },
  en: {
    skip: 'Skip to content', municipality: 'Fictional municipality', service: 'Refugee services · case management', language: 'Language',
    user: 'Ola Hansen, programme adviser', case: 'Case', since: 'Participant since', adviser: 'Programme adviser', 'mother-tongue': 'Mother tongue',
    arabic: 'Arabic', interpreter: 'Interpreter', 'interpreter-yes': 'Yes, Arabic', goal: 'Goal', 'goal-text': 'Work in cleaning',
    status: 'Status', active: 'In programme', fiction: 'Every person and all data on this page are made up.', save: 'Save',
    reset: 'Reset form', log: 'Event log', 'log-hint': 'Every event the widgets send to the host page, newest first.',
    clear: 'Clear the log', dev: 'For developers: form data and JSON', submitted: 'Submitted form data',
    'submitted-hint': 'Press “Save” to see the JSON each widget submits with the form.', paste: 'Paste a document', widget: 'Widget',
    'paste-apply': 'Set as value', 'paste-current': 'Get current value', tabs: 'Plan and follow-up', view: 'Host page:',
    participant: 'Participant mode', readonly: 'Read-only', compact: 'Compact', print: 'Print', undo: 'Undo', redo: 'Redo',
    branch: 'Branch', 'branch-cleaning': 'Cleaning', 'branch-shop': 'Shop', 'branch-kitchen': 'Kitchen and canteen', 'branch-kindergarten': 'Kindergarten', 'branch-care': 'Elderly care',
    saved: 'Saved (see “For developers”).',
    'tab.plan-board': 'Week plan', 'tab.step-tracker': 'Steps', 'tab.task-ladder': 'Training', 'tab.course-calendar': 'Courses',
    'title.plan-board': 'Amina’s week plan', 'title.step-tracker': 'Work-oriented course: step by step',
    'title.task-ladder': 'Work-practice training plan', 'title.course-calendar': 'Spring term course calendar',
    'paste-empty': 'The box is empty: paste a document first. The widget is unchanged.', 'paste-ok': 'Accepted.', 'paste-kept': 'the widget kept its last valid document.',
    visible: 'Showing',
  },
  ar: {
    skip: 'انتقل إلى المحتوى', municipality: 'بلدية خيالية', service: 'خدمة اللاجئين · إدارة الحالات', language: 'اللغة',
    user: 'أولا هانسن، مستشار البرنامج', case: 'الملف', since: 'مشاركة منذ', adviser: 'مستشارة البرنامج', 'mother-tongue': 'اللغة الأم',
    arabic: 'العربية', interpreter: 'مترجم', 'interpreter-yes': 'نعم، العربية', goal: 'الهدف', 'goal-text': 'العمل في التنظيف',
    status: 'الحالة', active: 'في البرنامج', fiction: 'جميع الأشخاص والبيانات في هذه الصفحة خيالية.', save: 'حفظ',
    reset: 'إعادة تعيين النموذج', log: 'سجل الأحداث', 'log-hint': 'كل حدث ترسله الأدوات إلى الصفحة، الأحدث أولاً.',
    clear: 'مسح السجل', dev: 'للمطورين: بيانات النموذج و JSON', submitted: 'بيانات النموذج المرسلة',
    'submitted-hint': 'اضغط «حفظ» لرؤية JSON الذي ترسله كل أداة مع النموذج.', paste: 'الصق مستندًا', widget: 'الأداة',
    'paste-apply': 'تعيين كقيمة', 'paste-current': 'جلب القيمة الحالية', tabs: 'الخطة والمتابعة', view: 'الصفحة المضيفة:',
    participant: 'وضع المشارك', readonly: 'للقراءة فقط', compact: 'مضغوط', print: 'طباعة', undo: 'تراجع', redo: 'إعادة',
    branch: 'المجال', 'branch-cleaning': 'التنظيف', 'branch-shop': 'المتجر', 'branch-kitchen': 'المطبخ والمقصف', 'branch-kindergarten': 'روضة الأطفال', 'branch-care': 'رعاية المسنين',
    saved: 'تم الحفظ (انظر «للمطورين»).',
    'tab.plan-board': 'خطة الأسبوع', 'tab.step-tracker': 'الخطوات', 'tab.task-ladder': 'التدريب', 'tab.course-calendar': 'الدورات',
    'title.plan-board': 'خطة أمينة الأسبوعية', 'title.step-tracker': 'دورة موجهة نحو العمل: خطوة بخطوة',
    'title.task-ladder': 'خطة التدريب في التطبيق العملي', 'title.course-calendar': 'تقويم دورات فصل الربيع',
    'paste-empty': 'الحقل فارغ: الصق مستندًا أولاً. لم تتغير الأداة.', 'paste-ok': 'تم القبول.', 'paste-kept': 'احتفظت الأداة بآخر مستند صالح.',
    visible: 'المعروض',
  },
} as const;

export type DemoString = keyof (typeof strings)['nb'];
let current: keyof typeof strings = 'nb';

/** The demo's word for `key` in the page language (bokmål when the demo has none). */
export function t(key: DemoString): string {
  return (strings[current] as Record<string, string>)[key] ?? strings.nb[key];
}

/** Switches the demo's own words; elements with data-i18n follow, others re-render through onChange. */
export function setDemoLanguage(lang: string): void {
  current = lang in strings ? (lang as keyof typeof strings) : 'nb';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as DemoString);
  for (const listener of listeners) listener();
}
const listeners: Array<() => void> = [];
export function onDemoLanguage(listener: () => void): void {
  listeners.push(listener);
}
