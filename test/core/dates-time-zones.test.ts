/**
 * A newcomer's QA round (54): `parseIsoDate` built a local midnight, so in a browser zone that
 * skipped a calendar day a date was labelled as the next one: Pacific/Apia went from 29 to 31
 * December 2011 and Pacific/Kiritimati from 30 December 1994 to 1 January 1995, and "2011-12-30"
 * read "lørdag 31. desember 2011". The same for a clock time in a skipped hour (02:30 on the
 * night Oslo's clocks go forward read 03:30 on a device in Oslo). Dates and times are wall-clock
 * (contract §4): they are now built and formatted in UTC, whatever the device's zone.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatDate, formatTime } from '../../src/core/dates.js';

const LONG: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const inZone = async (zone: string, check: () => void): Promise<void> => {
  await executeServerCommand('vk-timezone', { zone });
  try {
    check();
  } finally {
    await executeServerCommand('vk-timezone', {});
  }
};

describe('dates: a day a browser zone skipped, and a skipped hour, keep their own labels', () => {
  it('Pacific/Apia, 30 December 2011: "fredag 30. desember 2011", in nb (own names) and through Intl', async () => {
    await inZone('Pacific/Apia', () => {
      expect(new Date(2011, 11, 30).getDate(), 'the zone skipped that day').to.equal(31);
      expect(formatDate('2011-12-30', 'nb', LONG)).to.equal('fredag 30. desember 2011');
      expect(formatDate('2011-12-30', 'nb', { weekday: 'short' })).to.equal('fre.');
      expect(formatDate('2011-12-30', 'en', LONG)).to.equal('Friday, December 30, 2011');
      expect(formatDate('2011-12-29', 'en', LONG)).to.equal('Thursday, December 29, 2011');
    });
  });

  it('Pacific/Kiritimati, 31 December 1994: "lørdag 31. desember 1994"', async () => {
    await inZone('Pacific/Kiritimati', () => {
      expect(formatDate('1994-12-31', 'nb', LONG)).to.equal('lørdag 31. desember 1994');
      expect(formatDate('1994-12-31', 'en', { day: 'numeric', month: 'short', year: 'numeric' })).to.equal('Dec 31, 1994');
    });
  });

  it('Europe/Oslo: 02:30 on 29 March 2026 (clocks go forward at 02:00) stays 02:30', async () => {
    await inZone('Europe/Oslo', () => {
      expect(formatTime('2026-03-29T02:30', 'nb')).to.equal('02:30');
      expect(formatDate('2026-03-29', 'nb', LONG)).to.equal('søndag 29. mars 2026');
    });
  });
});
