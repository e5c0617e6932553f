// Host-side controls around a widget: what a municipal page would put beside it.
import { onDemoLanguage, t, type DemoString } from './i18n.js';

export interface ToolbarAction {
  label: DemoString;
  /** A toggle (aria-pressed) shows its state; an action just runs. */
  pressed?: () => boolean;
  run: () => unknown;
}

/** A labelled row of host-page buttons ("Vertssiden: Deltakermodus · Skrivebeskyttet …"). */
export function makeToolbar(actions: readonly ToolbarAction[], extra: readonly HTMLElement[] = []): HTMLDivElement {
  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  toolbar.setAttribute('role', 'group');
  const label = document.createElement('span');
  label.className = 'toolbar-label';
  label.dataset.i18n = 'view';
  label.textContent = t('view');
  toolbar.append(label);
  for (const action of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    const sync = (): void => {
      button.textContent = t(action.label);
      if (action.pressed) button.setAttribute('aria-pressed', String(action.pressed()));
    };
    button.addEventListener('click', () => {
      action.run();
      sync();
    });
    onDemoLanguage(sync);
    sync();
    toolbar.append(button);
  }
  toolbar.append(...extra);
  toolbar.setAttribute('aria-labelledby', (label.id = `tb-${Math.random().toString(36).slice(2, 8)}`));
  return toolbar;
}
