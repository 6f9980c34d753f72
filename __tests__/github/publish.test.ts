import { describe, expect, it } from 'vitest';
import type { EventContext } from '../../src/github/context.js';
import { findPublishTarget, type PullsClient } from '../../src/github/publish.js';
import type { Report } from '../../src/report/model.js';

const H = 'a'.repeat(40);
const NEW = 'b'.repeat(40);
const repo = { owner: 'o', repo: 'r' };

function ctx(pullRequests: number[], headSha = H): EventContext {
  return {
    eventName: 'workflow_run',
    repo,
    sha: null,
    pr: null,
    base: { sha: null, parent: true },
    workflowRun: {
      headSha,
      pullRequests,
      conclusion: 'success',
      headRepository: null,
      headBranch: null,
    },
  };
}

const report = (pr: Partial<Report['pr']>) =>
  ({ pr: { number: null, base: null, head: H, ...pr } }) as Report;

/** PRs by number with their current head, and the commit → PR lookup. */
function fake(heads: Record<number, string>, associated = true) {
  const calls: string[] = [];
  const client: PullsClient = {
    rest: {
      pulls: {
        list: async ({ page }) => {
          calls.push(`list ${page}`);
          return {
            data: Object.entries(heads).map(([n, h]) => ({ number: Number(n), head: { sha: h } })),
          };
        },
        get: async ({ pull_number }) => {
          calls.push(`get ${pull_number}`);
          const head = heads[pull_number];
          if (!head) throw Object.assign(new Error('Not Found'), { status: 404 });
          return { data: { number: pull_number, state: 'open', head: { sha: head } } };
        },
      },
      repos: {
        listPullRequestsAssociatedWithCommit: async ({ commit_sha }) => {
          calls.push(`lookup ${commit_sha.slice(0, 3)}`);
          return {
            data: Object.entries(heads)
              .filter(([, h]) => associated && h === commit_sha)
              .map(([n, h]) => ({ number: Number(n), state: 'open', head: { sha: h } })),
          };
        },
      },
    },
  };
  return { client, calls };
}

describe('findPublishTarget', () => {
  it('posts on the workflow_run PR when its head still matches', async () => {
    const { client, calls } = fake({ 3: H });
    expect(await findPublishTarget(client, repo, ctx([3]), report({ number: 99 }))).toEqual({
      ok: true,
      target: { ...repo, number: 3 },
    });
    expect(calls).toEqual(['get 3']);
  });

  it('looks the PR up by commit when pull_requests is empty (forks)', async () => {
    const { client, calls } = fake({ 8: H });
    const found = await findPublishTarget(client, repo, ctx([]), report({}));
    expect(found).toMatchObject({ ok: true, target: { number: 8 } });
    expect(calls).toEqual(['lookup aaa', 'get 8']);
  });

  it('scans open PRs when the commit route knows no PR', async () => {
    const { client, calls } = fake({ 4: NEW, 9: H }, false);
    const found = await findPublishTarget(client, repo, ctx([]), report({}));
    expect(found).toMatchObject({ ok: true, target: { number: 9 } });
    expect(calls).toEqual(['lookup aaa', 'list 1', 'get 9']);
  });

  it.each([
    ['the PR moved on', { 3: NEW }, ctx([3]), report({}), /#3 is now at bbbbbbb/],
    [
      'the report is for another commit',
      { 3: H },
      ctx([3]),
      report({ head: NEW }),
      /report is for commit bbbbbbb/,
    ],
    ['no PR holds the commit', {}, ctx([]), report({}), /no open pull request/],
    ['a forged PR number', { 5: NEW }, ctx([]), report({ number: 5 }), /#5 is now at/],
  ])('skips with a warning when %s', async (_name, heads, context, rep, message) => {
    const { client } = fake(heads);
    const found = await findPublishTarget(client, repo, context, rep);
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.finding).toMatchObject({ level: 'warning', check: 'comment' });
      expect(found.finding.message).toMatch(message);
    }
  });
});
