// Looks at the demo page the way a reviewer does: screenshots at phone and desktop widths in nb
// and ar, and two checks on each: no sideways scroll, no word split across lines (a word whose
// Range spans two line boxes while it would fit its container), in the page and every shadow
// root. Screenshots go to /tmp/perf/demo/ (or DEMO_SHOTS).
//   node demo/check-page.mjs [--widths 1366,390,320] [--langs nb,ar] [--tabs all] [--text 200]
// --text: the page's text size in per cent (the root font size a reader sets; WCAG 1.4.4 asks 200).
import { createServer } from 'vite';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const widths = option('widths', '1366,390,320').split(',').map(Number);
const langs = option('langs', 'nb,ar').split(',');
const text = Number(option('text', '100'));
const out = process.env.DEMO_SHOTS ?? '/tmp/perf/demo';
mkdirSync(out, { recursive: true });

const server = await createServer({ root, logLevel: 'error', server: { port: 5451, strictPort: false, host: '127.0.0.1', open: false } });
await server.listen();
const url = server.resolvedUrls.local[0];
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
let problems = 0;
try {
  for (const lang of langs) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('pageerror', (e) => console.error(`[${lang} ${width}] page error: ${e.message}`));
      await page.goto(`${url}demo/index.html?lang=${lang}`);
      await page.waitForFunction(() => window.__demoReady === true, null, { timeout: 30_000 });
      if (text !== 100) await page.evaluate((t) => (document.documentElement.style.fontSize = `${t}%`), text);
      const tabs = await page.evaluate(() => [...document.querySelectorAll('[role=tab]')].map((t) => t.id));
      for (const tab of tabs.length ? tabs : ['page']) {
        if (tab !== 'page') await page.click(`#${tab}`);
        await page.evaluate(() => document.fonts.ready);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const report = await page.evaluate(checkPage);
        const name = `${out}/demo-${lang}-${width}${text !== 100 ? `-${text}` : ''}-${tab}.png`;
        await page.screenshot({ path: name, fullPage: true });
        const bad = report.overflow > 0 || report.splits.length > 0;
        if (bad) problems++;
        console.log(`${bad ? '✘' : '✔'} ${lang} ${width}px${text !== 100 ? ` ${text} %` : ''} ${tab}: sideways overflow ${report.overflow}px, split words ${report.splits.length}${report.splits.length ? ': ' + report.splits.slice(0, 8).join(' | ') : ''}; words wider than their line (broken, allowed by the rule) ${report.tooWide.length}${report.tooWide.length ? ': ' + report.tooWide.slice(0, 6).join(' | ') : ''}  → ${name}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = problems ? 1 : 0;

/** Runs in the page. */
function checkPage() {
  const splits = [];
  const tooWide = [];
  const visit = (rootNode) => {
    const walker = document.createTreeWalker(rootNode, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.shadowRoot) visit(node.shadowRoot);
        continue;
      }
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility?.() || ['SCRIPT', 'STYLE', 'PRE', 'TEXTAREA', 'OPTION'].includes(parent.tagName)) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size < 2) continue;
        const wordWidth = rects.reduce((s, r) => s + r.width, 0);
        // The line box it sits in: the nearest block ancestor's content width.
        let block = parent;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement ?? block.getRootNode().host;
        const style = block ? getComputedStyle(block) : null;
        const available = block ? block.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) : Infinity;
        if (wordWidth <= available + 1) splits.push(`${match[0]} (${Math.round(wordWidth)}/${Math.round(available)}px in <${block?.localName}>)`);
        else tooWide.push(`${match[0]} (${Math.round(wordWidth)}/${Math.round(available)}px in <${block?.localName}>)`);
      }
    }
  };
  visit(document.body);
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return { splits, tooWide, overflow };
}
