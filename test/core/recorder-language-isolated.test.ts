import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/core/localize.js';
import { group, isolated, mountRecorder, part } from './recorder-fixture.js';

const mount = mountRecorder;

// Before: "Ta opp på {0}", "Opptak på {0}" and "Tar opp på {0}. …" put the language name in bare,
// unlike every other name in a composed label ("Ingen stemme for {0} — ta opp en"). A tag the
// browser cannot name is shown as written ("qaa"): Latin inside an Arabic sentence, where its
// neighbouring punctuation took its direction. Now each is in first-strong isolates.
describe('vk-audio-recorder: the language name is isolated in its labels', () => {
  afterEach(async () => {
    await setLocale('nb');
  });
  for (const locale of ['nb', 'ar']) {
    for (const name of ['tigrinja', 'qaa']) {
      it(`${locale} UI, "${name}": record button, group and recording status`, async () => {
        await setLocale(locale);
        const el = await mount('qaa', name);
        const inside = isolated(name);
        expect(part(el, '.record')?.textContent, 'record button').to.contain(inside);
        expect(group(el), 'group').to.contain(inside);
        part<HTMLButtonElement>(el, '.record')?.click();
        await waitUntil(() => el.state === 'recording', 'recording did not start', { timeout: 5000 });
        await el.updateComplete;
        expect(part(el, '[role=status]')?.textContent, 'status').to.contain(inside);
        expect(group(el), 'group while recording').to.contain(inside);
        // Nothing else around the name: the marks are not doubled, the translation not lost.
        expect(part(el, '[role=status]')?.textContent?.split('\u2068')).to.have.length(2);
        if (locale === 'ar') expect(group(el)).to.match(/[\u0600-\u06FF]/);
        el.remove();
      });
    }
  }
});
