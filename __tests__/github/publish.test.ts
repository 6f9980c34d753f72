import { describe, expect, it } from 'vitest';
import type { EventContext, WorkflowRunContext } from '../../src/github/context.js';
import { findPublishTarget, type PullInfo, type PullsClient } from '../../src/github/publish.js';
import type { Report } from '../../src/report/model.js';

const H = 'a'.repeat(40);
const NEW = 'b'.repeat(40);
const repo = { owner: 'o', repo: 'r' };

function ctx(pullRequests: number[], run: Partial<WorkflowRunContext> = {}): EventContext {
  return {
    eventName: 'workflow_run',
    repo,
    sha: null,
    pr: null,
    base: { sha: null, parent: true },
    workflowRun: {
      headSha: H,
      pullRequests,
      conclusion: 'success',
      headRepository: null,
      headBranch: null,
      ...run,
    },
  };
}

const report = (pr: Partial<Report['pr']>) =>
  ({ pr: { number: null, base: null, head: H, ...pr } }) as Report;

type Pr = string | (Partial<PullInfo> & { head: PullInfo['head'] });

/** PRs by number (a head SHA, or the PR's fields), and the commit → PR lookup. */
function fake(prs: Record<number, Pr>, associated = true) {
  const calls: string[] = [];
  const full = (n: number): PullInfo => {
    const p = prs[n];
    const base = { number: n, state: 'open', base: { repo: { full_name: 'o/r' } } };
    return typeof p === 'string'
      ? { ...base, head: { sha: p, ref: 'feature', repo: { full_name: 'fork/r' } } }
      : { ...base, ...p };
  };
  const all = () => Object.keys(prs).map((n) => full(Number(n)));
  const client: PullsClient = {
    rest: {
      pulls: {
        list: async ({ page }) => {
          calls.push(`list ${page}`);
          return { data: all().filter((p) => p.state === 'open') };
        },
        get: async ({ pull_number }) => {
          calls.push(`get ${pull_number}`);
          if (!prs[pull_number]) throw Object.assign(new Error('Not Found'), { status: 404 });
          return { data: full(pull_number) };
        },
      },
      repos: {
        listPullRequestsAssociatedWithCommit: async ({ commit_sha }) => {
          calls.push(`lookup ${commit_sha.slice(0, 3)}`);
          return { data: associated ? all().filter((p) => p.head.sha === commit_sha) : [] };
        },
      },
    },
  };
  return { client, calls };
}

describe('findPublishTarget', () => {
  it('posts on the workflow_run PR when its head still matches', async () => {
    const { client, calls } = fake({ 3: H });
    expect(await findPublishTarget(client, repo, ctx([3]), report({ number: 3 }))).toEqual({
      ok: true,
      target: { ...repo, number: 3 },
    });
    expect(calls).toEqual(['get 3']);
  });

  it('looks the PR up by commit when pull_requests is empty (forks)', async () => {
    const { client, calls } = fake({ 8: H });
    const found = await findPublishTarget(client, repo, ctx([]), report({ number: 8 }));
    expect(found).toMatchObject({ ok: true, target: { number: 8 } });
    expect(calls).toEqual(['lookup aaa', 'get 8']);
  });

  it('scans open PRs when the commit route knows no PR', async () => {
    const { client, calls } = fake({ 4: NEW, 9: H }, false);
    const found = await findPublishTarget(client, repo, ctx([]), report({}));
    expect(found).toMatchObject({ ok: true, target: { number: 9 } });
    expect(calls).toEqual(['lookup aaa', 'list 1', 'get 9']);
  });

  it('lets the report choose among PRs that share the head, never the lowest by default', async () => {
    const { client } = fake({ 3: H, 6: H });
    expect(await findPublishTarget(client, repo, ctx([3, 6]), report({ number: 6 }))).toMatchObject(
      { ok: true, target: { number: 6 } },
    );
    const none = await findPublishTarget(client, repo, ctx([3, 6]), report({}));
    expect(none.ok).toBe(false);
  });

  const fork = { headRepository: 'fork/r', headBranch: 'feature' };
  it.each([
    ['the PR moved on', { 3: NEW }, ctx([3]), report({}), /#3 is now at bbbbbbb/],
    [
      'the report is for another commit',
      { 3: H },
      ctx([3]),
      report({ head: NEW }),
      /report is for commit bbbbbbb/,
    ],
    ['the report names no head', { 3: H }, ctx([3]), report({ head: null }), /names no head/],
    ['no PR holds the commit', {}, ctx([]), report({}), /no open pull request/],
    [
      'a forged PR number outside the candidates',
      { 5: NEW, 8: H },
      ctx([], fork),
      report({ number: 5 }),
      /names #5, which is not among/,
    ],
    [
      'a closed PR shares the head',
      { 4: { state: 'closed', head: { sha: H, ref: 'feature', repo: { full_name: 'fork/r' } } } },
      ctx([], fork),
      report({ number: 4 }),
      /#4 is closed/,
    ],
    [
      'a PR from another fork shares the head',
      { 4: { head: { sha: H, ref: 'feature', repo: { full_name: 'evil/r' } } } },
      ctx([], fork),
      report({ number: 4 }),
      /comes from evil\/r, not fork\/r/,
    ],
    [
      'a PR from another branch shares the head',
      { 4: { head: { sha: H, ref: 'other', repo: { full_name: 'fork/r' } } } },
      ctx([], fork),
      report({ number: 4 }),
      /from branch other/,
    ],
    [
      'a PR into another repository',
      {
        4: {
          head: { sha: H, ref: 'feature', repo: { full_name: 'fork/r' } },
          base: { repo: { full_name: 'else/r' } },
        },
      },
      ctx([], fork),
      report({ number: 4 }),
      /targets else\/r/,
    ],
    [
      'not a workflow_run event',
      { 3: H },
      { ...ctx([3]), workflowRun: null },
      report({ number: 3 }),
      /only from a `workflow_run` event/,
    ],
  ])('skips with a warning when %s', async (_name, prs, context, rep, message) => {
    const { client } = fake(prs as Record<number, Pr>);
    const found = await findPublishTarget(client, repo, context, rep);
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.finding).toMatchObject({ level: 'warning', check: 'comment' });
      expect(found.finding.message).toMatch(message);
    }
  });
});
