// Writes translations into the XLIFF files: locales/translations/<locale>.json holds
//   { "review": "translated" | "needs-review-translation", "strings": { "<msg id>": "text with {0} placeholders" } }
// Each <trans-unit> gets a <target state="…">; placeholders {n} become the source's <x id="n" …/>.
// Run after `lit-localize extract` (npm run localize:extract does both), then `npm run localize:build`.
//
// The repeatable process (docs/translations.md, "Adding strings"):
//   1. npm run localize:extract      → prints per locale how many messages lack a translation and
//                                      writes locales/translations/_missing.json: { id: { nb, missing: [locales] } }
//   2. write the new texts in a batch file, one object per id: { "<id>": { "nn": "…", "en": "…", … } }
//   3. node scripts/xliff-fill.mjs --merge <batch.json>   → adds them to each locale's JSON (never
//      overwrites an existing text unless --force), then fills the XLIFF again
//   4. npm run localize:build
// Ids no longer in the source are reported; --drop-stale removes them from the locale JSONs (only
// on a branch that has every widget's strings, or translations of unmerged work are lost).
import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';

const dir = new URL('../locales/', import.meta.url);
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const mergeFile = args.includes('--merge') ? args[args.indexOf('--merge') + 1] : undefined;
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const storeUrl = (locale) => new URL(`translations/${locale}.json`, dir);
const readStore = (locale) => (existsSync(storeUrl(locale)) ? JSON.parse(readFileSync(storeUrl(locale), 'utf8')) : { review: 'needs-review-translation', strings: {} });
const writeStore = (locale, store) => writeFileSync(storeUrl(locale), JSON.stringify(store, null, 1) + '\n');
const UNIT = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target[^>]*>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g;

let problems = 0;
const sourceStrings = {};
const missingById = {};
const locales = readdirSync(dir)
  .filter((f) => f.endsWith('.xlf'))
  .map((f) => f.replace(/\.xlf$/, ''));

// 3. Merge a batch of new translations into the locale stores.
if (mergeFile) {
  const batch = JSON.parse(readFileSync(mergeFile, 'utf8'));
  for (const locale of locales) {
    const store = readStore(locale);
    let added = 0;
    for (const [id, texts] of Object.entries(batch)) {
      const text = texts?.[locale];
      if (typeof text !== 'string' || text === '') continue;
      if (store.strings[id] !== undefined && !flag('--force')) continue;
      store.strings[id] = text;
      added++;
    }
    writeStore(locale, store);
    console.log(`${locale}: merged ${added} from ${mergeFile}`);
  }
}

for (const locale of locales) {
  const store = readStore(locale);
  let xml = readFileSync(new URL(`${locale}.xlf`, dir), 'utf8');
  let missing = 0;
  let total = 0;
  const seen = new Set();
  xml = xml.replace(UNIT, (_, id, source) => {
    total++;
    seen.add(id);
    const placeholders = new Map([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
    sourceStrings[id] = unescapeXml(source.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
    const text = store.strings[id];
    if (text === undefined) {
      missing++;
      (missingById[id] ??= { nb: sourceStrings[id], missing: [] }).missing.push(locale);
      return `<trans-unit id="${id}">\n  <source>${source}</source>\n</trans-unit>`;
    }
    const used = new Set();
    const target = escapeXml(text).replace(/\{(\d+)\}/g, (whole, n) => {
      if (!placeholders.has(n)) {
        problems++;
        console.error(`${locale}: ${id} uses {${n}}, which the source does not have`);
        return whole;
      }
      used.add(n);
      return placeholders.get(n);
    });
    for (const n of placeholders.keys()) {
      if (!used.has(n)) {
        problems++;
        console.error(`${locale}: ${id} leaves out {${n}} of the source`);
      }
    }
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target state="${store.review}">${target}</target>\n</trans-unit>`;
  });
  writeFileSync(new URL(`${locale}.xlf`, dir), xml);
  const stale = Object.keys(store.strings).filter((id) => !seen.has(id));
  if (stale.length > 0 && flag('--drop-stale')) {
    for (const id of stale) delete store.strings[id];
    writeStore(locale, store);
  }
  console.log(`${locale}: ${total - missing}/${total} translated (${store.review})${stale.length ? `; ${stale.length} id(s) not in the source ${flag('--drop-stale') ? 'dropped' : 'kept'}` : ''}`);
}
// The source strings in the same shape, for translators: what each id says in bokmål.
writeFileSync(new URL('translations/_source.nb.json', dir), JSON.stringify(sourceStrings, null, 1) + '\n');
// What still needs translating, for the next batch (removed when nothing is missing).
const missingUrl = new URL('translations/_missing.json', dir);
if (Object.keys(missingById).length > 0) {
  writeFileSync(missingUrl, JSON.stringify(missingById, null, 1) + '\n');
  console.log(`${Object.keys(missingById).length} message(s) lack a translation somewhere: see locales/translations/_missing.json`);
} else if (existsSync(missingUrl)) {
  unlinkSync(missingUrl);
}
if (problems) process.exitCode = 1;
