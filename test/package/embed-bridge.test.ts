// The iframe bridge (src/embed/embed.ts) loaded in a real frame and attacked with postMessage
// (docs/embedding.md §"Threat model"): commands count only from the parent on the allow-list;
// events go out only with an exact targetOrigin; malformed commands from the allowed parent get a
// command-error and leave the frame working; nothing from another frame or origin changes anything.
import { expect } from '@open-wc/testing';
import { createWorkOrientedCourseSteps } from '../../src/presets/index.js';

interface Bridge {
  frame: HTMLIFrameElement;
  win: Window & { __err?: string };
  widget: () => (HTMLElement & { value: unknown; document?: unknown }) | null;
  /** Messages this window received from the frame. */
  received: Record<string, unknown>[];
  next: (type: string) => Promise<Record<string, unknown>>;
  send: (message: unknown) => void;
}

const frames: HTMLIFrameElement[] = [];

async function openBridge(allowList: string, query = 'widget=step-tracker'): Promise<Bridge> {
  const received: Record<string, unknown>[] = [];
  const waiting: Array<{ type: string; resolve: (m: Record<string, unknown>) => void }> = [];
  const frame = document.createElement('iframe');
  const loaded = new Promise<void>((resolve) => window.addEventListener('vk-test-frame-loaded', () => resolve(), { once: true }));
  frame.src = `/test/package/fixtures/embed-frame.html?${query}#${encodeURIComponent(allowList)}`;
  frames.push(frame);
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== frame.contentWindow) return;
    received.push(event.data);
    const i = waiting.findIndex((w) => w.type === event.data?.type);
    if (i >= 0) waiting.splice(i, 1)[0].resolve(event.data);
  };
  window.addEventListener('message', onMessage);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Bridge['win'];
  if (win.__err) throw new Error(`the bridge did not start: ${win.__err}`);
  // The `ready` it posts as it starts (delivered only if this origin is listed) comes before any answer.
  if (allowList.split(' ').includes(location.origin)) {
    await new Promise<void>((resolve) => waiting.push({ type: 'ready', resolve: () => resolve() }));
    received.length = 0;
  }
  return {
    frame,
    win,
    widget: () => win.document.querySelector('#veikart-embed > *'),
    received,
    next: (type) => new Promise((resolve) => waiting.push({ type, resolve })),
    send: (message) => win.postMessage(message, location.origin),
  };
}

afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
});

