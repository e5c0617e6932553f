/**
 * Where a widget's document comes from (contract.md §2): the `value` property, the `value`
 * attribute, or a child `<script type="application/json">`. At start the property wins, then the
 * attribute, then the script; after that the last thing the host does wins.
 *
 * The markup (attribute, then script) keeps driving the document while the host gives it that way,
 * so pages whose HTML a library morphs in place (htmx, Turbo: idiomorph) keep the element and swap
 * what it holds: another participant's markup with the document in a child script is read; markup
 * with none (the attribute or the script taken away, nothing in its place) leaves the widget with
 * no document, never the previous participant's, which the form would submit as the new one's. A
 * script that changes under a widget whose host set the property (a framework's hydration removing
 * server-rendered children) changes nothing: the property's document stays.
 *
 * A streaming parser may add the script after the element connected, and its text in pieces: the
 * script is read again at each change, so a text that does not make a document yet is followed by
 * one that does (the element tells only the first failure: `streaming`).
 */
/**
 * Watches a widget's markup for its document (see above). `receive` takes the document's JSON text,
 * or null for none, and says whether it took it (false: rejected). Closures, not a class: names that
 * minify (every widget loads this).
 */
export function documentSource(host: Element, receive: (text: string | null) => boolean) {
  /** The markup's document text when last read (null: none); the host set the property since. */
  let last: string | null | undefined, property = false, observer: MutationObserver | undefined;
  /**
   * Reads the markup (the attribute, else the child script) and takes its document if it changed,
   * or whatever it is when the host set the attribute (`set`: its latest word, the same text too).
   * A property's document stays when the markup changes under it (a framework's hydration removing
   * server-rendered children), not when the host sets the attribute to a text the widget takes.
   */
  const read = (set?: boolean): void => {
    const now = host.getAttribute('value') ?? host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    // Rejected (`vk-error`: the widget keeps its document), the text does not take the document from the property.
    if ((set || (!property && now !== last)) && receive((last = now))) property = false;
  };
  return {
    /** True while the document is read from a child script that has not given one yet: its failures are told once. */
    streaming: (hasDocument: boolean): boolean => !property && !hasDocument && !host.hasAttribute('value'),
    /** Connected: watches the children; the first time (`start`), takes what the markup holds unless the property was set. */
    connect(start: boolean): void {
      (observer ??= new MutationObserver(() => read())).observe(host, { childList: true, subtree: true, characterData: true });
      // At start no markup is no news (the empty state is there); back on the page, a script that
      // came or changed while it was away is read as if it changed now.
      if (start) last = null;
      read();
    },
    disconnect: (): void => observer?.disconnect(),
    /** The host set the property. */
    property: (): void => void (property = true),
    /** The `value` attribute set (`text`) or removed after start. */
    attribute: (text: string | null): void => read(text !== null),
  };
}
