// After `lit-localize build`: give each generated locale module its own 3-line `str` tag instead
// of importing @lit/localize, so bundlers keep @lit/localize inside the main file rather than
// splitting it into a shared chunk that dist/veikart.js would have to import.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/generated/locales/', import.meta.url);
const own = `// The same shape as @lit/localize's str tag (internal/str-tag.js).
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });`;
for (const file of readdirSync(dir)) {
  const url = new URL(file, dir);
  const text = readFileSync(url, 'utf8');
  writeFileSync(url, text.replace("import {str} from '@lit/localize';", own));
}