describe('iframe bridge over postMessage (a real frame)', () => {
  it('obeys the allowed parent: connect → ready, set-value shows the document, vk-error comes back with a pointer', async () => {
    const bridge = await openBridge(location.origin);
    const ready = bridge.next('ready');
    bridge.send({ veikart: 1, type: 'connect' });
    expect((await ready).widget).to.equal('step-tracker');
    bridge.send({ veikart: 1, type: 'set-value', value: createWorkOrientedCourseSteps() });
    const error = bridge.next('vk-error');
    bridge.send({ veikart: 1, type: 'set-value', value: { version: 1, kind: 'steps', steps: 'x' } });
    const detail = (await error).detail as { issues: Array<{ path: string }> };
    expect(detail.issues[0].path).to.match(/^\//);
  });

  it('posts nothing to a parent whose origin is not on the list, and ignores its commands', async () => {
    const bridge = await openBridge('https://fagsystem.kommune.no');
    const before = bridge.widget()!.value;
    bridge.send({ veikart: 1, type: 'set-value', value: createWorkOrientedCourseSteps() });
    bridge.send({ veikart: 1, type: 'connect' });
    // A second, allowed frame answers after the first frame has handled both messages (same task queue).
    const other = await openBridge(location.origin);
    const ready = other.next('ready');
    other.send({ veikart: 1, type: 'connect' });
    await ready;
    expect(bridge.received).to.deep.equal([]);
    expect(bridge.widget()!.value).to.equal(before);
    // Not even its first `ready` or a height: it posts with the listed origin, never "*".
  });

  it('ignores a sibling frame of the allowed origin (event.source is not the parent)', async () => {
    const bridge = await openBridge(location.origin);
    const before = bridge.widget()!.value;
    const sibling = document.createElement('iframe');
    frames.push(sibling);
    document.body.append(sibling);
    const siblingWin = sibling.contentWindow as Window & { Function: FunctionConstructor };
    // Run in the sibling's realm, so the message's source is the sibling.
    new siblingWin.Function('target', 'value', 'target.postMessage({ veikart: 1, type: "set-value", value }, "*")')(bridge.win, createWorkOrientedCourseSteps());
    const ready = bridge.next('ready');
    bridge.send({ veikart: 1, type: 'connect' });
    await ready;
    expect(bridge.widget()!.value).to.equal(before);
  });

  it('answers malformed commands from the allowed parent with command-error and keeps working', async () => {
    const bridge = await openBridge(location.origin);
    const hostile: unknown[] = [
      null,
      'connect',
      42,
      [],
      { veikart: '1', type: 'connect' },
      { veikart: 1 },
      { veikart: 1, type: 42 },
      { veikart: 1, type: 'x'.repeat(100_000) },
      { veikart: 1, type: '__proto__' },
      { veikart: 1, type: 'toString' },
      { veikart: 1, type: 'set-locale', locale: '"><img src=x onerror=alert(1)>' },
      { veikart: 1, type: 'set-locale', locale: { toString: null } },
      { veikart: 1, type: 'set-mode', mode: 'admin' },
      { veikart: 1, type: 'set-value', value: new Map([['version', 1]]) },
      { veikart: 1, type: 'set-value', value: '{"version":1,"kind":"steps","steps":[' },
      { veikart: 1, type: 'set-value', value: JSON.parse('{"__proto__":{"polluted":1},"version":1,"kind":"steps","steps":[]}') },
    ];
    const cyclic: Record<string, unknown> = { version: 1, kind: 'steps' };
    cyclic.steps = [cyclic];
    hostile.push({ veikart: 1, type: 'set-value', value: cyclic });
    for (const message of hostile) bridge.send(message);
    const ready = bridge.next('ready');
    bridge.send({ veikart: 1, type: 'connect' });
    await ready;
    const commandErrors = bridge.received.filter((m) => m.type === 'command-error');
    expect(commandErrors.map((m) => String(m.command).slice(0, 12))).to.deep.equal(['xxxxxxxxxxxx', '__proto__', 'toString', 'set-locale', 'set-locale', 'set-mode']);
    expect(bridge.win.document.documentElement.lang).to.equal('nb');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(bridge.widget()!.getAttribute('mode')).to.not.equal('admin');
    // Every rejected document came back as vk-error (none was lost on the way out), and the frame still takes a good one.
    const errors = bridge.received.filter((m) => m.type === 'vk-error');
    expect(errors).to.have.length(4);
    const change = bridge.received.length;
    bridge.send({ veikart: 1, type: 'set-value', value: createWorkOrientedCourseSteps() });
    bridge.send({ veikart: 1, type: 'connect' });
    await bridge.next('ready');
    expect(bridge.received.slice(change).some((m) => m.type === 'vk-error')).to.equal(false);
    expect(bridge.widget()!.shadowRoot!.textContent).to.not.equal('');
  });
});

// A `lang` the frame cannot use (a host's "nb_NO") is ignored: before, it threw out of the module,
// so the frame showed nothing, listened to nothing and the parent never heard `ready`.
describe('iframe bridge with a bad lang parameter', () => {
  it('still starts, in the page language, and answers the allowed parent', async () => {
    const bridge = await openBridge(location.origin, 'widget=step-tracker&lang=nb_NO');
    expect(bridge.widget()?.localName).to.equal('vk-step-tracker');
    expect(bridge.win.document.documentElement.lang).to.equal('nb');
    const ready = bridge.next('ready');
    bridge.send({ veikart: 1, type: 'connect' });
    expect((await ready).widget).to.equal('step-tracker');
  });
});

// embed.html opened as a window (window.open from a page of the allowed origin): it has no
// parent, so it obeys nobody (and posts nothing: post() returns when it is not framed).
describe('iframe bridge opened as a window', () => {
  it("ignores its opener's commands", async () => {
    const loaded = new Promise<Window>((resolve) => window.addEventListener('vk-test-frame-loaded', (e) => resolve((e as CustomEvent<Window>).detail), { once: true }));
    const popup = window.open(`/test/package/fixtures/embed-frame.html?widget=step-tracker#${encodeURIComponent(location.origin)}`, '_blank');
    expect(popup, 'the browser opened no window').to.not.equal(null);
    try {
      const win = (await loaded) as Window & { __err?: string };
      expect(win.__err).to.equal(undefined);
      const widget = win.document.querySelector('#veikart-embed > *') as HTMLElement & { value: unknown };
      const before = widget.value;
      // The bridge's listener was added first, so it has run when this one sees the message.
      const seen = new Promise<void>((resolve) => win.addEventListener('message', () => resolve(), { once: true }));
      win.postMessage({ veikart: 1, type: 'set-value', value: createWorkOrientedCourseSteps() }, location.origin);
      await seen;
      expect(widget.value).to.equal(before);
    } finally {
      popup?.close();
    }
  });
});
