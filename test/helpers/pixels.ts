import { executeServerCommand } from '@web/test-runner-commands';

/** What a screenshot shows of a rectangle of the viewport: its pixels and where they are. */
export interface Pixels {
  /** The rectangle's viewport coordinates (CSS px, whole pixels). */
  left: number;
  top: number;
  /** Device pixels per CSS pixel. */
  scale: number;
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The painted pixels of `rect` (viewport coordinates) and `margin` CSS px around it. */
export async function pixelsAround(rect: DOMRect, margin = 6): Promise<Pixels> {
  await frame();
  await frame();
  const left = Math.floor(rect.left) - margin;
  const top = Math.floor(rect.top) - margin;
  const clip = { x: left + scrollX, y: top + scrollY, width: Math.ceil(rect.right) + margin - left, height: Math.ceil(rect.bottom) + margin - top };
  const png = (await executeServerCommand('vk-screenshot', clip)) as string;
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  return { left, top, scale: width / clip.width, width, height, data };
}

/** The pixels (as `x,y` in device pixels of `shot`) whose colour `is` says are ink. */
export function inkOf(shot: Pixels, is: (r: number, g: number, b: number) => boolean): Set<string> {
  const ink = new Set<string>();
  for (let y = 0; y < shot.height; y++) {
    for (let x = 0; x < shot.width; x++) {
      const i = (y * shot.width + x) * 4;
      if (is(shot.data[i], shot.data[i + 1], shot.data[i + 2])) ink.add(`${x},${y}`);
    }
  }
  return ink;
}

/** The smallest rectangle (viewport CSS px) holding every ink pixel, or null when there is none. */
export function boundsOf(shot: Pixels, ink: Set<string>): { left: number; top: number; right: number; bottom: number } | null {
  if (ink.size === 0) return null;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const key of ink) {
    const [x, y] = key.split(',').map(Number);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
  }
  return { left: shot.left + x0 / shot.scale, top: shot.top + y0 / shot.scale, right: shot.left + x1 / shot.scale, bottom: shot.top + y1 / shot.scale };
}

/**
 * Shows only what `visible` selects inside `root` (everything else there `visibility: hidden`)
 * while `measure` runs: the ink of one part, with nothing else painted over or under it.
 */
export async function onlyShowing<T>(root: ShadowRoot, visible: string, measure: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = `*, *::before, *::after { visibility: hidden !important; } ${visible} { visibility: visible !important; }`;
  root.append(style);
  try {
    return await measure();
  } finally {
    style.remove();
  }
}
