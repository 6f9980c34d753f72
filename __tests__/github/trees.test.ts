import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEventContext } from '../../src/github/context.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import { resolveTrees } from '../../src/github/trees.js';
import { GitHubContentsSource } from '../../src/sources/github.js';
import { GitSource } from '../../src/sources/git.js';
import { buildRepo, cleanup, type TestRepo } from '../e2e/runner.js';

const GONE = 'e'.repeat(40);
const env = { GITHUB_REPOSITORY: 'o/r' };
const prPayload = (base: string, head: string) => ({
  pull_request: { number: 3, base: { sha: base }, head: { sha: head } },
});

/** A client whose getCommit knows `known` (and says its parent is `parent`). */
function client(known: string[], parent?: string): () => Promise<GitHubClient> {
  const fake = {
    rest: {
      repos: {
        getCommit: async ({ ref }: { ref: string }) => {
          if (!known.includes(ref)) throw Object.assign(new Error('No commit'), { status: 422 });
          return { data: { sha: ref, parents: parent ? [{ sha: parent }] : [] } };
        },
      },
    },
  };
  return async () => fake as unknown as GitHubClient;
}

describe('resolveTrees', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = buildRepo();
  });
  afterAll(cleanup);

  it('reads a PR base from local git', async () => {
    const ctx = parseEventContext('pull_request', prPayload(repo.base, repo.head), env);
    const trees = await resolveTrees(repo.dir, ctx, null);
    expect(trees.base).toBeInstanceOf(GitSource);
    expect(trees).toMatchObject({ baseSha: repo.base, headSha: repo.head, findings: [] });
  });

  it('falls back to the contents API when git cannot produce the base commit', async () => {
    const ctx = parseEventContext('pull_request', prPayload(GONE, repo.head), env);
    const trees = await resolveTrees(repo.dir, ctx, client([GONE]));
    expect(trees.base).toBeInstanceOf(GitHubContentsSource);
    expect(trees.baseSha).toBe(GONE);
    expect(trees.findings).toEqual([]);
  });

  it('fails closed when neither git nor the API has the PR base', async () => {
    const ctx = parseEventContext('pull_request', prPayload(GONE, repo.head), env);
    const trees = await resolveTrees(repo.dir, ctx, client([]));
    expect(trees.base).toBeNull();
    expect(trees.findings).toEqual([
      expect.objectContaining({
        level: 'error',
        check: 'config',
        message: expect.stringMatching(/eeeeeee is not readable.*fetch-depth: 0/),
      }),
    ]);
  });

  it.each([
    ['push with an unknown before', 'push', { before: GONE }],
    ['push creating a branch', 'push', { before: '0'.repeat(40) }],
    ['workflow_dispatch', 'workflow_dispatch', {}],
  ])('%s: evaluates against HEAD~1', async (_name, event, payload) => {
    const ctx = parseEventContext(event, payload, env);
    const trees = await resolveTrees(repo.dir, ctx, null);
    expect(trees).toMatchObject({ baseSha: repo.base, headSha: repo.head, findings: [] });
  });

  it('a push with a reachable before uses it', async () => {
    const ctx = parseEventContext('push', { before: repo.base }, env);
    expect((await resolveTrees(repo.dir, ctx, null)).baseSha).toBe(repo.base);
  });
});
