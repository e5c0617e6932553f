// Render time of a 300-card plan board in real Chromium. Not a test (no assertions, not in the
// default test glob). Run: npx wtr bench/plan-board.bench.ts --coverage=false
// Prints: first render (value set → updateComplete → layout), a re-render after one card.move,
// and a keyboard move step, as medians over several samples.
import { fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { VkPlanBoard } from '../src/plan-board/plan-board.js';
import type { PlanDocument } from '../src/plan-board/plan-board.types.js';

function plan(count: number): PlanDocument {
  const columns = ['mon', 'tue', 'wed', 'thu', 'fri'].map((id) => ({ id, title: { nb: id, ar: id } }));
  const cards = Array.from({ length: count }, (_, i) => ({ id: `k${i}`, columnId: columns[i % 5].id, title: { nb: `Kort ${i}`, ar: `بطاقة ${i}` }, pictogram: 'vk:course', time: '09:00-11:30', place: 'Rom 2' }));
  return { version: 1, participantLanguage: 'ar', columns, cards };
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('bench: plan board', function () {
  this.timeout(120000);
  for (const mode of ['adviser', 'participant']) {
    it(`300 cards, ${mode}`, async () => {
      const first: number[] = [];
      const move: number[] = [];
      const key: number[] = [];
      const script: number[] = [];
      for (let i = 0; i < 9; i++) {
        const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode=${mode}></vk-plan-board>`);
        const doc = plan(300);
        let t = performance.now();
        el.value = doc;
        await el.updateComplete;
        script.push(performance.now() - t);
        el.getBoundingClientRect();
        el.shadowRoot?.querySelector('.card:last-child')?.getBoundingClientRect();
        first.push(performance.now() - t);
        t = performance.now();
        el.value = { ...doc, cards: [doc.cards[5], ...doc.cards.slice(0, 5), ...doc.cards.slice(6)] };
        await el.updateComplete;
        el.shadowRoot?.querySelector('.card:last-child')?.getBoundingClientRect();
        move.push(performance.now() - t);
        if (mode === 'adviser') {
          const button = el.shadowRoot?.querySelector<HTMLElement>('.card-button[data-key="k0"]') as HTMLElement;
          button.focus();
          button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
          await el.updateComplete;
          t = performance.now();
          (el.shadowRoot?.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
          await el.updateComplete;
          el.shadowRoot?.querySelector('.card:last-child')?.getBoundingClientRect();
          key.push(performance.now() - t);
        }
        el.remove();
      }
      console.log(
        `[bench] plan board 300 cards (${mode}): first render median ${median(first).toFixed(1)} ms (min ${Math.min(...first).toFixed(1)}; script ${median(script).toFixed(1)} ms, the rest style and layout), ` +
          `re-render after a move ${median(move).toFixed(1)} ms` +
          (key.length ? `, keyboard move step ${median(key).toFixed(1)} ms` : ''),
      );
    });
  }
});
