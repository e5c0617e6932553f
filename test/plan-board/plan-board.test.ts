import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setPictogramBase } from '../../src/core/pictograms.js';
import { record, setRaw } from '../helpers/index.js';
import { above, board, operations, sr, below, bigPlan, cardButton, cardItem, centre, drag, key, keys, renderedOrder, samplePlan } from './helpers.js';

describe('plan board: rendering and semantics', () => {
  it('each column is a group labelled by its title, with its cards as a list (not named again); each card a list item whose control is named by its title; an empty column has no list', async () => {
    const el = await board();
    const lists = Array.from(sr(el).querySelectorAll('ul.cards'));
    expect(lists.length).to.equal(2);
    expect(sr(el).querySelector('.column[data-column="wed"] ul, .column[data-column="wed"] [role="list"]')).to.equal(null);
    expect(sr(el).querySelector('.column[data-column="wed"] .column-empty')?.textContent).to.contain('Ingen kort');
    for (const list of lists) {
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.hasAttribute('aria-labelledby') || list.hasAttribute('aria-label'), 'the group names the column, the list does not repeat it').to.equal(false);
      const column = list.closest('.column') as HTMLElement;
      expect(column.getAttribute('role')).to.equal('group');
      const label = sr(el).getElementById(column.getAttribute('aria-labelledby') ?? '');
      expect(label?.textContent).to.contain(list.getAttribute('data-column') === 'mon' ? 'Mandag' : list.getAttribute('data-column') === 'tue' ? 'Tirsdag' : 'Onsdag');
    }
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    expect(cardItem(el, 'c1').tagName).to.equal('LI');
    expect(cardButton(el, 'c1').textContent).to.contain('Norskkurs');
  });

  it('shows the participant-language title under the Norwegian, with its own lang and dir', async () => {
    const el = await board();
    const first = cardButton(el, 'c1').querySelector('[part="text"]') as HTMLElement;
    const second = cardButton(el, 'c1').querySelector('[part="text-second"]') as HTMLElement;
    expect(first.lang).to.equal('nb');
    expect(first.dir).to.equal('ltr');
    expect(second.lang).to.equal('ar');
    expect(second.dir).to.equal('rtl');
    expect(second.textContent).to.equal('دورة اللغة النرويجية');
  });

  it('only one card is in the tab order', async () => {
    const el = await board();
    const tabbable = Array.from(sr(el).querySelectorAll<HTMLElement>('.card-button')).filter((b) => b.tabIndex === 0);
    expect(tabbable.map((b) => b.dataset.key)).to.deep.equal(['c1']);
  });

  it('hostile titles stay text', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board></vk-plan-board>`);
    const doc = samplePlan() as unknown as { cards: Array<{ title: unknown }>; columns: Array<{ title: unknown }> };
    doc.cards[0].title = '<img src=x onerror="window.hacked=1">';
    doc.columns[0].title = '<script>window.hacked=1</script>';
    setRaw(el, doc);
    await el.updateComplete;
    expect(sr(el).querySelector('img[src="x"]')).to.equal(null);
    expect(sr(el).querySelector('script')).to.equal(null);
    expect(cardButton(el, 'c1').textContent).to.contain('<img src=x');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('a dangling columnId gives vk-error with path /cards/N/columnId and keeps the last document', async () => {
    const el = await board();
    const events = record(el, 'vk-error');
    const bad = samplePlan() as unknown as { cards: Array<{ columnId: string }> };
    bad.cards[1].columnId = 'sunday';
    setRaw(el, bad);
    expect(events).to.have.length(1);
    const detail = events[0].detail as { code: string; issues: Array<{ path: string }> };
    expect(detail.code).to.equal('invalid-document');
    expect(detail.issues[0].path).to.equal('/cards/1/columnId');
    expect(el.value).to.deep.equal(samplePlan());
  });

  it('renders a 300-card board: a screenful of each column in the first frame, every card one frame later', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(300)}></vk-plan-board>`);
    const first = sr(el).querySelectorAll('ul.cards')[4].querySelectorAll('.card').length;
    expect(first).to.be.within(3, 59);
    // …and that screenful reaches below the bottom of the viewport in every column.
    for (const list of sr(el).querySelectorAll('ul.cards')) {
      const cards = list.querySelectorAll('.card');
      expect(cards[cards.length - 1].getBoundingClientRect().bottom).to.be.greaterThan(window.innerHeight);
    }
    // The counts already say how many there are.
    expect(sr(el).querySelectorAll('.count')[4].textContent).to.equal('60');
    // The next frame renders the rest (requested in the first update, so it runs before ours).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(sr(el).querySelectorAll('.card').length).to.equal(300);
    expect(sr(el).querySelectorAll('ul.cards')[4].querySelectorAll('.card').length).to.equal(60);
  });

  it('short cards: the first frame measures its probe and renders as many more as reach the bottom of the viewport', async () => {
    // One line of title beside the pictogram: cards far shorter than the probe assumes, so the
    // probe alone would end mid-screen.
    const big = bigPlan(300);
    const plan = { version: big.version, columns: big.columns, cards: big.cards.map(({ time: _time, ...card }) => ({ ...card, title: `K${card.id}` })) };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board readonly .value=${plan}></vk-plan-board>`);
    expect(el.error, JSON.stringify(el.error)).to.equal(null);
    const lists = [...sr(el).querySelectorAll('ul.cards')];
    const first = lists[0].querySelectorAll('.card').length;
    expect(first).to.be.greaterThan(Math.ceil(window.innerHeight / 240) + 1);
    expect(first).to.be.lessThan(60);
    for (const list of lists) {
      const cards = list.querySelectorAll('.card');
      expect(cards[cards.length - 1].getBoundingClientRect().bottom).to.be.greaterThan(window.innerHeight);
    }
  });

  it('a 300-card board is complete for the keyboard from the start: Ctrl+End focuses the last card before the rest has rendered', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(300)}></vk-plan-board>`);
    expect(sr(el).querySelector('.card[data-card="k299"]')).to.equal(null);
    cardButton(el, 'k0').focus();
    await key(el, cardButton(el, 'k0'), 'End', { ctrlKey: true });
    expect((sr(el).activeElement as HTMLElement).dataset.key).to.equal('k299');
    expect(sr(el).querySelectorAll('.card').length).to.equal(300);
  });
});

