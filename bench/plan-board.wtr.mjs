// Runs bench/plan-board.bench.ts with Lit in production mode (as hosts get it):
//   npx wtr --config bench/plan-board.wtr.mjs
import base from '../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['bench/plan-board.bench.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  coverage: false,
  concurrency: 1,
};
