/**
 * The GitHub edge of waivers: list the PR's comments and reviews (paginated), find the waiver
 * commands in them, and decide each author's authorisation against the API (repository
 * permission, named users and team membership), never from the comment text. Takes an octokit,
 * so tests pass a fake. Also the commit status that lets branch protection see a re-evaluation.
 */
import { bodyHash, type WaiverSource, type WaiverState } from '../checks/waivers.js';
import { PERMISSIONS, type Permission, type WaiverPolicy } from '../config/types.js';
import { errorText } from '../formats/data.js';
import { parseWaiverCommands } from '../formats/waivers.js';
import { readState } from '../report/waivers.js';
import {
  isSticky,
  oldestFirst,
  pages,
  PER_PAGE,
  type IssueComment,
  type PullTarget,
} from './comment.js';
import { statusOf } from './octokit.js';

interface Review {
  id: number;
  body?: string | null;
  html_url: string;
  state: string;
  submitted_at?: string | null;
  user: { login: string; type: string } | null;
}

/** The routes waivers use; a real Octokit satisfies it. */
export interface WaiverClient {
  rest: {
    issues: {
      listComments(p: {
        owner: string;
        repo: string;
        issue_number: number;
        per_page: number;
        page: number;
      }): Promise<{ data: (IssueComment & { updated_at?: string })[] }>;
    };
    pulls: {
      listReviews(p: {
        owner: string;
        repo: string;
        pull_number: number;
        per_page: number;
        page: number;
      }): Promise<{ data: Review[] }>;
    };
    repos: {
      getCollaboratorPermissionLevel(p: {
        owner: string;
        repo: string;
        username: string;
      }): Promise<{
        data: {
          permission: string;
          role_name?: string;
          user?: { permissions?: Record<string, boolean | undefined> } | null;
        };
      }>;
    };
    teams: {
      getMembershipForUserInOrg(p: {
        org: string;
        team_slug: string;
        username: string;
      }): Promise<{ data: { state: string } }>;
    };
  };
}

/** What the run found: the sources with commands, and the state the previous run left. */
export interface FoundWaivers {
  sources: WaiverSource[];
  state: WaiverState | null;
}

/** The author's repository role, strongest first from the most precise field the API gives. */
function roleOf(data: {
  permission: string;
  role_name?: string;
  user?: { permissions?: Record<string, boolean | undefined> } | null;
}): Permission | null {
  const p = data.user?.permissions;
  if (p) {
    if (p.admin) return 'admin';
    if (p.maintain) return 'maintain';
    if (p.push) return 'write';
    if (p.triage) return 'triage';
    if (p.pull) return 'read';
  }
  for (const name of [data.role_name, data.permission])
    if ((PERMISSIONS as readonly string[]).includes(name ?? '')) return name as Permission;
  return null;
}

/** Why `login` may not waive, or null when they may. API failures refuse (fail closed). */
export async function refusal(
  client: WaiverClient,
  repo: { owner: string; repo: string },
  login: string,
  policy: WaiverPolicy,
  prAuthor: string | null,
): Promise<string | null> {
  if (prAuthor && login.toLowerCase() === prAuthor.toLowerCase() && !policy.allow_self)
    return 'the PR author cannot waive findings on their own PR (waivers.allow_self is off)';
  const min = policy.permission ?? 'maintain';
  let role: Permission | null;
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: login,
    });
    role = roleOf(data);
  } catch (error) {
    if (statusOf(error) === 404) return `@${login} is not a collaborator of this repository`;
    return `could not check @${login}'s permission (${errorText(error).split('\n', 1)[0]}); refused`;
  }
  if (!role || PERMISSIONS.indexOf(role) < PERMISSIONS.indexOf(min))
    return `@${login} has ${role ?? 'no'} permission; waivers need ${min} (waivers.permission)`;
  const users = policy.users ?? [];
  const teams = policy.teams ?? [];
  if (users.length === 0 && teams.length === 0) return null;
  if (users.some((u) => u.toLowerCase() === login.toLowerCase())) return null;
  for (const team of teams) {
    const [org, slug] = team.split('/');
    try {
      const { data } = await client.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: slug,
        username: login,
      });
      if (data.state === 'active') return null;
    } catch (error) {
      // 404: not a member (or the token cannot see the team); either way, not authorised by it.
      if (statusOf(error) !== 404)
        return `could not check @${login}'s membership of ${team} (${errorText(error).split('\n', 1)[0]}); refused`;
    }
  }
  return `@${login} is not in waivers.users or a member of waivers.teams`;
}

