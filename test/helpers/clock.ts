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

/**
 * A running clock from `instant`, in `zone`: `Date.now()` and `new Date()` start at `instant` and
 * go on with real time (timers fire as they would, a page's clock reaches midnight by itself),
 * until the returned function restores both.
 */
export async function runClock(instant: number, zone: string): Promise<() => Promise<void>> {
  await executeServerCommand('vk-timezone', { zone });
  const RealDate = Date;
  const start = performance.now();
  const now = (): number => instant + Math.floor(performance.now() - start);
  class RunningDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string]));
    }

    static override now(): number {
      return now();
    }
  }
  globalThis.Date = RunningDate as DateConstructor;
  return async () => {
    globalThis.Date = RealDate;
    await executeServerCommand('vk-timezone', {});
  };
}
