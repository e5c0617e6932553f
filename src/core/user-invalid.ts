/**
 * The custom state `user-invalid` (CSS `:state(user-invalid)`): what `:user-invalid` is on a native
 * control, which the platform never matches on a form-associated custom element (it keeps no "user
 * validity" for one). On while the widget is validated and invalid once the user has made an edit
 * (its `change`) or a check said it was invalid (the `invalid` event: a submit it blocked,
 * `checkValidity()`, `reportValidity()`); off when it is valid again, and until then after
 * `form.reset()`, which clears a native control's user validity too.
 *
 * Returns the sync: call it after every validity change, with `false` on form.reset(). `changed`
 * hears the validation message while on ("" off) each time it changes: the empty state says it
 * (`renderEmpty`), also in a browser with no `:state()`.
 */
export function userInvalid(host: HTMLElement, internals: ElementInternals, changed: (said: string) => void): (interacted?: false) => void {
  let interacted = false, said = ''; // prettier-ignore
  const sync = (to = interacted): void => {
    interacted = to;
    const on = to && internals.willValidate && !internals.validity.valid;
    // Chromium before 125 took only `--` names (and throws on others): no state there, as no `:state()` to match it.
    try {
      internals.states[on ? 'add' : 'delete']('user-invalid');
    } catch {}
    const now = on ? internals.validationMessage : '';
    if (now != said) changed((said = now));
  };
  // Only the widget's own (an edit's `change`; `invalid` does not bubble): a `change` from a field in a slot is not an edit of the widget.
  for (const type of ['invalid', 'change']) host.addEventListener(type, (event) => event.target == host && sync(true));
  return sync;
}

