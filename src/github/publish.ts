/**
 * Publish mode (the fork-PR `workflow_run` pattern): read the report an earlier `check` made,
 * find its pull request, and post only if the PR's head is still the commit the report is for.
 * The report comes from an artifact a fork could have forged, so the PR and SHA are checked
 * against the trusted `workflow_run` payload and the API, never taken on its word.
 */
import { Limits } from '../constants.js';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { errorText } from '../formats/data.js';
import type { Budget } from '../report/budget.js';
import type { Report } from '../report/model.js';
import type { Finding } from '../types.js';
import type { PullTarget } from './comment.js';
import type { EventContext, RepoRef, WorkflowRunContext } from './context.js';

/** A pull request as the REST API returns it (the fields publish mode checks). */
export interface PullInfo {
  number: number;
  state: string;
  head: { sha: string; ref?: string; repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } | null };
}

/** The routes publish mode reads; a real Octokit satisfies it. */
export interface PullsClient {
  rest: {
    pulls: {
      list(p: {
        owner: string;
        repo: string;
        state: 'open';
        per_page: number;
        page: number;
      }): Promise<{ data: PullInfo[] }>;
      get(p: { owner: string; repo: string; pull_number: number }): Promise<{ data: PullInfo }>;
    };
    repos: {
      listPullRequestsAssociatedWithCommit(p: {
        owner: string;
        repo: string;
        commit_sha: string;
        per_page?: number;
      }): Promise<{ data: PullInfo[] }>;
    };
  };
}

/** A report file that cannot be used: names the path and what was expected. */
export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

/** Largest report file read (Limits.reportBytes). */
export const MAX_REPORT_BYTES = Limits.reportBytes;

const badReport = (path: string, why: string) =>
  new ReportFileError(
    `input "report": "${path}" ${why}; expected the report JSON of an earlier \`mode: check\` run (download its artifact first)`,
  );

/**
 * Read and validate the report JSON written by `mode: check`. The file comes from an artifact a
 * fork may have made: it is opened without following a symlink (an artifact can carry one to a
 * runner file), its size is checked before reading, and its content is never echoed in errors.
 */
export async function readReportFile(path: string, budget?: Budget): Promise<Report> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK')
      throw badReport(path, 'is a symbolic link; mlgate reads only a regular file');
    throw badReport(path, `cannot be read (${code ?? errorText(error)})`);
  }
  let text: string;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw badReport(path, 'is not a regular file');
    if (stat.size > MAX_REPORT_BYTES)
      throw badReport(path, `is ${stat.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
    const buf = Buffer.alloc(stat.size);
    const { bytesRead } = await handle.read(buf, 0, stat.size, 0);
    text = buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  // The report schema's validator is large: loaded only by the modes that read a report.
  const { parseReport } = await import('../report/validate.js');
  const parsed = budget
    ? budget.measure('validating the report', () => parseReport(text))
    : parseReport(text);
  if (!parsed.ok)
    throw badReport(path, `is not a valid mlgate report: ${parsed.errors.join('; ')}`);
  return parsed.report;
}

const warn = (message: string): Finding => ({ level: 'warning', check: 'comment', message });

/** PR numbers whose head is `sha`, from the API: the commit → PRs route, else open PRs (bounded). */
async function pullsWithHead(api: PullsClient, repo: RepoRef, sha: string): Promise<number[]> {
  const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: sha,
    per_page: 100,
  });
  const found = data.filter((p) => p.head.sha === sha).map((p) => p.number);
  if (found.length > 0) return found;
  // The commit route does not always know a fork's commits: scan the open PRs.
  for (let page = 1; page <= 10; page++) {
    const { data: open } = await api.rest.pulls.list({
      ...repo,
      state: 'open',
      per_page: 100,
      page,
    });
    found.push(...open.filter((p) => p.head.sha === sha).map((p) => p.number));
    if (open.length < 100) break;
  }
  return found;
}

/** Why PR `pr` is not the run's PR, or null when it is. */
function mismatch(pr: PullInfo, repo: RepoRef, run: WorkflowRunContext): string | null {
  if (pr.state !== 'open') return `#${pr.number} is ${pr.state}`;
  if (pr.head.sha !== run.headSha) return `#${pr.number} is now at ${pr.head.sha.slice(0, 7)}`;
  const headRepo = pr.head.repo?.full_name;
  if (run.headRepository && headRepo !== run.headRepository)
    return `#${pr.number} comes from ${headRepo ?? 'a deleted repository'}, not ${run.headRepository}`;
  if (run.headBranch && pr.head.ref !== run.headBranch)
    return `#${pr.number} is from branch ${pr.head.ref ?? '?'}, not ${run.headBranch}`;
  const baseRepo = pr.base?.repo?.full_name;
  if (baseRepo && baseRepo.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase())
    return `#${pr.number} targets ${baseRepo}`;
  return null;
}

