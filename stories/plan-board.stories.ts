import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyNote } from './story-note.js';
import { createAminaPlan, createEmptyWeekPlan, createNowNextLaterPlan } from '../src/presets/plan.js';
import type { PlanDocument } from '../src/plan-board/plan-board.types.js';

const amina = createAminaPlan();

/** Many cards: 300 over five weekdays, to feel the board at scale. */
function manyCards(count: number): PlanDocument {
  const base = createAminaPlan();
  return { ...base, cards: Array.from({ length: count }, (_, i) => ({ ...base.cards[i % base.cards.length], id: `m${i}`, columnId: base.columns[i % 5].id })) };
}

const nowNextLater: PlanDocument = {
  ...createNowNextLaterPlan(),
  participantLanguage: 'ar',
  cards: [
    { id: 'n1', columnId: 'now', title: { nb: 'Norskkurs A2', ar: 'دورة اللغة النرويجية A2' }, pictogram: 'vk:norwegian-class', category: 'language' },
    { id: 'n2', columnId: 'now', title: { nb: 'Arbeidspraksis: renhold', ar: 'تدريب عملي: التنظيف' }, pictogram: 'vk:cleaning', category: 'work' },
    { id: 'n3', columnId: 'next', title: { nb: 'Kurs i renhold og smittevern', ar: 'دورة في التنظيف والوقاية من العدوى' }, pictogram: 'vk:course', category: 'education' },
    { id: 'n4', columnId: 'later', title: { nb: 'Fast jobb', ar: 'عمل دائم' }, pictogram: 'vk:workplace', category: 'work' },
  ],
};

/** The board with the story's controls applied; stories that wrap it (RTL page, boxes) reuse it so every control still acts. */
const board = (args: Record<string, unknown>) =>
  html`<vk-plan-board .value=${args.value} mode=${args.mode} ?readonly=${args.readonly} ?disabled=${args.disabled} ?proposals=${args.proposals} heading-level=${args.headingLevel}></vk-plan-board>`;