describe('plan board: re-rendering only what changed', () => {
  afterEach(() => setPictogramBase(null));

  it('a new pictogram base reaches the cards and column headers of an unchanged document', async () => {
    const el = await board();
    setPictogramBase('https://cdn.example.org/vk/');
    await el.updateComplete;
    expect(cardItem(el, 'c4').querySelector('img')?.getAttribute('src')).to.equal('https://cdn.example.org/vk/doctor.svg');
    const header = sr(el).querySelector('.column[data-column="mon"] .column-header img');
    if (header) expect(header.getAttribute('src')).to.match(/^https:\/\/cdn\.example\.org\/vk\//);
  });

  it('a keyboard move step and the drop keep the other cards’ DOM (keyed) and show every card where the value says', async () => {
    const el = await board();
    const untouched = cardItem(el, 'c2');
    cardButton(el, 'c1').focus();
    await keys(el, ' ');
    await keys(el, 'ArrowRight');
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c2', 'c3'], tue: ['c1', 'c4'], wed: [] });
    expect(cardItem(el, 'c2')).to.equal(untouched);
    await keys(el, 'ArrowRight');
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c2', 'c3'], tue: ['c4'], wed: ['c1'] });
    await keys(el, ' ');
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c2', 'c3'], tue: ['c4'], wed: ['c1'] });
    expect(el.value!.cards.find((c) => c.id === 'c1')?.columnId).to.equal('wed');
    expect(cardItem(el, 'c2')).to.equal(untouched);
    expect(cardItem(el, 'c1').hasAttribute('data-lifted')).to.equal(false);
  });

  it('a card moved to another column by the keyboard is the same element there and keeps focus, into an empty column and back', async () => {
    const el = await board();
    const item = cardItem(el, 'c1');
    const button = cardButton(el, 'c1');
    button.focus();
    let blurs = 0;
    button.addEventListener('focusout', () => blurs++);
    await keys(el, ' ');
    const at = async (order: Record<string, string[]>): Promise<void> => {
      expect(renderedOrder(el)).to.deep.equal(order);
      expect(cardItem(el, 'c1')).to.equal(item);
      expect(sr(el).activeElement).to.equal(button);
    };
    await keys(el, 'ArrowRight');
    await at({ mon: ['c2', 'c3'], tue: ['c1', 'c4'], wed: [] });
    await keys(el, 'ArrowRight'); // wed had no list: one is made for it
    await at({ mon: ['c2', 'c3'], tue: ['c4'], wed: ['c1'] });
    await keys(el, 'ArrowLeft', 'ArrowLeft'); // and goes again
    await at({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    await keys(el, 'ArrowDown', 'ArrowDown');
    await at({ mon: ['c2', 'c3', 'c1'], tue: ['c4'], wed: [] });
    await keys(el, 'Escape');
    await at({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    // Where the browser can move a node with its state (Element.moveBefore), focus never left it.
    if ('moveBefore' in Element.prototype) expect(blurs).to.equal(0);
    expect(el.shadowRoot?.querySelectorAll('.card').length).to.equal(4);
  });

  it('a card moved out of a column it was alone in is the same element in its new column and has focus there', async () => {
    const el = await board();
    const item = cardItem(el, 'c4');
    cardButton(el, 'c4').focus();
    await keys(el, ' ', 'ArrowRight');
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: [], wed: ['c4'] });
    expect(cardItem(el, 'c4')).to.equal(item);
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c4'));
    await keys(el, ' ');
    expect(el.value!.cards.find((c) => c.id === 'c4')?.columnId).to.equal('wed');
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c4'));
  });
});

describe('plan board: keyboard', () => {
  it('arrows move focus within and between columns; Home/End in the column; Ctrl+End on the board', async () => {
    const el = await board();
    cardButton(el, 'c1').focus();
    await keys(el, 'ArrowDown');
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c2'));
    await keys(el, 'ArrowRight');
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c4'));
    await keys(el, 'ArrowLeft', 'End');
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c3'));
    await keys(el, 'Home');
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c1'));
    await key(el, cardButton(el, 'c1'), 'End', { ctrlKey: true });
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c4'));
  });

  it('Enter opens the card with vk-open {kind: "card", id}', async () => {
    const el = await board();
    const events = record(el, 'vk-open');
    cardButton(el, 'c2').focus();
    await keys(el, 'Enter');
    expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'card', id: 'c2' }]);
  });

  it('moving a card with the keyboard within a column fires one vk-change with the exact card.move', async () => {
    const el = await board();
    const events = record(el, 'vk-change', 'change');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowDown', 'ArrowDown');
    expect(events).to.have.length(0);
    expect(renderedOrder(el).mon).to.deep.equal(['c2', 'c3', 'c1']);
    await keys(el, ' ');
    expect(operations(events)).to.deep.equal([{ type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'mon', index: 2 } }]);
    expect(events.map((e) => e.type)).to.deep.equal(['vk-change', 'change']);
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c1'));
  });

  it('moving a card with the keyboard across columns fires card.move with the destination index', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    cardButton(el, 'c2').focus();
    await keys(el, ' ', 'ArrowRight');
    expect(renderedOrder(el).tue).to.deep.equal(['c4', 'c2']);
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c2'));
    await keys(el, 'ArrowRight', ' ');
    expect(operations(events)).to.deep.equal([{ type: 'card.move', cardId: 'c2', from: { columnId: 'mon', index: 1 }, to: { columnId: 'wed', index: 0 } }]);
    expect(el.value?.cards.find((c) => c.id === 'c2')?.columnId).to.equal('wed');
  });

  it('announces pick-up, each move and the drop', async () => {
    const el = await board();
    cardButton(el, 'c1').focus();
    await keys(el, ' ');
    expect(el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent).to.contain('Løftet');
    await keys(el, 'ArrowRight');
    expect(el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent).to.contain('Kort \u2068Norskkurs\u2069: kolonne \u2068Tirsdag\u2069, plass 1 av 2');
    await keys(el, ' ');
    expect(el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent).to.contain('Flyttet');
  });

  it('Escape puts the card back: nothing changes and nothing fires', async () => {
    const el = await board();
    const events = record(el, 'vk-change', 'change');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight', 'ArrowDown', 'Escape');
    expect(events).to.have.length(0);
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    expect(el.value).to.deep.equal(samplePlan());
    expect(el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent).to.contain('avbrutt');
  });

  it('focus loss during a keyboard move puts the card back and fires nothing', async () => {
    const el = await board();
    const outside = document.createElement('button');
    document.body.append(outside);
    const events = record(el, 'vk-change');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowDown');
    outside.focus();
    await el.updateComplete;
    expect(renderedOrder(el).mon).to.deep.equal(['c1', 'c2', 'c3']);
    await key(el, cardButton(el, 'c1'), ' ');
    expect(events).to.have.length(0);
    outside.remove();
  });

  it('a new value set mid-move cancels the move and fires nothing', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight');
    const next = samplePlan();
    el.value = { ...next, title: 'Ny' };
    await el.updateComplete;
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    cardButton(el, 'c1').focus();
    await key(el, cardButton(el, 'c1'), 'Enter');
    expect(events).to.have.length(0);
  });

  it('in RTL (dir="rtl" ancestor) ArrowLeft moves to the next column', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
    const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    const events = record(el, 'vk-change');
    cardButton(el, 'c1').focus();
    await keys(el, 'ArrowLeft');
    expect(sr(el).activeElement).to.equal(cardButton(el, 'c4'));
    await keys(el, ' ', 'ArrowLeft', ' ');
    expect(operations(events)).to.deep.equal([{ type: 'card.move', cardId: 'c4', from: { columnId: 'tue', index: 0 }, to: { columnId: 'wed', index: 0 } }]);
  });

  it('cancelling vk-change with preventDefault reverts the move', async () => {
    const el = await board();
    el.addEventListener('vk-change', (e) => e.preventDefault());
    const changes = record(el, 'change');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    expect(el.value).to.deep.equal(samplePlan());
    expect(renderedOrder(el).mon).to.deep.equal(['c1', 'c2', 'c3']);
    expect(changes).to.have.length(0);
  });

  it('undo moves the card back with the inverse card.move (source "undo")', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    el.undo();
    await el.updateComplete;
    expect((events[1].detail as { source: string }).source).to.equal('undo');
    expect(operations(events)[1]).to.deep.equal({ type: 'card.move', cardId: 'c1', from: { columnId: 'tue', index: 0 }, to: { columnId: 'mon', index: 0 } });
    expect(el.value).to.deep.equal(samplePlan());
  });
});