/**
 * Find the PR to post on. Candidates come only from trusted sources (the event's
 * `pull_requests`, else the API's PRs for the run's head commit) and must be open, at the run's
 * head SHA, from the run's head repository and branch, into this repository. The report (an
 * artifact the PR could have forged) must be for the run's head commit, and may only choose among
 * the candidates.
 */
export async function findPublishTarget(
  client: PullsClient,
  repo: RepoRef,
  ctx: EventContext,
  report: Report,
): Promise<{ ok: true; target: PullTarget } | { ok: false; finding: Finding }> {
  const run = ctx.workflowRun;
  if (!run)
    return {
      ok: false,
      finding: warn(
        '`mode: publish` posts only from a `workflow_run` event (its head commit is the trusted one); not posting',
      ),
    };
  const expected = run.headSha;
  if (report.pr.head !== expected) {
    return {
      ok: false,
      finding: warn(
        report.pr.head
          ? `the report is for commit ${report.pr.head.slice(0, 7)} but the triggering run is for ${expected.slice(0, 7)}; not posting`
          : `the report names no head commit, and the triggering run is for ${expected.slice(0, 7)}; not posting`,
      ),
    };
  }
  let numbers = run.pullRequests;
  if (numbers.length === 0) {
    // GitHub leaves workflow_run.pull_requests empty for forks: ask the API which PRs hold the head.
    try {
      numbers = await pullsWithHead(client, repo, expected);
    } catch (error) {
      return {
        ok: false,
        finding: warn(`could not look up the PR of ${expected.slice(0, 7)}: ${errorText(error)}`),
      };
    }
  }
  const candidates: number[] = [];
  const refused: string[] = [];
  for (const number of [...new Set(numbers)].sort((a, b) => a - b)) {
    let pr: PullInfo;
    try {
      ({ data: pr } = await client.rest.pulls.get({ ...repo, pull_number: number }));
    } catch (error) {
      refused.push(`#${number} is not readable (${errorText(error)})`);
      continue;
    }
    const why = mismatch(pr, repo, run);
    if (why) refused.push(why);
    else candidates.push(number);
  }
  const wanted = report.pr.number;
  const chosen =
    wanted !== null
      ? candidates.includes(wanted)
        ? wanted
        : null
      : candidates.length === 1
        ? candidates[0]
        : null;
  if (chosen !== null) return { ok: true, target: { ...repo, number: chosen } };
  const why =
    wanted !== null && candidates.length > 0
      ? `the report names #${wanted}, which is not among the open PRs of this run (${candidates.map((n) => `#${n}`).join(', ')})`
      : candidates.length > 1
        ? `the report names no PR and ${candidates.map((n) => `#${n}`).join(', ')} share the head`
        : refused.length > 0
          ? `${refused.join('; ')} (a newer run will post)`
          : `no open pull request has head ${expected.slice(0, 7)}`;
  return { ok: false, finding: warn(`not posting the report for ${expected.slice(0, 7)}: ${why}`) };
}

/**
 * Whether PR `target` has moved past `sha` (a newer push): a sentence saying so, else null. When
 * the PR cannot be read the answer is null: the write itself will say what is wrong.
 */
export async function headMoved(
  client: PullsClient,
  target: PullTarget,
  sha: string,
): Promise<string | null> {
  try {
    const { data } = await client.rest.pulls.get({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number,
    });
    return data.head.sha === sha
      ? null
      : `#${target.number} is now at ${data.head.sha.slice(0, 7)}, not ${sha.slice(0, 7)}`;
  } catch {
    return null;
  }
}
