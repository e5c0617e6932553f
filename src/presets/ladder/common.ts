import type { Text } from '../../core/types.js';
import { checkLadderDocument } from '../../task-ladder/task-ladder.model.js';
import type { LadderBranch, LadderDocument, Phase } from '../../task-ladder/task-ladder.types.js';

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

/** One branch's texts: its name in the title, and its tasks per phase (task rows, and the ti, so and fa titles in the same order). */
export interface BranchTexts {
  readonly name: FullText;
  readonly tasks: readonly (readonly TaskRow[])[];
  readonly fa: readonly (readonly string[])[];
  readonly ti: readonly (readonly string[])[];
  readonly so: readonly (readonly string[])[];
}

const titleLangs = Object.keys(planWord) as TitleLang[];

const optional = (lang: string, text: string | undefined): Record<string, string> => (text ? { [lang]: text } : {});

function buildTemplate(branch: LadderBranch, texts: BranchTexts): LadderDocument {
  const title: Record<string, string> = {};
  for (const lang of titleLangs) title[lang] = `${planWord[lang]}: ${texts.name[lang]}`;
  const phases: Phase[] = texts.tasks.map((rows, p) => ({
    id: `${branch}-p${p + 1}`,
    title: { ...phaseTitles[p] },
    tasks: rows.map(([pictogram, nb, en, ar, uk], t) => ({
      id: `${branch}-p${p + 1}-t${t + 1}`,
      title: { nb, en, ar, uk, ...optional('ti', texts.ti[p]?.[t]), ...optional('so', texts.so[p]?.[t]), ...optional('fa', texts.fa[p]?.[t]) },
      pictogram,
      level: 'not-started' as const,
    })),
  }));
  return { version: 1, title, branch, phases };
}

export interface CreateLadderOptions {
  /** The participant's language, e.g. `"ar"`: tasks show Norwegian first and this language under it. */
  participantLanguage?: string;
  /** The mentor ("fadder") at the workplace; prefilled when signing tasks off. */
  mentor?: string | { name: string };
  /** Replaces the template's title. */
  title?: Text;
}


/** A fresh, valid copy of `template` with the options applied; TypeError when they make it invalid. */
function fromTemplate(template: LadderDocument, options: CreateLadderOptions): LadderDocument {
  const doc: Record<string, unknown> = structuredClone(template) as unknown as Record<string, unknown>;
  if (options.title !== undefined) doc.title = options.title;
  if (options.participantLanguage) doc.participantLanguage = options.participantLanguage;
  if (options.mentor) doc.mentor = typeof options.mentor === 'string' ? { name: options.mentor } : { name: options.mentor.name };
  const checked = checkLadderDocument(doc);
  if (!checked.ok) throw new TypeError(`createLadder: ${checked.error.message}`);
  return checked.document;
}

/** One branch's template and its `create(options)` (what each `ladder/<branch>.ts` exports). */
export function branchLadder(branch: LadderBranch, texts: BranchTexts): { template: LadderDocument; create(options?: CreateLadderOptions): LadderDocument } {
  const template = buildTemplate(branch, texts);
  return { template, create: (options = {}) => fromTemplate(template, options) };
}
