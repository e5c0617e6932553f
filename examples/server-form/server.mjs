// A server-rendered page with no client code of its own: the plan board is a form field.
//   GET  /      renders the form with the stored plan in the value attribute
//   GET  /?as=script  the same form with the plan in a child <script type="application/json">
//   POST /      receives `plan` (the whole document as JSON), checks it with validateDocument
//               (the same function the widget uses, run in Node), stores it, redirects to /
//   GET  /plan.json  the stored plan (for the test and for curious developers)
// The drop-in file and its pictograms are served from /static/veikart/. Usage: npm start
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { validateDocument, createEmptyWeekPlan } from 'veikart';

const veikart = join(createRequire(import.meta.url).resolve('veikart/veikart.js'), '..');
const types = { '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };

let plan = createEmptyWeekPlan();
plan.participantLanguage = 'ar';
plan.cards = [
  { id: 'c1', columnId: plan.columns[0].id, title: { nb: 'Norskkurs', ar: 'دورة اللغة النرويجية' }, pictogram: 'vk:norwegian-class', time: '09:00-11:30' },
  { id: 'c2', columnId: plan.columns[1].id, title: { nb: 'Arbeidspraksis', ar: 'تدريب عملي' }, pictogram: 'vk:work-practice', time: '08:00-14:00' },
];
let lastError = null;

/** JSON in a single-quoted HTML attribute: escape & and ' (never trust the document's text). */
const attribute = (json) => json.replaceAll('&', '&amp;').replaceAll("'", '&#39;');
/**
 * JSON in a child <script type="application/json">: escape every < as \u003c, so no "</script>" or
 * "<!--" in the document's text can end the script (and run the markup after it) or swallow the page;
 * U+2028/U+2029 too, for old JavaScript parsers. JSON.parse reads the escapes back as the same text.
 */
const scriptJson = (json) => json.replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const text = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (asScript) => `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Veikart: skjema</title>
  <script type="module" src="/static/veikart/veikart.js"></script>
</head>
<body>
  <h1>Ukeplan</h1>
  ${lastError ? `<p role="alert">Planen ble ikke lagret: ${text(lastError)}</p>` : ''}
  <form method="post" action="/">
    ${asScript
      ? `<vk-plan-board name="plan" required><script type="application/json">${scriptJson(JSON.stringify(plan))}</script></vk-plan-board>`
      : `<vk-plan-board name="plan" required value='${attribute(JSON.stringify(plan))}'></vk-plan-board>`}
    <button type="submit">Lagre planen</button>
  </form>
</body>
</html>`;

function body(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 1_000_000) reject(new Error('too large'));
    });
    req.on('end', () => resolve(data));
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'POST' && url.pathname === '/') {
    const form = new URLSearchParams(await body(req));
    try {
      const received = JSON.parse(form.get('plan') ?? '');
      const result = validateDocument('plan', received);
      if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      plan = received;
      lastError = null;
      console.log(`Received a plan with ${plan.cards.length} cards`);
    } catch (error) {
      lastError = error.message;
    }
    return res.writeHead(303, { location: '/' }).end();
  }
  if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('as') === 'script'));
  if (url.pathname === '/plan.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(plan));
  const path = normalize(decodeURIComponent(url.pathname));
  if (path.startsWith('/static/veikart/')) {
    const file = join(veikart, path.slice('/static/veikart/'.length));
    if (file.startsWith(veikart)) {
      try {
        const body = await readFile(file); // read first: a missing file must still get its 404
        return res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {}
    }
  }
  res.writeHead(404).end('Not found');
});
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => console.log(`Server-rendered form example: http://127.0.0.1:${server.address().port}/`));
