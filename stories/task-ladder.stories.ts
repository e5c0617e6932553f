import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { storyNote } from './story-note.js';
import { createLadder } from '../src/presets/ladder-templates.js';
import type { LadderBranch, LadderDocument, LogEntry, TaskLevel } from '../src/task-ladder/task-ladder.types.js';

/** A template with levels set phase by phase (one array of levels per phase). */
function withLevels(doc: LadderDocument, levels: TaskLevel[][]): LadderDocument {
  return {
    ...doc,
    phases: doc.phases.map((phase, p) => ({ ...phase, tasks: phase.tasks.map((task, t) => ({ ...task, level: levels[p]?.[t] ?? task.level })) })),
  };
}

const I = 'independent' as const;
const S = 'with-support' as const;
const N = 'not-started' as const;

const logbook: LogEntry[] = [
  { date: '2026-03-02', by: 'participant', mood: 2, text: 'Vanskelig å huske rekkefølgen.' },
  { date: '2026-03-09', by: 'mentor', mood: 4, text: 'Mye bedre i dag, jobbet nesten alene.' },
  { date: '2026-03-16', by: 'participant', mood: 5 },
];

function midway(branch: LadderBranch, participantLanguage = 'ar'): LadderDocument {
  const doc = withLevels(createLadder(branch, { participantLanguage, mentor: 'Kari Nordmann' }), [
    [I, I, I, I, I],
    [I, S, S, N, N],
  ]);
  return {
    ...doc,
    phases: doc.phases.map((phase, p) => ({
      ...phase,
      tasks: phase.tasks.map((task, t) =>
        p === 0 && t < 3 ? { ...task, signoff: { by: 'Kari Nordmann', date: `2026-03-0${t + 2}` }, ...(t === 1 ? { log: logbook } : {}) } : p === 1 && t === 1 ? { ...task, log: logbook.slice(0, 2) } : task,
      ),
    })),
  };
}

/** The ladder with the story's controls applied; stories that wrap it (RTL, widths) reuse it so every control still acts. */
const ladder = (args: Record<string, unknown>) =>
  html`<vk-task-ladder .value=${args.value} mode=${args.mode} ?readonly=${args.readonly} ?disabled=${args.disabled} heading-level=${args.headingLevel ?? nothing}></vk-task-ladder>`;

