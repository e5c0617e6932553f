// Shared by the examples' tests (not by the examples themselves): Debian's Chromium through
// playwright-core (from the repository's devDependencies), a child server that prints its URL,
// and the check every example makes: every pictogram on the page loaded.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../package.json', import.meta.url));
const { chromium } = require('playwright-core');

export async function launch() {
  const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}

/** Starts `command args` in `cwd`, resolves with the first http://127.0.0.1:<port> URL it prints. */
export function startServer(command, args, cwd, env = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const onData = (data) => {
      output += data;
      const match = output.replace(/\x1b\[[0-9;]*m/g, '').match(/http:\/\/(?:127\.0\.0\.1|localhost):\d+\/?/);
      if (match) resolve(match[0].replace('localhost', '127.0.0.1').replace(/\/?$/, '/'));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited (${code}):\n${output}`)));
  });
  return { child, url, output: () => output, stop: () => child.kill('SIGTERM') };
}

/** Every <img> on the page, inside shadow roots too, once loaded: [{ src, naturalWidth }]. */
export async function pictograms(page) {
  return page.evaluate(async () => {
    // Let every widget finish rendering first (a locale arriving re-renders, replacing images).
    const widgets = [];
    const findWidgets = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.localName.startsWith('vk-') && el.updateComplete) widgets.push(el);
      if (el.shadowRoot) findWidgets(el.shadowRoot);
    });
    findWidgets(document);
    await Promise.all(widgets.map((w) => w.updateComplete));
    const images = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.tagName === 'IMG' && el.isConnected) images.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.tagName === 'IFRAME') try { walk(el.contentDocument); } catch {}
    });
    walk(document);
    // Lazy images start loading when they come near the viewport: bring each one that has not
    // loaded into view, then wait (frame by frame, at most ~300 frames) for it to load or fail.
    for (const img of images) {
      if (img.complete && img.naturalWidth > 0) continue;
      img.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => {
        img.addEventListener('error', resolve, { once: true });
        const tick = (frame) => ((img.complete && img.naturalWidth > 0) || frame > 300 ? resolve() : requestAnimationFrame(() => tick(frame + 1)));
        tick(0);
      });
    }
    window.scrollTo(0, 0);
    return images.map((img) => ({ src: img.currentSrc || img.src, naturalWidth: img.naturalWidth }));
  });
}

export function checker() {
  const failures = [];
  const check = (ok, what) => {
    console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
    if (!ok) failures.push(what);
  };
  return { check, failures, done: () => {
    console.log(failures.length ? `\n${failures.length} checks failed` : '\nAll checks passed');
    return failures.length ? 1 : 0;
  } };
}

/** Asserts that the page shows pictograms and every one of them loaded. */
export async function checkPictograms(page, check, where) {
  const images = await pictograms(page);
  const broken = images.filter((i) => i.naturalWidth === 0);
  check(images.length > 0 && broken.length === 0, `${where}: every pictogram loaded (${images.length} images, ${broken.length} broken${broken.length ? `: ${broken.slice(0, 3).map((b) => b.src.slice(0, 80)).join(', ')}` : ''})`);
}

/** Each widget's roving item: where Tab lands among its items (toolbars come before them). */
const rovingItem = {
  'vk-plan-board': '.card-button[tabindex="0"]',
  'vk-step-tracker': '.step-button[tabindex="0"]',
};

/** Focuses a widget's roving item (what Tab lands on among its items). */
export async function focusIn(page, selector, inner = rovingItem[selector] ?? '[tabindex="0"]') {
  await page.evaluate(([s, i]) => document.querySelector(s).shadowRoot.querySelector(i).focus(), [selector, inner]);
}
