/**
 * Issue 9, point 5: publish and merge mode fail closed when validating and rendering a report they
 * did not make costs more than the time budget. `run()` in process, against the local fake API,
 * with a budget whose clock is fake (it moves 1 ms per reading, so any measured step overruns a
 * 0 ms budget): no test here depends on timing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { Budget } from '../../src/report/budget.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { parseOutputs } from '../e2e/runner.js';

const HEAD = 'a'.repeat(40);
const PR = 41;

/** A valid one-model report that passes. */
const report = {
  version: 1,
  passed: true,
  counts: { errors: 0, warnings: 0, notices: 0, waived: 0 },
  failOn: 'error',
  pr: { number: PR, base: 'b'.repeat(40), head: HEAD },
  config: { file: '.mlgate.yml', source: 'base' },
  policyChanges: [],
  models: [
    { name: 'churn', state: 'existing', metricsFile: 'm.json', gates: [], metrics: [], notes: [] },
  ],
  findings: [],
  tool: { name: 'mlgate', version: '0.1.0' },
};

const ticking = () => {
  let t = 0;
  return () => (t += 1);
};

describe('the report time budget, in process', () => {
  const github = new FakeGitHub();
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-budget-'));
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
    report: join(dir, 'report.json'),
    merged: join(dir, 'merged.json'),
  };
  const saved = { env: { ...process.env }, exitCode: process.exitCode };
  let apiUrl: string;

  beforeAll(async () => {
    apiUrl = await github.start();
    writeFileSync(files.report, JSON.stringify(report));
    github.pulls.set(PR, HEAD);
  });
  afterEach(() => {
    process.env = { ...saved.env };
    process.exitCode = saved.exitCode;
  });
  afterAll(async () => {
    await github.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const runWith = async (budget: Budget, inputs: Record<string, string>, payload: unknown) => {
    writeFileSync(files.event, JSON.stringify(payload));
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const all: Record<string, string> = {
      'github-token': 'test-token',
      config: '.mlgate.yml',
      'config-source': 'base',
      comment: 'true',
      'comment-key': 'default',
      'fail-on': 'error',
      report: files.report,
      reports: '',
      'expected-models': '',
      models: '',
      'max-file-mb': '',
      ...inputs,
    };
    process.env = {
      PATH: saved.env.PATH,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: 'octo-org/churn',
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_RUN_ID: '99',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_WORKSPACE: dir,
      ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    };
    await run({ budget });
    const exitCode = process.exitCode;
    process.exitCode = saved.exitCode;
    return {
      exitCode,
      outputs: parseOutputs(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
    };
  };
  const workflowRun = {
    workflow_run: {
      id: 5,
      head_sha: HEAD,
      pull_requests: [{ number: PR }],
      conclusion: 'success',
    },
  };

  it('publish: a report that costs more than the budget is not posted, and the job fails', async () => {
    const result = await runWith(new Budget(0, ticking()), { mode: 'publish' }, workflowRun);
    expect(result.exitCode).toBe(1);
    expect(github.comments.get(PR) ?? []).toHaveLength(0);
    expect(result.summary).toContain('## ❌ mlgate: report not rendered');
    expect(result.summary).toContain('validating the report took longer than the 0 ms');
    expect(result.outputs).toMatchObject({ passed: 'false', errors: '1', 'comment-id': '' });
  });

  it('publish: the same report within the budget is posted', async () => {
    const result = await runWith(new Budget(1e9), { mode: 'publish' }, workflowRun);
    expect(result.exitCode).not.toBe(1);
    expect(github.comments.get(PR)).toHaveLength(1);
    expect(result.outputs.passed).toBe('true');
    github.comments.delete(PR);
  });

  const merge = (budget: Budget) =>
    runWith(budget, { mode: 'merge', reports: files.report, report: files.merged }, workflowRun);
  const merged = () => JSON.parse(readFileSync(files.merged, 'utf8')) as typeof report;

  it('merge: over the budget while rendering, the merged report is still written, saying why', async () => {
    // Validating and merging (one clock step each) fit; rendering the comment overruns.
    const result = await merge(new Budget(3.5, ticking()));
    expect(result.exitCode).toBe(1);
    expect(github.comments.get(PR) ?? []).toHaveLength(0);
    expect(result.summary).toContain('rendering the comment took longer than the 3.5 ms');
    expect(merged().passed).toBe(false);
    expect(merged().models.map((m) => m.name)).toEqual(['churn']);
    expect(merged().findings).toEqual([
      expect.objectContaining({
        level: 'error',
        check: 'merge',
        message: expect.stringMatching(/took longer/),
      }),
    ]);
    expect(result.outputs).toMatchObject({ passed: 'false', errors: '1' });
  });

  it('merge: over the budget before there is a merged report, the report says only why', async () => {
    const result = await merge(new Budget(1.5, ticking()));
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('merging the reports took longer than the 1.5 ms');
    expect(merged()).toMatchObject({ passed: false, models: [], counts: { errors: 1 } });
    expect(result.outputs).toMatchObject({ passed: 'false', errors: '1' });
  });
});
