import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Limits } from '../../src/constants.js';
import { EventError, loadEventContext, parseEventContext } from '../../src/github/context.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const env = {
  GITHUB_REPOSITORY: 'octo-org/churn',
  GITHUB_SERVER_URL: 'https://ghe.example.com/',
  GITHUB_RUN_ID: '991',
  GITHUB_SHA: C,
};
const pr = (extra: object = {}) => ({
  number: 42,
  pull_request: { number: 42, body: 'checklist', base: { sha: A }, head: { sha: B }, ...extra },
});

describe('parseEventContext', () => {
  it.each(['pull_request', 'pull_request_target'])(
    '%s: PR number, base, head and body',
    (event) => {
      const ctx = parseEventContext(event, pr(), env);
      expect(ctx).toMatchObject({
        eventName: event,
        repo: { owner: 'octo-org', repo: 'churn' },
        sha: C,
        pr: { number: 42, baseSha: A, headSha: B, body: 'checklist' },
        base: { sha: A, parent: false },
        workflowRun: null,
        runUrl: 'https://ghe.example.com/octo-org/churn/actions/runs/991',
      });
    },
  );

  it('caps the PR body and treats a null body as empty', () => {
    const long = parseEventContext(
      'pull_request',
      pr({ body: 'x'.repeat(Limits.prBodyChars + 10) }),
      env,
    );
    expect(long.pr?.body).toHaveLength(Limits.prBodyChars);
    expect(parseEventContext('pull_request', pr({ body: null }), env).pr?.body).toBe('');
  });

  it.each([
    ['no pull_request', {}, /no pull_request object/],
    ['no base sha', pr({ base: {} }), /base\.sha or head\.sha/],
    ['a non-sha head', pr({ head: { sha: 'main' } }), /base\.sha or head\.sha/],
    [
      'a string number',
      { pull_request: { ...pr().pull_request, number: '42' } },
      /positive integer/,
    ],
  ])('rejects a pull_request payload with %s', (_name, payload, message) => {
    expect(() => parseEventContext('pull_request', payload, env)).toThrow(EventError);
    expect(() => parseEventContext('pull_request', payload, env)).toThrow(message);
  });

  it.each([
    ['push with before', 'push', { before: A }, { sha: A, parent: true }],
    [
      'push creating a branch (before all zeros)',
      'push',
      { before: '0'.repeat(40) },
      { sha: null, parent: true },
    ],
    ['workflow_dispatch', 'workflow_dispatch', {}, { sha: null, parent: true }],
    ['schedule', 'schedule', {}, { sha: null, parent: true }],
  ])('%s: evaluates against the parent, no PR', (_name, event, payload, base) => {
    const ctx = parseEventContext(event, payload, env);
    expect(ctx.pr).toBeNull();
    expect(ctx.base).toEqual(base);
  });

  it('workflow_run: the head SHA and the PR numbers (empty for forks)', () => {
    const ctx = parseEventContext(
      'workflow_run',
      {
        workflow_run: {
          id: 99,
          head_sha: B,
          pull_requests: [{ number: 5 }, { number: 'x' }, {}],
          conclusion: 'failure',
          head_branch: 'feature',
          head_repository: { full_name: 'fork/churn' },
        },
      },
      env,
    );
    expect(ctx.workflowRun).toEqual({
      headSha: B,
      pullRequests: [5],
      conclusion: 'failure',
      url: expect.stringMatching(/\/actions\/runs\/99$/),
      headRepository: 'fork/churn',
      headBranch: 'feature',
    });
    expect(ctx.pr).toBeNull();
    expect(() => parseEventContext('workflow_run', { workflow_run: {} }, env)).toThrow(/head_sha/);
  });

  it('has no repo or run URL when the environment lacks them', () => {
    const ctx = parseEventContext('push', {}, { GITHUB_REPOSITORY: 'not a repo' });
    expect(ctx.repo).toBeNull();
    expect(ctx.runUrl).toBeUndefined();
    expect(ctx.sha).toBeNull();
  });
});

describe('loadEventContext', () => {
  it('reads the payload file and explains a broken one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-event-'));
    try {
      const good = join(dir, 'good.json');
      writeFileSync(good, JSON.stringify(pr()));
      const ctx = await loadEventContext({
        ...env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: good,
      });
      expect(ctx.pr?.number).toBe(42);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{not json');
      await expect(
        loadEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: bad }),
      ).rejects.toThrow(/not valid JSON/);
      await expect(
        loadEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'none') }),
      ).rejects.toThrow(/cannot read the event payload/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
