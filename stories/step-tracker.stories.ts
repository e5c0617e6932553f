import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { canvasLocaleName, storyNote } from './story-note.js';
import { workOrientedCourseSteps } from '../src/presets/steps.js';
import type { StepsDocument, StepStatus } from '../src/step-tracker/step-tracker.types.js';

const withStatuses = (statuses: StepStatus[]): StepsDocument => ({
  ...workOrientedCourseSteps,
  steps: workOrientedCourseSteps.steps.map((step, i) => ({ ...step, status: statuses[i] ?? 'not-started' })),
});

const midway = withStatuses(['done', 'done', 'done', 'in-progress', 'not-started', 'not-started', 'not-started']);
/** The current step is due 13 March 2026, the day after the stories' day (.storybook/story-clock.ts): due, not overdue. */
const detailed: StepsDocument = {
  ...midway,
  steps: midway.steps.map((step, i) =>
    i === 3
      ? {
          ...step,
          start: '2026-02-02',
          due: '2026-03-13',
          checklist: [
            { id: 'c1', title: { nb: 'Timeplan for teori og praksis', en: 'Timetable for theory and practice' }, done: true },
            { id: 'c2', title: { nb: 'Læringsmål for bransjenorsk', en: 'Learning goals for branch Norwegian' }, done: false },
            { id: 'c3', title: { nb: 'Avtale med praksisplassene', en: 'Agreement with the practice places' }, done: false },
          ],
        }
      : step,
  ),
};

/** The tracker with the story's controls applied; stories that wrap it (RTL, widths) reuse it so every control still acts. */
const tracker = (args: Record<string, unknown>) =>
  html`<vk-step-tracker
    .value=${args.value}
    orientation=${args.orientation ?? ''}
    ?compact=${args.compact}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    heading-level=${args.headingLevel ?? nothing}
  ></vk-step-tracker>`;