const meta: Meta = {
  title: 'Widgets/Plan board',
  component: 'vk-plan-board',
  tags: ['autodocs'],
  args: { value: amina, mode: 'adviser', readonly: false, disabled: false, proposals: false, headingLevel: 2 },
  argTypes: { mode: { control: 'inline-radio', options: ['adviser', 'participant'] }, headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  render: (args) => board(args),
  parameters: {
    docs: {
      description: {
        component:
          'A visual individual plan: columns of pictogram cards with plain Norwegian and the participant’s language. Lays itself out by its own width: columns side by side (scrolling sideways when they do not fit), one column at a time with a day switcher below 480 px. Keyboard: one tab stop for the cards and column buttons; arrows (flipped in RTL), Home/End, Ctrl+Home/End, Enter opens; in adviser mode Space picks a card up, arrows move it, Space drops, Escape or Tab puts it back; each card’s actions sit behind one menu button. Participant mode: tap a card to hear it; with `proposals` the participant proposes cards by picture.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

// Names with the apostrophe: from the export names Storybook wrote "Adviser Aminas Week".
export const AdviserAminasWeek: Story = { name: "Adviser: Amina's Week" };
export const ParticipantAminasWeek: Story = { name: "Participant: Amina's Week", args: { mode: 'participant' } };
export const EmptyWeek: Story = { args: { value: createEmptyWeekPlan() } };
export const NowNextLater: Story = { args: { value: nowNextLater } };
export const NowNextLaterParticipant: Story = { args: { value: nowNextLater, mode: 'participant' } };
export const ManyCards: Story = { args: { value: manyCards(300) } };
export const Readonly: Story = { args: { readonly: true } };
export const Disabled: Story = { args: { disabled: true } };
export const EmptyBoard: Story = { args: { value: undefined } };
// Fixed markup (the attribute is the point): no controls to offer.
export const InvalidInput: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) => html`${storyNote(context, html`The card's <code>columnId</code> names no column; the widget shows an error state and fires <code>vk-error</code> at <code>/cards/0/columnId</code>.`)}
    <vk-plan-board value='{"version":1,"columns":[{"id":"mon","title":"Mandag"}],"cards":[{"id":"c1","columnId":"sun","title":"Norskkurs","pictogram":"vk:norwegian-class"}]}'></vk-plan-board>`,
};
// A right-to-left page in Arabic: the story sets the Locale toolbar to ar (story globals), so the
// widget's own words are Arabic too. With only the wrapper's lang, the layout and the document's
// texts were Arabic and the widget's buttons and statuses Norwegian, which no participant sees.
// Not on the Docs page (!autodocs): its stories share one UI locale (the page's, lit-localize's),
// so there the widget's words stayed in the toolbar's language whatever the story asked for.
export const RightToLeftPage: Story = {
  globals: { locale: 'ar' },
  tags: ['!autodocs'],
  render: (args) => html`<div lang="ar" dir="rtl">${board(args)}</div>`,
};
/**
 * An A4 landscape sheet's width (297 mm, 10 mm margins: 1047 px for the board). The board keeps
 * its screen look here; its columns are set to 12rem as on paper so the whole week fits the sheet
 * (at the screen's 13rem it scrolled inside the frame and cut Friday). The paper look (no
 * controls, black and white) shows only in the browser's print preview.
 */
export const PrintPreview: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, context) => html`<style>
      .print-preview { inline-size: 297mm; min-block-size: 210mm; padding: 10mm; background: #fff; border: 1px solid #999; box-sizing: border-box; }
      .print-preview vk-plan-board { --vk-plan-column-width: 12rem; }
    </style>
    ${storyNote(
      context,
      html`The frame is an A4 landscape sheet (297 × 210 mm, 10 mm margins), with the columns as wide as on paper. The board keeps its screen look here: open the browser's print preview to see the paper (no controls, black and white). Hosts add <code>@page { size: A4 landscape; margin: 10mm; }</code>.`,
    )}
    <div class="print-preview"><vk-plan-board readonly .value=${amina}></vk-plan-board></div>`,
};

/** Proposals: the participant proposes a card by picture (no typing), the adviser accepts it. */
export const ParticipantProposes: Story = { args: { mode: 'participant', proposals: true } };
export const AdviserSeesAProposal: Story = {
  args: {
    value: { ...amina, cards: [...amina.cards, { id: 'p1', columnId: 'thu', title: { nb: 'Tannlege' }, pictogram: 'vk:dentist', category: 'health', proposedBy: 'participant' }] },
  },
};
/** A Tigrinya speaker with no recordings: the participant sees “Ingen lyd”, the adviser “Ingen stemme for tigrinja — ta opp en” in the card menu. */
export const NoVoiceForTigrinya: Story = { args: { value: { ...amina, participantLanguage: 'ti' }, mode: 'participant' } };
/** Long columns (1,000 cards, the document limit): they scroll inside themselves and render only what is near view. */
export const LongColumns: Story = { args: { value: manyCards(1000) } };

const widths = [320, 480, 720, 1100];
/** The board inside boxes of 320, 480, 720 and 1100 px: it follows its own width, not the window's. */
export const ContainerWidths: Story = {
  render: (args) => html`<style>
      .vk-story-box { border: 1px dashed #999; margin-block-end: 1.5rem; padding: 4px; box-sizing: border-box; max-inline-size: 100%; }
      .vk-story-box[data-w='320'] { inline-size: 320px; }
      .vk-story-box[data-w='480'] { inline-size: 480px; }
      .vk-story-box[data-w='720'] { inline-size: 720px; }
      .vk-story-box[data-w='1100'] { inline-size: 1100px; }
    </style>
    ${widths.map((w) => html`<p>${w} px</p><div class="vk-story-box" data-w=${w}>${board(args)}</div>`)}`,
};
