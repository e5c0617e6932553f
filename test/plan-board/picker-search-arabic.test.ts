import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { samplePlan } from './helpers.js';

// QA53: in the adviser's picture search, an Arabic keyboard's ك/ي missed Persian ک/ی words (and the
// reverse), an Arabic query with the article ("الحافلة") found nothing where "حافلة" found the bus,
// and Persian "پزشک" found the dentist only, not the doctor ("دکتر").

async function search(lang: string, query: string): Promise<string[]> {
  await setLocale(lang);
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
  (el.shadowRoot!.querySelector('.add[data-add="mon"]') as HTMLElement).click();
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.picker-option'), (o) => o.dataset.pictogram!);
}

describe('plan board picker: Arabic-script search', () => {
  afterEach(() => setLocale('nb'));

  it('fa: Arabic kaf and yeh find Persian words ("كتاب" finds کتابخانه, "دكتر" finds دکتر)', async () => {
    expect(await search('fa', 'كتاب')).to.include('vk:library');
    expect(await search('fa', 'دكتر')).to.include('vk:doctor');
  });

  it('ar: Persian kaf and yeh find Arabic words ("طبیب" finds طبيب)', async () => {
    expect(await search('ar', 'طبیب')).to.include.members(['vk:doctor', 'vk:dentist']);
  });

  it('ar: the article does not matter ("الحافلة" finds the bus as "حافلة" does; "الأسنان" the dentist)', async () => {
    expect(await search('ar', 'الحافلة')).to.deep.equal(await search('ar', 'حافلة'));
    expect(await search('ar', 'الحافلة')).to.include('vk:bus');
    expect(await search('ar', 'الأسنان')).to.include('vk:dentist');
  });

  it('ar: tatweel and harakat are ignored ("حـافِلة" finds the bus)', async () => {
    expect(await search('ar', 'حـافِلة')).to.include('vk:bus');
  });

  it('fa: "پزشک" finds the doctor, not only the dentist', async () => {
    expect(await search('fa', 'پزشک')).to.include.members(['vk:doctor', 'vk:dentist']);
  });

  // QA53 round 2: mid-typing, "الح" and "الط" found nothing ("عدد النتائج: 0") between "ال" and "الحا"/"الطب", which did.
  it('ar: typing on, each letter narrows what the one before found, never to none ("ال", "الح", "الحا"; "الط", "الطب")', async () => {
    for (const typed of [['ال', 'الح', 'الحا'], ['ال', 'الط', 'الطب', 'الطبيب']]) {
      let before = await search('ar', typed[0]!);
      for (const query of typed.slice(1)) {
        const found = await search('ar', query);
        expect(found, query).to.not.be.empty;
        expect(before, query).to.include.members(found);
        before = found;
      }
    }
    expect(await search('ar', 'الح')).to.include('vk:bus');
    expect(await search('ar', 'الط')).to.include('vk:doctor');
  });
});
