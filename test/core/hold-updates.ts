/**
 * Holds `el`'s update completion until the returned function is called, as a widget's does while a
 * lazy chunk it waits for (the board's editing UI, the calendar's view) is still loading.
 */
export function holdUpdates(el: HTMLElement): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const proto = Object.getPrototypeOf(el) as { getUpdateComplete(): Promise<boolean> };
  (el as unknown as { getUpdateComplete(): Promise<boolean> }).getUpdateComplete = async function (this: HTMLElement) {
    await held;
    return proto.getUpdateComplete.call(this);
  };
  return release;
}

/** A few frames and a task: whatever a late update completion or a lazy chunk sets going has run. */
export async function settled(): Promise<void> {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
}
