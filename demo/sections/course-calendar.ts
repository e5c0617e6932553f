import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';

export const section: DemoSection = {
  order: 40,
  id: 'course-calendar',
  title: 'Kurskalender vårsemesteret (vk-course-calendar)',
  render(container) {
    const calendar = document.createElement('vk-course-calendar') as VkCourseCalendar;
    calendar.name = 'schedule';
    calendar.date = '2026-03-12';
    calendar.value = createInnherredSchedule();
    const toolbar = document.createElement('div');
    toolbar.className = 'toolbar';
    const range = document.createElement('output');
    calendar.addEventListener('vk-range-change', (event) => {
      // A host would load the sessions of this range here.
      range.textContent = `Synlig: ${event.detail.start} – ${event.detail.end} (${event.detail.view})`;
    });
    toolbar.append(...makeToolbar([
      ['Angre', () => calendar.undo()],
      ['Gjør om', () => calendar.redo()],
      ['Skrivebeskyttet av/på', () => (calendar.readonly = !calendar.readonly)],
      ['Vis ICS for renhold i konsollen', () => void calendar.exportICS('renhold').then((ics) => console.info(ics))],
    ]).children);
    toolbar.append(range);
    container.append(toolbar, calendar);
    return calendar;
  },
};
