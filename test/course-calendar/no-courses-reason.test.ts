/**
 * QA pass 57: with no course, "Ny økt" and "Planlegg kurs" were natively disabled: out of the
 * toolbar's arrow order, with no reason shown, so a screen-reader user never found them, and the
 * month grid said nothing at all. Now they are as at the session limit: focusable, aria-disabled,
 * described by one visible reason under the toolbar, which pressing them says. A calendar that cannot
 * be edited says "Ingen kurs ennå." once, not in each day.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { recordAnnouncements } from '../helpers/index.js';
import { axeViolations, describeViolations } from '../a11y/axe.js';

const noCourses = { version: 1 as const, courses: [], sessions: [] };
const reasonText = 'Ingen kurs ennå. Kurs legges inn i fagsystemet.';

async function calendar(readonly = false): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" style="inline-size: 1000px" view="month" date="2026-03-09" ?readonly=${readonly} .value=${noCourses}></vk-course-calendar>`);
  await el.updateComplete;
  return el;
}
const action = (el: VkCourseCalendar, key: 'add' | 'plan'): HTMLButtonElement => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${key}"]`)!;

describe('course calendar: no course — the adding actions explain themselves', () => {
  it('"Ny økt" and "Planlegg kurs" are aria-disabled (not disabled), described by a visible reason', async () => {
    const el = await calendar();
    const reason = el.shadowRoot!.querySelector<HTMLElement>('#full-reason');
    expect(reason, 'the reason is drawn').to.not.equal(null);
    expect(reason!.checkVisibility()).to.equal(true);
    expect(reason!.textContent!.trim()).to.equal(reasonText);
    for (const key of ['add', 'plan'] as const) {
      expect(action(el, key).disabled, key).to.equal(false);
      expect(action(el, key).getAttribute('aria-disabled'), key).to.equal('true');
      expect(action(el, key).getAttribute('aria-describedby'), key).to.equal('full-reason');
    }
    expect(describeViolations(await axeViolations(el)), 'axe').to.deep.equal([]);
  });

  it('the arrows reach them; Enter on each says the reason, adds nothing and opens no dialog', async () => {
    const el = await calendar();
    const said = recordAnnouncements(el);
    const changes: Event[] = [];
    el.addEventListener('vk-change', (e) => changes.push(e));
    el.shadowRoot!.querySelector<HTMLElement>('[data-key="agenda"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement, '→ from Liste: Ny økt').to.equal(action(el, 'add'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement, '→: Planlegg kurs').to.equal(action(el, 'plan'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said).to.deep.equal([reasonText, reasonText]);
    expect(changes).to.have.length(0);
    expect(el.shadowRoot!.querySelector('dialog[open]'), 'no dialog').to.equal(null);
  });

  it('read-only: "Ingen kurs ennå." once for the calendar, not in any day', async () => {
    const el = await calendar(true);
    const lines = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.includes('Ingen kurs ennå.')));
    expect(lines).to.have.length(1);
    expect((lines[0] as HTMLElement).checkVisibility()).to.equal(true);
    expect(lines[0]!.closest('[role="grid"]'), 'not in the grid').to.equal(null);
  });
});
