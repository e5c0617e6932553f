// Nothing Veikart-specific: webpack 5 follows `new URL('./pictograms/x.svg', import.meta.url)` and
// emits each SVG as an asset; package.json's sideEffects lets it drop the widgets not imported.
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  entry: './src/index.js',
  output: { path: fileURLToPath(new URL('./dist/', import.meta.url)), filename: 'main.js', clean: true },
  performance: { hints: false },
};
