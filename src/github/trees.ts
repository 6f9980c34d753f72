/**
 * The head and base trees for a run. Local git first (`GitSource`, fetching the commit if the
 * checkout is shallow); when git cannot produce a commit, the GitHub contents API.
 */
import * as core from '@actions/core';
import { GitHubContentsSource } from '../sources/github.js';
import { GitSource, ensureCommit, git, resolveRef } from '../sources/git.js';
import type { FileSource } from '../sources/types.js';
import { WorkspaceSource } from '../sources/workspace.js';
import type { Finding } from '../types.js';
import type { EventContext } from './context.js';
import type { GitHubClient } from './octokit.js';

export interface Trees {
  head: FileSource;
  headSha: string | null;
  base: FileSource | null;
  baseSha: string | null;
  findings: Finding[];
}

type Client = (() => Promise<GitHubClient>) | null;

/** A commit as a FileSource: local git, else the contents API (after checking the commit exists). */
async function commitSource(
  workspace: string,
  sha: string,
  ctx: EventContext,
  client: Client,
): Promise<FileSource | null> {
  if (await ensureCommit(workspace, sha)) return new GitSource(workspace, sha);
  if (!client || !ctx.repo) return null;
  try {
    const octokit = await client();
    await octokit.rest.repos.getCommit({ ...ctx.repo, ref: sha, per_page: 1 });
    core.info(
      `mlgate: commit ${sha.slice(0, 7)} is not in the local clone; reading it through the GitHub API`,
    );
    return new GitHubContentsSource(octokit, ctx.repo, sha);
  } catch (error) {
    core.info(`mlgate: commit ${sha.slice(0, 7)} is not readable through the GitHub API either`);
    core.debug(String(error));
    return null;
  }
}

/** HEAD~1, deepening a shallow clone by one commit, else asking the API for the parent. */
async function parentSha(
  workspace: string,
  headSha: string | null,
  ctx: EventContext,
  client: Client,
): Promise<string | null> {
  const local = await resolveRef(workspace, 'HEAD~1');
  if (local) return local;
  const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository']);
  if (shallow.stdout.toString('utf8').trim() === 'true') {
    await git(workspace, ['fetch', '--no-tags', '--quiet', '--deepen=1', 'origin']);
    const deepened = await resolveRef(workspace, 'HEAD~1');
    if (deepened) return deepened;
  }
  if (!client || !ctx.repo || !headSha) return null;
  try {
    const { data } = await (await client()).rest.repos.getCommit({ ...ctx.repo, ref: headSha });
    return data.parents[0]?.sha ?? null;
  } catch {
    return null;
  }
}

/** Resolve the trees for this event. Problems become findings; nothing throws for a missing commit. */
export async function resolveTrees(
  workspace: string,
  ctx: EventContext,
  client: Client,
): Promise<Trees> {
  const findings: Finding[] = [];
  // The checked-out commit and the base commit are independent: ask for both at once.
  const [checkedOut, firstBase] = await Promise.all([
    resolveRef(workspace, 'HEAD'),
    ctx.base.sha ? commitSource(workspace, ctx.base.sha, ctx, client) : null,
  ]);
  let head: FileSource = new WorkspaceSource(workspace);
  const headSha = ctx.pr?.headSha ?? checkedOut ?? ctx.sha;
  // pull_request_target and issue_comment check out the base branch: read the PR's head as data.
  const baseContext = ctx.eventName === 'pull_request_target' || ctx.eventName === 'issue_comment';
  if (baseContext && ctx.pr && checkedOut !== ctx.pr.headSha) {
    const source = await commitSource(workspace, ctx.pr.headSha, ctx, client);
    if (source) head = source;
    else
      findings.push({
        level: 'error',
        check: 'config',
        message: `the PR's head commit ${ctx.pr.headSha.slice(0, 7)} is not readable (not in the clone, not through the API); the workspace was checked instead`,
      });
  }

  let baseSha = ctx.base.sha;
  let base = firstBase;
  if (!base && ctx.base.parent) {
    baseSha = await parentSha(workspace, checkedOut ?? ctx.sha, ctx, client);
    base = baseSha ? await commitSource(workspace, baseSha, ctx, client) : null;
  }
  if (!base && ctx.pr) {
    // Fail closed: without the base, `config-source: base` and `vs: production` cannot hold.
    findings.push({
      level: 'error',
      check: 'config',
      message: `the PR's base commit ${ctx.pr.baseSha.slice(0, 7)} is not readable: use \`actions/checkout\` with \`fetch-depth: 0\`, or give the token \`contents: read\``,
    });
  } else if (!base) {
    core.info('mlgate: no parent commit; evaluating without a base');
    baseSha = null;
  }
  return { head, headSha, base, baseSha: base ? baseSha : null, findings };
}