const meta: Meta = {
  title: 'Widgets/Step tracker',
  component: 'vk-step-tracker',
  tags: ['autodocs'],
  args: { value: detailed, orientation: undefined, compact: false, readonly: false, disabled: false, headingLevel: 2 },
  argTypes: {
    // Unset: horizontal where every title word fits whole, else vertical (the first option's label, not "undefined").
    orientation: { control: { type: 'inline-radio', labels: { undefined: 'unset (by width)' } }, options: [undefined, 'horizontal', 'vertical'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => tracker(args),
  parameters: {
    docs: {
      description: {
        component:
          'Progress through a sequence of steps. The default preset, `workOrientedCourseSteps`, is an **editable example** in our own words of the seven steps of building a work-oriented course. Keyboard: arrows move between steps (flipped in RTL), Home/End, Enter opens details, Space advances the status.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Preset: Story = { args: { value: workOrientedCourseSteps } };
export const Midway: Story = {};
export const EveryStatus: Story = { args: { value: withStatuses(['done', 'skipped', 'done', 'in-progress', 'not-started', 'not-started', 'not-started']) } };
export const AllDone: Story = { args: { value: withStatuses(Array(7).fill('done')) } };
/**
 * One participant's path in five short steps, so "horizontal" can be seen at a usual canvas width
 * (from about 770 px in nb, 430 px in ar). The preset's seven long titles ("samarbeidspartnere") turn
 * horizontal only from about 1,300 px: with them this story was vertical in every window. Every
 * width below shows the preset's fallback to vertical.
 */
const path: StepsDocument = {
  version: 1,
  title: { nb: 'Aminas vei til jobb', en: "Amina's path to work", ar: 'طريق أمينة إلى العمل' },
  steps: [
    { id: 'p1', title: { nb: 'Kartlegging', en: 'Assessment', ar: 'التقييم' }, pictogram: 'vk:meeting', status: 'done' },
    { id: 'p2', title: { nb: 'Norskopplæring', en: 'Norwegian classes', ar: 'تعلّم النرويجية' }, pictogram: 'vk:norwegian-class', status: 'done' },
    { id: 'p3', title: { nb: 'Arbeidspraksis', en: 'Work practice', ar: 'التدريب العملي' }, pictogram: 'vk:work-practice', status: 'in-progress' },
    { id: 'p4', title: { nb: 'Søke jobb', en: 'Job search', ar: 'البحث عن عمل' }, pictogram: 'vk:job-search', status: 'not-started' },
    { id: 'p5', title: { nb: 'Fast jobb', en: 'Permanent job', ar: 'عمل دائم' }, pictogram: 'vk:workplace', status: 'not-started' },
  ],
};
export const Horizontal: Story = { args: { orientation: 'horizontal', value: path } };
export const Vertical: Story = { args: { orientation: 'vertical' } };
export const Readonly: Story = { args: { readonly: true } };
export const Disabled: Story = { args: { disabled: true } };
export const Empty: Story = { args: { value: undefined } };
export const InvalidInput: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) => html`${storyNote(context, html`The attribute holds a document with an unknown status; the widget shows an error state and fires <code>vk-error</code>.`)}
    <vk-step-tracker value='{"version":1,"steps":[{"id":"a","title":"A","status":"finished"}]}'></vk-step-tracker>`,
};
export const NewerVersion: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) =>
    html`${storyNote(context, html`The document says <code>"version": 2</code>, newer than this widget reads (1): the widget shows its error state and fires <code>vk-error</code> with the code <code>unsupported-version</code>.`)}
      <vk-step-tracker value='{"version":2,"steps":[]}'></vk-step-tracker>`,
};
// A right-to-left page in Arabic: the story sets the Locale toolbar to ar (story globals), so the
// widget's own words are Arabic too. With only the wrapper's lang, the layout and the document's
// texts were Arabic and the widget's buttons and statuses Norwegian, which no participant sees.
// Not on the Docs page (!autodocs): its stories share one UI locale (the page's, lit-localize's),
// so there the widget's words stayed in the toolbar's language whatever the story asked for.
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  tags: ['!autodocs'],
  render: (args) => html`<div lang="ar" dir="rtl">${tracker(args)}</div>`,
};

/**
 * Participant `i`'s steps in the compact table: `i % 8` done, then one in progress; every third
 * participant's current step is overdue (due 6 March 2026, the week before the stories' day,
 * 12 March: .storybook/story-clock.ts), every fifth's next one too, so the table shows the "!"
 * badge and "N forfalt" beside rows without.
 */
const row = (i: number): StepsDocument => {
  const doc = withStatuses(Array.from({ length: 7 }, (_, j) => (j < i % 8 ? 'done' : j === i % 8 ? 'in-progress' : 'not-started')));
  const late = (j: number): boolean => (i % 3 === 1 && j === i % 8) || (i % 5 === 2 && j === (i % 8) + 1);
  return { ...doc, steps: doc.steps.map((step, j) => (late(j) ? { ...step, due: '2026-03-06' } : step)) };
};
const names = ['Amina', 'Yonas', 'Olena', 'Hassan', 'Farah', 'Mohammed', 'Lidia', 'Ali', 'Sara', 'Dawit', 'Iryna', 'Abdi', 'Zahra', 'Omar', 'Mariam', 'Petro', 'Hodan', 'Reza', 'Selam', 'Nur'];
export const CompactTable: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) => html`<table>
    <caption lang="en" dir="ltr">
      Twenty participants, one compact tracker each (a host's table in English; the trackers in ${canvasLocaleName(context)}, set in the Locale toolbar)
    </caption>
    <thead lang="en">
      <tr>
        <th scope="col">Participant</th>
        <th scope="col">Progress</th>
      </tr>
    </thead>
    <tbody>
      ${names.map(
        (name, i) => html`<tr>
          <th scope="row">${name}</th>
          <td>
            <vk-step-tracker compact .value=${row(i)}></vk-step-tracker>
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

/** Horizontal only where every word fits whole; `orientation="horizontal"` turns vertical when there is no room. */
export const EveryWidth: Story = {
  args: { orientation: 'horizontal' },
  render: (args) => html`${[320, 480, 720, 1100].map(
    (width) => html`<p>${width} px</p><div style="inline-size: ${width}px; border: 1px dashed #999; margin-block-end: 1rem">${tracker(args)}</div>`,
  )}`,
};
export const RightToLeftNarrow: Story = {
  globals: { locale: 'ar' },
  tags: ['!autodocs'],
  args: { value: workOrientedCourseSteps, orientation: 'horizontal' },
  render: (args) => html`<div lang="ar" dir="rtl" style="inline-size: 320px">${tracker(args)}</div>`,
};
export const LongWords: Story = {
  args: { value: { ...detailed, title: 'X'.repeat(200), steps: detailed.steps.map((s, i) => (i === 0 ? { ...s, title: 'Z'.repeat(200) } : s)) } },
};
