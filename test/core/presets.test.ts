import { expect } from '@open-wc/testing';
import { loadPreset, loadPresets } from '../../src/api.js';
import { aminaPlan, createAminaPlan, createEmptyWeekPlan, createInnherredSchedule, createLadder, createNowNextLaterPlan, createWorkOrientedCourseSteps, innherredCourses, ladderTemplates, presetTranslations, springTermClosedDays } from '../../src/presets/index.js';
import { checkLadderDocument } from '../../src/task-ladder/task-ladder.model.js';
import { checkPlanDocument } from '../../src/plan-board/plan-board.model.js';
import { checkScheduleDocument } from '../../src/course-calendar/course-calendar.model.js';
import { ladderBranches } from '../../src/task-ladder/task-ladder.types.js';
import type { Text } from '../../src/core/types.js';
import { templates as tiStrings } from '../../src/generated/locales/ti.js';

/** The participant languages issue 10 asks every preset title to have, plus nb and en. */
const LANGUAGES = ['nb', 'en', 'ar', 'uk', 'ti', 'so', 'fa'] as const;
/** Each language's script, so a title pasted into the wrong language is caught. */
const SCRIPT: Record<(typeof LANGUAGES)[number], RegExp> = {
  nb: /\p{Script=Latin}/u,
  en: /\p{Script=Latin}/u,
  so: /\p{Script=Latin}/u,
  uk: /\p{Script=Cyrillic}/u,
  ti: /\p{Script=Ethiopic}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
};

function expectAllLanguages(text: Text | undefined, where: string): void {
  expect(text, where).to.be.an('object');
  const record = text as Record<string, string>;
  for (const lang of LANGUAGES) {
    const value = record[lang];
    expect(value, `${where}: ${lang}`).to.be.a('string').and.not.equal('');
    expect(SCRIPT[lang].test(value), `${where}: ${lang} "${value}" is in ${lang}'s script`).to.equal(true);
    if (lang !== 'nb' && lang !== 'en' && lang !== 'so') expect(value, `${where}: ${lang} is not the Norwegian text`).to.not.equal(record.nb);
  }
  // Persian uses its own letters (ی, ک), not the Arabic ones (ي, ك).
  expect(/[يك]/.test(record.fa), `${where}: fa uses Persian ی and ک`).to.equal(false);
}

