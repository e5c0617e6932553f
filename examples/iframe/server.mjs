// Two servers, two origins, as in real life:
//  - the WIDGET server (the municipality's Veikart copy, port WIDGET_PORT, default 8081) serves
//    Veikart's dist/ with embed.html. It writes ALLOWED_ORIGINS (default: the host page's origin)
//    into embed.html's <meta name="veikart-allowed-origins"> and sends the same list as
//    `Content-Security-Policy: frame-ancestors` (set FRAME_ANCESTORS=off to see the bridge's own
//    allow-list at work without that header).
//  - the HOST server (the case-management system, port HOST_PORT, default 8080) serves a page that
//    frames embed.html and talks to it (host.html + host.js, no Veikart code of its own).
// Usage: npm start
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const here = new URL('.', import.meta.url).pathname;
const dist = join(createRequire(import.meta.url).resolve('veikart/veikart.js'), '..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

function listen(server, port) {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

/** The host page: frames the widget's embed.html. WIDGET_ORIGIN is filled in per request. */
export async function startHost(port, widgetOrigin) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') {
      const html = (await readFile(join(here, 'host.html'), 'utf8')).replaceAll('%WIDGET_ORIGIN%', widgetOrigin);
      return res.writeHead(200, { 'content-type': types['.html'], 'content-security-policy': `${csp}; frame-src ${widgetOrigin}` }).end(html);
    }
    if (path === '/host.js') {
      const body = await readFile(join(here, 'host.js'));
      return res.writeHead(200, { 'content-type': types['.js'] }).end(body);
    }
    res.writeHead(404).end();
  });
  return listen(server, port);
}

/** The widget server: Veikart's dist/, embed.html with the allow-list written in. */
export async function startWidgetServer(port, allowed, { frameAncestors = true } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dist, path);
    if (!file.startsWith(dist)) return res.writeHead(404).end();
    try {
      let body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      if (path === '/embed/embed.html') {
        const list = allowed().join(' ');
        body = body.toString('utf8').replace('<meta name="veikart-allowed-origins" content="">', `<meta name="veikart-allowed-origins" content="${list}">`);
        headers['content-security-policy'] = `${csp}${frameAncestors ? `; frame-ancestors ${list || "'none'"}` : ''}`;
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return listen(server, port);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  let hostOrigin = '';
  const allowed = () => (process.env.ALLOWED_ORIGINS ?? hostOrigin).split(/\s+/).filter(Boolean);
  const widgetOrigin = await startWidgetServer(Number(process.env.WIDGET_PORT ?? 8081), allowed, { frameAncestors: process.env.FRAME_ANCESTORS !== 'off' });
  hostOrigin = await startHost(Number(process.env.HOST_PORT ?? 8080), widgetOrigin);
  console.log(`Widget server (embed.html): ${widgetOrigin}/embed/embed.html`);
  console.log(`Host page: ${hostOrigin}/`);
}
