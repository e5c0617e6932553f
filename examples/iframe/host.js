// The host's side of the bridge: send commands to the frame's exact origin, accept messages only
// from that frame and that origin, size the iframe from the reported height.
const frame = document.getElementById('plan');
const widgetOrigin = frame.dataset.origin;
const log = document.getElementById('log');
window.__messages = []; // for the example's test

const plan = {
  version: 1,
  columns: [{ id: 'mon', title: 'Mandag' }, { id: 'tue', title: 'Tirsdag' }],
  cards: [
    { id: 'c1', columnId: 'mon', title: 'Norskkurs', pictogram: 'vk:norwegian-class', time: '09:00-11:30' },
    { id: 'c2', columnId: 'tue', title: 'Legetime', pictogram: 'vk:doctor', time: '13:00' },
  ],
};

const send = (message) => frame.contentWindow.postMessage({ veikart: 1, ...message }, widgetOrigin);

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== widgetOrigin || event.data?.veikart !== 1) return;
  const message = event.data;
  window.__messages.push(message);
  if (message.type === 'ready') send({ type: 'set-value', value: plan });
  if (message.type === 'resize') frame.style.blockSize = `${message.height}px`;
  if (message.type.startsWith('vk-') || message.type === 'command-error') {
    const item = document.createElement('li');
    item.textContent = message.type === 'vk-change' ? `${message.type}: ${message.detail.operation.type} (${message.detail.source})` : `${message.type}: ${JSON.stringify(message.detail ?? message.message)}`;
    log.append(item);
  }
});
// The frame may have said `ready` before this script listened: connect asks it again, once the
// frame holds the widget's page (contentDocument null: another origin's). Sent earlier, to the
// frame's about:blank (this page's origin), it would be refused with a console error.
const connect = () => send({ type: 'connect' });
frame.addEventListener('load', connect);
if (!frame.contentDocument) connect();

document.getElementById('undo').addEventListener('click', () => send({ type: 'undo' }));
document.getElementById('arabic').addEventListener('click', () => send({ type: 'set-locale', locale: 'ar' }));
document.getElementById('participant').addEventListener('click', () => send({ type: 'set-mode', mode: 'participant' }));
