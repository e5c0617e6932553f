import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { expectNullValueFocusesEmptyState, focused, record, sampleSteps, shadow, shadowAll } from '../helpers/index.js';

async function tracker(): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker><button id="after">after</button></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  return el;
}

function button(el: VkStepTracker, id: string): HTMLElement {
  return shadow(el, `.step-button[data-key="${id}"]`);
}

async function settle(el: VkStepTracker): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

function operations(seen: Array<{ detail: unknown }>): unknown[] {
  return seen.map((e) => (e.detail as { operation: unknown }).operation);
}

describe('<vk-step-tracker> focus and keyboard', () => {
  it('is one tab stop: Tab enters on a step and the next Tab leaves the widget', async () => {
    const el = await tracker();
    (document.getElementById('before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLElement | null)?.classList.contains('step-button')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('undo focuses the step the edit touched and says what is true now ("Angret. … : Ikke startet", not the undone "pågår")', async () => {
    const el = await tracker();
    button(el, 's3').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    button(el, 's1').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(el);
    expect(el.value?.steps[2].status).to.equal('not-started');
    expect(focused(el)).to.equal(button(el, 's3'));
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Angret. \u2068Arbeidspraksis\u2069: Ikke startet');
  });

  it('arrow keys in the status radios only move the choice; Enter commits one step.status', async () => {
    const el = await tracker();
    const seen = record(el, 'vk-change');
    button(el, 's3').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadow<HTMLInputElement>(el, '.vk-popover input[name="status"]:checked').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(seen).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(operations(seen)).to.deep.equal([{ type: 'step.status', stepId: 's3', from: 'not-started', to: 'done' }]);
    expect(focused(el)).to.equal(button(el, 's3'));
  });

  it('the details popover closes when Tab takes focus out of it', async () => {
    const el = await tracker();
    button(el, 's2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const panel = shadow(el, '.vk-popover');
    const buttons = Array.from(panel.querySelectorAll<HTMLElement>('button'));
    buttons[buttons.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(panel.matches(':popover-open')).to.equal(false);
    expect(document.activeElement).to.not.equal(document.body);
  });

  for (const compact of [false, true]) {
    it(`a host value with no steps while a step has focus keeps focus in the tracker, on the summary saying there are no steps, never <body>${compact ? ' (compact)' : ''}`, async () => {
      const el = await tracker();
      el.compact = compact;
      await settle(el);
      button(el, 's3').focus();
      el.value = { ...sampleSteps(), steps: [] };
      await settle(el);
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal(shadow(el, '[part="summary"]'));
      expect(focused(el)?.textContent, 'and, editable and not compact, where they come from (pass 57)').to.equal(compact ? 'Ingen steg ennå.' : 'Ingen steg ennå. Stegene legges inn i fagsystemet.');
      expect(shadow(el, '[part="list"]').hidden).to.equal(true);
      // From script only: Tab still passes an empty tracker by.
      expect((focused(el) as HTMLElement).tabIndex).to.equal(-1);
    });
  }

  it('a click outside the open details, after scrolling away from the tracker, closes them and leaves focus and the page where the user put them', async () => {
    const el = await tracker();
    const below = await fixture<HTMLParagraphElement>(html`<p style="margin-block-start: 3000px; block-size: 200px">further down</p>`);
    button(el, 's2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shadow(el, '.vk-popover').contains(focused(el))).to.equal(true);
    below.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    const stepsFocused: string[] = [];
    el.addEventListener('focusin', () => stepsFocused.push(String((focused(el) as HTMLElement | null)?.dataset.key)));
    const box = below.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await settle(el);
    expect(shadowAll(el, '.vk-popover')).to.have.length(0);
    expect(window.scrollY).to.equal(scrolled);
    expect(stepsFocused, 'no step takes focus on the way').to.deep.equal([]);
    expect(document.activeElement).to.equal(document.body);
  });

  it('the details start on the checked status when it is the first field', async () => {
    const el = await tracker();
    button(el, 's2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // The title field comes first; Tab then lands on the checked radio, as the platform does.
    await sendKeys({ press: 'Tab' });
    const active = focused(el) as HTMLInputElement;
    expect([active.name, active.value, active.checked]).to.deep.equal(['status', 'in-progress', true]);
  });

  it('announces checklist ticks', async () => {
    const el = await tracker();
    button(el, 's2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadowAll<HTMLInputElement>(el, '.vk-popover input[type="checkbox"]')[1].click();
    await el.updateComplete;
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('\u2068Møt opp\u2069: krysset av');
  });

  it('the title is a heading whose level the host sets with heading-level', async () => {
    const el = await tracker();
    expect([shadow(el, '#title').getAttribute('role'), shadow(el, '#title').getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(shadow(el, '#title').getAttribute('aria-level')).to.equal('3');
  });

  // The details' heading was an h3 whatever the title's level: under a heading-level="4" title it jumped up the outline.
  for (const [level, details] of [['2', '3'], ['4', '5'], ['6', '6']] as const) {
    it(`heading-level="${level}": the open details' heading is level ${details}, one below the title (at most 6)`, async () => {
      const el = await tracker();
      el.setAttribute('heading-level', level);
      await el.updateComplete;
      button(el, 's2').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heading = shadow(el, '#details-title');
      expect([heading.tagName, heading.getAttribute('aria-level')]).to.deep.equal(['H3', details]);
    });
  }

  it('the current step shows a visible "Nå", hidden from the accessible name (aria-current says it)', async () => {
    const el = await tracker();
    const now = button(el, 's2').querySelector('.now');
    expect(now?.textContent).to.equal('Nå');
    expect(now?.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('<vk-step-tracker> host and user editing the same step', () => {
  it('a host value that removes the step whose details have focus keeps them, focus inside, with the notice; closed, focus on its nearest surviving neighbour, never <body>', async () => {
    const el = await tracker();
    button(el, 's2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shadow(el, '.vk-popover').contains(focused(el))).to.equal(true);
    const doc = sampleSteps();
    el.value = { ...doc, steps: doc.steps.filter((s) => s.id !== 's2') };
    await settle(el);
    expect(shadow(el, '.vk-popover').contains(focused(el))).to.equal(true);
    expect(shadow(el, '.vk-popover .form-notice').textContent).to.contain('fjernet av noen andre');
    shadow<HTMLButtonElement>(el, '.vk-popover .actions button').click();
    await settle(el);
    expect(shadowAll(el, '.vk-popover')).to.have.length(0);
    expect(document.activeElement).to.equal(el);
    expect((focused(el) as HTMLElement).dataset.key).to.equal('s3');
  });

  it('a host value that changes the open step keeps the typed title and unsaved status, says so, and offers the new values', async () => {
    const el = await tracker();
    button(el, 's3').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const title = shadow<HTMLInputElement>(el, '.vk-popover input[type="text"]');
    title.value = 'Praksis hos Rema';
    shadowAll<HTMLInputElement>(el, '.vk-popover input[name="status"]')[3].click();
    const doc = sampleSteps();
    el.value = { ...doc, steps: doc.steps.map((s) => (s.id === 's3' ? { ...s, title: 'Praksisplass', status: 'in-progress' as const } : s)) };
    await settle(el);
    expect(shadow<HTMLInputElement>(el, '.vk-popover input[type="text"]').value).to.equal('Praksis hos Rema');
    expect(shadowAll<HTMLInputElement>(el, '.vk-popover input[name="status"]').map((r) => r.checked)).to.deep.equal([false, false, false, true]);
    expect(shadow(el, '.vk-popover .form-notice').textContent).to.contain('endret av noen andre');
    shadow<HTMLButtonElement>(el, '.use-theirs').click();
    await settle(el);
    expect(shadow<HTMLInputElement>(el, '.vk-popover input[type="text"]').value).to.equal('Praksisplass');
    expect(shadowAll<HTMLInputElement>(el, '.vk-popover input[name="status"]').map((r) => r.checked)).to.deep.equal([false, true, false, false]);
  });

  it('a host value that takes away the focused checklist box keeps the details open, focus inside them, with the notice', async () => {
    const el = await tracker();
    button(el, 's2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadowAll<HTMLInputElement>(el, '.vk-popover input[type="checkbox"]')[1].focus();
    const doc = sampleSteps();
    el.value = { ...doc, steps: doc.steps.map((s) => (s.id === 's2' ? { ...s, checklist: s.checklist?.slice(0, 1) } : s)) };
    await settle(el);
    await settle(el);
    expect(shadowAll(el, '.vk-popover:popover-open'), 'the details stay open').to.have.length(1);
    expect(shadow(el, '.vk-popover').contains(focused(el)), 'focus inside them').to.equal(true);
    expect(shadow(el, '.vk-popover .form-notice').textContent).to.contain('endret av noen andre');
  });

  it('a host value of null while focus is in the open details: focus on the empty state, never <body>', async () => {
    const el = await tracker();
    await expectNullValueFocusesEmptyState(el, button(el, 's2'), () => settle(el));
  });

  it('the user’s own edits and undo keep the open details current (no notice)', async () => {
    const el = await tracker();
    button(el, 's2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadowAll<HTMLInputElement>(el, '.vk-popover input[type="checkbox"]')[1].click();
    await settle(el);
    el.undo();
    await settle(el);
    expect(el.shadowRoot?.querySelector('.form-notice')).to.equal(null);
  });
});
