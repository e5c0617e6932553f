/**
 * The board's editing UI (its menus, pickers, forms: the board-editing chunk) could not be loaded on a use: the board said
 * "Noe kunne ikke lastes. Last inn siden på nytt." and nothing more, though the chunk can be asked for again (whatwg/html#10327,
 * as this Chromium does) and the next use did (QA, 8 Dec 2026). Now the notice has "Prøv igjen", next in the Tab order after
 * the control whose use failed: it asks again for that very use — the card's menu opens from its button once the chunk
 * comes, the notice goes, and Escape puts focus back on the button; failing again, the notice stays, focus stays on
 * "Prøv igjen", and its words are said again. The same for the edit form's own chunk ("Rediger"). Real key presses; the
 * chunks are blocked for this page (CDP, `vk-block-urls`). The page's module map keeps a loaded chunk: each test loads
 * a chunk the other does not need first (the form's test runs once the editing UI is in).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { block, NOTICE, notice, noticeOf, quietLoadFailures, requested, retryOf, until } from '../helpers/load-failure.js';
import { cardItem, deepActive, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const menuButton = (el: VkPlanBoard, id: string): HTMLElement => cardItem(el, id).querySelector<HTMLElement>('.menu-button')!;
const plain = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

async function board(): Promise<VkPlanBoard> {
  const el = (await fixture<HTMLElement>(html`<div><vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board><button>after</button></div>`)).firstElementChild as VkPlanBoard;
  await el.updateComplete;
  return el;
}

describe('plan board: "Prøv igjen" where the editing UI could not be loaded', () => {
  quietLoadFailures();

  it('the card menu: the notice offers "Prøv igjen" after the button; it asks again, and once the chunk comes the menu opens', async () => {
    await block(['*/board-editing.*', '*/panel.styles.*', '*/card-editor.*']);
    const el = await board();
    menuButton(el, 'c2').focus();
    await sendKeys({ press: 'Enter' });
    const alert = await noticeOf(el);
    expect(plain(alert.textContent), 'the notice, with its retry').to.equal(`${NOTICE} Prøv igjen`);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(sr(el).querySelector('.vk-popover:popover-open'), 'nothing opened').to.equal(null);
    expect(deepActive(), 'focus stays on the menu button').to.equal(menuButton(el, 'c2'));

    // The keyboard reaches it: the next Tab stop after the card's menu button.
    await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab goes to "Prøv igjen"').to.equal(retryOf(el));

    // Still no connection: asked again, failed again; the notice stays (one), focus on "Prøv igjen", the words said again.
    const said = recordAnnouncements(el);
    const asked = await requested('board-editing');
    await sendKeys({ press: 'Enter' });
    await until(() => said.includes(NOTICE));
    await settle(el);
    expect(await requested('board-editing'), 'the chunk asked for again').to.be.above(asked);
    expect(sr(el).querySelectorAll('[data-vk-failed]').length).to.equal(1);
    expect(deepActive(), 'focus still on "Prøv igjen"').to.equal(retryOf(el));

    // The connection is back: "Prøv igjen" opens the menu the press asked for, from its button; the notice goes.
    await block(['*/card-editor.*']);
    await sendKeys({ press: 'Enter' });
    const menu = await until(() => sr(el).querySelector<HTMLElement>('.vk-popover[role="menu"]:popover-open'));
    await settle(el);
    expect(menu.getAttribute('aria-labelledby'), 'c2’s menu').to.equal(menuButton(el, 'c2').id);
    expect(menu.contains(deepActive()), 'focus in the menu').to.equal(true);
    expect(notice(el), 'the notice went').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), 'Escape: back on the button the use began on').to.equal(menuButton(el, 'c2'));
  });

  it('the edit form ("Rediger"): "Prøv igjen" opens the card’s form once its chunk comes', async () => {
    await block(['*/card-editor.*']);
    const el = await board();
    menuButton(el, 'c1').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => sr(el).querySelector('.vk-popover[role="menu"]:popover-open [data-action="edit"]'));
    (sr(el).querySelector('[data-action="edit"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await noticeOf(el);
    await settle(el);
    expect(deepActive(), 'the menu closed onto its button').to.equal(menuButton(el, 'c1'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab goes to "Prøv igjen"').to.equal(retryOf(el));
    await block([]);
    await sendKeys({ press: 'Enter' });
    const form = await until(() => sr(el).querySelector<HTMLFormElement>('.vk-popover:popover-open .edit-form'));
    await settle(el);
    expect(form.querySelector<HTMLInputElement>('[name="title"]')?.value, 'c1’s form').to.equal('Norskkurs');
    expect(form.contains(deepActive()), 'focus in the form').to.equal(true);
    expect(notice(el), 'the notice went').to.equal(null);
  });
});
