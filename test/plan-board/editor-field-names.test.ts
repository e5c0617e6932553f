import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { frame, menuAction, placed, samplePlan } from './helpers.js';

// A screen-reader QA (pass 57, #4): the card editor's time field was named "Tid Format 09:00 eller
// 09:00-11:30" and described by the format again; after a wrong time its name took in the error too,
// so the hint was heard three times. A field's name is its label; hint and error describe it.

const nodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(nodes)];

async function editorFields(time: string) {
  const wrapper = await fixture<HTMLElement>(html`<div id="editor-names" role="group" aria-label="test" lang="nb"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await menuAction(el, 'c2', 'edit');
  await placed(el);
  const form = el.shadowRoot!.querySelector('.edit-form') as HTMLFormElement;
  (form.querySelector('[name="title"]') as HTMLInputElement).value = '';
  (form.querySelector('[name="time"]') as HTMLInputElement).value = time;
  form.requestSubmit();
  await el.updateComplete;
  await frame();
  return nodes(await accessibilityTree('#editor-names')).filter((n) => n.role === 'textbox');
}

describe('plan board card editor: a field is named by its label alone', () => {
  it('the time field is "Tid", described by its format; with an error, by the error and the format — each once', async () => {
    const [title, , time] = await editorFields('25:99').then((boxes) => [boxes.find((b) => b.name?.startsWith('Tekst')), null, boxes.find((b) => b.name?.startsWith('Tid'))]);
    expect(time?.name).to.equal('Tid');
    expect(time?.description).to.equal('Skriv tiden som 09:00 eller 09:00-11:30. Format 09:00 eller 09:00-11:30');
    expect(title?.name, 'the emptied title').to.match(/^Tekst \([^)]*\)$/);
    expect(title?.description ?? '', 'its error describes it').to.not.equal('');
  });
});
