// Every test runs in Debian's Chromium (never a downloaded browser); TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free port on this machine, so several test runs (parallel worktrees, CI) never collide on 8000. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!executablePath) {
  throw new Error('No Chromium found. Install it with: apt-get install -y chromium (or set CHROME_PATH).');
}

/** Ends the run with a plain "N passed, N failed, N skipped" line that any CI can read. */
function closingLine() {
  // A CI log may keep only its end: the failed tests' names are repeated there, and the tests that
  // took at least half of mocha's 10 s timeout are listed (the next to fail on a slower machine).
  const SLOW_MS = 5000;
  const walk = (suite, path, file, totals, failed, slow) => {
    if (!suite) return;
    const here = suite.name ? [...path, suite.name] : path;
    for (const test of suite.tests) {
      totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
      const name = `${file}: ${[...here, test.name].join(' > ')}`;
      if (!test.passed && !test.skipped) failed.push(name);
      if ((test.duration ?? 0) >= SLOW_MS) slow.push({ ms: test.duration, name });
    }
    for (const child of suite.suites) walk(child, here, file, totals, failed, slow);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failed = [];
      const slow = [];
      for (const session of sessions) {
        const file = session.testFile.replace(/^.*?\/test\//, 'test/');
        walk(session.testResults, [], file, totals, failed, slow);
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) {
          totals.failed++;
          failed.push(`${file}: (the file failed before its tests ran)`);
        }
      }
      const list = (title, lines) => (lines.length ? `\n${title}\n${lines.map((line) => `  ${line}`).join('\n')}\n` : '');
      // After the default reporter's own summary, the summary on a line of its own, last.
      process.on('exit', () =>
        process.stdout.write(
          list(`Tests that took ${SLOW_MS / 1000} s or more (timeout 10 s):`, slow.sort((a, b) => b.ms - a.ms).map(({ ms, name }) => `${(ms / 1000).toFixed(1)} s  ${name}`)) +
            list('Failed:', failed) +
            `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
        ),
      );
    },
  };
}

/**
 * Cross-widget test infrastructure (test/a11y, test/journeys):
 * - `/__vk-stories.js`: a module importing every `stories/*.stories.ts`, so a new story file is
 *   covered by the axe matrix, the no-split-words test and the snapshots without editing a test;
 * - `vk-forced-colors`: forced colours on/off through Chromium's media emulation (the built-in
 *   `emulateMedia` command does not pass `forced-colors` to puppeteer);
 * - `vk-prefers-contrast`: `{ value: 'more' }` emulates prefers-contrast, `{}` ends it (the same reason);
 * - `vk-a11y-tree`: Chromium's accessibility tree under a selector (the built-in a11ySnapshot
 *   plugin is not registered by default);
 * - `vk-screenshot`: a PNG (base64) of a clip of the viewport (document coordinates), for pixels
 *   no DOM query can tell;
 * - `vk-pdf-pages`: prints the page to PDF as a browser prints it (the page's own `@page` size and
 *   margins) and returns the text operations drawn on each sheet, so a test can count sheets and
 *   find a sheet with nothing but a title on it, and each sheet's text (`texts`: decoded through
 *   the fonts' ToUnicode maps, one run per text object joined by spaces);
 * - `vk-snapshot-file`: reads test/a11y/snapshots/NAME.txt; writes it only under UPDATE_SNAPSHOTS=1
 *   (a missing snapshot fails the test instead of being written silently);
 * - `vk-timezone`: the page's time zone (`{ zone: 'America/New_York' }`; no zone: the machine's), for
 *   tests of "today" on a device set to another zone than Oslo's (test/helpers/clock.ts);
 * - `vk-page-scale`: pinch-zoom (`{ scale: 2 }`; 1 zooms out again) through CDP
 *   `Emulation.setPageScaleFactor`: `visualViewport.scale` follows and fires `resize`;
 * - `vk-block-urls`: `{ urls: ['*board-editing*'] }` makes this page's matching requests fail (CDP
 *   `Network.setBlockedURLs`), for tests of a lazy part that cannot load; `{ urls: [] }` lifts it;
 * - `vk-hold-urls`: `{ urls: ['*scroll-cue*'] }` makes this page's matching requests wait, unanswered (CDP
 *   `Fetch.requestPaused`), until `{ urls: [] }` lets them go on: a lazy part that has not come yet;
 * - `vk-requested`: the URLs this page has requested (blocked ones too) since its first
 *   `vk-block-urls`, `{ contains: 'week-view' }` keeping those that contain it: whether a lazy
 *   part was fetched again, counted where the browser does it;
 * - `vk-touch-drag`: one finger from `from` to `to` (`{ x, y }` in CSS pixels of the layout
 *   viewport) through CDP `Input.dispatchTouchEvent`, a frame between moves: the browser decides
 *   on panning (and `pointercancel`) by `touch-action` as it does for a real finger. `hold`: ms the
 *   finger rests before it moves (a long press).
 * - `vk-touch-emulation`: `{ enabled: true }` makes the page a touch screen's (CDP
 *   `Emulation.setTouchEmulationEnabled`): `(pointer: coarse)` and `(any-pointer: coarse)` match, as on a phone.
 */
function veikartTestPlugin() {
  // One CDP session per page, kept open: emulation set through a session ends when it detaches.
  const cdpSessions = new WeakMap();
  /** Per CDP session: the URLs requested since the first `vk-block-urls` (see `vk-requested`). */
  const requested = new WeakMap();
  /** Per CDP session: the requests held by `vk-hold-urls`, by their Fetch request id. */
  const held = new WeakMap();
  const cdp = async (p) => {
    if (!cdpSessions.has(p)) cdpSessions.set(p, await p.createCDPSession());
    return cdpSessions.get(p);
  };
  const storyFiles = () => readdirSync('stories').filter((f) => f.endsWith('.stories.ts')).sort();
  const page = (session) => session.browser.getPage(session.id);
  return {
    name: 'veikart-test-infrastructure',
    serve(context) {
      if (context.path !== '/__vk-stories.js') return undefined;
      const files = storyFiles();
      const body = files.map((f, i) => `import * as m${i} from '/stories/${f}';`).join('\n') +
        `\nexport const storyFiles = [${files.map((f, i) => `['${f.replace('.stories.ts', '')}', m${i}]`).join(', ')}];\n`;
      return { body, type: 'js' };
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'vk-forced-colors') {
        const p = page(session);
        await p.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        return true;
      }
      if (command === 'vk-prefers-contrast') {
        // prefers-contrast (`more`, `less`, or none), which the built-in emulateMedia does not pass either.
        await page(session).emulateMediaFeatures([{ name: 'prefers-contrast', value: payload?.value ?? '' }]);
        return true;
      }
      if (command === 'vk-a11y-tree') {
        const p = page(session);
        const root = payload?.selector ? await p.$(payload.selector) : null;
        if (payload?.selector && !root) throw new Error(`vk-a11y-tree: nothing matches ${payload.selector}`);
        return p.accessibility.snapshot({ root: root ?? undefined, interestingOnly: payload?.interestingOnly ?? true });
      }
      if (command === 'vk-screenshot') {
        // A PNG (base64) of a rectangle of the page: what is painted, for tests of what shows
        // that no DOM query can tell (a focus ring over a neighbour). The clip is in CSS pixels
        // of the document (add scrollX/scrollY to viewport coordinates) and must lie inside the
        // viewport's scrolled-to area; the PNG is in device pixels (devicePixelRatio × the clip).
        // captureBeyondViewport: false, or the capture resizes the page (a resize event in the test).
        const { x, y, width, height } = payload ?? {};
        const p = page(session);
        const view = await p.evaluate(() => ({ x: scrollX, y: scrollY, width: innerWidth, height: innerHeight }));
        const fits = [x, y, width, height].every((n) => Number.isFinite(n)) && width >= 1 && height >= 1 && x >= view.x && y >= view.y && x + width <= view.x + view.width && y + height <= view.y + view.height;
        if (!fits) throw new Error(`vk-screenshot: the clip ${JSON.stringify(payload)} is not inside the viewport ${JSON.stringify(view)}`);
        return p.screenshot({ clip: { x, y, width, height }, encoding: 'base64', captureBeyondViewport: false });
      }
      if (command === 'vk-pdf-pages') {
        const { inflateSync } = await import('node:zlib');
        const pdf = Buffer.from(await page(session).pdf({ preferCSSPageSize: true, printBackground: false }));
        const text = pdf.toString('latin1');
        const objects = new Map([...text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)].map((m) => [m[1], { body: m[2], at: m.index + m[0].indexOf(m[2]) }]));
        const content = (id) => {
          const { body, at } = objects.get(id);
          const start = text.indexOf('\n', at + body.indexOf('stream')) + 1;
          const raw = pdf.subarray(start, text.indexOf('endstream', start));
          try { return inflateSync(raw).toString('latin1'); } catch { return raw.toString('latin1'); }
        };
        // A font's glyph ids → text, from its /ToUnicode CMap (bfchar and bfrange entries).
        const unicode = new Map();
        const glyphsOf = (fontId) => {
          if (unicode.has(fontId)) return unicode.get(fontId);
          const map = new Map();
          const cmap = objects.get(fontId)?.body.match(/\/ToUnicode\s+(\d+) 0 R/);
          const hex = (h) => String.fromCodePoint(...(h.match(/..../g) ?? []).map((u) => parseInt(u, 16)));
          if (cmap) {
            const body = content(cmap[1]);
            const sections = (kind) => [...body.matchAll(new RegExp(`begin${kind}([\\s\\S]*?)end${kind}`, 'g'))].flatMap((m) => m[1].trim().split(/\n/));
            for (const line of sections('bfchar')) {
              const [g, u] = line.match(/\w+/g) ?? [];
              if (u) map.set(parseInt(g, 16), hex(u));
            }
            for (const line of sections('bfrange')) {
              const [from, to, u] = line.match(/\w+/g) ?? [];
              if (u) for (let g = parseInt(from, 16), c = parseInt(u, 16); g <= parseInt(to, 16); g++, c++) map.set(g, String.fromCodePoint(c));
            }
          }
          unicode.set(fontId, map);
          return map;
        };
        // The text drawn on a sheet: each text object (BT … ET) decoded through its fonts, joined by spaces.
        const textOf = (body, ops) => {
          const fonts = new Map([...(body.match(/\/Font\s*<<([^>]*)>>/)?.[1] ?? '').matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map((m) => [m[1], m[2]]));
          return [...ops.matchAll(/BT([\s\S]*?)ET/g)].map((bt) => {
            let map = new Map();
            let out = '';
            for (const m of bt[1].matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj/g)) {
              if (m[1]) map = glyphsOf(fonts.get(m[1]));
              else for (const g of m[2].match(/..../g) ?? []) out += map.get(parseInt(g, 16)) ?? '';
            }
            return out;
          }).join(' ');
        };
        // The sheets in reading order: the page tree from the catalogue's /Pages, depth first.
        const sheets = [];
        const texts = [];
        const visit = (id) => {
          const body = objects.get(id).body;
          if (/\/Type\s*\/Pages\b/.test(body)) for (const kid of body.match(/\/Kids\s*\[([^\]]*)\]/)[1].matchAll(/(\d+) 0 R/g)) visit(kid[1]);
          else {
            const ops = content(body.match(/\/Contents\s+(\d+) 0 R/)[1]);
            sheets.push((ops.match(/T[Jj]\b/g) ?? []).length);
            texts.push(textOf(body, ops));
          }
        };
        visit(objects.get(text.match(/\/Root\s+(\d+) 0 R/)[1]).body.match(/\/Pages\s+(\d+) 0 R/)[1]);
        return { textOps: sheets, texts };
      }
      if (command === 'vk-block-urls') {
        // Requests of this page only whose URL matches a pattern (`*` any run of characters) fail
        // as a lost connection would (net::ERR_BLOCKED_BY_CLIENT): a lazy chunk that cannot load.
        const client = await cdp(page(session));
        if (!requested.has(client)) {
          const urls = [];
          requested.set(client, urls);
          client.on('Network.requestWillBeSent', ({ request }) => urls.push(request.url));
        }
        await client.send('Network.enable');
        await client.send('Network.setBlockedURLs', { urls: payload?.urls ?? [] });
        return true;
      }
      if (command === 'vk-hold-urls') {
        // Requests of this page whose URL matches a pattern wait, unanswered, until `{ urls: [] }` lets them all go on
        // (CDP Fetch.requestPaused, Fetch.continueRequest): a lazy chunk that has not come yet, for as long as a test needs.
        const client = await cdp(page(session));
        if (!held.has(client)) {
          held.set(client, []);
          client.on('Fetch.requestPaused', ({ requestId }) => held.get(client).push(requestId));
        }
        // Without the cache while held: a chunk another test file's page fetched would come from it, never asked for.
        await client.send('Network.enable');
        await client.send('Network.setCacheDisabled', { cacheDisabled: !!payload?.urls?.length });
        if (payload?.urls?.length) {
          await client.send('Fetch.enable', { patterns: payload.urls.map((urlPattern) => ({ urlPattern })) });
          return true;
        }
        for (const requestId of held.get(client).splice(0)) await client.send('Fetch.continueRequest', { requestId }).catch(() => {});
        await client.send('Fetch.disable');
        return true;
      }
      if (command === 'vk-requested') {
        const urls = requested.get(await cdp(page(session))) ?? [];
        return urls.filter((url) => url.includes(payload?.contains ?? ''));
      }
      if (command === 'vk-page-scale') {
        await (await cdp(page(session))).send('Emulation.setPageScaleFactor', { pageScaleFactor: payload?.scale ?? 1 });
        return true;
      }
      if (command === 'vk-touch-drag') {
        const p = page(session);
        const client = await cdp(p);
        const { from, to, steps = 8, hold = 0, holdUntil } = payload ?? {};
        const frame = () => p.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
        if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
        // `holdUntil`: an expression the page must make true before the finger moves (the widget's own hold timer, not this
        // process's clock: under load a page's 450 ms timer may fire after a 900 ms wait here has ended).
        if (holdUntil) await p.waitForFunction(holdUntil, { timeout: 8000, polling: 'raf' });
        for (let i = 1; i <= steps; i++) {
          await frame();
          await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }] });
        }
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await frame();
        return true;
      }
      if (command === 'vk-touch-emulation') {
        await (await cdp(page(session))).send('Emulation.setTouchEmulationEnabled', { enabled: !!payload?.enabled, maxTouchPoints: 5 });
        return true;
      }
      if (command === 'vk-timezone') {
        await page(session).emulateTimezone(payload?.zone || undefined);
        return true;
      }
      if (command === 'vk-snapshot-file') {
        const { mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
        const name = String(payload?.name ?? '');
        if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`vk-snapshot-file: bad name ${name}`);
        const file = `test/a11y/snapshots/${name}.txt`;
        const update = process.env.UPDATE_SNAPSHOTS === '1';
        const existing = existsSync(file) ? readFileSync(file, 'utf8') : null;
        if (payload?.text != null && update) {
          mkdirSync('test/a11y/snapshots', { recursive: true });
          writeFileSync(file, payload.text);
          return { written: true, text: payload.text, update };
        }
        return { written: false, text: existing, update };
      }
      return undefined;
    },
  };
}

