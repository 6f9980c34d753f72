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

/** Build an Octokit with retry (5xx, network) and throttling (primary/secondary rate limits). */
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
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      count: number,
    ) => {
      const again = count < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER_S;
      core.info(
        `GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return again;
    };
  return new Client({
    auth: token,
    baseUrl: apiBaseUrl(env),
    userAgent: `mlgate/${VERSION}`,
    request: { retries: MAX_RETRIES },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  });
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
