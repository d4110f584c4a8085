// The edge's route table (edge/src/routes/router.rs), built once per isolate and shared by its
// requests: the method's route with its parameters, 405 for a path another method owns, the
// JSON 404 for an unknown API path, the web app for everything else. Many requests in a row,
// tokens among them, so they reach an isolate whose settings, routes and keys are already made.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client } from './client.js';

test('routes match by method and path, with their parameters', async () => {
  const client = new Client();
  const list = await client.get('/api/problems');
  assert.equal(list.status, 200, JSON.stringify(list.data));
  const slug = list.data.items[0].slug;
  for (let i = 0; i < 5; i++) {
    const detail = await client.get(`/api/problems/${slug}`);
    assert.equal(detail.status, 200, JSON.stringify(detail.data));
    assert.equal(detail.data.slug, slug);
  }
  // A static segment beside `:slug` wins over it.
  const tags = await client.get('/api/problems/tags');
  assert.equal(tags.status, 200);
  assert.ok(Array.isArray(tags.data));
  const missing = await client.get('/api/problems/no-such-problem-here');
  assert.equal(missing.status, 404);
  assert.equal(missing.data.error.code, 'problem_not_found');
});

test('a path that exists for another method answers 405 in the error shape', async () => {
  const res = await new Client().request('DELETE', '/api/problems');
  assert.equal(res.status, 405, JSON.stringify(res.data));
  assert.equal(res.data.error.code, 'method_not_allowed');
});

test('an unknown API path is a JSON 404 and any other path is the web app', async () => {
  const client = new Client();
  const api = await client.get('/api/no/such/endpoint');
  assert.equal(api.status, 404);
  assert.equal(api.data.error.code, 'not_found');
  const internal = await client.get('/internal/no-such-route');
  assert.equal(internal.status, 404);
  assert.equal(internal.data.error.code, 'not_found');
  const page = await client.get('/problems/anything');
  assert.equal(page.status, 200);
  assert.match(String(page.data), /<html/i);
});

test('a bad token is refused on every request of a warm isolate', async () => {
  const client = new Client();
  for (let i = 0; i < 3; i++) {
    const res = await client.get('/api/users/me', { token: 'not-a-token' });
    assert.equal(res.status, 401);
    assert.equal(res.data.error.code, 'unauthorized');
  }
});
