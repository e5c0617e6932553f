/** A row of demo buttons, each running one host-side action on a widget. */
export function makeToolbar(actions: ReadonlyArray<readonly [string, () => unknown]>): HTMLDivElement {
  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  for (const [label, action] of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => action());
    toolbar.append(button);
  }
  return toolbar;
}
