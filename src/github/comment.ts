/**
 * The sticky comment (SPEC §8): one comment per PR and comment key, found by its marker on the
 * first line and a bot author, updated in place. Small functions that take an octokit, so tests
 * pass a fake (sticky-pull-request-comment's findPreviousComment).
 */
import { commentMarker } from '../constants.js';
import { errorText } from '../formats/data.js';
import type { Finding } from '../types.js';
import { statusOf } from './octokit.js';

/** An issue comment as the REST API returns it (the fields mlgate reads). */
export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user: { login: string; type: string } | null;
}

/** The four issue-comment routes mlgate uses; a real Octokit satisfies it. */
export interface CommentClient {
  rest: {
    issues: {
      listComments(p: {
        owner: string;
        repo: string;
        issue_number: number;
        per_page: number;
        page: number;
      }): Promise<{ data: IssueComment[] }>;
      createComment(p: {
        owner: string;
        repo: string;
        issue_number: number;
        body: string;
      }): Promise<{ data: IssueComment }>;
      updateComment(p: {
        owner: string;
        repo: string;
        comment_id: number;
        body: string;
      }): Promise<{ data: IssueComment }>;
      deleteComment(p: { owner: string; repo: string; comment_id: number }): Promise<unknown>;
    };
  };
}

/** Where the comment goes. */
export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
}

export interface StickyResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Duplicate sticky comments removed (racing runs). */
  deleted: number[];
}

const PER_PAGE = 100;
/** 300 pages × 100 = 30,000 comments: beyond any real PR, but bounded. */
const MAX_PAGES = 300;

/** True when the comment is ours: the marker alone on its first line, written by a bot. */
export function isSticky(comment: IssueComment, key: string): boolean {
  if (comment.user?.type !== 'Bot') return false;
  const first = (comment.body ?? '').split('\n', 1)[0].trim();
  return first === commentMarker(key);
}

/** Every sticky comment for `key` on the PR, oldest first. Pages 100 at a time. */
export async function findStickyComments(
  client: CommentClient,
  target: PullTarget,
  key: string,
): Promise<IssueComment[]> {
  const found: IssueComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.rest.issues.listComments({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: PER_PAGE,
      page,
    });
    found.push(...data.filter((c) => isSticky(c, key)));
    if (data.length < PER_PAGE) break;
  }
  return found.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}

/** Create the sticky comment, or update it in place; no write when the body is unchanged. */
export async function upsertStickyComment(
  client: CommentClient,
  target: PullTarget,
  key: string,
  body: string,
): Promise<StickyResult> {
  const marker = commentMarker(key);
  const text = body.startsWith(`${marker}\n`) ? body : `${marker}\n${body}`;
  const [keep, ...duplicates] = await findStickyComments(client, target, key);
  const deleted: number[] = [];
  for (const dup of duplicates) {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: dup.id,
    });
    deleted.push(dup.id);
  }
  if (!keep) {
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body: text,
    });
    return { id: data.id, url: data.html_url, action: 'created', deleted };
  }
  // GitHub may hand bodies back with CRLF line ends; compare the text, not the bytes.
  if ((keep.body ?? '').replace(/\r\n/g, '\n') === text) {
    return { id: keep.id, url: keep.html_url, action: 'unchanged', deleted };
  }
  const { data } = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: keep.id,
    body: text,
  });
  return { id: data.id, url: data.html_url, action: 'updated', deleted };
}

/** Why commenting failed, as a warning finding of check `comment` (never a crash). */
export function commentFailure(error: unknown): Finding {
  const status = statusOf(error);
  const hint =
    status === 403 || status === 401
      ? 'the token cannot write PR comments (a PR from a fork, or a read-only token): grant `permissions: pull-requests: write`, or use the fork-PR pattern (`comment: false` + a `workflow_run` workflow with `mode: publish`)'
      : status === 404
        ? 'the pull request or repository was not found with this token'
        : 'the GitHub API failed';
  return {
    level: 'warning',
    check: 'comment',
    message: `could not post the sticky comment${status ? ` (HTTP ${status})` : ''}: ${hint}; the verdict and the job summary stand (${errorText(error).split('\n', 1)[0]})`,
  };
}

/** Post or update the sticky comment; an API failure becomes a warning finding. */
export async function publishComment(
  client: CommentClient,
  target: PullTarget,
  key: string,
  body: string,
): Promise<{ ok: true; result: StickyResult } | { ok: false; finding: Finding }> {
  try {
    return { ok: true, result: await upsertStickyComment(client, target, key, body) };
  } catch (error) {
    return { ok: false, finding: commentFailure(error) };
  }
}
