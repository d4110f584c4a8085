// The daily problem and problem sets through the edge: the shared answers come from KV (kept
// until midnight UTC for the daily problem), a signed-in reader gets their daily streak and set
// progress merged in, and solving the day's problem (with its package's own accepted solution)
// makes today solved and the streak 1. Unknown sets are 404 set_not_found.
//
// Needs the stack at BASE_URL with the seed problems and problems/sets imported.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, signUp, waitForVerdict } from './client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** @type {Record<string, string>} */
const LANGUAGES = { '.py': 'python3', '.c': 'c', '.cpp': 'cpp17', '.java': 'java', '.go': 'go', '.js': 'javascript', '.rs': 'rust' };

/** One accepted solution from the problem's package, as {language, code}. @param {string} slug */
function acceptedSolution(slug) {
  const dir = join(root, 'problems', slug, 'submissions', 'accepted');
  const files = readdirSync(dir).sort((a, b) => Number(!a.endsWith('.py')) - Number(!b.endsWith('.py')));
  for (const file of files) {
    const language = LANGUAGES[file.slice(file.lastIndexOf('.'))];
    if (language) return { language, code: readFileSync(join(dir, file), 'utf8') };
  }
  throw new Error(`no accepted solution in a known language for ${slug}`);
}

/** Submits `slug`'s accepted solution and waits for Accepted. @param {Client} client @param {string} slug */
async function solve(client, slug) {
  const { language, code } = acceptedSolution(slug);
  const submitted = await client.post('/api/submissions/submit', { json: { problem_slug: slug, language, code } });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.data));
  const verdict = await waitForVerdict(client, submitted.data.id, 120_000);
  assert.equal(verdict.status, 'accepted', JSON.stringify(verdict));
}

test('the daily problem is cached until midnight UTC and solving it starts the daily streak', { timeout: 180_000 }, async () => {
  const anonymous = new Client();
  const first = await anonymous.get('/api/problems/daily');
  assert.equal(first.status, 200, JSON.stringify(first.data));
  const today = new Date().toISOString().slice(0, 10);
  assert.equal(first.data.date, today);
  assert.equal(first.data.daily_streak, undefined, 'no streak for an anonymous reader');
  const again = await anonymous.get('/api/problems/daily');
  assert.equal(again.headers.get('x-aa-cache'), 'hit');
  assert.deepEqual(again.data, first.data);
  const maxAge = Number(/max-age=(\d+)/.exec(again.headers.get('cache-control') ?? '')?.[1]);
  const toMidnight = (Date.parse(`${today}T00:00:00Z`) + 86_400_000 - Date.now()) / 1000;
  assert.ok(maxAge > 0 && maxAge <= Math.max(60, toMidnight + 5), `max-age ${maxAge}, midnight in ${toMidnight} s`);
  assert.match(again.headers.get('vary') ?? '', /authorization/i);

  const player = new Client();
  await signUp(player);
  const before = await player.get('/api/problems/daily');
  assert.equal(before.status, 200, JSON.stringify(before.data));
  assert.equal(before.data.problem.slug, first.data.problem.slug);
  assert.equal(before.data.daily_streak, 0);
  assert.equal(before.data.solved, false);
  assert.match(before.headers.get('cache-control') ?? '', /private, no-store/);

  await solve(player, first.data.problem.slug);
  const after = await player.get('/api/problems/daily');
  assert.equal(after.data.solved, true, JSON.stringify(after.data));
  assert.equal(after.data.daily_streak, 1);
  assert.equal((await anonymous.get('/api/problems/daily')).data.daily_streak, undefined, 'the shared copy stays shared');
});

test('problem sets list their problems with the reader progress, and unknown sets are 404', { timeout: 180_000 }, async () => {
  const anonymous = new Client();
  const list = await anonymous.get('/api/problems/sets');
  assert.equal(list.status, 200, JSON.stringify(list.data));
  const essentials = list.data.find((/** @type {{ slug: string }} */ s) => s.slug === 'interview-essentials');
  assert.ok(essentials, JSON.stringify(list.data));
  assert.ok(essentials.problems >= 15 && essentials.solved === undefined, JSON.stringify(essentials));
  assert.equal((await anonymous.get('/api/problems/sets')).headers.get('x-aa-cache'), 'hit');

  const detail = await anonymous.get('/api/problems/sets/interview-essentials');
  assert.equal(detail.status, 200, JSON.stringify(detail.data));
  assert.equal(detail.data.items.length, essentials.problems);
  assert.equal(detail.data.items[0].slug, 'two-sum', 'in the file order');
  const filtered = await anonymous.get('/api/problems?set=interview-essentials&per_page=100');
  assert.equal(filtered.data.total, essentials.problems, 'the list filter agrees');

  for (const path of ['/api/problems/sets/no-such-set', '/api/problems/sets/bad.slug']) {
    const missing = await anonymous.get(path);
    assert.equal(missing.status, 404, `${path}: ${JSON.stringify(missing.data)}`);
    assert.equal(missing.data.error.code, 'set_not_found');
  }

  const player = new Client();
  await signUp(player);
  const fresh = await player.get('/api/problems/sets');
  assert.equal(fresh.data.find((/** @type {{ slug: string }} */ s) => s.slug === 'interview-essentials').solved, 0);
  await solve(player, 'two-sum');
  const mine = await player.get('/api/problems/sets/interview-essentials');
  assert.equal(mine.data.solved, 1);
  assert.equal(mine.data.items[0].status, 'solved');
  assert.equal(mine.data.items[1].status, undefined);
  const sets = await player.get('/api/problems/sets');
  assert.equal(sets.data.find((/** @type {{ slug: string }} */ s) => s.slug === 'interview-essentials').solved, 1);
});
