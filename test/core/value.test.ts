import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { record, sampleSteps, setRaw, shadow } from '../helpers/index.js';

describe('value: property, attribute and child script', () => {
  it('accepts a document set as a property and returns an equal copy, never the same object', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const doc = sampleSteps();
    el.value = doc;
    expect(el.value).to.deep.equal(doc);
    expect(el.value).not.to.equal(doc);
    expect(el.error).to.equal(null);
  });

  it('accepts a JSON string in the value attribute', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker value=${JSON.stringify(sampleSteps())}></vk-step-tracker>`);
    expect(el.value).to.deep.equal(sampleSteps());
  });

  it('reads a child <script type="application/json">', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker><script type="application/json">${JSON.stringify(sampleSteps())}</script></vk-step-tracker>`);
    expect(el.value).to.deep.equal(sampleSteps());
  });

  // A page streamed from the server, with the tags defined before the widget arrives: the parser
  // adds the script, then its text in pieces as the network delivers them (seen in Chromium with
  // a page served in two pieces: the widget read the first half, fired invalid-json and never
  // looked again, so it showed the error state for a valid document).
  it('reads a child script whose text arrives in pieces after the widget connected (a streamed page)', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('vk-step-tracker') as VkStepTracker;
    container.append(el);
    const json = JSON.stringify(sampleSteps());
    const script = document.createElement('script');
    script.type = 'application/json';
    const text = document.createTextNode(json.slice(0, 40));
    script.append(text);
    el.append(script);
    await el.updateComplete;
    text.appendData(json.slice(40));
    await el.updateComplete;
    expect(el.value).to.deep.equal(sampleSteps());
    expect(el.error).to.equal(null);
    expect(el.shadowRoot?.querySelector('[part="empty"]')).to.equal(null);
  });

  // A large document streams in many network chunks: one vk-error for the first piece, not one
  // per chunk (a host logging vk-error saw five for a valid document sent in six pieces), and none
  // again for a broken script when something else in the element changes.
  it('fires one vk-error for a child script whose text arrives in many pieces', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('vk-step-tracker') as VkStepTracker;
    const errors = record(el, 'vk-error');
    container.append(el);
    const json = JSON.stringify(sampleSteps());
    const script = document.createElement('script');
    script.type = 'application/json';
    const text = document.createTextNode(json.slice(0, 20));
    script.append(text);
    el.append(script);
    await el.updateComplete;
    for (let at = 20; at < json.length; at += 20) {
      text.appendData(json.slice(at, at + 20));
      await el.updateComplete;
    }
    expect(el.value).to.deep.equal(sampleSteps());
    expect(el.error).to.equal(null);
    expect(errors.length).to.equal(1);

    const broken = document.createElement('vk-step-tracker') as VkStepTracker;
    broken.innerHTML = '<script type="application/json">{"version": 1, "steps": [}</script>';
    const brokenErrors = record(broken, 'vk-error');
    container.append(broken);
    await broken.updateComplete;
    broken.append(document.createComment('a framework marker'));
    await broken.updateComplete;
    expect(brokenErrors.length).to.equal(1);
    expect(broken.error?.code).to.equal('invalid-json');
    // A host value after that is reported as always.
    broken.value = '{';
    expect(brokenErrors.length).to.equal(2);
  });

  it('at start prefers the property over the attribute, and the attribute over the script', async () => {
    const container = document.createElement('div');
    const a = { ...sampleSteps(), title: 'property' };
    const b = { ...sampleSteps(), title: 'attribute' };
    const c = { ...sampleSteps(), title: 'script' };
    container.innerHTML = `<vk-step-tracker id="one" value='${JSON.stringify(b)}'><script type="application/json">${JSON.stringify(c)}</script></vk-step-tracker>
      <vk-step-tracker id="two" value='${JSON.stringify(b)}'><script type="application/json">${JSON.stringify(c)}</script></vk-step-tracker>
      <vk-step-tracker id="three"><script type="application/json">${JSON.stringify(c)}</script></vk-step-tracker>`;
    const one = container.querySelector('#one') as VkStepTracker;
    one.value = a;
    document.body.append(container);
    await one.updateComplete;
    expect(one.value?.title).to.equal('property');
    expect((container.querySelector('#two') as VkStepTracker).value?.title).to.equal('attribute');
    expect((container.querySelector('#three') as VkStepTracker).value?.title).to.equal('script');
    container.remove();
  });

  it('keeps a value set on the element before the tag was defined', async () => {
    const el = document.createElement('vk-step-tracker-early');
    (el as unknown as { value: unknown }).value = sampleSteps();
    document.body.append(el);
    const { VkStepTracker } = await import('../../src/step-tracker/step-tracker.js');
    customElements.define('vk-step-tracker-early', class extends VkStepTracker {});
    await (el as unknown as VkStepTracker).updateComplete;
    expect((el as unknown as VkStepTracker).value).to.deep.equal(sampleSteps());
    el.remove();
  });

  it('after start, the last thing the host does wins: attribute after property replaces the document', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    el.value = { ...sampleSteps(), title: 'first' };
    el.setAttribute('value', JSON.stringify({ ...sampleSteps(), title: 'second' }));
    expect(el.value?.title).to.equal('second');
    el.value = { ...sampleSteps(), title: 'third' };
    expect(el.value?.title).to.equal('third');
  });

  it('setting a value fires no vk-change or change', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const events = record(el, 'vk-change', 'change', 'vk-error');
    el.value = sampleSteps();
    el.setAttribute('value', JSON.stringify(sampleSteps()));
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('never mutates the object it was given', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const doc = sampleSteps();
    const snapshot = JSON.stringify(doc);
    el.value = doc;
    await el.updateComplete;
    el.shadowRoot?.querySelector<HTMLElement>('.step-button[data-key="s3"]')?.focus();
    shadow(el, '.step-button[data-key="s3"]').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    expect(el.value?.steps[2].status).to.equal('in-progress');
    expect(JSON.stringify(doc)).to.equal(snapshot);
  });

  it('preserves unknown properties through edits', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    shadow(el, '.step-button[data-key="s3"]').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    expect(el.value?.hostOwned).to.equal('keep me');
    expect(el.value?.steps[2].hostField).to.deep.equal({ keep: true });
  });
});