describe('presets in the participants’ languages', () => {
  it('the five branch templates have ladder, phase and task titles in nb, en, ar, uk, ti, so and fa', () => {
    expect(Object.keys(ladderTemplates).sort()).to.deep.equal([...ladderBranches].sort());
    for (const branch of ladderBranches) {
      const ladder = ladderTemplates[branch];
      expectAllLanguages(ladder.title, `${branch} title`);
      for (const phase of ladder.phases) {
        expectAllLanguages(phase.title, `${branch} ${phase.id}`);
        expect(phase.tasks.length, `${branch} ${phase.id} tasks`).to.equal(5);
        for (const task of phase.tasks) expectAllLanguages(task.title, `${branch} ${task.id}`);
      }
    }
  });

  it('a Tigrinya or Somali ladder from a template is valid and shows the participant’s words', () => {
    for (const language of ['ti', 'so']) {
      for (const branch of ladderBranches) {
        const ladder = createLadder(branch, { participantLanguage: language });
        expect(checkLadderDocument(ladder).ok).to.equal(true);
        const texts = ladder.phases.flatMap((phase) => phase.tasks.map((task) => (task.title as Record<string, string>)[language]));
        expect(new Set(texts).size, `${branch} ${language}: distinct task titles`).to.equal(texts.length);
      }
    }
  });

  it('the sample plans have titles in every participant language', () => {
    for (const plan of [createAminaPlan(), createEmptyWeekPlan(), createNowNextLaterPlan()]) {
      expect(checkPlanDocument(plan).ok).to.equal(true);
      expectAllLanguages(plan.title, `plan ${String((plan.title as Record<string, string>).nb)}`);
      for (const column of plan.columns) expectAllLanguages(column.title, `column ${column.id}`);
      for (const card of plan.cards) expectAllLanguages(card.title, `card ${card.id}`);
    }
    expect(aminaPlan.cards.length).to.equal(12);
  });

  it('the sample schedule has course, certificate, session and closed-day titles in every participant language', () => {
    const schedule = createInnherredSchedule();
    expect(checkScheduleDocument(schedule).ok).to.equal(true);
    for (const course of innherredCourses) {
      expectAllLanguages(course.title, `course ${course.id}`);
      if (course.certificate) expectAllLanguages(course.certificate, `certificate ${course.id}`);
    }
    for (const day of springTermClosedDays) expectAllLanguages(day.title, `closed ${day.date}`);
    const titled = schedule.sessions.filter((session) => session.title !== undefined);
    expect(titled.length).to.be.greaterThan(0);
    for (const session of titled) expectAllLanguages(session.title, `session ${session.id}`);
  });

  // A field written per language (an object of language → text) beside a title: a step's
  // description, a card's or a session's place, a course's certificate. A reader whose language
  // the title has must not get the field in Norwegian (7 Dec 2026: step descriptions were nb, nn
  // and en only, places nb, en and ar). A session without its own title shows its course's.
  it('every preset text field has every language its title has', () => {
    const perLanguage = (value: unknown): value is Record<string, string> =>
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.entries(value).every(([key, text]) => /^[a-z]{2,3}$/.test(key) && typeof text === 'string');
    let checked = 0;
    const walk = (node: unknown, where: string, title?: Record<string, string>): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}[${i}]`, title));
      if (typeof node !== 'object' || node === null) return;
      const own = (node as { title?: unknown }).title;
      const shown = perLanguage(own) ? own : title;
      for (const [key, value] of Object.entries(node)) {
        if (key !== 'title' && perLanguage(value) && shown) {
          checked++;
          expect(Object.keys(value), `${where}.${key}: the languages of its title`).to.include.members(Object.keys(shown));
          for (const lang of Object.keys(shown)) {
            if (lang in SCRIPT) expect(SCRIPT[lang as keyof typeof SCRIPT].test(value[lang]), `${where}.${key}: ${lang} "${value[lang]}" is in ${lang}'s script`).to.equal(true);
            if (!['nb', 'nn', 'en', 'so'].includes(lang)) expect(value[lang], `${where}.${key}: ${lang} is not the Norwegian text`).to.not.equal(value.nb);
          }
        } else if (typeof value === 'object') walk(value, `${where}.${key}`);
      }
    };
    walk(createWorkOrientedCourseSteps(), 'steps');
    for (const plan of [createAminaPlan(), createEmptyWeekPlan(), createNowNextLaterPlan()]) walk(plan, `plan ${String((plan.title as Record<string, string>).nb)}`);
    for (const branch of ladderBranches) walk(ladderTemplates[branch], `ladder ${branch}`);
    const schedule = createInnherredSchedule();
    walk(schedule.courses, 'courses');
    walk(schedule.closedDays, 'closedDays');
    for (const session of schedule.sessions) {
      const course = schedule.courses.find((c) => c.id === session.courseId);
      walk(session, `session ${session.id}`, course?.title as Record<string, string>);
    }
    // The walk reached them all: 7 step descriptions, Amina's 7 card places and 1 note, 2 certificates, every session's place.
    expect(checked).to.equal(7 + 7 + 1 + 2 + schedule.sessions.filter((session) => session.place !== undefined).length);
  });

  // A Nynorsk municipality that shows the samples with the UI in nn got bokmål cards, places and
  // course titles ("Sykehjemmet" for "Sjukeheimen") until 7 Dec 2026. Every text the plan and the
  // schedule write in bokmål they now write in Nynorsk too (the ladder templates: their titles only).
  it('Amina’s plan and the schedule write Nynorsk wherever they write bokmål', () => {
    const missing: string[] = [];
    let texts = 0;
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (typeof record.nb === 'string') {
        texts++;
        if (typeof record.nn !== 'string' || record.nn === '') missing.push(`${where}: "${record.nb}"`);
        return;
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${where}.${key}`);
    };
    walk(createAminaPlan(), 'plan');
    walk(createInnherredSchedule(), 'schedule');
    expect(texts).to.be.greaterThan(100);
    expect(missing, missing.slice(0, 5).join('\n')).to.deep.equal([]);
    const plan = createAminaPlan();
    expect((plan.cards.find((c) => c.id === 'a3')?.place as Record<string, string>).nn).to.equal('Sjukeheimen');
  });

  // Tigrinya writes "theory" two ways (ቲዎሪ, ቲዮሪ); the calendar chip put the UI's kind word before a
  // session title that spelled it the other way. The presets follow the UI's spelling.
  it('Tigrinya preset texts spell "theory" as the calendar’s kind does', () => {
    const word = String(tiStrings['course-calendar.kind.theory']);
    expect(word).to.match(/^ቲ[ዎዮ]ሪ$/u);
    const texts: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null) for (const [key, value] of Object.entries(node)) (key === 'ti' && typeof value === 'string' ? texts.push(value) : collect(value));
    };
    collect([createWorkOrientedCourseSteps(), createInnherredSchedule(), createAminaPlan(), ladderTemplates]);
    const theory = texts.filter((text) => /ቲ[ዎዮ]ሪ/u.test(text));
    expect(theory.length, 'Tigrinya preset texts that say theory').to.be.greaterThan(1);
    for (const text of theory) expect(text, 'spelled as the UI spells it').to.contain(word);
  });

  it('marks which preset languages are machine-written', () => {
    expect([...presetTranslations.needsReview]).to.include.members(['ar', 'uk', 'ti', 'so', 'fa']);
    expect([...presetTranslations.reviewed]).to.include.members(['nb', 'en']);
  });
});

describe('loadPreset(name): one preset per chunk', () => {
  it('loads each preset by name, with the same data loadPresets() gives', async () => {
    const all = await loadPresets();
    expect((await loadPreset('steps')).createWorkOrientedCourseSteps()).to.deep.equal(all.createWorkOrientedCourseSteps());
    expect((await loadPreset('plan')).createAminaPlan()).to.deep.equal(all.createAminaPlan());
    expect((await loadPreset('schedule')).createInnherredSchedule()).to.deep.equal(all.createInnherredSchedule());
    expect((await loadPreset('review')).presetTranslations).to.deep.equal(all.presetTranslations);
  });

  it('each branch loads alone: its template and createBranchLadder(options) equal the all-branches createLadder', async () => {
    for (const branch of ladderBranches) {
      const preset = await loadPreset(`ladder-${branch}`);
      expect(preset.ladderTemplate, branch).to.deep.equal(ladderTemplates[branch]);
      const options = { participantLanguage: 'ar', mentor: 'Kari Nordmann' };
      const doc = preset.createBranchLadder(options);
      expect(doc, branch).to.deep.equal(createLadder(branch, options));
      expect(checkLadderDocument(doc).ok, branch).to.equal(true);
      // A fresh copy each call, never the template itself.
      expect(preset.createBranchLadder()).to.not.equal(preset.ladderTemplate);
      expect(() => preset.createBranchLadder({ participantLanguage: 'not a language!' })).to.throw(TypeError, /createLadder/);
    }
  });

  it('rejects an unknown name with a TypeError naming the known ones', async () => {
    let error: unknown = null;
    try {
      await loadPreset('ladder' as never);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.contain('ladder-kitchen');
  });
});
