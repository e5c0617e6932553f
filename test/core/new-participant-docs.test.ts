/**
 * docs/embedding.md § "A new participant": every ```js snippet runs as written against the four
 * elements (imports from 'veikart' bound to the package root's exports), gives its widget a valid
 * document with the structure the host must provide (days, steps, phases, a course), and leaves it
 * out of its empty state. QA pass 57 found no copy-paste way to start a participant's documents.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import * as veikart from '../../src/index.js';
import '../../src/define.js';

type Widget = HTMLElement & { value: unknown; error: unknown; updateComplete: Promise<boolean> };

async function snippets(): Promise<string[]> {
  const md = await (await fetch(new URL('../../docs/embedding.md', import.meta.url))).text();
  const start = md.indexOf('\n## A new participant');
  expect(start, 'the section exists').to.be.greaterThan(0);
  const section = md.slice(start + 1, md.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Runs one snippet: its `import { … } from 'veikart'` lines become parameters bound to the package's exports. */
async function run(code: string): Promise<void> {
  const names: string[] = [];
  const body = code.replace(/^import \{([^}]*)\} from 'veikart';\n/gm, (_, list: string) => {
    names.push(...list.split(',').map((n) => n.trim()).filter(Boolean));
    return '';
  });
  expect(body, 'no other imports').to.not.match(/^import /m);
  const exports = veikart as unknown as Record<string, unknown>;
  for (const name of names) expect(exports[name], `veikart exports ${name}`).to.not.equal(undefined);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction(...names, body)(...names.map((n) => exports[n]));
}

const kinds = { 'vk-plan-board': 'plan', 'vk-step-tracker': 'steps', 'vk-task-ladder': 'ladder', 'vk-course-calendar': 'schedule' } as const;

describe('docs/embedding.md: the new-participant snippets run', () => {
  it('there is a snippet for each widget', async () => {
    const codes = await snippets();
    for (const tag of Object.keys(kinds)) expect(codes.some((c) => c.includes(`'${tag}'`)), tag).to.equal(true);
  });

  it('each snippet gives its widget a valid document with the structure the host provides', async () => {
    for (const code of await snippets()) {
      fixtureCleanup(); // the snippet finds its element with document.querySelector: only this one on the page
      const wrapper = await fixture<HTMLElement>(html`<div lang="nb">
        <vk-plan-board></vk-plan-board><vk-step-tracker></vk-step-tracker><vk-task-ladder></vk-task-ladder><vk-course-calendar view="month" date="2026-03-02"></vk-course-calendar>
      </div>`);
      await run(code);
      const [tag, kind] = Object.entries(kinds).find(([t]) => code.includes(`'${t}'`))!;
      const el = wrapper.querySelector<Widget>(tag)!;
      await el.updateComplete;
      expect(el.error, `${tag}: accepted`).to.equal(null);
      expect(JSON.stringify(veikart.validateDocument(kind, el.value)), `${tag}: valid`).to.equal('{"ok":true}');
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="empty"], [part="no-days"], [part="no-phases"]'), `${tag}: not empty`).to.equal(null);
      if (tag === 'vk-plan-board') expect((el.value as veikart.PlanDocument).columns.length).to.be.greaterThan(0);
      if (tag === 'vk-step-tracker') expect((el.value as veikart.StepsDocument).steps.length).to.be.greaterThan(0);
      if (tag === 'vk-task-ladder') expect((el.value as veikart.LadderDocument).phases.length).to.equal(3);
      if (tag === 'vk-course-calendar') expect(root.querySelector('[data-action="add"]')!.getAttribute('aria-disabled'), '"Ny økt" can add').to.equal(null);
    }
  });
});
