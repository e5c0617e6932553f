/**
 * QA pass 58, week at 200 % text on a 320 px phone: a session's start time showed as "09:…", an ellipsis inside a time
 * (the bold "09:00" is 58 px at 22.4 px; its line in a 61 px lane is 44–56 px). A time is never cut: in a narrow lane the
 * end is already left out of the chip (the chip's length on the hour axis shows it; its title and name say it), and the
 * start is drawn smaller to fit its line (legend-fit.ts fitSlotWords), rather than wrapped (a time has no break) or cut.
 */
import { expect } from '@open-wc/testing';
import { chipOf, drawnWords, laneWeek, outside, resetPage } from './lane-fit-fixture.js';

describe('course calendar: a narrow week lane never cuts a time', () => {
  afterEach(resetPage);

  for (const lang of ['nb', 'ar'] as const) {
    for (const width of [254, 288]) {
      it(`${lang}: at 200 % text in a ${width} px calendar each chip's start time is whole, on one line, inside its lane`, async () => {
        const el = await laneWeek(lang, width);
        for (const id of ['long', 'beside']) {
          const chip = chipOf(el, id);
          const time = chip.querySelector<HTMLElement>('.time')!;
          const shown = drawnWords(chip).filter((word) => word.part === time);
          expect(shown.map((word) => word.word).join(' '), `${id}: the start time is drawn`).to.match(/^[0-9٠-٩۰-۹]{2}:[0-9٠-٩۰-۹]{2}$/u);
          for (const word of shown) {
            expect(new Set(word.rects.map((r) => Math.round(r.top))).size, `${id}: "${word.word}" on one line`).to.equal(1);
            expect(outside(chip, word), `${id}: "${word.word}" inside its line and lane`).to.be.at.most(0.5);
          }
          expect(time.scrollWidth, `${id}: the time's line is not shortened ("09:…")`).to.be.at.most(time.clientWidth);
          expect(chip.title, `${id}: the whole time in the title`).to.match(/^09:00–(11:00|14:30) /u);
        }
      });
    }
  }
});
