// @custom-elements-manifest/analyzer settings for `npm run analyze` and `npm run build`.
import { veikartManifest } from './scripts/manifest.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**', 'src/react/**', 'src/embed/**'],
  litelement: true,
  outdir: '.',
  plugins: [veikartManifest()],
};
