import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { shadowAll } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { sampleLadder } from './sample.js';

// Audit tl-details-heading: the details dialog's task title and "Loggbok" were plain text, so
// heading navigation found nothing in it (the step tracker's details and the board's dialogs have
// a heading). The task title is a heading one below the ladder's title (its `heading-level`, as
// the tracker's step details), "Loggbok" one below that, both at most 6.

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];

async function dialogHeadings(headingLevel: string | null, task = 't2'): Promise<Array<[string, number | undefined]>> {
  const wrapper = await fixture<HTMLDivElement>(html`<div id="details-host" role="group" aria-label="Host"><vk-task-ladder heading-level=${headingLevel ?? ''} .value=${sampleLadder()}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  shadowAll(el, '.task-button').find((b) => b.dataset.key === task)!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const dialog = all(await accessibilityTree('#details-host')).find((n) => n.role === 'dialog');
  expect(dialog, 'the details dialog').to.not.equal(undefined);
  expect(dialog!.name).to.contain('Kutte grønnsaker');
  return all(dialog!).filter((n) => n.role === 'heading').map((n) => [(n.name ?? '').replace(/\s+/g, ' ').trim(), n.level]);
}

describe('<vk-task-ladder> details: headings', () => {
  it('default heading-level (2): the task a level 3 heading, "Loggbok" level 4', async () => {
    expect(await dialogHeadings(null)).to.deep.equal([
      ['Kutte grønnsaker تقطيع الخضار', 3],
      ['Loggbok', 4],
    ]);
  });

  it('heading-level="5": the task at 6, "Loggbok" at most 6', async () => {
    expect(await dialogHeadings('5')).to.deep.equal([
      ['Kutte grønnsaker تقطيع الخضار', 6],
      ['Loggbok', 6],
    ]);
  });
});
