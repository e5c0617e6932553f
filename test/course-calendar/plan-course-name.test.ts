/**
 * The "plan a course" dialog's course menu on a 320 px phone with text at 200 %: a native select
 * draws its choice on one line, and uk "Прибирання та захист від інфекцій" showed as "Прибирання т…".
 * Under the menu the chosen course's whole name now shows wrapped (hidden from assistive
 * technology, which reads it whole in the menu), and follows the choice. Wider, it is not shown.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { setLocale } from '../../src/core/localize.js';
import { sampleSchedule } from './fixtures.js';

const UK = 'Прибирання та захист від інфекцій';

function schedule() {
  const value = sampleSchedule();
  return { ...value, courses: value.courses.map((c) => (c.id === 'renhold' ? { ...c, title: { ...(c.title as object), uk: UK } } : { ...c, title: { ...(c.title as object), uk: 'Продаж і обслуговування' } })) };
}

interface AxNode {
  role?: string;
  name?: string;
  value?: string;
  children?: AxNode[];
}

async function planDialog(lang: string, dir: string): Promise<{ el: VkCourseCalendar; dialog: HTMLDialogElement }> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}><vk-course-calendar id="cal" view="month" date="2026-03-30" .value=${schedule()}></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>('[data-action="plan"]')!.click();
  await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { el, dialog: el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.pattern')! };
}

/** Words of `el`'s text that lie on more than one line. */
function splitWords(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of (node.textContent ?? '').matchAll(/\S+/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
    }
  }
  return out;
}

describe('the "plan a course" dialog: the chosen course’s whole name at 200 % text on a 320 px phone', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const [lang, dir, name] of [
    ['uk', 'ltr', UK],
    ['ar', 'rtl', 'التنظيف ومكافحة العدوى'],
    ['nb', 'ltr', 'Renhold og smittevern'],
  ] as const) {
    it(`${lang}: under the menu, wrapped inside the dialog, hidden from assistive technology; it follows the choice`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '32px';
      const { el, dialog } = await planDialog(lang, dir);
      const select = dialog.querySelector<HTMLSelectElement>('select[name="course"]')!;
      const shown = dialog.querySelector<HTMLElement>('.pattern-chosen');
      expect(shown, 'the chosen course’s name').to.exist;
      expect(shown!.checkVisibility(), 'shown').to.equal(true);
      expect(shown!.textContent).to.equal(name);
      expect(shown!.getAttribute('aria-hidden')).to.equal('true');
      expect(shown!.getBoundingClientRect().top, 'below the menu').to.be.at.least(select.getBoundingClientRect().bottom);
      const box = dialog.getBoundingClientRect();
      const r = shown!.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left);
      expect(r.right, 'inside the dialog').to.be.at.most(box.right);
      expect(shown!.scrollWidth, 'nothing of it cut').to.be.at.most(shown!.clientWidth);
      expect(splitWords(shown!), 'its words whole').to.deep.equal([]);
      expect(dialog.scrollWidth, 'nothing scrolls sideways in the dialog').to.be.at.most(dialog.clientWidth);
      // The menu's own name is its caption; its value is the course (the line adds nothing to the tree).
      const tree = await executeServerCommand<AxNode | null, { selector: string; interestingOnly: boolean }>('vk-a11y-tree', { selector: '#cal >>> dialog.pattern', interestingOnly: false });
      const texts: string[] = [];
      const menus: string[] = [];
      const walk = (node: AxNode): void => {
        if (node.role === 'combobox') menus.push(`${node.name}: ${node.value}`);
        if (node.name?.includes(name) && node.role !== 'option' && node.role !== 'combobox' && node.role !== 'MenuListOption') texts.push(`${node.role}: ${node.name}`);
        node.children?.forEach(walk);
      };
      if (tree) walk(tree);
      expect(menus, 'the menu says the name').to.include.members([`${select.labels[0]!.querySelector('span')!.textContent}: ${name}`]);
      expect(texts, 'and only the menu').to.deep.equal([]);
      select.value = 'butikk';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(shown!.textContent).to.equal(select.selectedOptions[0]!.textContent);
    });
  }

  it('in a wide dialog (768 px, 16 px text) the menu shows the name and the line is not shown', async () => {
    await setViewport({ width: 768, height: 800 });
    const { dialog } = await planDialog('uk', 'ltr');
    expect(dialog.querySelector<HTMLElement>('.pattern-chosen')!.checkVisibility()).to.equal(false);
  });
});
