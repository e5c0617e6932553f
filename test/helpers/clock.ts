/**
 * A fixed clock and another time zone, for tests of "today" (Oslo's day, whatever the device's
 * zone): `Date.now()` and `new Date()` both give `instant`, and the page runs in `zone`
 * (Chromium's time zone emulation, the test runner's `vk-timezone` command), until the returned
 * function restores both. Dates built from parts (`new Date(2026, 2, 12)`) are untouched.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export async function fixClock(instant: number, zone: string): Promise<() => Promise<void>> {
  await executeServerCommand('vk-timezone', { zone });
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(instant);
      else super(...(args as [string]));
    }

    static override now(): number {
      return instant;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  return async () => {
    globalThis.Date = RealDate;
    await executeServerCommand('vk-timezone', {});
  };
}
