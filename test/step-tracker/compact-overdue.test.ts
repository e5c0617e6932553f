import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { setLocale } from '../../src/core/localize.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { backgroundOf, contrast, lowContrastTexts, parseColor } from '../task-ladder/contrast.js';
import { boundsOf, inkOf, onlyShowing, pixelsAround, type Pixels } from '../helpers/pixels.js';

// The compact tracker (one line per participant in a table) showed nothing of an overdue step, in
// sight or in names, while the full form says "Forfalt": an adviser scanning 500 rows for "who is
// overdue" could not see it. Now an overdue step's disc carries a "!" badge (a shape, black in
// forced colours and on paper), its name ends in "Forfalt", and the summary counts them.

/** Due dates far from today either way: overdue needs no fixed clock (test/core/today.test.ts has Oslo's day). */
const PAST = '2020-01-01';
const FUTURE = '2099-01-01';

/** Every way a due date can be: overdue only where not done or skipped and due before today. */
function doc(withSkipped = true): StepsDocument {
  return {
    version: 1,
    title: 'Amina',
    steps: [
      { id: 'a', title: 'Kartlegging', status: 'done', due: PAST },
      { id: 'b', title: 'Norskkurs', status: 'in-progress', due: PAST },
      { id: 'c', title: 'Arbeidspraksis', status: 'not-started', due: PAST },
      { id: 'd', title: 'Jobbsøking', status: 'not-started', due: FUTURE },
      { id: 'e', title: 'Jobb', status: withSkipped ? 'skipped' : 'not-started', due: withSkipped ? PAST : undefined },
    ],
  };
}

function buttons(node: AxNode): AxNode[] {
  return [...(node.role === 'button' ? [node] : []), ...(node.children ?? []).flatMap(buttons)];
}

async function compact(value: StepsDocument, dir = 'ltr'): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div id="overdue-host" role="group" aria-label="Host" dir=${dir}><vk-step-tracker compact .value=${value}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  return el;
}

const summaryOf = (el: VkStepTracker): string => el.shadowRoot!.querySelector('.summary')!.textContent!.replace(/\s+/g, ' ').trim();
const buttonOf = (el: VkStepTracker, key: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`.step-button[data-key="${key}"]`)!;
const badge = (el: VkStepTracker, key: string): CSSStyleDeclaration => getComputedStyle(buttonOf(el, key), '::before');

/**
 * A screenshot of a step's box (and 6 px around it) where only its button's `pseudo` is painted
 * (the badge `::before` or the number `::after`), on a page of colour `page`. The same rectangle
 * for either part, so their pixels can be compared.
 */
async function shotOf(el: VkStepTracker, key: string, pseudo: string, page: string): Promise<Pixels> {
  const button = buttonOf(el, key);
  const box = button.closest('li')!.getBoundingClientRect();
  button.dataset.probe = '';
  document.documentElement.style.background = page;
  try {
    return await onlyShowing(el.shadowRoot!, `[data-probe]${pseudo}`, () => pixelsAround(box));
  } finally {
    delete button.dataset.probe;
    document.documentElement.style.background = '';
  }
}
/** The badge's ink (its red disc, its "!" and its ring of the background colour) on a black page. */
const badgeShot = (el: VkStepTracker, key: string): Promise<Pixels> => shotOf(el, key, '::before', '#000');
const isBadge = (r: number, g: number, b: number): boolean => r + g + b > 90;

