import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { storyNote } from './story-note.js';
import { createInnherredSchedule } from '../src/presets/schedule.js';
import type { ScheduleDocument, Session } from '../src/course-calendar/course-calendar.types.js';
import { calendarViews } from '../src/course-calendar/course-calendar.types.js';

const term = createInnherredSchedule();

const busyDay: ScheduleDocument = {
  ...term,
  sessions: [
    ...term.sessions,
    ...Array.from({ length: 7 }, (_, i): Session => ({
      id: `busy-${i}`,
      courseId: term.courses[i % 3].id,
      start: `2026-03-18T${String(8 + i).padStart(2, '0')}:00`,
      end: `2026-03-18T${String(8 + i).padStart(2, '0')}:45`,
      kind: (['theory', 'language', 'exam', 'other', 'practice'] as const)[i % 5],
      title: { nb: `Møte ${i + 1}`, en: `Meeting ${i + 1}` },
    })),
  ],
};

/** Night shifts (care practice) and parallel sessions: the week of 9 March 2026. */
const nightsAndOverlaps: ScheduleDocument = {
  ...term,
  sessions: [
    ...term.sessions,
    { id: 'night-1', courseId: term.courses[0].id, start: '2026-03-08T22:00', end: '2026-03-09T06:00', kind: 'practice', title: { nb: 'Nattevakt', en: 'Night shift' } },
    { id: 'night-2', courseId: term.courses[1].id, start: '2026-03-11T22:00', end: '2026-03-12T02:00', kind: 'practice', title: { nb: 'Kveldsvask', en: 'Evening cleaning' } },
    { id: 'overlap-1', courseId: term.courses[2].id, start: '2026-03-10T10:00', end: '2026-03-10T12:00', kind: 'exam' },
    { id: 'overlap-2', courseId: term.courses[1].id, start: '2026-03-10T11:00', end: '2026-03-10T13:00', kind: 'other' },
  ],
};

/**
 * A larger municipality's offer: 14 courses in March 2026, one session each weekday. The legend
 * shows the first eight and "Alle kurs (14)", a disclosure for the rest.
 */
const manyTitles = ['Norsk A2', 'Norsk B1', 'Samfunnskunnskap', 'Renhold', 'Barnehage', 'Butikk og salg', 'Lager og logistikk', 'Kantine og storkjøkken', 'Helsefagarbeider, forkurs', 'Førerkort, teori', 'Data for nybegynnere', 'Jobbsøking og CV', 'Foreldreveiledning', 'Svømming'];
const manyColors = ['#0a7a5a', '#1d5fbf', '#a3480f', '#7b3fa0', '#b0206a', '#2f6b1f', '#8a6d00', '#005f73', '#9b2226', '#3d405b', '#6a4c93', '#1b7f79', '#bc4b00', '#4a5a0b'];
const manyCourses: ScheduleDocument = {
  version: 1,
  courses: manyTitles.map((nb, i) => ({ id: `course-${i}`, title: { nb }, color: manyColors[i] })),
  sessions: Array.from({ length: 22 }, (_, d) => d).flatMap((d) => {
    const day = new Date(Date.UTC(2026, 2, 2 + d + 2 * Math.floor(d / 5)));
    const date = day.toISOString().slice(0, 10);
    return [0, 1, 2].map((k): Session => {
      const c = (d * 3 + k) % manyTitles.length;
      const hour = String(8 + k * 2).padStart(2, '0');
      return { id: `many-${d}-${k}`, courseId: `course-${c}`, start: `${date}T${hour}:00`, end: `${date}T${hour}:45`, kind: (['theory', 'language', 'practice'] as const)[k] };
    });
  }),
};

/**
 * Short sessions in the week of 9 March 2026: 15 minutes to two hours, one cancelled. A chip as
 * tall as its session shows the lines that fit whole (time, then course, then kind), the
 * pictogram beside the first lines, and leaves the rest to its title, name and popover.
 */
const shortLengths = [15, 30, 45, 60, 75, 90, 120];
const shortSessions: ScheduleDocument = {
  ...term,
  sessions: shortLengths.map((minutes, i): Session => {
    const date = `2026-03-${String(9 + (i % 5)).padStart(2, '0')}`;
    const start = i < 5 ? 8 * 60 : 13 * 60;
    const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return {
      id: `short-${minutes}`,
      courseId: term.courses[i % 3].id,
      start: `${date}T${time(start)}`,
      end: `${date}T${time(start + minutes)}`,
      kind: (['theory', 'practice', 'language', 'exam', 'other'] as const)[i % 5],
      ...(i % 2 ? { title: { nb: 'Oppmøte i resepsjonen', en: 'Meet at the reception' } } : {}),
      ...(minutes === 45 ? { cancelled: true } : {}),
    };
  }),
};

/** The calendar with the story's controls applied; stories that wrap it (RTL, narrow) reuse it so every control still acts. */
const calendar = (args: Record<string, unknown>) =>
  html`<vk-course-calendar .value=${args.value} view=${args.view ?? nothing} date=${args.date} ?readonly=${args.readonly} ?disabled=${args.disabled} heading-level=${args.headingLevel ?? nothing}></vk-course-calendar>`;

