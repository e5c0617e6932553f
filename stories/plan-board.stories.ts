import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
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

const meta: Meta = {
  title: 'Widgets/Plan board',
  component: 'vk-plan-board',
  tags: ['autodocs'],
  args: { value: amina, mode: 'adviser', readonly: false, disabled: false },
  argTypes: { mode: { control: 'inline-radio', options: ['adviser', 'participant'] } },
  render: (args) => html`<vk-plan-board .value=${args.value} mode=${args.mode} ?readonly=${args.readonly} ?disabled=${args.disabled}></vk-plan-board>`,
  parameters: {
    docs: {
      description: {
        component:
          'A visual individual plan: columns of pictogram cards with plain Norwegian and the participant’s language. Keyboard: arrows move between cards (flipped in RTL), Home/End, Ctrl+Home/End, Enter opens; in adviser mode Space picks a card up, arrows move it, Space drops, Escape puts it back. Pointer drag for mouse and pen (touch from the grip).',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const AdviserAminasWeek: Story = {};
export const ParticipantAminasWeek: Story = { args: { mode: 'participant' } };
export const EmptyWeek: Story = { args: { value: createEmptyWeekPlan() } };
export const NowNextLater: Story = { args: { value: nowNextLater } };
export const NowNextLaterParticipant: Story = { args: { value: nowNextLater, mode: 'participant' } };
export const ManyCards: Story = { args: { value: manyCards(300) } };
export const Readonly: Story = { args: { readonly: true } };
export const Disabled: Story = { args: { disabled: true } };
export const EmptyBoard: Story = { args: { value: undefined } };
export const InvalidInput: Story = {
  render: () => html`<p>The card's <code>columnId</code> names no column; the widget shows an error state and fires <code>vk-error</code> at <code>/cards/0/columnId</code>.</p>
    <vk-plan-board value='{"version":1,"columns":[{"id":"mon","title":"Mandag"}],"cards":[{"id":"c1","columnId":"sun","title":"Norskkurs","pictogram":"vk:norwegian-class"}]}'></vk-plan-board>`,
};
export const RightToLeftPage: Story = {
  render: (args) => html`<div lang="ar" dir="rtl"><vk-plan-board .value=${amina} mode=${args.mode}></vk-plan-board></div>`,
};
export const PrintPreview: Story = {
  render: () => html`<style>
      .print-preview { inline-size: 297mm; min-block-size: 210mm; padding: 10mm; background: #fff; border: 1px solid #999; box-sizing: border-box; }
    </style>
    <p>Use the browser's print preview (the board hides its controls and prints in black and white). Hosts add <code>@page { size: A4 landscape; }</code>.</p>
    <div class="print-preview"><vk-plan-board readonly .value=${amina}></vk-plan-board></div>`,
};