describe('plan board: pointer drag', () => {
  it('dragging a card onto another column fires one card.move to the slot under the pointer', async () => {
    const el = await board();
    const events = record(el, 'vk-change', 'vk-open');
    await drag(el, 'c1', above(cardItem(el, 'c4')));
    expect(operations(events)).to.deep.equal([{ type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'tue', index: 0 } }]);
    expect(events.filter((e) => e.type === 'vk-open')).to.have.length(0);
    expect(renderedOrder(el).tue).to.deep.equal(['c1', 'c4']);
  });

  it('dragging within a column to below the last card moves it to the end', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    await drag(el, 'c1', below(cardItem(el, 'c3')));
    expect(operations(events)).to.deep.equal([{ type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'mon', index: 2 } }]);
  });

  it('shows a drop indicator and a ghost while dragging, and removes them after', async () => {
    const el = await board();
    await drag(el, 'c1', above(cardItem(el, 'c4')), 'none');
    expect(cardItem(el, 'c4').dataset.drop).to.equal('before');
    expect(cardItem(el, 'c1').hasAttribute('data-dragging')).to.equal(true);
    expect(sr(el).querySelector('.ghost-layer .ghost')).to.not.equal(null);
    const button = cardButton(el, 'c1');
    button.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, composed: true, pointerId: 7 }));
    expect(sr(el).querySelector('[data-drop]')).to.equal(null);
    expect(sr(el).querySelector('.ghost')).to.equal(null);
  });

  it('dropping onto an empty column', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    await drag(el, 'c2', centre(sr(el).querySelector('.column[data-column="wed"]') as Element));
    expect(operations(events)).to.deep.equal([{ type: 'card.move', cardId: 'c2', from: { columnId: 'mon', index: 1 }, to: { columnId: 'wed', index: 0 } }]);
  });

  it('pointercancel mid-drag changes nothing and fires nothing', async () => {
    const el = await board();
    const events = record(el, 'vk-change', 'change', 'vk-open');
    await drag(el, 'c1', above(cardItem(el, 'c4')), 'cancel');
    expect(events).to.have.length(0);
    expect(el.value).to.deep.equal(samplePlan());
  });

  it('Escape mid-drag changes nothing and fires nothing', async () => {
    const el = await board();
    const events = record(el, 'vk-change', 'change');
    await drag(el, 'c1', above(cardItem(el, 'c4')), 'none');
    await key(el, cardButton(el, 'c1'), 'Escape');
    const to = above(cardItem(el, 'c4'));
    cardButton(el, 'c1').dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, clientX: to.x, clientY: to.y }));
    expect(events).to.have.length(0);
  });

  it('focus loss mid-drag changes nothing and fires nothing', async () => {
    const el = await board();
    const outside = document.createElement('button');
    document.body.append(outside);
    const events = record(el, 'vk-change', 'change');
    cardButton(el, 'c1').focus();
    await drag(el, 'c1', above(cardItem(el, 'c4')), 'none');
    outside.focus();
    const to = above(cardItem(el, 'c4'));
    cardButton(el, 'c1').dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, clientX: to.x, clientY: to.y }));
    expect(events).to.have.length(0);
    expect(sr(el).querySelector('.ghost')).to.equal(null);
    outside.remove();
  });

  it('a new value mid-drag changes nothing and fires nothing', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    await drag(el, 'c1', above(cardItem(el, 'c4')), 'none');
    const button = cardButton(el, 'c1');
    el.value = { ...samplePlan(), title: 'Ny' };
    await el.updateComplete;
    const to = above(cardItem(el, 'c4'));
    button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, clientX: to.x, clientY: to.y }));
    expect(events).to.have.length(0);
    expect(sr(el).querySelector('.ghost')).to.equal(null);
  });

  it('a press without movement is a click that opens the card', async () => {
    const el = await board();
    const events = record(el, 'vk-open', 'vk-change');
    const button = cardButton(el, 'c2');
    const { x, y } = centre(button);
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerId: 3, button: 0, isPrimary: true, clientX: x, clientY: y }));
    button.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerId: 3, clientX: x + 2, clientY: y + 1 }));
    button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 3, clientX: x + 2, clientY: y + 1 }));
    button.click();
    expect(events.map((e) => e.type)).to.deep.equal(['vk-open']);
  });

  it('a touch drag that does not start on the grip does not move the card', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    await drag(el, 'c1', above(cardItem(el, 'c4')), 'up', { pointerType: 'touch' });
    expect(events).to.have.length(0);
  });
});

