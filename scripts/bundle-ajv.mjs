// Before `npm test`: bundles ajv (CommonJS, so the browser cannot import it as it is) into one
// ES module for the schema-agreement test (test/core/schemas.test.ts), which runs in Chromium.
// Output: test/core/generated/ajv2020.js (git-ignored). Uses the esbuild that is already installed.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${root}test/core/generated`, { recursive: true });
await build({
  stdin: { contents: "export { default } from 'ajv/dist/2020.js';", resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile: `${root}test/core/generated/ajv2020.js`,
  logLevel: 'warning',
});
