// Writes translations into the XLIFF files: locales/translations/<locale>.json holds
//   { "review": "translated" | "needs-review-translation", "strings": { "<msg id>": "text with {0} placeholders" } }
// Each <trans-unit> gets a <target state="…">; placeholders {n} become the source's <x id="n" …/>.
// Run after `lit-localize extract` (npm run localize:extract does both), then `npm run localize:build`.
// Prints, per locale, how many messages still have no translation.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../locales/', import.meta.url);
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let problems = 0;
const sourceStrings = {};

for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
  const locale = file.replace(/\.xlf$/, '');
  const jsonUrl = new URL(`translations/${locale}.json`, dir);
  const store = existsSync(jsonUrl) ? JSON.parse(readFileSync(jsonUrl, 'utf8')) : { review: 'needs-review-translation', strings: {} };
  let xml = readFileSync(new URL(file, dir), 'utf8');
  let missing = 0;
  let total = 0;
  xml = xml.replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target[^>]*>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g, (_, id, source) => {
    total++;
    sourceStrings[id] = source.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const text = store.strings[id];
    if (text === undefined) {
      missing++;
      return `<trans-unit id="${id}">\n  <source>${source}</source>\n</trans-unit>`;
    }
    const placeholders = new Map([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
    const target = escapeXml(text).replace(/\{(\d+)\}/g, (whole, n) => {
      if (!placeholders.has(n)) {
        problems++;
        console.error(`${locale}: ${id} uses {${n}}, which the source does not have`);
        return whole;
      }
      return placeholders.get(n);
    });
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target state="${store.review}">${target}</target>\n</trans-unit>`;
  });
  writeFileSync(new URL(file, dir), xml);
  console.log(`${locale}: ${total - missing}/${total} translated (${store.review})`);
}
// The source strings in the same shape, for translators: what each id says in bokmål.
writeFileSync(new URL('translations/_source.nb.json', dir), JSON.stringify(sourceStrings, null, 1) + '\n');
if (problems) process.exitCode = 1;
