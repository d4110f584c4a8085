// The farm's command line, for tests that change what the farm holds while the stack runs
// (importing a problem or a contest package, as an author would).
import { execFileSync } from 'node:child_process';

/**
 * The farm binary the stack runs: scripts/e2e.sh exports FARM_BIN (the stack's own copy) and
 * the farm's environment (DATABASE_URL, REDIS_URL, ...), which the command inherits.
 */
function farmBin() {
  const bin = process.env.FARM_BIN;
  if (!bin) throw new Error('FARM_BIN is not set: run these tests through scripts/e2e.sh');
  return bin;
}

/** Imports a problem or contest package; a failed import throws with the farm's stderr. */
export function importPackage(/** @type {string} */ dir) {
  execFileSync(farmBin(), ['import', dir], { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
}
