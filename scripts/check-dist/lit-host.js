// A host app built with Lit loads first (its own copy creates the Trusted Types policy "lit-html"),
// then the drop-in, whose Lit creates a second policy of that name (README: 'allow-duplicates').
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
try {
  await import('./lit-html.js');
  const { loadPresets } = await import('./veikart.js');
  const { createWorkOrientedCourseSteps } = await loadPresets();
  document.querySelector('vk-step-tracker').value = createWorkOrientedCourseSteps();
  await document.querySelector('vk-step-tracker').updateComplete;
  window.__result = { defined: ['vk-step-tracker', 'vk-plan-board', 'vk-task-ladder', 'vk-course-calendar'].filter((t) => customElements.get(t)).length, steps: document.querySelector('vk-step-tracker').shadowRoot.querySelectorAll('[data-status]').length };
} catch (e) {
  window.__result = { error: String(e) };
}
