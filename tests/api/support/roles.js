// A member's role and plan end, set straight in the farm's database (DATABASE_URL, as
// scripts/e2e.sh exports it), for tests of premium features. Nothing else may change a role:
// in the product only billing events do. Run through psql, which the stack's Postgres brings.

import { execFileSync } from 'node:child_process';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sets `userId`'s role, and when the plan ends (a Date; null: no end).
 * @param {string} userId
 * @param {'free' | 'premium' | 'admin'} role
 * @param {Date | null} [planExpiresAt]
 */
export function setRole(userId, role, planExpiresAt = null) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('setRole needs DATABASE_URL (the farm database scripts/e2e.sh uses)');
  // Only a UUID, a known role and an ISO time reach the statement: nothing to escape.
  if (!UUID.test(userId)) throw new Error(`not a user id: ${userId}`);
  if (!['free', 'premium', 'admin'].includes(role)) throw new Error(`not a role: ${role}`);
  const expires = planExpiresAt ? `'${planExpiresAt.toISOString()}'` : 'null';
  const sql = `update users set role = '${role}', plan_expires_at = ${expires} where id = '${userId}'`;
  const out = execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', `${sql} returning id`], { encoding: 'utf8' });
  if (out.trim() !== userId) throw new Error(`setRole: no user ${userId}`);
}
