import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

// The label listener (a click whose target is the host itself focuses the widget) also caught a
// click on the host's own padding or border: on a page scrolled down to the bottom of a month
// calendar, a click in its blank bottom padding focused the toolbar's "Forrige måned" and the page
// jumped to the top (scrollY 476 -> 0).
describe('a click on the host\'s own box (padding, border), not on a label', () => {
  it('moves no focus and does not scroll the page; its <label for> still focuses it', async () => {
    await setViewport({ width: 800, height: 400 });
    const form = await fixture<HTMLFormElement>(
      html`<form><label for="w">Kurskalender</label><vk-course-calendar id="w" style="display:block;padding-block-end:60px;border:4px solid" .value=${sampleSchedule()}></vk-course-calendar><div style="block-size:1500px"></div></form>`,
    );
    const el = form.querySelector('vk-course-calendar') as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    window.scrollTo(0, box.bottom + window.scrollY - 300);
    const before = window.scrollY;
    const r = el.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 50), Math.round(r.bottom - 20)] });
    await sendMouse({ type: 'click', position: [Math.round(r.left + 1), Math.round(r.bottom - 100)] });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot!.activeElement, 'no focus moved into the widget').to.equal(null);
    expect(window.scrollY, 'the page stays where it was').to.equal(before);
    window.scrollTo(0, 0);
    const label = form.querySelector('label')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(label.left + 4), Math.round(label.top + label.height / 2)] });
    expect(document.activeElement, 'the label focuses it').to.equal(el);
    await setViewport({ width: 800, height: 600 });
  });
});