const meta: Meta = {
  title: 'Widgets/Task ladder',
  component: 'vk-task-ladder',
  tags: ['autodocs'],
  args: { value: midway('kitchen'), mode: 'adviser', readonly: false, disabled: false, headingLevel: 2 },
  argTypes: { mode: { control: 'inline-radio', options: ['adviser', 'participant'] }, headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  render: (args) => ladder(args),
  parameters: {
    docs: {
      description: {
        component:
          'Step-wise learning in work practice in three phases, with levels (not started → with support → independent), the mentor\'s sign-off and the participant\'s logbook. Branch templates: `createLadder("cleaning" | "shop" | "kitchen" | "kindergarten" | "care", { participantLanguage, mentor })`. Keyboard: arrows move between tasks across phases (flipped in RTL), Home/End, Enter opens details (sign-off, logbook, read aloud), Space advances the level in adviser mode. Print the page for the paper training plan with the logbook.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Cleaning: Story = { args: { value: createLadder('cleaning', { participantLanguage: 'ti', mentor: 'Kari Nordmann' }) } };
export const Shop: Story = { args: { value: createLadder('shop', { participantLanguage: 'uk', mentor: 'Ola Hansen' }) } };
export const KitchenAndCanteen: Story = { args: { value: createLadder('kitchen', { participantLanguage: 'ar' }) } };
export const Kindergarten: Story = { args: { value: createLadder('kindergarten', { participantLanguage: 'so' }) } };
export const ElderlyCare: Story = { args: { value: createLadder('care', { participantLanguage: 'fa' }) } };

export const NotStarted: Story = { args: { value: createLadder('shop') } };
export const Midway: Story = {};
export const InPhaseThree: Story = {
  args: {
    value: withLevels(midway('care', 'uk'), [
      [I, I, I, I, I],
      [I, I, I, I, I],
      [S, S, I, N, N],
    ]),
  },
};
export const AllIndependent: Story = {
  args: {
    value: withLevels(createLadder('cleaning'), [
      [I, I, I, I, I],
      [I, I, I, I, I],
      [I, I, I, I, I],
    ]),
  },
};
export const ParticipantMode: Story = { args: { mode: 'participant' } };
export const Readonly: Story = { args: { readonly: true } };
export const Disabled: Story = { args: { disabled: true } };
// A right-to-left page in Arabic: the story sets the Locale toolbar to ar (story globals), so the
// widget's own words are Arabic too. With only the wrapper's lang, the layout and the document's
// texts were Arabic and the widget's buttons and statuses Norwegian, which no participant sees.
// Not on the Docs page (!autodocs): its stories share one UI locale (the page's, lit-localize's),
// so there the widget's words stayed in the toolbar's language whatever the story asked for.
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  tags: ['!autodocs'],
  render: (args) => html`<div lang="ar" dir="rtl">${ladder(args)}</div>`,
};
export const RightToLeftParticipant: Story = {
  globals: { locale: 'ar' },
  tags: ['!autodocs'],
  args: { mode: 'participant' },
  render: (args) => html`<div lang="ar" dir="rtl">${ladder(args)}</div>`,
};
export const Narrow320: Story = {
  render: (args) => html`<div style="inline-size: 320px; border: 1px dashed #999">${ladder(args)}</div>`,
};
export const Empty: Story = { args: { value: undefined } };
export const InvalidInput: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) =>
    html`${storyNote(context, html`The attribute holds a task with an unknown level; the widget shows an error state and fires <code>vk-error</code> with the path <code>/phases/0/tasks/0/level</code>.`)}
    <vk-task-ladder value='{"version":1,"title":"Praksis","phases":[{"id":"p1","title":"Fase","tasks":[{"id":"t1","title":"Vaske","level":"expert"}]}]}'></vk-task-ladder>`,
};
export const NewerVersion: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) =>
    html`${storyNote(context, html`The document says <code>"version": 2</code>, newer than this widget reads (1): the widget shows its error state and fires <code>vk-error</code> with the code <code>unsupported-version</code>.`)}
      <vk-task-ladder value='{"version":2,"title":"x","phases":[]}'></vk-task-ladder>`,
};

/** The same ladder at the container widths it is tested at: stacked (current phase first) below 54rem, side by side from it. */
export const EveryWidth: Story = {
  render: (args) => html`${[320, 480, 720, 1100].map(
    (width) => html`<p>${width} px</p><div style="inline-size: ${width}px; border: 1px dashed #999; margin-block-end: 1rem">${ladder(args)}</div>`,
  )}`,
};
/** Tigrinja for the participant: no browser voice, so the adviser sees "Ingen stemme for tigrinja — ta opp en" and can record. */
export const RecordTigrinya: Story = { args: { value: midway('cleaning', 'ti') } };
/** Unbroken 200-character words in the title, a phase and a task wrap inside the widget. */
export const LongWords: Story = {
  args: {
    value: (() => {
      const doc = midway('shop');
      return {
        ...doc,
        title: 'X'.repeat(200),
        phases: doc.phases.map((phase, p) => (p === 0 ? { ...phase, title: 'Y'.repeat(100), tasks: phase.tasks.map((t, i) => (i === 0 ? { ...t, title: 'Z'.repeat(200) } : t)) } : phase)),
      };
    })(),
  },
};
export const HeadingLevel3: Story = {
  args: { headingLevel: 3 },
  render: (args) => html`<h2>Deltaker: Amina</h2>${ladder(args)}`,
};
