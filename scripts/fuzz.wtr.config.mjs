// web-test-runner config for `npm run fuzz` only: the project's config, with no coverage (the
// fuzz measures behaviour, not lines) and no 120 s limit on one test file — 10,000 cases per
// property per widget run for many minutes.
import base from '../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/core/fuzz.run.ts'],
  coverage: false,
  testsFinishTimeout: 4 * 60 * 60 * 1000,
};
