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
  if (!UUID.test(userId)) throw new Error(`not a user id: ${userId}`);
  update(`id = '${userId}'`, role, planExpiresAt);
}

/**
 * `setRole` for the user named `username` (the browser tests know users by name).
 * @param {string} username
 * @param {'free' | 'premium' | 'admin'} role
 * @param {Date | null} [planExpiresAt]
 */
export function setRoleByUsername(username, role, planExpiresAt = null) {
  if (!/^[A-Za-z0-9_-]{1,30}$/.test(username)) throw new Error(`not a username: ${username}`);
  update(`username = '${username}'`, role, planExpiresAt);
}

/** @param {string} where @param {string} role @param {Date | null} planExpiresAt */
function update(where, role, planExpiresAt) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('setRole needs DATABASE_URL (the farm database scripts/e2e.sh uses)');
  // Only a checked id or name, a known role and an ISO time reach the statement: nothing to escape.
  if (!['free', 'premium', 'admin'].includes(role)) throw new Error(`not a role: ${role}`);
  const expires = planExpiresAt ? `'${planExpiresAt.toISOString()}'` : 'null';
  const sql = `update users set role = '${role}', plan_expires_at = ${expires} where ${where} returning id`;
  const out = execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', sql], { encoding: 'utf8' });
  if (!UUID.test(out.trim())) throw new Error(`setRole: no user where ${where}`);
}