export default {
  port: Number(process.env.WTR_PORT) || (await freePort()),
  reporters: [defaultReporter(), closingLine()],
  files: ['test/**/*.test.ts'],
  // Before the test framework and every test file: failing assertions about DOM nodes report
  // instead of hanging the page (test/helpers/short-dom-errors.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/helpers/short-dom-errors.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [veikartTestPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-background-timer-throttling', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--autoplay-policy=no-user-gesture-required', '--js-flags=--expose-gc'],
      },
      // Each test file in a window of its own: a second tab in one window is hidden (no animation
      // frames in headless Chromium), a second window is not, so two files can run at once.
      createPage: async ({ browser }) => {
        const session = await browser.target().createCDPSession();
        const { targetId } = await session.send('Target.createTarget', { url: 'about:blank', newWindow: true });
        await session.detach();
        const target = await browser.waitForTarget((t) => t._targetId === targetId);
        const page = await target.page();
        // Every window behaves as the focused one (CDP Emulation.setFocusEmulationEnabled; the
        // session stays attached, or the emulation ends): with two windows, the one without system
        // focus moved activeElement on el.focus() but fired no focus or focusin, so a widget that
        // tracks its roving item by focusin lost track of it (a host-value case in
        // test/task-ladder/moved-task-in-view.test.ts failed in three whole runs, never alone).
        await (await target.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  concurrency: Number(process.env.WTR_CONCURRENCY) || 2,
  // The cross-widget matrices (test/a11y: axe over every story, words at four widths) take a
  // minute or two per file on a 2-core machine shared with other work; the default is 120 s.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  // Coverage is opt-in (`npm run test:coverage`, or `wtr --coverage`): collecting it made the
  // suite 30-45 % slower (course-calendar + step-tracker files: 94-122 s without, 138-218 s with),
  // and nothing reads it in CI, which must finish within 20 minutes.
  coverage: false,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