const meta: Meta = {
  title: 'Widgets/Course calendar',
  component: 'vk-course-calendar',
  tags: ['autodocs'],
  args: { value: term, view: 'month', date: '2026-03-12', readonly: false, disabled: false, headingLevel: 2 },
  argTypes: { view: { control: 'inline-radio', options: calendarViews }, date: { control: 'text' }, headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  render: (args) => calendar(args),
  parameters: {
    // A day cell is named by its date, holidays and session count, not by its sessions' words: accepted, as ACCEPTED in test/a11y/axe.ts.
    a11y: { config: { rules: [{ id: 'label-content-name-mismatch', selector: '*:not(.day[role="gridcell"][aria-labelledby^="cell-"])' }] } },
    docs: {
      description: {
        component:
          'Work-oriented courses (theory, practice, branch Norwegian) in month, week and agenda views, with Norwegian public holidays, closed days, a course legend that filters, keyboard and pointer moves and resizes, sessions across midnight, planning a course from a weekly pattern (\"Planlegg kurs\"), and iCalendar export. The preset is three Innherred-style courses over the spring term 2026, built with `expandWeeklyPattern` — an **editable example**. Keyboard: arrows move by day (flipped in RTL), PageUp/PageDown by month or week, Enter goes into a day and opens a session, Space picks a session up for a keyboard move, Shift+Up/Down changes its end; Escape, Tab or a press elsewhere puts it back. Below 480 px the default view is the agenda.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Month: Story = {};
export const Week: Story = { args: { view: 'week' } };
export const Agenda: Story = { args: { view: 'agenda' } };
export const ManySessionsOnOneDay: Story = { args: { value: busyDay, date: '2026-03-18' } };
export const ManySessionsOnOneDayWeek: Story = { args: { value: busyDay, date: '2026-03-18', view: 'week' } };
export const Easter: Story = { args: { date: '2026-04-02' } };
export const EasterWeek: Story = { args: { date: '2026-04-02', view: 'week' } };
export const Readonly: Story = { args: { readonly: true } };
export const Disabled: Story = { args: { disabled: true } };
export const Empty: Story = { args: { value: undefined } };
export const NoSessionsThisMonth: Story = { args: { date: '2026-08-12', view: 'agenda' } };
export const InvalidInput: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) =>
    html`${storyNote(context, html`The document has a session whose course does not exist; the widget shows an error state and fires <code>vk-error</code> with the path <code>/sessions/0/courseId</code>.`)}
    <vk-course-calendar
      date="2026-03-12"
      value='{"version":1,"courses":[],"sessions":[{"id":"x","courseId":"ghost","start":"2026-03-12T09:00","end":"2026-03-12T10:00","kind":"theory"}]}'
    ></vk-course-calendar>`,
};
// No view: the calendar picks its own by width (the agenda below 480 px).
// A right-to-left page in Arabic: the story sets the Locale toolbar to ar (story globals), so the
// widget's own words are Arabic too. With only the wrapper's lang, the layout and the document's
// texts were Arabic and the widget's buttons and statuses Norwegian, which no participant sees.
// Not on the Docs page (!autodocs): its stories share one UI locale (the page's, lit-localize's),
// so there the widget's words stayed in the toolbar's language whatever the story asked for.
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  tags: ['!autodocs'],
  args: { view: undefined },
  render: (args) => html`<div lang="ar" dir="rtl">${calendar(args)}</div>`,
};
export const RightToLeftWeek: Story = {
  globals: { locale: 'ar' },
  tags: ['!autodocs'],
  args: { view: 'week' },
  render: (args) => html`<div lang="ar" dir="rtl">${calendar(args)}</div>`,
};
export const Narrow320: Story = {
  args: { view: undefined },
  render: (args) => html`<div style="inline-size: 320px">${calendar(args)}</div>`,
};

export const NightSessionsAndOverlapsWeek: Story = { args: { value: nightsAndOverlaps, view: 'week', date: '2026-03-09' } };
export const NightSessionsAgenda: Story = { args: { value: nightsAndOverlaps, view: 'agenda', date: '2026-03-09' } };
export const ManyCourses: Story = { args: { value: manyCourses } };
export const ShortSessionsWeek: Story = { args: { value: shortSessions, view: 'week', date: '2026-03-09' } };
export const NightSessionsMonth: Story = { args: { value: nightsAndOverlaps, view: 'month', date: '2026-03-09' } };
// One month per width, so the four calendars' regions have distinct names (axe landmark-unique).
// Every other control (value, view, readonly, disabled) acts on all four.
const widthDates: Record<number, string> = { 320: '2026-02-12', 480: '2026-03-12', 720: '2026-04-16', 1100: '2026-05-12' };
export const ContainerWidths: Story = {
  args: { value: nightsAndOverlaps },
  argTypes: { date: { control: false } },
  render: (args) =>
    html`${[320, 480, 720, 1100].map(
      (w) => html`<h3>${w} px</h3>
        <div class="story-width-${w}">${calendar({ ...args, date: widthDates[w] })}</div>`,
    )}
    <style>
      .story-width-320 { inline-size: 320px; } .story-width-480 { inline-size: 480px; } .story-width-720 { inline-size: 720px; } .story-width-1100 { inline-size: 1100px; }
    </style>`,
};
