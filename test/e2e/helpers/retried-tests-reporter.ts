import path from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

/**
 * Names every test that failed and then passed on its retry (the browser tests retry once, vitest.config.ts), at the
 * end of the run, so a flaky test is seen and looked into rather than hidden by the retry.
 */
export default class RetriedTestsReporter implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const diagnostic = test.diagnostic();
    if (diagnostic?.flaky)
      this.retried.push(`${path.relative(process.cwd(), test.module.moduleId)} > ${test.fullName} (passed on retry ${diagnostic.retryCount})`);
  }

  onTestRunEnd(): void {
    if (this.retried.length === 0) return;
    console.log(`\nFailed once, then passed on a retry (flaky; worth a look):\n${this.retried.map((line) => `  - ${line}`).join('\n')}\n`);
  }
}
