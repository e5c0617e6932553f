// A static server standing in for the municipality's web server: index.html at /, and Veikart's
// dist/ folder (veikart.js, chunks/, pictograms/, presets.js) copied to /static/veikart/.
// Usage: npm start   (PORT=8080 by default)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const here = new URL('.', import.meta.url).pathname;
const veikart = join(createRequire(import.meta.url).resolve('veikart/veikart.js'), '..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = path === '/' ? join(here, 'index.html') : path.startsWith('/static/veikart/') ? join(veikart, path.slice('/static/veikart/'.length)) : null;
  if (!file || !file.startsWith(file === join(here, 'index.html') ? here : veikart)) return res.writeHead(404).end('Not found');
  try {
    const body = await readFile(file); // read first: a missing file must still get its 404
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
});
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => console.log(`Plain HTML example: http://127.0.0.1:${server.address().port}/`));
