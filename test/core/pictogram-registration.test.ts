// Contract §4: a pictogram id not (yet) known is accepted and shows a neutral placeholder until
// the host registers it — registration may come later, also while a widget is out of the page
// (a cached route, a tab panel taken out and put back).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { registerPictograms } from '../../src/core/pictograms.js';
import { followDocumentLanguage, setLocale } from '../../src/core/localize.js';
import { sampleSteps } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

type Widget = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

/** Each widget's sample with one pictogram set to `id` (a host id registered by no one yet). */
const withPictogram: Record<string, (id: string) => unknown> = {
  'vk-step-tracker': (id) => {
    const doc = sampleSteps();
    return { ...doc, steps: doc.steps.map((s, i) => (i === 0 ? { ...s, pictogram: id } : s)) };
  },
  'vk-plan-board': (id) => {
    const doc = samplePlan();
    return { ...doc, cards: doc.cards.map((c, i) => (i === 0 ? { ...c, pictogram: id } : c)) };
  },
  'vk-task-ladder': (id) => {
    const doc = sampleLadder();
    return { ...doc, phases: doc.phases.map((p, i) => (i === 0 ? { ...p, tasks: p.tasks.map((t, j) => (j === 0 ? { ...t, pictogram: id } : t)) } : p)) };
  },
  'vk-course-calendar': (id) => {
    const doc = sampleSchedule();
    return { ...doc, courses: doc.courses.map((c, i) => (i === 0 ? { ...c, pictogram: id } : c)) };
  },
};

let serial = 0;
const images = (el: Widget, src: string): number => Array.from(el.shadowRoot?.querySelectorAll('img') ?? []).filter((img) => img.getAttribute('src') === src).length;

for (const tag of Object.keys(withPictogram)) {
  describe(`<${tag}>: a host pictogram registered later`, () => {
    async function mount(id: string): Promise<{ el: Widget; place: HTMLElement }> {
      const place = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`);
      const el = document.createElement(tag) as Widget;
      el.setAttribute('date', '2026-03-10');
      el.value = withPictogram[tag](id);
      place.append(el);
      await el.updateComplete;
      await el.updateComplete;
      return { el, place };
    }

    it('shows once registered while the widget is on the page', async () => {
      const id = `kommune:later-${++serial}`;
      const src = `/pictograms/${id.slice(8)}.svg`;
      const { el } = await mount(id);
      expect(images(el, src), 'a placeholder before').to.equal(0);
      registerPictograms({ [id]: { src, alt: 'Bibliotek' } });
      await el.updateComplete;
      expect(images(el, src)).to.be.greaterThan(0);
    });

    it('shows when put back on the page after it was registered while the widget was out of it', async () => {
      const id = `kommune:away-${++serial}`;
      const src = `/pictograms/${id.slice(8)}.svg`;
      const { el, place } = await mount(id);
      el.remove();
      registerPictograms({ [id]: { src, alt: 'Bibliotek' } });
      place.append(el);
      await el.updateComplete;
      expect(images(el, src)).to.be.greaterThan(0);
    });

    // What a widget hears of only while on the page still shows when it is put back.
    it('shows the UI locale set, and the lang of its new place, when put back on the page', async () => {
      const { el, place } = await mount(`kommune:locale-${++serial}`);
      const before = el.shadowRoot?.textContent;
      el.remove();
      await setLocale('en');
      try {
        place.append(el);
        await el.updateComplete;
        expect(el.shadowRoot?.textContent, 'English UI strings').to.not.equal(before);
        const english = el.shadowRoot?.textContent;
        const arabic = document.createElement('div');
        arabic.lang = 'ar';
        place.after(arabic);
        arabic.append(el);
        await el.updateComplete;
        expect(el.shadowRoot?.textContent, 'texts and dates in the new place\'s lang').to.not.equal(english);
      } finally {
        await followDocumentLanguage();
      }
    });

    // Sorting a table of 500 widgets moves every one: none may render again for it.
    it('does not render again when moved in the page with no registration meanwhile', async () => {
      const { el, place } = await mount(`kommune:moved-${++serial}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      let renders = 0;
      const render = (el as unknown as { render(): unknown }).render;
      (el as unknown as { render(): unknown }).render = function (this: Widget) {
        renders++;
        return render.call(this);
      };
      const other = document.createElement('div');
      place.after(other);
      other.append(el);
      place.append(el);
      await el.updateComplete;
      expect(renders).to.equal(0);
    });
  });
}
