// npm start: the Vite dev server for the demo host page. Prints the demo's own URL (the server's
// root has no page) and opens it in a browser when the machine has a display.
import { createServer } from 'vite';

const server = await createServer({ server: { open: false } });
await server.listen();
const urls = server.resolvedUrls?.local ?? [`http://localhost:${server.config.server.port}/`];
const demo = new URL('demo/index.html', urls[0]).href;
console.log(`\n  Veikart demo: ${demo}\n  Storybook:    npm run storybook\n`);
if (process.env.DISPLAY || process.platform === 'darwin' || process.platform === 'win32') server.openBrowser?.();
