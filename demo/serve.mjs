// npm start: the Vite dev server (vite.config.ts) with the demo host page at its root URL, and
// the demo's own address printed (and opened, where there is a browser to open).
import { createServer } from 'vite';

const demoAtRoot = {
  name: 'veikart:demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/index.html');
        res.end();
        return;
      }
      next();
    });
  },
};

const server = await createServer({ plugins: [demoAtRoot] });
await server.listen();
for (const url of [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])]) {
  console.log(`  Veikart demo: ${new URL('demo/index.html', url).href}`);
}
