// What a municipal developer writes: documents in, events out — nothing but dist/ files.
import { loadPresets, applyOperation } from './veikart.js';

const { createWorkOrientedCourseSteps, createAminaPlan, createLadder, createInnherredSchedule } = await loadPresets();

window.__events = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
for (const type of ['vk-change', 'change', 'vk-error', 'vk-open', 'vk-range-change']) {
  document.addEventListener(type, (e) => window.__events.push({ type, tag: e.target.localName, detail: e.detail === null || e.detail === undefined ? null : JSON.parse(JSON.stringify(e.detail)) }));
}
const schedule = createInnherredSchedule();
document.querySelector('vk-step-tracker[name]').value = createWorkOrientedCourseSteps();
// Every card carries an inline recording (what the recorder makes): playing one needs media-src data:.
const WAV = 'data:audio/wav;base64,UklGRmQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YUAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA';
const plan = createAminaPlan();
document.querySelector('vk-plan-board').value = { ...plan, cards: plan.cards.map((card) => ({ ...card, audio: { nb: WAV } })) };
document.querySelector('vk-task-ladder').value = createLadder('kitchen', { participantLanguage: 'ar' });
const calendar = document.querySelector('vk-course-calendar');
calendar.date = schedule.sessions[0].start.slice(0, 10);
calendar.value = schedule;
// Replaying operations with the pure function from the same file (issue: ladder "done means").
const ladderDoc = createLadder('cleaning', { mentor: { name: 'Eva' } });
const taskId = ladderDoc.phases[0].tasks[0].id;
let replayed = applyOperation('ladder', ladderDoc, { type: 'task.signoff', taskId, by: 'Eva', date: '2026-03-02' });
replayed = applyOperation('ladder', replayed, { type: 'log.add', taskId, entry: { date: '2026-03-02', by: 'participant', mood: 4, text: 'Bra dag' } });
window.__replayed = { signoff: replayed.phases[0].tasks[0].signoff, log: replayed.phases[0].tasks[0].log };
window.__ready = true;
