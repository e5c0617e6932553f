// One command per example, from a fresh clone (after `npm ci` at the root):
//   npm run example -- <name>         builds the package if needed, installs the example, starts it
//   npm run example -- <name> --test  the same, then runs the example's test instead of starting it
// <name>: plain-html | server-form | webpack | react-vite | vue-vite | iframe
// Each example installs Veikart as a real package: `"veikart": "file:../.."` with
// `install-links=true` in its .npmrc, so npm packs the repository (exactly what `npm pack` ships:
// no src/, no tests) and copies it into the example's node_modules — as a municipal developer's
// `npm install veikart` would — instead of symlinking the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..');
const [name, flag] = process.argv.slice(2);
const names = readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'package.json'))).map((d) => d.name);
if (!names.includes(name)) {
  console.error(`Usage: npm run example -- <${names.join(' | ')}> [--test]`);
  process.exit(2);
}
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });
if (!existsSync(join(root, 'dist/npm/index.js')) || process.env.VEIKART_BUILD === '1') run('npm', ['run', 'build'], root);
run('npm', ['ci', '--no-audit', '--no-fund'], join(here, name));
run('npm', [flag === '--test' ? 'test' : 'start'], join(here, name));
