import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { onDemoLanguage, t } from '../i18n.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';

export const section: DemoSection = {
  order: 40,
  id: 'course-calendar',
  render(container) {
    const calendar = document.createElement('vk-course-calendar') as VkCourseCalendar;
    calendar.name = 'schedule';
    calendar.date = '2026-03-12';
    calendar.value = createInnherredSchedule();
    // Plain text, not <output> (a polite live region): the calendar says the period itself, and this spoke over it on every
    // period change ("Synlig: 2026-03-30 – 2026-05-04 (month)" after "April 2026"; screen-reader QA #5).
    const range = document.createElement('span');
    range.className = 'range';
    let last: { start: string; end: string; view: string } | null = null;
    const showRange = (): void => {
      // A host would load the sessions of this range here.
      if (!last) return;
      // Each inserted value in its own isolate, so RTL pages keep ISO dates readable.
      const part = (text: string): HTMLElement => Object.assign(document.createElement('bdi'), { textContent: text, dir: 'ltr' });
      range.replaceChildren(`${t('visible')}: `, part(last.start), ' – ', part(last.end), ' (', part(last.view), ')');
    };
    calendar.addEventListener('vk-range-change', (event) => {
      last = event.detail;
      showRange();
    });
    onDemoLanguage(showRange);
    const toolbar = makeToolbar(
      [
        // No undo/redo buttons of its own (Ctrl+Z works inside it): the demo offers one pair. The
        // calendar has its own ICS download, so the demo adds none.
        { label: 'undo', run: () => calendar.undo() },
        { label: 'redo', run: () => calendar.redo() },
        { label: 'readonly', pressed: () => calendar.readonly, run: () => (calendar.readonly = !calendar.readonly) },
      ],
      [range],
    );
    container.append(toolbar, calendar);
    return calendar;
  },
};
