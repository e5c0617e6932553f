import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createAminaPlan } from '../src/presets/plan.js';
import { workOrientedCourseSteps } from '../src/presets/steps.js';
import { installDesignsystemetTheme } from '../.storybook/designsystemet-theme.js';

// Here too, not only in Storybook's preview: the visual suite's page and test/storybook/ render this story without it.
installDesignsystemetTheme();

/**
 * The same widgets with Veikart's own defaults and inside an element carrying a municipality's
 * Designsystemet tokens (`.storybook/designsystemet-theme.ts`: only `--ds-*` custom properties,
 * no `--vk-*` at all). Custom properties inherit into the shadow roots, and every `--vk-*` token
 * falls back to its Designsystemet counterpart, so the second version picks up the theme (beside
 * the first where there is room for both, else below it). The "Veikart default" side resets the
 * `--ds-*` tokens, so it stays on the defaults whatever the Theme toolbar puts on `<html>`.
 */
const meta: Meta = {
  title: 'Docs/Theming',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const plan = createAminaPlan();
const steps = { ...workOrientedCourseSteps, steps: workOrientedCourseSteps.steps.map((s, i) => ({ ...s, status: i < 2 ? 'done' : i === 2 ? 'in-progress' : 'not-started' })) };
// Each widget is a named landmark: the two sides get their own titles so the page has unique names.
const titled = <T extends object>(doc: T, title: string): T => ({ ...doc, title });
const sides = {
  default: { steps: titled(steps, 'Arbeidsrettet kurs (Veikart)'), plan: titled(plan, 'Aminas uke (Veikart)') },
  designsystemet: { steps: titled(steps, 'Arbeidsrettet kurs (Designsystemet)'), plan: titled(plan, 'Aminas uke (Designsystemet)') },
};

export const DesignsystemetTheme: StoryObj = {
  name: 'Designsystemet theme picked up',
  // The layout in the story (it was in .storybook/docs.css): the visual suite's page has it too, so
  // its 1280 px shot shows both versions side by side rather than the themed one below the cut.
  render: () => html`
    <style>
      .theming-compare { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr)); gap: 1rem; padding: 1rem; }
      .theming-compare > section { display: grid; gap: 0.75rem; align-content: start; min-inline-size: 0; padding: 0.75rem; border: 1px solid #d3d7de; border-radius: 8px; }
      .theming-compare h3 { margin: 0; font: 600 1rem/1.3 system-ui, sans-serif; }
    </style>
    <div class="theming-compare">
      <section data-theme="default" aria-label="Veikart default">
        <h3>Veikart default</h3>
        <vk-step-tracker compact .value=${sides.default.steps}></vk-step-tracker>
        <vk-plan-board .value=${sides.default.plan}></vk-plan-board>
      </section>
      <section data-theme="designsystemet" aria-label="Designsystemet tokens">
        <h3>With Designsystemet's tokens (--ds-*)</h3>
        <vk-step-tracker compact .value=${sides.designsystemet.steps}></vk-step-tracker>
        <vk-plan-board .value=${sides.designsystemet.plan}></vk-plan-board>
      </section>
    </div>
  `,
  play: async ({ canvasElement }) => {
    await Promise.all([...canvasElement.querySelectorAll('vk-plan-board, vk-step-tracker')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    // The evidence: inside the themed section the widget's accent resolves to the page's
    // Designsystemet token; in the other it keeps Veikart's default. Each side's board is looked up
    // inside its <section>: a selector such as '[data-theme="designsystemet"] vk-plan-board' also
    // matched the default side's board once the Theme toolbar put that attribute on <html>.
    const board = (side: string) => canvasElement.querySelector(`section[data-theme="${side}"]`)!.querySelector('vk-plan-board')!;
    const accent = (side: string) => getComputedStyle(board(side)).getPropertyValue('--_vk-accent').trim();
    const section = canvasElement.querySelector<HTMLElement>('section[data-theme="designsystemet"]')!;
    const token = getComputedStyle(section).getPropertyValue('--ds-color-accent-base-default').trim();
    if (!token) throw new Error('.storybook/designsystemet-theme.ts is not installed');
    const themed = accent('designsystemet');
    const plain = accent('default');
    if (themed !== token || plain === token) throw new Error(`Designsystemet accent not picked up (themed ${themed}, default ${plain}, token ${token})`);
    // And the difference is one a reader sees: the cards' corners and font too.
    const card = (side: string) => getComputedStyle(board(side).shadowRoot!.querySelector('[part~="card"]')!);
    const [ds, vk] = [card('designsystemet'), card('default')];
    if (ds.borderStartStartRadius === vk.borderStartStartRadius || ds.fontFamily === vk.fontFamily) throw new Error(`Designsystemet radius or font not picked up (radius ${ds.borderStartStartRadius} / ${vk.borderStartStartRadius}, font ${ds.fontFamily} / ${vk.fontFamily})`);
  },
};
