/**
 * Publish mode (the fork-PR `workflow_run` pattern): read the report an earlier `check` made,
 * find its pull request, and post only if the PR's head is still the commit the report is for.
 * The report comes from an artifact a fork could have forged, so the PR and SHA are checked
 * against the trusted `workflow_run` payload and the API, never taken on its word.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { errorText } from '../formats/data.js';
import { parseReport } from '../report/validate.js';
import type { Report } from '../report/model.js';
import type { Finding } from '../types.js';
import type { PullTarget } from './comment.js';
import type { EventContext, RepoRef } from './context.js';

/** The two routes publish mode reads; a real Octokit satisfies it. */
export interface PullsClient {
  rest: {
    pulls: {
      list(p: {
        owner: string;
        repo: string;
        state: 'open';
        per_page: number;
        page: number;
      }): Promise<{ data: { number: number; head: { sha: string } }[] }>;
      get(p: { owner: string; repo: string; pull_number: number }): Promise<{
        data: { number: number; state: string; head: { sha: string } };
      }>;
    };
    repos: {
      listPullRequestsAssociatedWithCommit(p: {
        owner: string;
        repo: string;
        commit_sha: string;
        per_page?: number;
      }): Promise<{ data: { number: number; state: string; head: { sha: string } }[] }>;
    };
  };
}

/** A report file that cannot be used: names the path and what was expected. */
export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

/** Largest report file read; the schema's caps keep a report well under it. */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

const badReport = (path: string, why: string) =>
  new ReportFileError(
    `input "report": "${path}" ${why}; expected the report JSON of an earlier \`mode: check\` run (download its artifact first)`,
  );

/**
 * Read and validate the report JSON written by `mode: check`. The file comes from an artifact a
 * fork may have made: it is opened without following a symlink (an artifact can carry one to a
 * runner file), its size is checked before reading, and its content is never echoed in errors.
 */
export async function readReportFile(path: string): Promise<Report> {
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
  const parsed = parseReport(text);
  if (!parsed.ok)
    throw badReport(path, `is not a valid mlgate report: ${parsed.errors.join('; ')}`);
  return parsed.report;
}

const warn = (message: string): Finding => ({ level: 'warning', check: 'comment', message });

/** Open PRs whose head is `sha`: the commit → PRs route, else a bounded scan of open PRs. */
async function pullsWithHead(api: PullsClient, repo: RepoRef, sha: string): Promise<number[]> {
  const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: sha,
    per_page: 100,
  });
  const found = data.filter((p) => p.state === 'open' && p.head.sha === sha).map((p) => p.number);
  if (found.length > 0) return found;
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

/** Find the PR to post on, checking that its head is still the report's commit. */
export async function findPublishTarget(
  client: PullsClient,
  repo: RepoRef,
  ctx: EventContext,
  report: Report,
): Promise<{ ok: true; target: PullTarget } | { ok: false; finding: Finding }> {
  const api = client;
  const expected = ctx.workflowRun?.headSha ?? report.pr.head;
  if (!expected)
    return { ok: false, finding: warn('the report names no head commit; not posting') };
  if (report.pr.head && report.pr.head !== expected) {
    return {
      ok: false,
      finding: warn(
        `the report is for commit ${report.pr.head.slice(0, 7)} but the triggering run is for ${expected.slice(0, 7)}; not posting`,
      ),
    };
  }
  let numbers = ctx.workflowRun?.pullRequests ?? [];
  if (numbers.length === 0 && report.pr.number) numbers = [report.pr.number];
  if (numbers.length === 0) {
    // GitHub leaves workflow_run.pull_requests empty for forks: look the PR up by its head.
    try {
      numbers = await pullsWithHead(api, repo, expected);
    } catch (error) {
      return {
        ok: false,
        finding: warn(`could not look up the PR of ${expected.slice(0, 7)}: ${errorText(error)}`),
      };
    }
  }
  const moved: string[] = [];
  for (const number of [...new Set(numbers)].sort((a, b) => a - b)) {
    let pr;
    try {
      ({ data: pr } = await api.rest.pulls.get({ ...repo, pull_number: number }));
    } catch (error) {
      moved.push(`#${number} is not readable (${errorText(error)})`);
      continue;
    }
    if (pr.head.sha === expected) return { ok: true, target: { ...repo, number } };
    moved.push(`#${number} is now at ${pr.head.sha.slice(0, 7)}`);
  }
  return {
    ok: false,
    finding: warn(
      moved.length
        ? `not posting the report for ${expected.slice(0, 7)}: ${moved.join('; ')} (a newer run will post)`
        : `no open pull request has head ${expected.slice(0, 7)}; not posting`,
    ),
  };
}
