// Prints "N passed, N failed, N skipped" over the JSON reports vitest wrote for each suite, and before it every
// test that passed only on its retry with what its first try said: the console reporter names such a test but
// not why it failed, and a flaky test is a bug to find, not to live with.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const retried = [];
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      const first = test.status === 'passed' ? test.failureMessages?.[0] : undefined;
      if (first) retried.push({ name: test.fullName, first });
    }
  }
}
for (const { name, first } of retried) {
  const said = first.split('\n').slice(0, 3).join('\n    ');
  process.stdout.write(`passed on retry: ${name}\n  first try: ${said}\n`);
}
process.stdout.write(
  `${passed} passed, ${failed} failed, ${skipped} skipped${retried.length ? `, ${retried.length} on retry` : ''}\n`,
);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