describe('bad input', () => {
  it('invalid JSON in the attribute gives vk-error invalid-json at path "" and keeps the last good document', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-error');
    el.setAttribute('value', '{"version": 1, steps: [');
    expect(events).to.have.length(1);
    const detail = events[0].detail as { code: string; issues: Array<{ path: string }> };
    expect(detail.code).to.equal('invalid-json');
    expect(detail.issues[0].path).to.equal('');
    expect(el.value).to.deep.equal(sampleSteps());
    expect(el.error?.code).to.equal('invalid-json');
  });

  it('"[object Object]" in the attribute (an object stringified by React 18 or Vue without .prop) says to set the property', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-error');
    el.setAttribute('value', String({}));
    const detail = events[0].detail as { code: string; message: string };
    expect(detail.code).to.equal('invalid-json');
    expect(detail.message).to.include('set the value property');
    expect(el.value).to.deep.equal(sampleSteps());
  });

  it('a schema violation gives invalid-document with a JSON Pointer to the field', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-error');
    const bad = sampleSteps() as unknown as { steps: Array<{ status: string }> };
    bad.steps[2].status = 'finished';
    setRaw(el, bad);
    const detail = events[0].detail as { code: string; issues: Array<{ path: string }> };
    expect(detail.code).to.equal('invalid-document');
    expect(detail.issues[0].path).to.equal('/steps/2/status');
    expect(el.value?.steps[2].status).to.equal('not-started');
  });

  it('a required property left out is named as missing, at its own JSON Pointer', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-error');
    const bad = sampleSteps() as unknown as { steps: Array<Record<string, unknown>> };
    delete bad.steps[1].id;
    setRaw(el, bad);
    const detail = events[0].detail as { code: string; message: string; issues: Array<{ path: string; message: string }> };
    expect(detail.code).to.equal('invalid-document');
    expect(detail.issues[0]).to.deep.equal({ path: '/steps/1/id', message: 'Missing required property "id"' });
    expect(detail.message).to.equal('Invalid document at "/steps/1/id": Missing required property "id"');
    expect(el.value).to.deep.equal(sampleSteps());
  });

  it('a huge bad value comes back in vk-error shortened: the message and every issue message at most 300 characters', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-error');
    const bad = sampleSteps() as unknown as { steps: Array<{ status: string }> };
    bad.steps[2].status = 'y'.repeat(100_000);
    setRaw(el, bad);
    setRaw(el, `"${'z'.repeat(100_000)}`);
    expect(events.length).to.equal(2);
    for (const event of events) {
      const detail = event.detail as { message: string; issues: Array<{ message: string }> };
      expect(detail.message.length, detail.message.slice(0, 60)).to.be.at.most(300);
      for (const issue of detail.issues) expect(issue.message.length).to.be.at.most(300);
    }
    expect((events[0].detail as { message: string }).message).to.match(/^Invalid document at "\/steps\/2\/status"/);
  });

  it('a shortened message never ends in half an emoji (no lone UTF-16 surrogate)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-error');
    for (const prefix of ['', 'a']) {
      const bad = sampleSteps() as unknown as { steps: Array<{ status: string }> };
      bad.steps[2].status = prefix + '\u{1F600}'.repeat(300);
      setRaw(el, bad);
    }
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    const texts = events.flatMap((e) => {
      const detail = e.detail as { message: string; issues: Array<{ message: string }> };
      return [detail.message, ...detail.issues.map((i) => i.message)];
    });
    expect(texts.length).to.be.above(2);
    expect(texts.filter((t) => t.length > 290).length, 'some were shortened').to.be.above(0);
    expect(texts.filter((t) => lone.test(t))).to.deep.equal([]);
  });

  it('a duplicate id is invalid-document at the second id', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const bad = sampleSteps() as unknown as { steps: Array<{ id: string }> };
    bad.steps[3].id = 's1';
    setRaw(el, bad);
    expect(el.error?.code).to.equal('invalid-document');
    expect(el.error?.issues[0].path).to.equal('/steps/3/id');
  });

  it('a newer version gives unsupported-version at /version', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const events = record(el, 'vk-error');
    setRaw(el, { ...sampleSteps(), version: 2 });
    const detail = events[0].detail as { code: string; issues: Array<{ path: string }> };
    expect(detail.code).to.equal('unsupported-version');
    expect(detail.issues[0].path).to.equal('/version');
  });

  it('a javascript: pictogram URL is rejected by validation', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const bad = sampleSteps() as unknown as { steps: Array<Record<string, unknown>> };
    bad.steps[0].pictogram = { src: 'javascript:alert(1)', alt: 'x' };
    setRaw(el, bad);
    expect(el.error?.code).to.equal('invalid-document');
    expect(el.error?.issues.some((i) => i.path.startsWith('/steps/0/pictogram'))).to.equal(true);
  });

  it('the error property tells a late listener about a bad initial document, and shows an error state', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker value="not json"></vk-step-tracker>`);
    expect(el.error?.code).to.equal('invalid-json');
    expect(el.value).to.equal(null);
    const state = shadow(el, '[part="empty"]');
    expect(state.getAttribute('data-state')).to.equal('error');
    expect(state.getAttribute('role')).to.equal('alert');
  });

  it('an accepted value clears the error property', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker value="[1,2"></vk-step-tracker>`);
    el.value = sampleSteps();
    expect(el.error).to.equal(null);
  });

  it('clearing the value (null) after a rejected first document clears the error state too, as it clears the error property', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker value="not json"></vk-step-tracker>`);
    expect(shadow(el, '[part="empty"]').getAttribute('data-state')).to.equal('error');
    el.value = null;
    await el.updateComplete;
    expect(el.error).to.equal(null);
    const state = shadow(el, '[part="empty"]');
    expect(state.getAttribute('data-state')).to.equal('empty');
    expect(state.hasAttribute('role'), 'no alert left for an error that is gone').to.equal(false);
  });

  it('never throws out of the setter, whatever it is given', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const cyclic: Record<string, unknown> = { version: 1 };
    cyclic.self = cyclic;
    for (const input of [42, 'x', [], true, { version: 1 }, cyclic, { version: 1, steps: 'no' }, { version: 1, steps: [null] }]) {
      expect(() => {
        setRaw(el, input);
      }).not.to.throw();
      expect(el.error?.code).to.be.oneOf(['invalid-json', 'invalid-document']);
    }
  });

  it('with no document at all shows an accessible empty state, not a blank box', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker></vk-step-tracker>`);
    const state = shadow(el, '[part="empty"]');
    expect(state.textContent?.trim().length).to.be.greaterThan(0);
    expect(state.getAttribute('data-state')).to.equal('empty');
  });
});

describe('event details', () => {
  it('every vk-change, vk-open and vk-error detail survives a JSON round trip unchanged', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(el, 'vk-change', 'vk-open', 'vk-error');
    const button = shadow(el, '.step-button[data-key="s3"]');
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    setRaw(el, "nope");
    el.undo();
    expect(events.map((e) => e.type)).to.deep.equal(['vk-change', 'vk-open', 'vk-error', 'vk-change']);
    for (const { detail } of events) expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
  });

  it('events bubble and are composed', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const events = record(document, 'vk-change', 'change');
    shadow(el, '.step-button[data-key="s3"]').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    expect(events.map((e) => e.type)).to.deep.equal(['vk-change', 'change']);
    expect(events.every((e) => e.event.bubbles && e.event.composed)).to.equal(true);
  });
});