describe('<vk-step-tracker compact>: overdue steps', () => {
  afterEach(async () => {
    await setLocale('nb');
    await executeServerCommand('vk-forced-colors', { active: false });
    await emulateMedia({ media: 'screen' });
  });

  it('names an overdue step "Forfalt" in the accessibility tree, as the full form says it; done, skipped and future ones not', async () => {
    await compact(doc());
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const names = buttons(await accessibilityTree('#overdue-host')).map((b) => b.name);
    expect(names).to.deep.equal(['Kartlegging Ferdig', 'Norskkurs Pågår Forfalt', 'Arbeidspraksis Ikke startet Forfalt', 'Jobbsøking Ikke startet', 'Jobb Hoppet over']);
  });

  it('the pointer’s tooltip says it too (it is the name)', async () => {
    const el = await compact(doc());
    buttonOf(el, 'b').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(buttonOf(el, 'b').title).to.equal('Norskkurs Pågår Forfalt');
  });

  it('the summary counts them, in nb and en; none overdue, none said', async () => {
    expect(summaryOf(await compact(doc()))).to.equal('1 av 5 ferdig · 1 hoppet over · 2 forfalt');
    expect(summaryOf(await compact(doc(false)))).to.equal('1 av 5 ferdig · 2 forfalt');
    const onTime: StepsDocument = { ...doc(false), steps: doc(false).steps.map((s) => ({ ...s, due: FUTURE })) };
    expect(summaryOf(await compact(onTime))).to.equal('1 av 5 ferdig');
    await setLocale('en');
    expect(summaryOf(await compact(doc()))).to.equal('1 of 5 done · 1 skipped · 2 overdue');
    await setLocale('ar');
    expect(summaryOf(await compact(doc(false)))).to.equal('1 من 5 مكتملة · متأخرة: 2');
  });

  it('the count is the overdue colour and weight, its own box in the summary (it wraps as a whole)', async () => {
    const el = await compact(doc());
    const count = el.shadowRoot!.querySelector<HTMLElement>('.summary [data-overdue]')!;
    expect(count.textContent).to.equal('2 forfalt');
    const style = getComputedStyle(count);
    expect(style.fontWeight).to.equal('600');
    expect(style.color).to.not.equal(getComputedStyle(el.shadowRoot!.querySelector('.summary')!).color);
  });

  it('marks an overdue step’s disc with a "!" badge (a shape, not a colour), no other disc', async () => {
    const el = await compact(doc());
    const marked = ['a', 'b', 'c', 'd', 'e'].filter((key) => buttonOf(el, key).closest('li')!.hasAttribute('data-overdue'));
    expect(marked).to.deep.equal(['b', 'c']);
    for (const key of ['b', 'c']) {
      expect(badge(el, key).content, key).to.contain('"!"');
      expect(badge(el, key).position, key).to.equal('absolute');
    }
    for (const key of ['a', 'd']) expect(badge(el, key).content, key).to.equal('none');
    expect(badge(el, 'e').content, 'e: skipped (its ::before is the hop arrow’s head)').to.not.contain('!');
  });

  it('contrast: the count ≥ 4.5:1, the "!" ≥ 4.5:1 on its badge, the badge ≥ 3:1 on the row', async () => {
    const el = await compact(doc());
    expect(lowContrastTexts(el.shadowRoot as ShadowRoot)).to.deep.equal([]);
    const style = badge(el, 'b');
    expect(contrast(parseColor(style.color), parseColor(style.backgroundColor))).to.be.at.least(4.5);
    expect(contrast(parseColor(style.backgroundColor), backgroundOf(buttonOf(el, 'b').closest('li')!))).to.be.at.least(3);
  });

  // A host that puts the tracker in a table cell with overflow: hidden cuts what reaches out of the
  // steps: the badge reached 3-4 px above and beside its step's box. Its ink (the red disc, the "!"
  // and the ring of the background around it) is measured alone, on a black page.
  for (const dir of ['ltr', 'rtl']) {
    it(`the badge lies inside its step’s box, at the disc’s top end corner (${dir}: ${dir === 'ltr' ? 'right' : 'left'}; painted pixels)`, async () => {
      const el = await compact(doc(), dir);
      for (const key of ['b', 'c']) {
        const li = buttonOf(el, key).closest('li')!;
        const box = li.getBoundingClientRect();
        const shot = await badgeShot(el, key);
        const ink = boundsOf(shot, inkOf(shot, isBadge));
        const where = `${dir} ${key}`;
        expect(ink, where).to.not.equal(null);
        // Whole pixels: a step's box may start mid-pixel; the pixel it starts in is its own.
        expect(ink!.left, `${where}: left`).to.be.at.least(Math.floor(box.left));
        expect(ink!.right, `${where}: right`).to.be.at.most(Math.ceil(box.right));
        expect(ink!.top, `${where}: top`).to.be.at.least(Math.floor(box.top));
        expect(ink!.bottom, `${where}: bottom`).to.be.at.most(Math.ceil(box.bottom));
        const disc = buttonOf(el, key).getBoundingClientRect();
        const middle = (ink!.left + ink!.right) / 2;
        expect(middle, `${where}: at the end side`).to.satisfy((x: number) => (dir === 'ltr' ? x > disc.left + disc.width / 2 : x < disc.left + disc.width / 2));
        expect((ink!.top + ink!.bottom) / 2, `${where}: at the top`).to.be.below(disc.top + disc.height / 2);
      }
    });

    it(`the badge covers no pixel of the number, with one digit or two (${dir})`, async () => {
      const many: StepsDocument = {
        version: 1,
        steps: Array.from({ length: 14 }, (_, i) => ({ id: `s${i}`, title: `Steg ${i + 1}`, status: i % 3 === 1 ? ('in-progress' as const) : ('not-started' as const), due: PAST })),
      };
      const el = await compact(many, dir);
      for (const step of many.steps) {
        const badge = inkOf(await badgeShot(el, step.id), isBadge);
        const number = inkOf(await shotOf(el, step.id, '::after', '#fff'), (r, g, b) => r + g + b < 600);
        expect(number.size, `${dir} ${step.title}: the number shows`).to.be.above(10);
        const shared = [...badge].filter((p) => number.has(p));
        expect(shared, `${dir} ${step.title}`).to.deep.equal([]);
      }
    });
  }

  it('forced colours and paper: the badge is CanvasText (black on paper) with its "!" in Canvas', async () => {
    const el = await compact(doc());
    await executeServerCommand('vk-forced-colors', { active: true });
    const forced = badge(el, 'b');
    const text = getComputedStyle(el.shadowRoot!.querySelector('.summary')!).color;
    expect(forced.content).to.contain('"!"');
    expect(forced.backgroundColor, 'CanvasText').to.equal(text);
    expect(forced.color, 'Canvas').to.not.equal(text);
    await executeServerCommand('vk-forced-colors', { active: false });
    await emulateMedia({ media: 'print' });
    const printed = badge(el, 'b');
    expect([printed.backgroundColor, printed.color]).to.deep.equal(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.summary [data-overdue]')!).color, 'the count').to.equal('rgb(0, 0, 0)');
  });

  it('a step made done stops being overdue: badge, name and count follow', async () => {
    const el = await compact(doc());
    buttonOf(el, 'b').focus();
    await sendKeys({ press: ' ' }); // in-progress -> done
    await el.updateComplete;
    expect(buttonOf(el, 'b').closest('li')!.hasAttribute('data-overdue')).to.equal(false);
    expect(buttonOf(el, 'b').getAttribute('aria-label')).to.equal('Norskkurs Ferdig');
    expect(summaryOf(el)).to.equal('2 av 5 ferdig · 1 hoppet over · 1 forfalt');
  });

  it('the full form keeps its summary (each step says "Forfalt" there)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc()}></vk-step-tracker>`);
    expect(summaryOf(el)).to.equal('1 av 5 ferdig · 1 hoppet over');
    expect(el.shadowRoot!.querySelectorAll('.meta[data-overdue]')).to.have.length(2);
  });
});
