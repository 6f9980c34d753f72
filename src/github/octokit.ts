/**
 * The GitHub REST client, loaded lazily: most of an action's start-up is module loading, and a
 * run that posts nothing (push, `comment: false`) should not pay for Octokit.
 */
import * as core from '@actions/core';
import type { Octokit } from '@octokit/rest';
import { VERSION } from '../constants.js';

export type GitHubClient = Octokit;

/** How many times a request is retried (5xx, network errors, rate limits). */
export const MAX_RETRIES = 3;
/** Longest wait mlgate accepts before retrying a rate-limited request, in seconds. */
const MAX_RETRY_AFTER_S = 120;

/** The API base URL: GITHUB_API_URL on GitHub Enterprise Server, else api.github.com. */
export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** The primary rate limit is exhausted: no request is sent until it resets. */
export class RateLimitError extends Error {
  override name = 'RateLimitError';
  constructor(readonly resetAt: Date) {
    super(`the GitHub API rate limit is exhausted until ${clock(resetAt)}`);
  }
}

/** `14:05 UTC` */
function clock(at: Date): string {
  return `${at.toISOString().slice(11, 16)} UTC`;
}

/**
 * Build an Octokit with retry (5xx and network errors only: a 4xx is an answer, and rate limits
 * are the throttler's) and throttling (primary/secondary rate limits). Once the primary limit is
 * exhausted beyond what mlgate waits for, every further request stops at once with the reset time.
 */
export async function createOctokit(
  token: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GitHubClient> {
  const [{ Octokit: Rest }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const Client = Rest.plugin(retry, throttling);
  let exhaustedUntil: Date | null = null;
  const onLimit =
    (kind: 'primary' | 'secondary') =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      count: number,
    ) => {
      const again = count < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER_S;
      if (!again && kind === 'primary') exhaustedUntil = new Date(Date.now() + retryAfter * 1000);
      core.info(
        `GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return again;
    };
  const options = {
    auth: token,
    baseUrl: apiBaseUrl(env),
    userAgent: `mlgate/${VERSION}`,
    // Not `request.retries`: set per request, plugin-retry resends every error, 4xx included.
    retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
  };
  const client = new Client({
    ...options,
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  });
  const stopWhenExhausted = () => {
    if (exhaustedUntil && exhaustedUntil.getTime() > Date.now())
      throw new RateLimitError(exhaustedUntil);
  };
  client.hook.before('request', stopWhenExhausted);
  // mlgate's one GraphQL request reads who it is (comment.ts whoAmI). The throttler paces every
  // GraphQL request as a write, a second apart, which held the comment's create or update back by
  // up to a second on every run: it goes through a client with retries but no write pacing.
  const reader = new (Rest.plugin(retry))(options);
  reader.hook.before('request', stopWhenExhausted);
  client.graphql = reader.graphql;
  return client;
}

/**
 * When `error` is a rate limit, what to say (with the reset time when GitHub gives it); null for
 * anything else, so a rate limit is never reported as a permissions problem.
 */
export function rateLimitText(error: unknown): string | null {
  if (error instanceof RateLimitError) return error.message;
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return null;
  const e = error as { message?: unknown; response?: { headers?: Record<string, unknown> } };
  const headers = e.response?.headers ?? {};
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0
      ? `the GitHub API rate limit is exhausted until ${clock(new Date(reset * 1000))}`
      : 'the GitHub API rate limit is exhausted';
  }
  if (status === 429 || /rate limit/i.test(String(e.message ?? '')))
    return "GitHub's secondary rate limit stopped the request; it eases within minutes";
  return null;
}

/** A memoised client factory; null when there is no token. */
export function lazyClient(
  token: string,
  env: NodeJS.ProcessEnv = process.env,
): (() => Promise<GitHubClient>) | null {
  if (!token) return null;
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createOctokit(token, env));
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
