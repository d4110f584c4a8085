// Moves a user's review cards back in time, straight in the farm's database (DATABASE_URL, as
// scripts/e2e.sh exports it): the tests' clock for "this problem is due now", since a card is
// never due the day it is added. Run through psql, like roles.js.

import { execFileSync } from 'node:child_process';

/**
 * Moves every card of the user named `username` (its last review and due date) `days` back.
 * @param {string} username
 * @param {number} days
 */
export function ageReviewCards(username, days) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('ageReviewCards needs DATABASE_URL (the farm database scripts/e2e.sh uses)');
  // Only a checked name and a whole number reach the statement: nothing to escape.
  if (!/^[A-Za-z0-9_-]{1,30}$/.test(username)) throw new Error(`not a username: ${username}`);
  if (!Number.isInteger(days) || days < 1) throw new Error(`not a number of days: ${days}`);
  const sql = `update review_cards set last_review_at = last_review_at - interval '${days} days',
    due_at = due_at - interval '${days} days'
    where user_id = (select id from users where username = '${username}')`;
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', sql], { encoding: 'utf8' });
}
