// Problem reads are served from the edge's KV cache, and re-importing a changed problem in the
// farm purges the cached copy, so the next read shows the change.
//
// Needs the farm binary (FARM_BIN) and the farm's environment (DATABASE_URL, REDIS_URL,
// FARM_SHARED_SECRET, EDGE_URL), as scripts/test.sh exports them.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client } from './client.js';
import { importPackage } from './support/farm.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the edge caches problem reads and a re-import purges them', { timeout: 60_000 }, async () => {
  const slug = `cache-probe-${Date.now()}`;
  const dir = mkdtempSync(join(tmpdir(), 'aa-cache-'));
  cpSync(join(root, 'problems/a-plus-b'), dir, { recursive: true });
  const manifest = readFileSync(join(dir, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${slug}"`);
  writeFileSync(join(dir, 'problem.toml'), manifest.replace('title = "A + B"', 'title = "Version one"'));
  importPackage(dir);

  const client = new Client();
  const first = await client.get(`/api/problems/${slug}`);
  assert.equal(first.status, 200, JSON.stringify(first.data));
  assert.equal(first.data.title, 'Version one');
  assert.equal(first.headers.get('x-aa-cache'), 'miss');
  const second = await client.get(`/api/problems/${slug}`);
  assert.equal(second.headers.get('x-aa-cache'), 'hit');
  assert.equal(second.data.title, 'Version one');
  const listBefore = await client.get('/api/problems?per_page=100');
  assert.ok(listBefore.data.items.some((/** @type {{ slug: string, title: string }} */ p) => p.slug === slug && p.title === 'Version one'));

  writeFileSync(join(dir, 'problem.toml'), manifest.replace('title = "A + B"', 'title = "Version two"'));
  importPackage(dir);
  const third = await client.get(`/api/problems/${slug}`);
  assert.equal(third.data.title, 'Version two', 'the purge reached the edge');

  const list = await client.get('/api/problems?per_page=100');
  assert.ok(list.data.items.some((/** @type {{ slug: string, title: string }} */ p) => p.slug === slug && p.title === 'Version two'), 'the cached list was purged too');
});
