// No plugin needed: Vite compiles .jsx with React's automatic runtime out of the box, and follows
// Veikart's `new URL('./pictograms/x.svg', import.meta.url)` so every pictogram is bundled.
// `vite build` would inline each (under 4 KB) as a data: URL in the up-front bundle, all 76 of them
// whether shown or not (about 4.6 KB gzip); this line keeps Veikart's pictograms as files, fetched
// when shown, and leaves the app's own assets to Vite's default (docs/embedding.md).
import { defineConfig } from 'vite';

export default defineConfig({
  build: { assetsInlineLimit: (file) => (file.includes('/veikart/dist/pictograms/') ? false : undefined) },
});
