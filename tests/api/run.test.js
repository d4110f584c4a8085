// End to end over HTTP through workerd: Run on the samples and on one's own inputs (answered by
// the reference solution), bad inputs refused at the edge, and runs kept out of the submission
// list.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp, waitForVerdict } from './client.js';

const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

test('run the samples and custom inputs through the edge', { timeout: 180_000 }, async () => {
  const client = new Client();
  await signUp(client);

  const samples = await client.post('/api/submissions/run', { json: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT } });
  assert.equal(samples.status, 202, JSON.stringify(samples.data));
  assert.equal(samples.data.kind, 'run');
  const ran = await waitForVerdict(client, samples.data.id);
  assert.equal(ran.status, 'accepted', JSON.stringify(ran));
  assert.deepEqual(ran.cases.map((/** @type {{ input: string, expected: string, actual: string }} */ c) => [c.input, c.expected, c.actual]), [['1 2\n', '3\n', '3\n'], ['-5 12\n', '7\n', '7\n']]);

  const custom = await client.post('/api/submissions/run', {
    json: { problem_slug: 'a-plus-b', language: 'python3', code: 'print(5)', inputs: ['2 3\n', '10 10\n'] },
  });
  assert.equal(custom.status, 202, JSON.stringify(custom.data));
  const judged = await waitForVerdict(client, custom.data.id);
  assert.equal(judged.status, 'wrong_answer', JSON.stringify(judged));
  assert.deepEqual(judged.cases.map((/** @type {{ status: string, expected: string }} */ c) => [c.status, c.expected]), [['accepted', '5\n'], ['wrong_answer', '20\n']]);

  // Refused at the edge, before the farm sees them.
  for (const inputs of [[], 'x', [1], Array(11).fill('1 2')]) {
    const res = await client.post('/api/submissions/run', { json: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT, inputs } });
    assert.equal(res.status, 422, JSON.stringify(res.data));
    assert.equal(res.data.error.code, 'invalid_input');
  }
  const anonymous = await new Client().post('/api/submissions/run', { json: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT } });
  assert.equal(anonymous.status, 401);

  const list = await client.get('/api/submissions');
  assert.equal(list.status, 200);
  assert.equal(list.data.total, 0, 'runs are not submissions');
});
