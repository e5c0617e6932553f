/**
 * Reads a widget's child `<script type="application/json">` (after the `value` property and
 * attribute, the third way a host gives a document). A streaming parser may add the script after
 * the element connected, and its text in pieces: a text that does not make a document yet is read
 * again as more of it arrives, until one does.
 *
 * @param receive takes the script's text and says whether it gave a document.
 * @returns a function that stops the watching (the host set `value`, the element left the page),
 *   or undefined when the script gave a document at once.
 */
export function watchChildScript(host: Element, receive: (text: string | null) => boolean): (() => void) | undefined {
  const read = (): boolean => {
    const script = host.querySelector(':scope > script[type="application/json"]');
    return !!script && receive(script.textContent);
  };
  if (read()) return;
  const observer = new MutationObserver(() => read() && observer.disconnect());
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
