import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { setLocale } from '../../src/core/localize.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { sampleSteps, shadow, splitWords } from '../helpers/index.js';

async function settle(el: VkStepTracker): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** Opens step `id`'s details with the keyboard, as a user does. */
async function openDetails(el: VkStepTracker, id: string): Promise<HTMLElement> {
  shadow(el, `.step-button[data-key="${id}"]`).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  return shadow(el, '.vk-popover');
}

describe('vk-step-tracker details at 200% text in a 360 px window (reflow)', () => {
  before(() => setViewport({ width: 360, height: 300 }));
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ti'] as const) {
    it(`every field fits the popover's width, ${locale}`, async () => {
      await setLocale(locale);
      document.documentElement.style.fontSize = '200%';
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang=${locale} .value=${workOrientedCourseSteps}></vk-step-tracker>`);
      await settle(el);
      const panel = await openDetails(el, workOrientedCourseSteps.steps[3].id);
      const edge = panel.getBoundingClientRect();
      const style = getComputedStyle(panel);
      const [start, end] = [edge.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), edge.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight)];
      const wide = Array.from(panel.querySelectorAll<HTMLElement>('input, button, label, fieldset, h3'))
        // The heading is a band across the panel's padding (kept in view where the details scroll): its content box.
        .filter((field) => { const r = field.getBoundingClientRect(); const s = getComputedStyle(field); const [l, rt] = field.localName === 'h3' ? [r.left + parseFloat(s.paddingLeft), r.right - parseFloat(s.paddingRight)] : [r.left, r.right]; return l < start - 0.5 || rt > end + 0.5; })
        .map((field) => `${field.localName}[${field.getAttribute('type') ?? ''}] ${Math.round(field.getBoundingClientRect().left)}–${Math.round(field.getBoundingClientRect().right)}`);
      expect(wide, `inside ${Math.round(start)}–${Math.round(end)}`).to.deep.equal([]);
      expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    });
  }
});

describe('vk-step-tracker details: a checklist item with a long compound word at 200% text', () => {
  before(() => setViewport({ width: 320, height: 480 }));
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the popover does not scroll sideways and the word breaks only where it must, ${dir}`, async () => {
      document.documentElement.style.fontSize = '200%';
      const doc = structuredClone(workOrientedCourseSteps) as { steps: { checklist?: unknown }[] } & typeof workOrientedCourseSteps;
      doc.steps[3].checklist = [{ id: 'hms', title: { nb: 'Arbeidsmiljøopplæring' }, done: false }, { id: 'kort', title: { nb: 'Kurs i HMS' }, done: false }];
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker dir=${dir} .value=${doc}></vk-step-tracker>`);
      await settle(el);
      const panel = await openDetails(el, doc.steps[3].id);
      const wide = Array.from(panel.querySelectorAll<HTMLElement>('*')).filter((e) => e.getBoundingClientRect().right > panel.getBoundingClientRect().right + 0.5 || e.getBoundingClientRect().left < panel.getBoundingClientRect().left - 0.5).map((e) => `${e.localName}.${e.className} ${Math.round(e.getBoundingClientRect().left)}-${Math.round(e.getBoundingClientRect().right)} min ${getComputedStyle(e).minInlineSize}`);
      expect(wide, `panel ${Math.round(panel.getBoundingClientRect().left)}-${Math.round(panel.getBoundingClientRect().right)}`).to.deep.equal([]);
      expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
      const labels = Array.from(panel.querySelectorAll<HTMLElement>('fieldset label'));
      const box = panel.getBoundingClientRect();
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        expect(r.left, label.textContent!).to.be.at.least(box.left);
        expect(r.right, label.textContent!).to.be.at.most(box.right);
      }
      // "Kurs i HMS" fits on its lines: no word of it is split.
      const item = labels.find((l) => l.textContent?.includes('Kurs i HMS'))!;
      expect(splitWords(item.querySelector('span')!)).to.deep.equal([]);
    });
  }
});

describe('vk-step-tracker details: announcements', () => {
  it('renaming a step announces the title now in force', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const panel = await openDetails(el, 's1');
    const input = panel.querySelector<HTMLInputElement>('input[type="text"]') as HTMLInputElement;
    input.value = 'Kartlegg alle';
    input.dispatchEvent(new Event('change'));
    await settle(el);
    const said = shadow(el, '[data-vk-announcer]').textContent ?? '';
    expect(said).to.contain('\u2068Kartlegg alle\u2069: lagret');
    expect(said).not.to.contain('Kartlegging');
  });
});

/** A tracker with step s2's details open, and the operations of its vk-change events from then on. */
async function detailsOfS2(): Promise<{ el: VkStepTracker; panel: Awaited<ReturnType<typeof openDetails>>; changes: unknown[] }> {
  const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
  const panel = await openDetails(el, 's2');
  const changes: unknown[] = [];
  el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
  return { el, panel, changes };
}

describe('vk-step-tracker details: a date edited with the keyboard', () => {
  it('commits one step.update when the field is left, not one per key (no intermediate null or year 0002)', async () => {
    const { el, panel, changes } = await detailsOfS2();
    const due = panel.querySelectorAll<HTMLInputElement>('input[type="date"]')[1];
    due.focus();
    // Clear the first part (day or month, by the browser's locale), then step it up twice.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(changes, 'nothing is committed while the field is being edited').to.deep.equal([]);
    // Tab through the field's parts and out of it.
    for (let i = 0; i < 4 && el.shadowRoot?.activeElement === due; i++) await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.shadowRoot?.activeElement).not.to.equal(due);
    expect(due.value).to.match(/^2026-\d\d-\d\d$/);
    expect(changes).to.deep.equal([{ type: 'step.update', stepId: 's2', changes: { due: due.value } }]);
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain(': lagret');
    el.undo();
    expect(el.value?.steps[1].due).to.equal('2026-03-01');
    expect(el.canUndo).to.equal(false);
  });
});

describe('vk-step-tracker details: Escape cancels what was typed', () => {
  for (const field of ['title', 'due'] as const) {
    it(`a ${field} typed and then Escape: nothing is committed, focus is back on the step`, async () => {
      const { el, panel, changes } = await detailsOfS2();
      const input = panel.querySelector<HTMLInputElement>(field === 'title' ? 'input[type="text"]' : 'input[type="date"]:nth-of-type(1)') as HTMLInputElement;
      (field === 'title' ? input : panel.querySelectorAll<HTMLInputElement>('input[type="date"]')[1]).focus();
      await sendKeys({ press: field === 'title' ? 'End' : 'ArrowUp' });
      if (field === 'title') await sendKeys({ type: ' B1' });
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(changes).to.deep.equal([]);
      expect(el.value).to.deep.equal(sampleSteps());
      expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key).to.equal('s2');
    });
  }
});

describe('vk-step-tracker details: Enter in a date field', () => {
  it('commits the date once and says so, as Enter in the title does; leaving the field adds nothing', async () => {
    const { el, panel, changes } = await detailsOfS2();
    const due = panel.querySelectorAll<HTMLInputElement>('input[type="date"]')[1];
    due.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(changes).to.deep.equal([{ type: 'step.update', stepId: 's2', changes: { due: due.value } }]);
    expect(due.value).not.to.equal('2026-03-01');
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain(': lagret');
    for (let i = 0; i < 4 && el.shadowRoot?.activeElement === due; i++) await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(changes).to.have.length(1);
  });
});

// Before: the details opened with focus in "Tittel" and the caret before the title, so a user who
// began typing wrote "NYAvtal med arbeidsgivere…" instead of adding to the end.
describe('vk-step-tracker details: the title field is entered with the caret after its text', () => {
  it('typing adds to the end of the title', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await settle(el);
    const panel = await openDetails(el, 's1');
    const title = panel.querySelector<HTMLInputElement>('input[type="text"]')!;
    expect(el.shadowRoot?.activeElement).to.equal(title);
    const before = title.value;
    expect(title.selectionStart).to.equal(before.length);
    await sendKeys({ type: ' NY' });
    expect(title.value).to.equal(`${before} NY`);
  });
});
