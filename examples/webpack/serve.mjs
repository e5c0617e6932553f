// Serves index.html and webpack's dist/ (PORT, default 8080).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = path === '/' ? join(here, 'index.html') : join(here, 'dist', path);
  if (!file.startsWith(here)) return res.writeHead(404).end();
  try {
    const body = await readFile(file); // read first: a missing file must still get its 404
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => console.log(`webpack example: http://127.0.0.1:${server.address().port}/`));
