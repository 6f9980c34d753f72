/**
 * The sticky comment (SPEC §8): one comment per PR and comment key, found by its marker on the
 * first line and a bot author, updated in place. Small functions that take an octokit, so tests
 * pass a fake (sticky-pull-request-comment's findPreviousComment).
 */
import { commentMarker } from '../constants.js';
import { errorText } from '../formats/data.js';
import type { Finding } from '../types.js';
import { rateLimitText, statusOf } from './octokit.js';
import { byCodeUnit } from '../order.js';

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
        request?: { retries?: number };
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

export const PER_PAGE = 100;
/** 300 pages × 100 = 30,000 comments: beyond any real PR, but bounded. */
const MAX_PAGES = 300;

/** The login the default `GITHUB_TOKEN` comments as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token comments as: GraphQL `viewer` (a personal access token's user, an App's
 * `<slug>[bot]`), else the Actions bot (the default token may not read `viewer`).
 */
export async function whoAmI(client: {
  graphql?: (query: string) => Promise<unknown>;
}): Promise<string> {
  try {
    const data = (await client.graphql?.('query { viewer { login } }')) as
      { viewer?: { login?: unknown } } | undefined;
    const login = data?.viewer?.login;
    return typeof login === 'string' && login !== '' ? login : ACTIONS_BOT;
  } catch {
    return ACTIONS_BOT;
  }
}

/**
 * True when the comment is ours: the marker alone on its first line, written by `author` (the
 * token's identity); without an author, by any bot (never a human's quote of the marker).
 */
export function isSticky(comment: IssueComment, key: string, author?: string): boolean {
  if (author ? comment.user?.login !== author : comment.user?.type !== 'Bot') return false;
  const first = (comment.body ?? '').split('\n', 1)[0].trim();
  return first === commentMarker(key);
}

/** Every sticky comment for `key` on the PR, oldest first. Pages 100 at a time. */
export async function findStickyComments(
  client: CommentClient,
  target: PullTarget,
  key: string,
  author?: string,
): Promise<IssueComment[]> {
  const all = await pages((page) =>
    client.rest.issues.listComments({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: PER_PAGE,
      page,
    }),
  );
  return oldestFirst(all.filter((c) => isSticky(c, key, author)));
}

/** Every item of a paginated list route, PER_PAGE at a time, at most MAX_PAGES pages. */
export async function pages<T>(read: (page: number) => Promise<{ data: T[] }>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await read(page);
    all.push(...data);
    if (data.length < PER_PAGE) break;
  }
  return all;
}

/** Comments oldest first (creation time, then id): the first is the one a sticky search keeps. */
export function oldestFirst<T extends Pick<IssueComment, 'created_at' | 'id'>>(comments: T[]): T[] {
  return comments.sort((a, b) => byCodeUnit(a.created_at, b.created_at) || a.id - b.id);
}

/** The comment disappeared between listing and updating (a racing run or a person deleted it). */
class Vanished extends Error {
  constructor() {
    super('the sticky comment was deleted while mlgate was updating it (a racing run?)');
  }
}

/** GitHub may hand bodies back with CRLF line ends; compare the text, not the bytes. */
const sameBody = (c: IssueComment, text: string) => (c.body ?? '').replace(/\r\n/g, '\n') === text;

/** Delete duplicates; one already gone (a racing run deleted it) counts as done. */
async function deleteAll(
  client: CommentClient,
  target: PullTarget,
  comments: IssueComment[],
): Promise<number[]> {
  const deleted: number[] = [];
  for (const dup of comments) {
    try {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: dup.id,
      });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    deleted.push(dup.id);
  }
  return deleted;
}

/** Make `keep` carry `text` (unchanged → no write); a 404 means it vanished. */
async function settle(
  client: CommentClient,
  target: PullTarget,
  keep: IssueComment,
  text: string,
  deleted: number[],
  fresh: boolean,
): Promise<StickyResult> {
  if (sameBody(keep, text))
    return { id: keep.id, url: keep.html_url, action: fresh ? 'created' : 'unchanged', deleted };
  try {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: keep.id,
      body: text,
    });
    return { id: data.id, url: data.html_url, action: 'updated', deleted };
  } catch (error) {
    if (statusOf(error) === 404) throw new Vanished();
    throw error;
  }
}

/**
 * Create the comment, never blindly twice: a create whose response is lost (5xx, network) may
 * have happened, so list again before creating once more. Then, as racing runs may each have
 * created one, keep the oldest and delete the rest.
 */
async function create(
  client: CommentClient,
  target: PullTarget,
  key: string,
  text: string,
  author: string | undefined,
  deleted: number[],
): Promise<StickyResult> {
  const post = () =>
    client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body: text,
      // The client retries 5xx and network errors; for a create that would duplicate the comment.
      request: { retries: 0 },
    });
  let created: IssueComment | null = null;
  try {
    ({ data: created } = await post());
  } catch (error) {
    const status = statusOf(error);
    // A 4xx was refused and created nothing; a 5xx or a network error may have created it.
    if (status !== undefined && status < 500) throw error;
  }
  let all = await findStickyComments(client, target, key, author);
  if (!created && !all.some((c) => sameBody(c, text))) {
    ({ data: created } = await post());
    all = await findStickyComments(client, target, key, author);
  }
  if (created && !all.some((c) => c.id === created.id)) all.push(created);
  const [keep, ...rest] = all;
  deleted.push(...(await deleteAll(client, target, rest)));
  const mine = created?.id === keep.id;
  return settle(client, target, keep, text, deleted, mine || sameBody(keep, text));
}

/** One pass of the upsert: list, collapse duplicates, then create or update. */
async function upsertOnce(
  client: CommentClient,
  target: PullTarget,
  key: string,
  text: string,
  author: string | undefined,
): Promise<StickyResult> {
  const [keep, ...duplicates] = await findStickyComments(client, target, key, author);
  const deleted = await deleteAll(client, target, duplicates);
  if (!keep) return create(client, target, key, text, author, deleted);
  return settle(client, target, keep, text, deleted, false);
}

/**
 * Create the sticky comment, or update it in place; no write when the body is unchanged.
 * `author` is the token's login (see `whoAmI`): only its comments are ours.
 */
export async function upsertStickyComment(
  client: CommentClient,
  target: PullTarget,
  key: string,
  body: string,
  author?: string,
): Promise<StickyResult> {
  const marker = commentMarker(key);
  const text = body.startsWith(`${marker}\n`) ? body : `${marker}\n${body}`;
  try {
    return await upsertOnce(client, target, key, text, author);
  } catch (error) {
    // Deleted between list and update: one bounded retry of the whole upsert re-creates it.
    if (error instanceof Vanished) return upsertOnce(client, target, key, text, author);
    throw error;
  }
}

/** Why commenting failed, as a warning finding of check `comment` (never a crash). */
export function commentFailure(error: unknown): Finding {
  const status = statusOf(error);
  const limited = rateLimitText(error);
  const hint = limited
    ? `${limited}; the comment will be posted by the next run`
    : status === 403 || status === 401
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
  author?: string,
): Promise<{ ok: true; result: StickyResult } | { ok: false; finding: Finding }> {
  try {
    return { ok: true, result: await upsertStickyComment(client, target, key, body, author) };
  } catch (error) {
    return { ok: false, finding: commentFailure(error) };
  }
}
