// npm run bench: every benchmark, one after the other (never in tests, never in CI).
//  - calendar: first render of 500 sessions in a month, vs FullCalendar in the same run (ratio)
//  - plan board: 300-card board, first render and re-render after a move (Lit production mode)
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const runs = [
  ['node', ['bench/calendar.mjs']],
  ['npx', ['wtr', '--config', 'bench/plan-board.wtr.mjs']],
];
let failed = 0;
for (const [cmd, args] of runs) {
  console.log(`\n== ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