/**
 * Every comment and review of the PR that holds a waiver command, with its author's
 * authorisation decided, and the state in this comment key's sticky comment. Bot-authored
 * comments (mlgate's own included) never waive; the PR body is not read at all.
 */
export async function findWaivers(
  client: WaiverClient,
  target: PullTarget,
  opts: { commentKey: string; policy: WaiverPolicy; prAuthor: string | null },
): Promise<FoundWaivers> {
  const repo = { owner: target.owner, repo: target.repo };
  const comments = await pages((page) =>
    client.rest.issues.listComments({
      ...repo,
      issue_number: target.number,
      per_page: PER_PAGE,
      page,
    }),
  );
  const reviews = await pages((page) =>
    client.rest.pulls.listReviews({
      ...repo,
      pull_number: target.number,
      per_page: PER_PAGE,
      page,
    }),
  );
  const sticky = oldestFirst(comments.filter((c) => isSticky(c, opts.commentKey)))[0];
  const raw: Omit<WaiverSource, 'refused'>[] = [];
  for (const c of comments) {
    if (!c.user || c.user.type !== 'User' || !c.body) continue;
    const commands = parseWaiverCommands(c.body);
    if (commands.length === 0) continue;
    raw.push({
      id: `c${c.id}`,
      author: c.user.login,
      at: c.created_at,
      url: c.html_url,
      hash: bodyHash(c.body),
      edited: Boolean(c.updated_at && c.updated_at !== c.created_at),
      commands,
    });
  }
  for (const r of reviews) {
    // A pending review is not visible to anyone else yet.
    if (!r.user || r.user.type !== 'User' || !r.body || !r.submitted_at || r.state === 'PENDING')
      continue;
    const commands = parseWaiverCommands(r.body);
    if (commands.length === 0) continue;
    raw.push({
      id: `r${r.id}`,
      author: r.user.login,
      at: r.submitted_at,
      url: r.html_url,
      hash: bodyHash(r.body),
      edited: false,
      commands,
    });
  }
  const decided = new Map<string, string | null>();
  const sources: WaiverSource[] = [];
  for (const s of raw) {
    const key = s.author.toLowerCase();
    if (!decided.has(key))
      decided.set(key, await refusal(client, repo, s.author, opts.policy, opts.prAuthor));
    sources.push({ ...s, refused: decided.get(key) ?? null });
  }
  return { sources, state: readState(sticky?.body) };
}

/** The commit status route; a real Octokit satisfies it. */
export interface StatusClient {
  rest: {
    repos: {
      createCommitStatus(p: {
        owner: string;
        repo: string;
        sha: string;
        state: 'success' | 'failure' | 'error' | 'pending';
        context: string;
        description: string;
        target_url?: string;
      }): Promise<unknown>;
    };
  };
}

/** The status context branch protection requires: `mlgate`, or `mlgate/<key>` for other keys. */
export function statusContext(commentKey: string): string {
  return commentKey === 'default' ? 'mlgate' : `mlgate/${commentKey}`;
}

/** Set the head commit's status to the verdict; a failure is returned as text, never thrown. */
export async function setCommitStatus(
  client: StatusClient,
  repo: { owner: string; repo: string },
  sha: string,
  verdict: { passed: boolean; description: string; commentKey: string; url?: string },
): Promise<string | null> {
  try {
    await client.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: verdict.passed ? 'success' : 'failure',
      context: statusContext(verdict.commentKey),
      // GitHub refuses descriptions over 140 characters.
      description: verdict.description.slice(0, 140),
      ...(verdict.url ? { target_url: verdict.url } : {}),
    });
    return null;
  } catch (error) {
    const status = statusOf(error);
    return `could not set the commit status${status ? ` (HTTP ${status})` : ''}: ${
      status === 403
        ? 'grant the workflow `permissions: statuses: write`'
        : errorText(error).split('\n', 1)[0]
    }`;
  }
}
