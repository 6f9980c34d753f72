/**
 * End-to-end: waivers (SPEC §11) through the committed bundle against the local fake GitHub API.
 * One gate (`churn auc vs production`) fails; reviewers waive it in PR comments and reviews, and
 * the `issue_comment` / `pull_request_review` / `pull_request` runs decide whether it still blocks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { DIST, buildRepo, cleanup, runAction, type TestRepo } from './runner.js';

const CONFIG = `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    ledger: models/churn/LEDGER.md
    gates:
      - { metric: auc, vs: production, max_drop: 0.005 }
      - { metric: calibration_error, max: 0.04 }
checklist: { enabled: false }
ledger_policy: { require_entry_when_metrics_change: false }
waivers: { permission: maintain }
`;
const metrics = (auc: number) =>
  JSON.stringify({ auc, calibration_error: 0.03, latency: { p95_ms: 60 } }, null, 2);

const MAINTAINER = 'lead';
const AUTHOR = 'dev';
const TRIAGER = 'helper';
const WAIVE = '/mlgate waive churn auc vs production reason: accepted for the recall win';

describe('waivers end to end', () => {
  const github = new FakeGitHub();
  let apiUrl: string;
  /** Head auc 0.82 vs production 0.831: a drop of 0.011 over the allowed 0.005. */
  let failing: TestRepo;
  /** The same PR after a push that lowers auc further (0.80). */
  let worse: TestRepo;
  let nextPr = 100;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run package\` first`);
    apiUrl = await github.start();
    const base = { '.mlgate.yml': CONFIG };
    failing = buildRepo({ ...base, 'models/churn/metrics.json': metrics(0.82) }, base);
    worse = buildRepo({ ...base, 'models/churn/metrics.json': metrics(0.8) }, base);
    github.roles.set(MAINTAINER, 'maintain');
    github.roles.set(AUTHOR, 'admin');
    github.roles.set(TRIAGER, 'triage');
  });
  afterAll(async () => {
    await github.stop();
    cleanup();
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.failures = [];
  });

  /** A fresh open PR on `repo` (its head), authored by AUTHOR, with mlgate's first comment. */
  const openPr = async (repo: TestRepo): Promise<number> => {
    const number = nextPr++;
    github.pulls.set(number, repo.head);
    github.pullDetails.set(number, { base: repo.base, body: '', author: AUTHOR });
    expect((await onPush(repo, number)).code).toBe(1);
    return number;
  };

  const prPayload = (repo: TestRepo, number: number, body = '') => ({
    action: 'synchronize',
    number,
    pull_request: {
      number,
      body,
      user: { login: AUTHOR },
      base: { sha: repo.base, ref: 'main' },
      head: { sha: repo.head, ref: 'pr' },
    },
  });

  const onPush = (repo: TestRepo, number: number, body = '') =>
    runAction({
      workspace: repo.dir,
      event: 'pull_request',
      payload: prPayload(repo, number, body),
      apiUrl,
    });

  /** An `issue_comment` run: the job checks out the base branch, as GitHub does. */
  const onComment = (
    repo: TestRepo,
    number: number,
    comment: { id: number; body: string; user: { login: string } },
    action: 'created' | 'edited' | 'deleted' = 'created',
    sender = comment.user.login,
  ) => {
    execFileSync('git', ['checkout', '--quiet', 'main'], { cwd: repo.dir });
    return runAction({
      workspace: repo.dir,
      event: 'issue_comment',
      payload: {
        action,
        issue: { number, pull_request: { url: 'x' }, user: { login: AUTHOR } },
        comment,
        sender: { login: sender },
      },
      apiUrl,
    }).finally(() => execFileSync('git', ['checkout', '--quiet', 'pr'], { cwd: repo.dir }));
  };

  const sticky = (number: number) =>
    (github.comments.get(number) ?? []).find((c) => c.user.type === 'Bot')?.body ?? '';

  const report = (outputs: Record<string, string>) =>
    JSON.parse(readFileSync(outputs.report, 'utf8')) as {
      passed: boolean;
      counts: { errors: number; waived: number };
      models: {
        gates: { metric: string; vs?: string; status: string; waiver?: { by: string } }[];
      }[];
      findings: { status?: string; target?: string; waiver?: { by: string; reason: string } }[];
      waivers: { entries: { status: string; by: string; detail: string }[] };
    };

  it('fails without a waiver, and says what could be waived', async () => {
    const pr = await openPr(failing);
    const run = await onPush(failing, pr);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', waived: '0' });
    expect(sticky(pr)).toContain('`churn auc vs production`');
    expect(report(run.outputs).findings.find((f) => f.target)?.target).toBe(
      'churn auc vs production',
    );
  });

  it("an authorised maintainer's waiver lets the gate through, shown, and sets the head's status", async () => {
    const pr = await openPr(failing);
    const c = github.seed(
      pr,
      `Looked at the slices.\n\n${WAIVE} expires: 2999-12-31`,
      'User',
      MAINTAINER,
    );
    const run = await onComment(failing, pr, c);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', errors: '0', waived: '1' });
    const r = report(run.outputs);
    expect(r.passed).toBe(true);
    const gate = r.models[0].gates.find((g) => g.vs === 'production')!;
    expect(gate.status).toBe('waived');
    expect(gate.waiver?.by).toBe(MAINTAINER);
    expect(r.findings.find((f) => f.status === 'waived')?.waiver?.reason).toBe(
      'accepted for the recall win',
    );
    const body = sticky(pr);
    expect(body).toContain('### Waivers (1 in force)');
    expect(body).toContain('🟡 waived');
    expect(body).toContain(c.html_url);
    expect(body).toContain('2999-12-31');
    expect(run.summary).toContain('🟡 waived');
    // The commit status on the PR's head commit, which branch protection can require.
    const status = github.statuses.at(-1)!;
    expect(status.sha).toBe(failing.head);
    expect(status.body).toMatchObject({ state: 'success', context: 'mlgate' });
    // Read as data: the head commit was never checked out.
    expect(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: failing.dir }).toString().trim()).toBe(
      failing.head,
    );
  });

  it('a waiver in a review body counts too (pull_request_review)', async () => {
    const pr = await openPr(failing);
    github.review(pr, WAIVE, MAINTAINER);
    const run = await runAction({
      workspace: failing.dir,
      event: 'pull_request_review',
      payload: { ...prPayload(failing, pr), action: 'submitted', review: { id: 1 } },
      apiUrl,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.waived).toBe('1');
    expect(github.statuses.at(-1)).toMatchObject({ sha: failing.head, body: { state: 'success' } });
  });

  it.each([
    ['the PR author (even an admin)', AUTHOR, WAIVE, 'not authorised', /own PR/],
    [
      'a triage-level user',
      TRIAGER,
      WAIVE,
      'not authorised',
      /has triage permission; waivers need maintain/,
    ],
    ['a non-collaborator', 'stranger', WAIVE, 'not authorised', /not a collaborator/],
    [
      'an expired waiver',
      MAINTAINER,
      `${WAIVE} expires: 2020-01-31`,
      'expired',
      /expired at the end of 2020-01-31/,
    ],
  ])('%s does not waive', async (_what, login, text, shown, detail) => {
    const pr = await openPr(failing);
    const c = github.seed(pr, text, 'User', login);
    const run = await onComment(failing, pr, c);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', waived: '0' });
    expect(sticky(pr)).toContain(shown);
    expect(report(run.outputs).waivers.entries[0].detail).toMatch(detail);
    expect(github.statuses.at(-1)).toMatchObject({ sha: failing.head, body: { state: 'failure' } });
  });

  it('quoted, fenced, PR-body and bot-written commands do nothing', async () => {
    const pr = await openPr(failing);
    github.seed(pr, `> ${WAIVE}\n\nWhy not this?`, 'User', MAINTAINER);
    github.seed(pr, `Like this:\n\n\`\`\`\n${WAIVE}\n\`\`\``, 'User', MAINTAINER);
    github.seed(pr, `<!--\n${WAIVE}\n-->`, 'User', MAINTAINER);
    github.seed(pr, WAIVE, 'Bot', 'some-app[bot]');
    const run = await onPush(failing, pr, `${WAIVE}\n`);
    expect(run.code).toBe(1);
    expect(run.outputs.waived).toBe('0');
    expect(report(run.outputs).waivers.entries).toEqual([]);
  });

  it('a waiver covers the value it was given for: a push that changes it blocks again', async () => {
    const pr = await openPr(failing);
    const c = github.seed(pr, WAIVE, 'User', MAINTAINER);
    expect((await onComment(failing, pr, c)).code).toBe(0);
    // The PR moves to a head where auc is lower still.
    github.pulls.set(pr, worse.head);
    github.pullDetails.set(pr, { base: worse.base, body: '', author: AUTHOR });
    const run = await onPush(worse, pr);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', waived: '0' });
    expect(report(run.outputs).waivers.entries[0].status).toBe('changed');
    expect(sticky(pr)).toContain('changed since waived');
    // Waived again for the new value: passes.
    const again = github.seed(pr, WAIVE.replace('win', 'win, at 0.80 too'), 'User', MAINTAINER);
    expect((await onComment(worse, pr, again)).code).toBe(0);
  });

  it('an edit by the author re-evaluates; an edit by someone else is ignored', async () => {
    const pr = await openPr(failing);
    const c = github.seed(pr, 'LGTM', 'User', MAINTAINER);
    expect((await onComment(failing, pr, c)).code).toBe(1);
    // The author edits the comment into a waiver: it applies.
    const edited = github.edit(c.id, WAIVE);
    const own = await onComment(failing, pr, edited, 'edited', MAINTAINER);
    expect(own.code).toBe(0);
    expect(own.outputs.waived).toBe('1');
    // Another admin rewrites the reason: the comment no longer waives anything.
    const rewritten = github.edit(c.id, WAIVE.replace('recall win', 'whatever'));
    const other = await onComment(failing, pr, rewritten, 'edited', AUTHOR);
    expect(other.code).toBe(1);
    expect(report(other.outputs).waivers.entries[0]).toMatchObject({ status: 'ignored' });
    expect(sticky(pr)).toMatch(/edited by @\u200b?dev, not its author/);
    // A later push does not bring it back either.
    expect((await onPush(failing, pr)).code).toBe(1);
  });

  it("deleting mlgate's comment does not let a waiver re-pin to a new value", async () => {
    const pr = await openPr(failing);
    const c = github.seed(pr, WAIVE, 'User', MAINTAINER);
    expect((await onComment(failing, pr, c)).code).toBe(0);
    github.comments.set(
      pr,
      github.comments.get(pr)!.filter((x) => x.user.type !== 'Bot'),
    );
    github.pulls.set(pr, worse.head);
    github.pullDetails.set(pr, { base: worse.base, body: '', author: AUTHOR });
    const run = await onPush(worse, pr);
    expect(run.code).toBe(1);
    expect(report(run.outputs).waivers.entries[0]).toMatchObject({ status: 'ignored' });
  });

  it('unwaive withdraws it; deleting the waiving comment re-evaluates', async () => {
    const pr = await openPr(failing);
    const c = github.seed(pr, WAIVE, 'User', MAINTAINER);
    expect((await onComment(failing, pr, c)).code).toBe(0);
    const u = github.seed(pr, '/mlgate unwaive churn auc vs production', 'User', MAINTAINER);
    const withdrawn = await onComment(failing, pr, u);
    expect(withdrawn.code).toBe(1);
    expect(report(withdrawn.outputs).waivers.entries[0].status).toBe('withdrawn');
    const d = github.seed(pr, WAIVE, 'User', MAINTAINER);
    expect((await onComment(failing, pr, d)).code).toBe(0);
    const list = github.comments.get(pr)!;
    list.splice(
      list.findIndex((x) => x.id === d.id),
      1,
    );
    const deleted = await onComment(failing, pr, d, 'deleted');
    expect(deleted.code).toBe(1);
  });
});
