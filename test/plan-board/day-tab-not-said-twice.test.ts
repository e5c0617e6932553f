/**
 * One day at a time (360 px): a day chosen on its tab (→/← there, Enter or a click on it) is said by
 * the focused tab itself ("Onsdag 3 kort, fane 3 av 5"). Until 7 Dec 2026 the live region said it
 * again ("Onsdag, 3 av 5"), and Enter on the selected tab said it once more (a newcomer's QA). The
 * announcement stays for what no tab says: a swipe on the column, and ←/→ from a card
 * (narrow-day-said.test.ts), and a day the host removed.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { recordAnnouncements } from '../helpers/index.js';
import { boardAt, deepActive, key } from './helpers.js';

describe('plan board, one day at a time: a day chosen on its tab is not said again', () => {
  it('→ on the tabs, Enter and a click on the selected tab: focus on the new tab, nothing in the live region', async () => {
    const el = await boardAt(360);
    const tabs = (): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')];
    tabs()[0].focus();
    const said = recordAnnouncements(el);
    await key(el, tabs()[0], 'ArrowRight');
    await el.updateComplete;
    expect(tabs()[1].getAttribute('aria-selected'), 'the next day shown').to.equal('true');
    expect(deepActive(), 'focus on its tab').to.equal(tabs()[1]);
    await key(el, tabs()[1], 'Enter');
    tabs()[1].click();
    await el.updateComplete;
    expect(said).to.deep.equal([]);
  });
});
