// C, the tenth language (issue 18), end to end through the edge: the language list names it with
// C++'s limits, a function problem's page carries LeetCode's C starter, and C submissions are
// judged (a plain stdin program, a function problem through its generated driver, a compile
// error with the compiler's words).
//
// Needs the stack at BASE_URL with the seed problems imported.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, signUp, waitForVerdict } from './client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('C is listed, has starter code and is judged', { timeout: 180_000 }, async () => {
  const anonymous = new Client();
  const languages = await anonymous.get('/api/languages');
  assert.equal(languages.status, 200, JSON.stringify(languages.data));
  const byId = new Map(languages.data.map((/** @type {{ id: string }} */ l) => [l.id, l]));
  assert.equal(languages.data.length, 10, JSON.stringify(languages.data));
  const c = byId.get('c');
  const cpp = byId.get('cpp17');
  assert.deepEqual(c, { id: 'c', name: 'C', time_limit_ms: cpp.time_limit_ms, memory_limit_mb: cpp.memory_limit_mb, available: true });

  const twoSum = await anonymous.get('/api/problems/two-sum');
  assert.equal(twoSum.status, 200, JSON.stringify(twoSum.data));
  assert.match(twoSum.data.starter_code.c, /^\/\*\*\n \* Note: The returned array must be malloced/);
  assert.match(twoSum.data.starter_code.c, /int\* twoSum\(int\* nums, int numsSize, int target, int\* returnSize\) \{\n {4}\n\}$/);

  const client = new Client();
  await signUp(client);
  const cases = [
    ['a-plus-b', '#include <stdio.h>\nint main(void) { long long a, b; scanf("%lld %lld", &a, &b); printf("%lld\\n", a + b); return 0; }\n', 'accepted'],
    ['two-sum', readFileSync(`${root}/problems/two-sum/submissions/accepted/hash_map.c`, 'utf8'), 'accepted'],
    ['two-sum', 'int* twoSum(int* nums, int numsSize, int target, int* returnSize) { *returnSize = 0; return NULL; }\n', 'wrong_answer'],
    ['a-plus-b', 'int main(void) { return missing; }\n', 'compile_error'],
  ];
  for (const [slug, code, expected] of cases) {
    const submitted = await client.post('/api/submissions/submit', { json: { problem_slug: slug, language: 'c', code } });
    assert.equal(submitted.status, 202, JSON.stringify(submitted.data));
    assert.equal(submitted.data.language, 'c');
    const verdict = await waitForVerdict(client, submitted.data.id, 120_000);
    assert.equal(verdict.status, expected, `${slug}: ${JSON.stringify(verdict)}`);
    if (expected === 'compile_error') assert.match(verdict.error_message, /main\.c:1:\d+: error: .missing. undeclared/);
  }
});
