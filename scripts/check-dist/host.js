// What a municipal developer writes: documents in, events out — nothing but dist/ files.
import { createWorkOrientedCourseSteps, createAminaPlan, createLadder, createInnherredSchedule } from './presets.js';

window.__events = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
for (const type of ['vk-change', 'change', 'vk-error', 'vk-open', 'vk-range-change']) {
  document.addEventListener(type, (e) => window.__events.push({ type, tag: e.target.localName, detail: e.detail === null || e.detail === undefined ? null : JSON.parse(JSON.stringify(e.detail)) }));
}
const schedule = createInnherredSchedule();
document.querySelector('vk-step-tracker[name]').value = createWorkOrientedCourseSteps();
document.querySelector('vk-plan-board').value = createAminaPlan();
document.querySelector('vk-task-ladder').value = createLadder('kitchen', { participantLanguage: 'ar' });
const calendar = document.querySelector('vk-course-calendar');
calendar.date = schedule.sessions[0].start.slice(0, 10);
calendar.value = schedule;
window.__ready = true;
