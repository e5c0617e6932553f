/**
 * `prefers-contrast: more`: no widget answered it (a newcomer's low-vision QA, 7 Dec 2026, #3). The
 * light dividers (session chips, pictogram plates, card and task borders: #d3d7de, 1.44:1 on white)
 * stayed as faint for a user who asked their system for more contrast. Now the tokens
 * (src/core/tokens.ts) give them the border colour (≥ 3:1, WCAG 1.4.11) and the subtle text ≥ 7:1,
 * while a host's own `--vk-color-*-subtle` still wins and a Designsystemet border is followed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { sampleSteps, settle } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { backgroundOf, contrast, parseColor } from '../task-ladder/contrast.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const FAINT = 'rgb(211, 215, 222)'; // --_vk-border-subtle's default
const SUBTLE = 'rgb(79, 83, 91)'; // --_vk-text-subtle's default

const widgets: Array<[string, () => TemplateResult]> = [
  ['plan board', () => html`<vk-plan-board mode="adviser" .value=${samplePlan()}></vk-plan-board>`],
  // With pictograms: their plates are the tracker's faint borders (its bar has the border colour).
  ['step tracker', () => html`<vk-step-tracker .value=${{ ...sampleSteps(), steps: sampleSteps().steps.map((s) => ({ ...s, pictogram: 'vk:bus' })) }}></vk-step-tracker>`],
  ['task ladder', () => html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`],
  ['course calendar', () => html`<vk-course-calendar view="month" date="2026-03-12" .value=${sampleSchedule()}></vk-course-calendar>`],
];

function all(root: ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

/** Elements drawn with a faint 1px-or-more border (any side), and elements whose text is in the subtle colour. */
function faintParts(root: ShadowRoot): { borders: Element[]; texts: Element[] } {
  const borders = all(root).filter((e) => {
    const s = getComputedStyle(e);
    return ['Top', 'Right', 'Bottom', 'Left'].some((side) => s.getPropertyValue(`border-${side.toLowerCase()}-color`) === FAINT && s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none');
  });
  const texts = all(root).filter((e) => getComputedStyle(e).color === SUBTLE && Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
  return { borders, texts };
}

function sideColour(e: Element): string {
  const s = getComputedStyle(e);
  const side = ['top', 'right', 'bottom', 'left'].find((x) => s.getPropertyValue(`border-${x}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${x}-width`)) > 0)!;
  return s.getPropertyValue(`border-${side}-color`);
}

async function mount(template: () => TemplateResult, style = ''): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>${template()}</div>`);
  const el = wrapper.firstElementChild as Widget;
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

describe('prefers-contrast: more darkens the subtle borders and texts (tokens), hosts\' tokens still win', () => {
  afterEach(() => executeServerCommand('vk-prefers-contrast', {}));

  for (const [name, template] of widgets) {
    it(`${name}: its faint borders reach 3:1 and its subtle text 7:1 over what they sit on`, async () => {
      const el = await mount(template);
      await waitUntil(() => faintParts(el.shadowRoot!).borders.length > 0, `${name} draws faint borders (#d3d7de) without the preference`);
      const { borders, texts } = faintParts(el.shadowRoot!);
      await executeServerCommand('vk-prefers-contrast', { value: 'more' });
      await settle(el);
      for (const e of borders) {
        const colour = sideColour(e);
        const ratio = contrast(parseColor(colour), backgroundOf(e.parentElement ?? e));
        expect(ratio, `${e.localName}.${e.className} border ${colour}: ${ratio.toFixed(2)}:1`).to.be.at.least(3);
      }
      for (const e of texts) {
        const ratio = contrast(parseColor(getComputedStyle(e).color), backgroundOf(e));
        expect(ratio, `${e.localName}.${e.className} text ${getComputedStyle(e).color}: ${ratio.toFixed(2)}:1`).to.be.at.least(7);
      }
    });
  }

  it('a host\'s --vk-color-border-subtle and --vk-color-text-subtle still win; a Designsystemet border default is followed', async () => {
    await executeServerCommand('vk-prefers-contrast', { value: 'more' });
    const own = await mount(widgets[2][1], '--vk-color-border-subtle: rgb(1, 2, 3); --vk-color-text-subtle: rgb(4, 5, 6)');
    const ownStyle = getComputedStyle(own);
    expect(ownStyle.getPropertyValue('--_vk-border-subtle').trim()).to.equal('rgb(1, 2, 3)');
    expect(ownStyle.getPropertyValue('--_vk-text-subtle').trim()).to.equal('rgb(4, 5, 6)');
    const ds = await mount(widgets[2][1], '--ds-color-neutral-border-default: rgb(7, 8, 9); --ds-color-neutral-text-subtle: rgb(10, 11, 12)');
    const dsStyle = getComputedStyle(ds);
    expect(dsStyle.getPropertyValue('--_vk-border-subtle').trim(), 'the host\'s default border, not its faint one').to.equal('rgb(7, 8, 9)');
    expect(dsStyle.getPropertyValue('--_vk-text-subtle').trim(), 'the host\'s subtle text').to.equal('rgb(10, 11, 12)');
  });
});
