// Dev server for the demo host page (`npm start`). The library builds live in scripts/build.mjs,
// which reuses this file's settings through Vite's API.
import { defineConfig } from 'vite';

export default defineConfig({
  server: { open: '/demo/index.html', port: 5173 },
  preview: { open: '/demo/index.html' },
  esbuild: { target: 'es2022' },
  build: { target: 'es2022' },
});
