// Writes straight into the farm's Postgres (DATABASE_URL, as the stack uses it) for what no
// public endpoint does in a test: making an account premium, expired or admin the way billing
// leaves it (users.role, users.plan_expires_at). Runs psql, which the stack scripts need anyway.

import { execFileSync } from 'node:child_process';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:55432/algoarena';

/**
 * Sets an account's role and plan end. `expiresIn` is an SQL interval from now ("30 days",
 * "-1 minute") or null for a plan without an end.
 * @param {string} username
 * @param {'free' | 'premium' | 'admin'} role
 * @param {string | null} [expiresIn]
 */
export function setPlan(username, role, expiresIn = null) {
  // Only values of these shapes reach the statement, so nothing needs escaping.
  if (!/^[A-Za-z0-9_-]{3,30}$/.test(username)) throw new Error(`not a username: ${username}`);
  if (!['free', 'premium', 'admin'].includes(role)) throw new Error(`not a role: ${role}`);
  if (expiresIn !== null && !/^-?\d+ (minute|hour|day)s?$/.test(expiresIn)) throw new Error(`not an interval: ${expiresIn}`);
  const expires = expiresIn === null ? 'null' : `now() + interval '${expiresIn}'`;
  const out = execFileSync(
    'psql',
    [DATABASE_URL, '-v', 'ON_ERROR_STOP=1', '-tAc', `update users set role = '${role}', plan_expires_at = ${expires} where username = '${username}' returning id`],
    { encoding: 'utf8' },
  ).trim();
  if (!out) throw new Error(`no account ${username}`);
}
