// No plugin needed: Vite compiles .jsx with React's automatic runtime out of the box, and follows
// Veikart's `new URL('./pictograms/x.svg', import.meta.url)` so every pictogram is bundled.
import { defineConfig } from 'vite';

export default defineConfig({});
