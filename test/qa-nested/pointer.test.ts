/**
 * QA: pointer use of the widgets inside a host application's shadow root (`<qa-case-view>`):
 * drags, presses outside, and a press on the widget's own padding.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { formWidgets } from '../helpers/forms.js';
import { record } from '../helpers/index.js';
import { deepActive, describeEl, frame, key, nested, settleAll, type Widget } from './case-view.js';
import { popoverOpen } from './common-open.js';
import { tabInto } from './scenarios.js';

const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (const f of [0.25, 0.5, 0.75, 1]) await sendMouse({ type: 'move', position: [Math.round(from[0] + (to[0] - from[0]) * f), Math.round(from[1] + (to[1] - from[1]) * f)] });
  await sendMouse({ type: 'up' });
}

const width = (): number => Math.min(760, window.innerWidth - 20);

describe('QA nested: pointer', () => {
  afterEach(() => resetMouse());

  it('board: a mouse drag of a card to another day moves it (one card.move), focus on the card', async () => {
    const { el } = await nested<Widget>('vk-plan-board', samplePlan());
    el.parentElement!.style.inlineSize = `${width()}px`;
    await settleAll(el);
    const seen = record(el, 'vk-change');
    const card = el.shadowRoot!.querySelector('.card-button[data-key="c1"]')!;
    const wed = el.shadowRoot!.querySelector('.column[data-column="wed"]')!;
    await drag(centre(card), centre(wed));
    await settleAll(el);
    const ops = seen.map((e) => (e.detail as { operation: { type: string; to?: { columnId: string } } }).operation);
    expect(ops.map((o) => `${o.type}:${o.to?.columnId}`)).to.deep.equal(['card.move:wed']);
    expect(deepActive()?.matches('.card-button[data-key="c1"]'), describeEl(deepActive())).to.equal(true);
  });

  it('calendar: a mouse drag of a session to another day moves it (one session.move), focus on the session', async () => {
    const { el } = await nested<Widget>('vk-course-calendar', sampleSchedule(), { view: 'month', date: '2026-03-09' });
    el.parentElement!.style.inlineSize = `${width()}px`;
    await settleAll(el);
    const seen = record(el, 'vk-change');
    const session = el.shadowRoot!.querySelector('[data-session="a1"]')!;
    session.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerId: 1, isPrimary: true }));
    await settleAll(el);
    const day = el.shadowRoot!.querySelector('.day[data-date="2026-03-11"]')!;
    await drag(centre(session), centre(day));
    await settleAll(el);
    const ops = seen.map((e) => (e.detail as { operation: { type: string } }).operation.type);
    expect(ops).to.deep.equal(['session.move']);
    expect((el.value as { sessions: Array<{ id: string; start: string }> }).sessions.find((s) => s.id === 'a1')?.start).to.equal('2026-03-11T09:00');
    expect(deepActive()?.matches('[data-session="a1"]'), describeEl(deepActive())).to.equal(true);
  });

  it('board: a card lifted by keyboard, then a press on the host\'s heading: put back, focus on the card', async () => {
    const { view, el } = await nested<Widget>('vk-plan-board', samplePlan());
    view.note.focus();
    await tabInto(el, '.card-button[data-key="c1"]');
    await key(el, ' ');
    await key(el, 'ArrowDown');
    const seen = record(el, 'vk-change');
    await sendMouse({ type: 'click', position: centre(view.shadowRoot!.querySelector('h2')!) });
    await settleAll(el);
    await frame();
    expect(seen).to.have.length(0);
    expect(deepActive()?.matches('.card-button[data-key="c1"]'), describeEl(deepActive())).to.equal(true);
  });

  it('tracker: a click opens a step\'s details; a click on the host\'s note field closes them and focus stays there', async () => {
    const { view, el } = await nested<Widget>('vk-step-tracker', formWidgets[0][1]());
    const step = el.shadowRoot!.querySelector<HTMLElement>('.step-button[data-key="s2"]')!;
    await sendMouse({ type: 'click', position: centre(step) });
    expect(await popoverOpen(el), 'details open').to.not.equal(null);
    await settleAll(el);
    // The host's note field, where the details do not cover it (they are in the top layer).
    const box = view.note.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.left + 4), Math.round(box.top + box.height / 2)];
    const pop = el.shadowRoot!.querySelector(':popover-open')!.getBoundingClientRect();
    expect(view.shadowRoot!.elementFromPoint(...at), `the note field at ${at} (popover ${JSON.stringify(pop)}, window ${innerWidth}×${innerHeight}, inner ${describeEl(el.shadowRoot!.elementFromPoint(...at))})`).to.equal(view.note);
    await sendMouse({ type: 'click', position: at });
    await settleAll(el);
    for (let i = 0; i < 3; i++) await frame();
    expect(el.shadowRoot!.querySelector(':popover-open'), 'closed').to.equal(null);
    expect(deepActive(), describeEl(deepActive())).to.equal(view.note);
  });

  it('a <label for> in the host\'s shadow root naming the widget: a click on it focuses the widget where Tab enters', async () => {
    const { view, el } = await nested<Widget>('vk-step-tracker', formWidgets[0][1]());
    el.id = 'route';
    const label = document.createElement('label');
    label.htmlFor = 'route';
    label.textContent = 'Løpet til Amina';
    view.card.prepend(label);
    await sendMouse({ type: 'click', position: centre(label) });
    await settleAll(el);
    expect(deepActive()?.matches('.step-button'), describeEl(deepActive())).to.equal(true);
  });
});
