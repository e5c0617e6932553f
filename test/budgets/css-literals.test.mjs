// scripts/bundle-options.mjs minifies the css`` templates of every shipped build: these tests pin
// what it may and may not change. (That the minified stylesheets draw the same pixels is checked by
// npm run test:visual, which serves them minified, against the same baselines.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minifyCssTemplates } from '../../scripts/bundle-options.mjs';

const evaluate = (code) => {
  const css = (strings) => strings.join('');
  return new Function('css', `${code.replace(/^export const (\w+) =/m, 'return')}`)(css);
};

test('minifies a stylesheet and keeps its meaning: logical properties, :dir(), container queries', () => {
  const source = "export const s = css`\n  /* a comment */\n  :host(:dir(rtl)) .a {\n    padding-inline: 0 0.25rem;\n    margin-block-start: 2px;\n  }\n  @container (max-width: 479.98px) {\n    .b { display: none; }\n  }\n`;";
  const out = minifyCssTemplates(source, 'x.ts');
  const text = evaluate(out);
  assert.ok(text.length < evaluate(source).length);
  assert.ok(!text.includes('comment'));
  assert.match(text, /:host\(:dir\(rtl\)\) \.a\{/, ':dir() is kept, not lowered to :lang()');
  assert.match(text, /padding-inline:0 \.25rem/);
  assert.match(text, /margin-block-start:2px/);
  assert.match(text, /@container \(width<=479\.98px\)\{\.b\{display:none\}\}/);
});

test('escapes survive the round trip from source text to stylesheet and back', () => {
  // In the source a CSS escape is written with a doubled backslash; the cooked stylesheet holds one.
  const source = "export const s = css`.a::after { content: '\\\\2192'; } .b::before { content: '\\u2190' / ''; }`;";
  const before = evaluate(source);
  const after = evaluate(minifyCssTemplates(source, 'x.ts'));
  assert.match(before, /\\2192/);
  // Lightning CSS writes the escaped code point as the character itself: the same content.
  assert.ok(after.includes('\\2192') || after.includes('\u2192'), after);
  assert.ok(after.includes('\u2190'), after);
});

test('templates with interpolations are left as they are; the rest of the file still minifies', () => {
  const source = "const a = css`.x { color: ${c}; }`;\nexport const s = css`\n  .y {  color: red;  }\n`;";
  const out = minifyCssTemplates(source, 'x.ts');
  assert.ok(out.startsWith('const a = css`.x { color: ${c}; }`;'));
  assert.ok(out.includes('css`.y{color:red}`'));
});

test('a template literal inside an interpolation stops the build instead of being cut', () => {
  assert.throws(() => minifyCssTemplates('const a = css`.x { color: ${`red`}; }`;', 'x.ts'), /cannot scan/);
});

test('a stylesheet Lightning CSS cannot parse stops the build', () => {
  assert.throws(() => minifyCssTemplates('const a = css`..x { color: red; }`;', 'x.ts'), /class selector/);
});

test('files without css templates are untouched (null)', () => {
  assert.equal(minifyCssTemplates('const a = html`<p>${x}</p>`;', 'x.ts'), null);
});

test('every css`` template in src/ minifies without error', () => {
  const root = new URL('../../src/', import.meta.url).pathname;
  const files = readdirSync(root, { recursive: true }).filter((f) => f.endsWith('.ts'));
  let minified = 0;
  for (const file of files) {
    const code = readFileSync(join(root, file), 'utf8');
    if (!code.includes('css`')) continue;
    if (minifyCssTemplates(code, file) !== null) minified++;
  }
  assert.ok(minified >= 15, `${minified} files`);
});