describe('plan board: auto-scroll', () => {
  it('dragging near the inline end of a board too small for its columns scrolls the columns', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 520px"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
    const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    await el.updateComplete;
    const columns = sr(el).querySelector('.columns') as HTMLElement;
    expect(columns.scrollWidth).to.be.greaterThan(columns.clientWidth);
    const r = columns.getBoundingClientRect();
    await drag(el, 'c1', { x: r.right - 10, y: r.top + 60 }, 'none');
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(columns.scrollLeft).to.be.greaterThan(0);
    cardButton(el, 'c1').dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, composed: true, pointerId: 7 }));
  });

  it('Escape pressed anywhere on the page cancels a pointer drag', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    await drag(el, 'c1', above(cardItem(el, 'c4')), 'none');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(sr(el).querySelector('.ghost')).to.equal(null);
    const to = above(cardItem(el, 'c4'));
    cardButton(el, 'c1').dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, clientX: to.x, clientY: to.y }));
    expect(events).to.have.length(0);
  });
});

describe('plan board: touch drag from the grip', () => {
  it('a touch drag that starts on the grip moves the card', async () => {
    const el = await board();
    const events = record(el, 'vk-change');
    const grip = cardItem(el, 'c1').querySelector('.grip') as HTMLElement;
    const button = cardButton(el, 'c1');
    const from = centre(grip);
    const to = above(cardItem(el, 'c4'));
    const init = { bubbles: true, composed: true, cancelable: true, pointerId: 9, pointerType: 'touch', isPrimary: true, button: 0 };
    grip.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from.x, clientY: from.y }));
    // A touch brings no pointerenter before the press: the drag starts from the press itself.
    await el.updateComplete;
    button.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: to.x, clientY: to.y }));
    button.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to.x, clientY: to.y }));
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'tue', index: 0 } }]);
  });
});
