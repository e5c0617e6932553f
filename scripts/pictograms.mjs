// Copies the built-in pictograms from @tabler/icons (MIT) into src/core/pictograms/ under our
// concept names, with the licence text. Run after changing the list; the copies are committed so
// dev server, tests and Storybook need no build step. Usage: node scripts/pictograms.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tabler = dirname(require.resolve('@tabler/icons/package.json'));
const out = new URL('../src/core/pictograms/', import.meta.url).pathname;

/** Our concept name → Tabler outline icon. Keep in step with src/core/pictogram-catalog.ts. */
export const pictogramSources = {
  'norwegian-class': 'abc', 'social-studies': 'building-community', 'work-practice': 'briefcase',
  'job-interview': 'user-question', cleaning: 'spray', shop: 'shopping-cart', kitchen: 'chef-hat',
  kindergarten: 'horse-toy', 'elderly-care': 'old', doctor: 'stethoscope', dentist: 'dental',
  'nav-office': 'building-estate', adviser: 'messages', interpreter: 'language',
  'parental-guidance': 'friends', 'life-mastery': 'plant-2', 'childrens-school': 'backpack', bus: 'bus',
  'free-day': 'beach', exam: 'writing', computer: 'device-laptop', swimming: 'swimming', exercise: 'run',
  course: 'presentation', certificate: 'certificate', housing: 'home', bank: 'building-bank', phone: 'phone',
  clock: 'clock', calendar: 'calendar', meal: 'tools-kitchen-2', 'health-station': 'first-aid-kit',
  pharmacy: 'pill', library: 'books', train: 'train', bicycle: 'bike', walk: 'walk', money: 'coin',
  letter: 'mail', meeting: 'users', workplace: 'building-factory-2', warehouse: 'forklift', reading: 'book',
  writing: 'pencil', english: 'alphabet-latin', 'driving-licence': 'steering-wheel', tax: 'receipt-tax',
  volunteer: 'heart-handshake', rest: 'bed', baby: 'baby-bottle', 'mental-health': 'brain',
  'job-search': 'search', cv: 'file-cv', 'id-card': 'id-badge', done: 'check', help: 'help',
  trash: 'trash', vacuum: 'vacuum-cleaner', 'wash-hands': 'wash', toilet: 'toilet-paper', laundry: 'wash-machine',
  shelves: 'packages', checkout: 'cash-register', 'price-tag': 'tag', dishes: 'bowl', cooking: 'cooker',
  'fruit-veg': 'apple', play: 'puzzle', outdoors: 'tree', 'customer-service': 'message-2', bucket: 'bucket',
  'mood-1': 'mood-cry', 'mood-2': 'mood-sad', 'mood-3': 'mood-empty', 'mood-4': 'mood-smile', 'mood-5': 'mood-happy',
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, icon] of Object.entries(pictogramSources)) {
    const svg = readFileSync(join(tabler, 'icons/outline', `${icon}.svg`), 'utf8')
      // Drop the class list and the invisible bounding path: smaller files, nothing styled from outside.
      .replace(/\s*class="[^"]*"/, '')
      .replace(/\s*<path stroke="none" d="M0 0h24v24H0z" fill="none" \/>/, '')
      .replace(/\n\s*/g, ' ')
      .replace(/> </g, '><');
    writeFileSync(join(out, `${name}.svg`), svg.trim() + '\n');
  }
  copyFileSync(join(tabler, 'LICENSE'), join(out, 'LICENSE-tabler-icons.txt'));
  console.log(`${readdirSync(out).length - 1} pictograms written to ${out}`);
}
