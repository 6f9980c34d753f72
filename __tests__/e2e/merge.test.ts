/**
 * End-to-end fan-out and fan-in through the committed bundle against the local fake API: a
 * `models` step lists the 3 models, 3 matrix `check` steps each check one and leave a report, and
 * a `merge` step posts one comment with the same verdict as one job checking all three.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/constants.js';
import { NAMES, PR_BODY, threeModelRepo } from '../fanout/three.js';
import { FakeGitHub } from './fake-github.js';
import { DIST, cleanup, pullRequestPayload, runAction } from './runner.js';

const PR = 7;

describe('dist/index.js: models → matrix check → merge', () => {
  const github = new FakeGitHub();
  let apiUrl: string;
  let repo: { dir: string; base: string; head: string };
  let artifacts: string;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run package\` first`);
    apiUrl = await github.start();
    repo = threeModelRepo();
    artifacts = join(tmpdir(), `mlgate-e2e-artifacts-${process.pid}`);
    mkdirSync(artifacts, { recursive: true });
    github.pulls.set(PR, repo.head);
  });
  afterAll(async () => {
    await github.stop();
    cleanup();
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(artifacts, { recursive: true, force: true });
  });

  const step = (inputs: Record<string, string>) =>
    runAction({
      workspace: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(repo, PR, PR_BODY),
      apiUrl,
      inputs,
    });

  it('lists the models, checks each in its own job, and merges into one comment and verdict', async () => {
    const listed = await step({ mode: 'models' });
    expect(listed.code, listed.stdout).toBe(0);
    const matrix = JSON.parse(listed.outputs.models) as { name: string }[];
    expect(matrix.map((m) => m.name)).toEqual(NAMES);

    for (const { name } of matrix) {
      const job = await step({
        models: name,
        comment: 'false',
        report: join(artifacts, `mlgate-report-${name}`, 'mlgate-report.json'),
      });
      expect(job.stdout).not.toMatch(/\n\s+at /);
      expect(job.outputs.report).toContain(name);
    }
    const single = await step({
      comment: 'false',
      report: join(tmpdir(), `single-${process.pid}.json`),
    });
    expect(github.writes()).toHaveLength(0);

    const merged = await step({ mode: 'merge', reports: artifacts });
    expect(merged.stdout).not.toMatch(/\n\s+at /);
    // Same verdict and counts as the one job that checked all three.
    expect(merged.code).toBe(single.code);
    expect(merged.code).toBe(1);
    for (const key of ['passed', 'errors', 'warnings'])
      expect(merged.outputs[key], key).toBe(single.outputs[key]);
    const comments = github.comments.get(PR) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body.split('\n')[0]).toBe(commentMarker('default'));
    expect(comments[0].body).toContain('### Models: 1 failing');
    expect(merged.outputs['comment-id']).toBe(String(comments[0].id));
    const report = JSON.parse(readFileSync(merged.outputs.report, 'utf8'));
    const one = JSON.parse(readFileSync(single.outputs.report, 'utf8'));
    expect(report.models).toEqual(one.models);
    expect(report.checklist.items).toEqual(one.checklist.items);
    expect(report.merged.reports).toHaveLength(3);
    expect(merged.summary).toContain('### Models:');
    rmSync(single.outputs.report, { force: true });
  });

  it('fails closed naming the model when a matrix job left no report', async () => {
    rmSync(join(artifacts, 'mlgate-report-ranker'), { recursive: true, force: true });
    const merged = await step({ mode: 'merge', reports: artifacts });
    expect(merged.code).toBe(1);
    expect(merged.outputs.passed).toBe('false');
    expect(merged.stdout).toContain('no report covers model "ranker"');
    // The PR still learns why: the one comment is updated with the merge error.
    const comments = github.comments.get(PR) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('no report covers model');
  });

  it('stops with a message, no stack trace, when the reports input names nothing', async () => {
    const run = await step({ mode: 'merge', reports: join(artifacts, 'nope') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /cannot read ".*nope".*expected a report file or a directory of reports/,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
