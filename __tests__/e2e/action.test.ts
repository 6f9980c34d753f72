/**
 * End-to-end: the committed bundle `dist/index.js`, run as the runner runs it, against a local
 * fake GitHub API over a temporary git repo with base and head commits. Requires `npm run package`
 * first (CI packages before testing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/constants.js';
import { FakeGitHub } from './fake-github.js';
import {
  DIST,
  ROOT,
  buildRepo,
  cleanup,
  pullRequestPayload,
  runAction,
  type TestRepo,
} from './runner.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const PR = 7;
const prBody = readFileSync(`${ROOT}/examples/pr-body.md`, 'utf8');
/** Head metrics with auc under the `min: 0.82` gate and far below production. */
const FAILING_METRICS = JSON.stringify(
  { auc: 0.8, calibration_error: 0.028, latency: { p95_ms: 66 }, slices: {} },
  null,
  2,
);

// Each test spawns the bundle several times; on a loaded machine that takes minutes, not seconds.
describe('dist/index.js end to end', { timeout: 300_000 }, () => {
  const github = new FakeGitHub();
  let apiUrl: string;
  let passing: TestRepo;
  let failing: TestRepo;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run package\` first`);
    apiUrl = await github.start();
    passing = buildRepo();
    failing = buildRepo({ 'models/churn/metrics.json': FAILING_METRICS });
  });
  afterAll(async () => {
    await github.stop();
    cleanup();
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.failures = [];
    github.viewer = null;
    github.onRequest = null;
    github.author = { login: 'github-actions[bot]', type: 'Bot' };
  });

  const check = (
    repo: TestRepo,
    number: number,
    extra: Partial<Parameters<typeof runAction>[0]> = {},
  ) =>
    runAction({
      workspace: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(repo, number, prBody),
      apiUrl,
      ...extra,
    });

  it('judges the contract in a worker thread exactly as inline (MLGATE_WORKERS=always vs 0)', async () => {
    const runs: { stderr: string; body: string; outputs: Record<string, string> }[] = [];
    for (const [number, mode] of [
      [91, 'always'],
      [92, '0'],
    ] as const) {
      const res = await check(failing, number, {
        env: { MLGATE_WORKERS: mode, NODE_DEBUG: 'worker' },
      });
      expect(res.code).toBe(1);
      runs.push({
        stderr: res.stderr,
        body: github.comments.get(number)![0].body,
        outputs: res.outputs,
      });
    }
    const [worker, inline] = runs;
    // The Action's own entry point started as the worker and answered; nothing started one inline.
    expect(worker.stderr).toMatch(/instantiating Worker\. url: file:.*dist\/index\.js/);
    expect(worker.stderr).toMatch(/terminates Worker/);
    expect(inline.stderr).not.toMatch(/Worker/);
    expect(worker.body).toBe(inline.body.replaceAll('#92', '#91'));
    expect(worker.outputs.errors).toBe(inline.outputs.errors);
    expect(worker.body).toMatch(/[Cc]ontract/);
  });

  it('creates one sticky comment, then leaves it alone when unchanged, then updates it in place', async () => {
    const first = await check(passing, PR);
    console.info(`e2e: one run of dist/index.js took ${Math.round(first.ms)} ms`);
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(first.code).toBe(0);
    expect(github.writes().map((r) => r.method)).toEqual(['POST']);
    const comments = github.comments.get(PR)!;
    expect(comments).toHaveLength(1);
    expect(comments[0].body.split('\n')[0]).toBe(commentMarker('default'));
    expect(first.outputs).toMatchObject({
      passed: 'true',
      errors: '0',
      'comment-id': String(comments[0].id),
      'comment-url': comments[0].html_url,
    });
    expect(github.requests[0].auth).toBe('token test-token');
    expect(first.summary).toContain('mlgate');
    expect(first.summary).toContain('Gates');
    const report = JSON.parse(readFileSync(first.outputs.report, 'utf8'));
    expect(report).toMatchObject({
      version: 1,
      passed: true,
      pr: { number: PR, base: passing.base, head: passing.head },
    });

    // Same run again: same body → no write at all.
    const second = await check(passing, PR);
    expect(second.code).toBe(0);
    expect(github.writes().filter((r) => r.method !== 'GET')).toHaveLength(1);
    expect(github.comments.get(PR)).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(String(comments[0].id));

    // A new workflow run changes the footer's run link → PATCH of the same comment.
    const third = await check(passing, PR, { runId: '4343' });
    expect(third.code).toBe(0);
    const writes = github.writes();
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo-org/churn/issues/7/comments',
      `PATCH /repos/octo-org/churn/issues/comments/${comments[0].id}`,
    ]);
    expect(github.comments.get(PR)).toHaveLength(1);
    expect(github.comments.get(PR)![0].body).toContain('/actions/runs/4343');
  });

  it('fails the job on a failing gate and says so in the comment, outputs, summary and annotations', async () => {
    const run = await check(failing, 8);
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.outputs.passed).toBe('false');
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
    const [comment] = github.comments.get(8)!;
    expect(comment.body).toMatch(/❌/);
    expect(comment.body).toContain('auc');
    expect(run.summary).toMatch(/❌/);
    expect(run.stdout).toMatch(
      /::error title=mlgate gate \(churn\),file=models\/churn\/metrics\.json,line=\d+::/,
    );
    expect(run.stdout).toMatch(/::error::mlgate: \d+ errors?, \d+ warnings? \(fail-on: error\)/);
  });

  it("never edits a human's comment that quotes the marker, nor another key's comment", async () => {
    const human = github.seed(13, `${commentMarker('default')}\nquoted by a reviewer`, 'User');
    const other = github.seed(13, `${commentMarker('gpu')}\nanother job`, 'Bot');
    const run = await check(passing, 13);
    expect(run.code).toBe(0);
    expect(github.writes().map((r) => r.method)).toEqual(['POST']);
    const comments = github.comments.get(13)!;
    expect(comments.map((c) => c.id)).toEqual([
      human.id,
      other.id,
      Number(run.outputs['comment-id']),
    ]);
    expect(comments[0].body).toBe(human.body);
    expect(comments[1].body).toBe(other.body);
  });

  it('turns a 403 on the comment into a warning; summary and report are still written', async () => {
    github.failures = [{ method: 'POST', pattern: /\/issues\/9\/comments$/, status: 403 }];
    const run = await check(passing, 9);
    expect(run.code).toBe(0);
    expect(github.comments.get(9) ?? []).toHaveLength(0);
    expect(run.outputs['comment-id']).toBe('');
    expect(run.outputs.passed).toBe('true');
    expect(run.summary).toContain('could not post the sticky comment (HTTP 403)');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.findings).toContainEqual(
      expect.objectContaining({ level: 'warning', check: 'comment' }),
    );
  });

  it('retries a 5xx from the API and still posts exactly one comment', async () => {
    github.failures = [
      { method: 'GET', pattern: /\/issues\/10\/comments$/, status: 502, times: 1 },
    ];
    const run = await check(passing, 10);
    expect(run.code).toBe(0);
    const lists = github.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/issues/10/comments'),
    );
    // The failed list, its retry, and the list after the create (racing runs).
    expect(lists).toHaveLength(3);
    expect(github.comments.get(10)).toHaveLength(1);
  });

  it('publish mode posts a report from an earlier check only while the PR head still matches', async () => {
    const made = await check(passing, 11, { inputs: { comment: 'false' } });
    expect(made.code).toBe(0);
    expect(github.requests).toHaveLength(0); // comment: false talks to no API
    const workflowRun = {
      workflow_run: { head_sha: passing.head, pull_requests: [], conclusion: 'success' },
    };
    const publish = (head: string) => {
      github.pulls.set(11, head);
      return runAction({
        workspace: passing.dir,
        event: 'workflow_run',
        payload: workflowRun,
        apiUrl,
        inputs: { mode: 'publish', report: made.outputs.report },
      });
    };
    const stale = await publish(passing.base);
    expect(stale.code).toBe(0);
    expect(github.comments.get(11) ?? []).toHaveLength(0);
    // Candidates come from the API by the run's head: the moved PR is not one.
    expect(stale.stdout).toContain('no open pull request has head');

    const fresh = await publish(passing.head);
    expect(fresh.code).toBe(0);
    expect(github.comments.get(11)).toHaveLength(1);
    expect(fresh.outputs['comment-id']).toBe(String(github.comments.get(11)![0].id));
  });

  describe('publish mode treats the report artifact as untrusted (issue 9)', () => {
    let made: string;
    const publishWith = async (
      edit: (r: Json) => void,
      number: number,
      run: Record<string, unknown> = {},
    ) => {
      made ??= (await check(passing, 20, { inputs: { comment: 'false' } })).outputs.report;
      const report = JSON.parse(readFileSync(made, 'utf8'));
      report.pr.number = number;
      edit(report);
      const path = `${made}.${number}.json`;
      writeFileSync(path, JSON.stringify(report));
      github.pulls.set(number, passing.head);
      return runAction({
        workspace: passing.dir,
        event: 'workflow_run',
        payload: {
          workflow_run: {
            id: 777,
            head_sha: passing.head,
            pull_requests: [{ number }],
            conclusion: 'success',
            ...run,
          },
        },
        apiUrl,
        inputs: { mode: 'publish', report: path },
      });
    };

    it.each([
      [
        'counts.errors',
        (r: Json) => (r.counts.errors = '0\n## ✅ mlgate: ready to promote'),
        'counts.errors: expected integer',
      ],
      [
        'tool.version',
        (r: Json) => (r.tool.version = '1 @octocat ![x](https://evil.test/t.png)'),
        'tool.version',
      ],
      [
        'findings[].check',
        (r: Json) => r.findings.push({ level: 'notice', check: '@org/admins', message: 'x' }),
        'check: expected one of',
      ],
      [
        'gate status',
        (r: Json) => (r.models[0].gates[0].status = 'ok'),
        'models[0].gates[0].status',
      ],
      [
        'rollout strategy',
        (r: Json) => (r.models[0].rollout.plan.strategy = '✅ ready'),
        'models[0].rollout.plan.strategy',
      ],
    ])(
      'refuses a report with a forged %s, naming the field, and posts nothing',
      async (_f, edit, message) => {
        const run = await publishWith(edit, 21);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(message);
        expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
        expect(github.comments.get(21) ?? []).toHaveLength(0);
        expect(run.outputs.errors ?? '').toBe('');
      },
    );

    it('recomputes counts and verdict from the findings and links the run from the event', async () => {
      const run = await publishWith((r) => {
        r.passed = true;
        r.counts = { errors: 0, warnings: 0, notices: 0 };
        r.findings.push({
          level: 'error',
          check: 'gate',
          model: 'churn',
          message: 'auc 0.1 < min 0.82',
        });
        r.run = { url: 'https://evil.test/fake-run' };
      }, 22);
      expect(run.code).toBe(0);
      const [comment] = github.comments.get(22)!;
      expect(comment.body).toContain('promotion blocked');
      expect(comment.body).not.toContain('evil.test');
      expect(comment.body).toContain('https://github.test/octo-org/churn/actions/runs/777');
      expect(run.outputs).toMatchObject({ passed: 'false' });
      expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
    });

    it('does not post "ready to promote" for a check run that failed', async () => {
      const run = await publishWith(() => {}, 23, { conclusion: 'failure' });
      const [comment] = github.comments.get(23)!;
      expect(comment.body).not.toContain('ready to promote');
      expect(comment.body).toContain('concluded `failure`');
      expect(run.outputs.passed).toBe('false');
    });
  });

  describe('the GitHub client behaves (issue 9, points 11-13)', () => {
    const writesTo = (n: number) =>
      github.writes().filter((r) => r.path.includes(`/issues/${n}/`) || r.method !== 'POST');

    it('a 403 on the create is sent once, not retried', async () => {
      github.failures = [{ method: 'POST', pattern: /\/issues\/30\/comments$/, status: 403 }];
      const run = await check(passing, 30);
      expect(
        github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/30/comments')),
      ).toHaveLength(1);
      expect(run.summary).toContain('cannot write PR comments');
    });

    it('a 404 or 422 on the update is sent once, not retried', async () => {
      github.seed(31, `${commentMarker('default')}\nold`, 'Bot');
      github.failures = [{ method: 'PATCH', pattern: /\/issues\/comments\/\d+$/, status: 422 }];
      await check(passing, 31);
      expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    });

    it('a create whose response is lost does not post a duplicate', async () => {
      github.failures = [
        { method: 'POST', pattern: /\/issues\/32\/comments$/, status: 502, lose: true, times: 1 },
      ];
      const run = await check(passing, 32);
      expect(run.code).toBe(0);
      expect(github.comments.get(32)).toHaveLength(1);
      expect(
        github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/32/comments')),
      ).toHaveLength(1);
      expect(run.outputs['comment-id']).toBe(String(github.comments.get(32)![0].id));
    });

    it('two overlapping runs leave one comment, the oldest', async () => {
      const [a, b] = await Promise.all([check(passing, 33), check(passing, 33, { runId: '4343' })]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const left = github.comments.get(33)!;
      expect(left).toHaveLength(1);
      expect(a.stdout + b.stdout).not.toMatch(/could not post/);
    });

    it('a duplicate already deleted (404) counts as deleted; the update goes on', async () => {
      const keep = github.seed(34, `${commentMarker('default')}\nold`, 'Bot');
      github.seed(34, `${commentMarker('default')}\nduplicate`, 'Bot');
      github.failures = [{ method: 'DELETE', pattern: /\/issues\/comments\/\d+$/, status: 404 }];
      const run = await check(passing, 34);
      expect(run.outputs['comment-id']).toBe(String(keep.id));
      expect(github.comments.get(34)!.find((c) => c.id === keep.id)!.body).toContain('mlgate');
    });

    it('a comment deleted between list and update is re-created once', async () => {
      const old = github.seed(35, `${commentMarker('default')}\nold`, 'Bot');
      // A racing run (or a person) deletes it just as this run sends its update.
      github.onRequest = (method) => {
        if (method !== 'PATCH') return;
        github.comments.set(35, []);
        github.onRequest = null;
      };
      const run = await check(passing, 35);
      expect(run.code).toBe(0);
      const left = github.comments.get(35)!;
      expect(left).toHaveLength(1);
      expect(left[0].id).not.toBe(old.id);
      expect(run.outputs['comment-id']).toBe(String(left[0].id));
    });

    it('an old run does not overwrite the verdict of a newer push', async () => {
      github.pulls.set(36, 'c'.repeat(40));
      const run = await check(passing, 36);
      expect(run.code).toBe(0);
      expect(github.comments.get(36) ?? []).toHaveLength(0);
      expect(run.stdout).toContain('#36 is now at ccccccc');
      github.pulls.delete(36);
    });

    it('an exhausted rate limit says so with the reset time and stops sending', async () => {
      github.failures = [
        { method: 'GET', pattern: /\/issues\/37\/comments$/, status: 403, rateLimit: true },
      ];
      const run = await check(passing, 37);
      expect(run.code).toBe(0);
      expect(run.summary).toMatch(/rate limit is exhausted until 14:05 UTC/);
      expect(run.summary).not.toMatch(/cannot write PR comments/);
      expect(github.requests.filter((r) => r.path.endsWith('/37/comments'))).toHaveLength(1);
      expect(writesTo(37)).toEqual([]);
    });

    // Whose comment is sticky (point 13), for each kind of token, with another bot's marker
    // comment on the PR: the token's own comment is found and edited (never duplicated), the other
    // bot's is left as it was. The identity comes from GraphQL `viewer`; the default GITHUB_TOKEN
    // cannot read it (an error, or no GraphQL at all) and falls back to github-actions[bot].
    it.each([
      ['a personal access token (viewer: a user)', 38, 'release-bot', 'User', null],
      ['an App token (viewer: the app)', 39, 'mlgate-app[bot]', 'Bot', null],
      ['the default GITHUB_TOKEN (viewer: an error)', 40, null, 'Bot', null],
      ['the default GITHUB_TOKEN (no GraphQL route: 404)', 41, null, 'Bot', 404],
    ] as const)(
      "edits only the token's own comment: %s",
      async (_kind, pr, viewer, type, graphqlStatus) => {
        const login = viewer ?? 'github-actions[bot]';
        github.viewer = viewer;
        github.author = { login, type };
        if (graphqlStatus)
          github.failures = [{ method: 'POST', pattern: /^\/graphql$/, status: graphqlStatus }];
        const other = github.seed(
          pr,
          `${commentMarker('default')}\nsome other bot`,
          'Bot',
          viewer ? 'github-actions[bot]' : 'renovate[bot]',
        );
        const mine = github.seed(pr, `${commentMarker('default')}\nold`, type, login);
        const run = await check(passing, pr);
        expect(run.code).toBe(0);
        expect(github.requests.filter((r) => r.path === '/graphql')).not.toHaveLength(0);
        expect(run.outputs['comment-id']).toBe(String(mine.id));
        const left = github.comments.get(pr)!;
        expect(left).toHaveLength(2);
        expect(left.find((c) => c.id === other.id)!.body).toBe(other.body);
        expect(left.find((c) => c.id === mine.id)!.body).toContain('mlgate');
        expect(github.writes().filter((r) => r.method !== 'PATCH')).toEqual([]);

        // The next run finds the same comment again: unchanged, so not even edited.
        const before = github.requests.length;
        const again = await check(passing, pr);
        expect(again.outputs['comment-id']).toBe(String(mine.id));
        expect(
          github.requests
            .slice(before)
            .filter((r) => r.method !== 'GET' && r.path.includes('/comments')),
        ).toEqual([]);
        expect(github.comments.get(pr)).toHaveLength(2);
      },
    );
  });

  it.each([
    [
      'fail-on',
      'sometimes',
      /input "fail-on": got "sometimes"; expected one of "error", "warning", "never"/,
    ],
    ['comment', 'yes', /input "comment": got "yes"; expected "true" or "false"/],
    ['mode', 'post', /input "mode": got "post"/],
  ])(
    'rejects %s=%s with a message naming the input and no stack trace',
    async (input, value, message) => {
      const run = await check(passing, 12, { inputs: { [input]: value } });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      expect(github.requests).toHaveLength(0);
    },
  );
});
