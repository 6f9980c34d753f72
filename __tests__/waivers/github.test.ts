// The GitHub edge of waivers with an in-memory client: pagination, who counts, permission and team
// checks (fail closed on API errors), event parsing for issue_comment / pull_request_review.
import { describe, expect, it } from 'vitest';
import { parseEventContext } from '../../src/github/context.js';
import { findWaivers, refusal, type WaiverClient } from '../../src/github/waivers.js';
import { commentMarker } from '../../src/constants.js';
import { stateLine } from '../../src/report/waivers.js';

const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

interface Data {
  comments?: { id: number; body: string; login: string; type?: string; updated?: string }[];
  reviews?: { id: number; body: string; login: string; state?: string }[];
  roles?: Record<string, { permission: string; role_name?: string; user?: object } | number>;
  teams?: Record<string, string[] | number>;
}

function client(data: Data): WaiverClient & { pages: number[] } {
  const pages: number[] = [];
  return {
    pages,
    rest: {
      issues: {
        listComments: async ({ page, per_page }) => {
          pages.push(page);
          const all = (data.comments ?? []).map((c) => ({
            id: c.id,
            body: c.body,
            html_url: `https://github.test/c/${c.id}`,
            created_at: `2026-01-01T00:${String(c.id % 60).padStart(2, '0')}:00Z`,
            updated_at: c.updated ?? `2026-01-01T00:${String(c.id % 60).padStart(2, '0')}:00Z`,
            user: { login: c.login, type: c.type ?? 'User' },
          }));
          return { data: all.slice((page - 1) * per_page, page * per_page) };
        },
      },
      pulls: {
        listReviews: async ({ page, per_page }) => ({
          data: (data.reviews ?? [])
            .map((r) => ({
              id: r.id,
              body: r.body,
              html_url: `https://github.test/r/${r.id}`,
              state: r.state ?? 'APPROVED',
              submitted_at: r.state === 'PENDING' ? null : '2026-01-02T00:00:00Z',
              user: { login: r.login, type: 'User' },
            }))
            .slice((page - 1) * per_page, page * per_page),
        }),
      },
      repos: {
        getCollaboratorPermissionLevel: async ({ username }) => {
          const r = data.roles?.[username];
          if (r === undefined) throw httpError(404);
          if (typeof r === 'number') throw httpError(r);
          return { data: r };
        },
      },
      teams: {
        getMembershipForUserInOrg: async ({ org, team_slug, username }) => {
          const t = data.teams?.[`${org}/${team_slug}`];
          if (typeof t === 'number') throw httpError(t);
          if (!t?.includes(username)) throw httpError(404);
          return { data: { state: 'active' } };
        },
      },
    },
  };
}

const repo = { owner: 'o', repo: 'r' };

describe('refusal', () => {
  it.each([
    ['maintain role', { permission: 'write', role_name: 'maintain' }, {}, null],
    ['admin', { permission: 'admin', role_name: 'admin' }, {}, null],
    [
      'write is below maintain',
      { permission: 'write', role_name: 'write' },
      {},
      /has write permission; waivers need maintain/,
    ],
    ['triage', { permission: 'read', role_name: 'triage' }, {}, /has triage/],
    [
      'write suffices when configured',
      { permission: 'write', role_name: 'write' },
      { permission: 'write' as const },
      null,
    ],
    [
      'a custom role falls back to the permissions flags',
      {
        permission: 'write',
        role_name: 'ml-lead',
        user: { permissions: { maintain: true, push: true } },
      },
      {},
      null,
    ],
    [
      'a custom role with only push',
      { permission: 'write', role_name: 'ml-lead', user: { permissions: { push: true } } },
      {},
      /has write/,
    ],
    ['an API error refuses', 500, {}, /could not check/],
    ['not a collaborator', undefined, {}, /not a collaborator/],
  ])('%s', async (_what, role, policy, expected) => {
    const c = client({ roles: role === undefined ? {} : { ana: role } });
    const why = await refusal(c, repo, 'ana', policy, 'dev');
    if (expected === null) expect(why).toBeNull();
    else expect(why).toMatch(expected);
  });

  it("the PR's author is refused before any API call unless allow_self", async () => {
    const c = client({ roles: { Dev: { permission: 'admin', role_name: 'admin' } } });
    expect(await refusal(c, repo, 'Dev', {}, 'dev')).toMatch(/own PR/);
    expect(await refusal(c, repo, 'Dev', { allow_self: true }, 'dev')).toBeNull();
  });

  it('users and teams narrow who may, on top of the role', async () => {
    const maintain = { permission: 'write', role_name: 'maintain' };
    const c = client({
      roles: { ana: maintain, bo: maintain, cy: maintain, di: maintain },
      teams: { 'org/leads': ['bo'], 'org/broken': 502 },
    });
    const policy = { users: ['ANA'], teams: ['org/leads'] };
    expect(await refusal(c, repo, 'ana', policy, null)).toBeNull();
    expect(await refusal(c, repo, 'bo', policy, null)).toBeNull();
    expect(await refusal(c, repo, 'cy', policy, null)).toMatch(/not in waivers.users/);
    expect(await refusal(c, repo, 'di', { teams: ['org/broken'] }, null)).toMatch(
      /could not check/,
    );
  });
});

describe('findWaivers', () => {
  it('pages through comments, skips bots and pending reviews, reads the record from the sticky comment', async () => {
    const filler = Array.from({ length: 150 }, (_, i) => ({
      id: 1000 + i,
      body: 'chatter',
      login: 'x',
    }));
    const c = client({
      comments: [
        {
          id: 1,
          body: `${commentMarker('default')}\nbody\n${stateLine({ c7: 'ignored' })}`,
          login: 'github-actions[bot]',
          type: 'Bot',
        },
        ...filler,
        { id: 2, body: '/mlgate waive rollout.hold reason: bot', login: 'app[bot]', type: 'Bot' },
        {
          id: 3,
          body: '/mlgate waive rollout.hold reason: page two',
          login: 'ana',
          updated: '2026-02-01T00:00:00Z',
        },
      ],
      reviews: [
        { id: 9, body: '/mlgate waive churn auc reason: review', login: 'ana' },
        { id: 10, body: '/mlgate waive churn auc reason: draft', login: 'ana', state: 'PENDING' },
      ],
      roles: { ana: { permission: 'admin', role_name: 'admin' } },
    });
    const found = await findWaivers(
      c,
      { ...repo, number: 1 },
      { commentKey: 'default', policy: {}, prAuthor: 'dev' },
    );
    expect(c.pages).toEqual([1, 2]);
    expect(found.state).toEqual({ c7: 'ignored' });
    expect(found.sources.map((s) => [s.id, s.edited, s.refused])).toEqual([
      ['c3', true, null],
      ['r9', false, null],
    ]);
  });
});

describe('events', () => {
  const env = { GITHUB_REPOSITORY: 'o/r' };
  it('issue_comment on a PR names the PR and, when edited, who edited which comment', () => {
    const ctx = parseEventContext(
      'issue_comment',
      {
        action: 'edited',
        issue: { number: 5, pull_request: {}, user: { login: 'dev' } },
        comment: { id: 77, user: { login: 'ana' } },
        sender: { login: 'bo' },
      },
      env,
    );
    expect(ctx.pr).toBeNull();
    expect(ctx.commentOn).toEqual({ number: 5, author: 'dev' });
    expect(ctx.edit).toEqual({ source: 'c77', by: 'bo' });
  });

  it('issue_comment on an issue is nothing to check', () => {
    const ctx = parseEventContext(
      'issue_comment',
      { action: 'created', issue: { number: 5 } },
      env,
    );
    expect(ctx.commentOn).toBeUndefined();
  });

  it('pull_request_review is a PR event with the review edit', () => {
    const sha = (c: string) => c.repeat(40);
    const ctx = parseEventContext(
      'pull_request_review',
      {
        action: 'edited',
        pull_request: {
          number: 3,
          user: { login: 'dev' },
          base: { sha: sha('a') },
          head: { sha: sha('b') },
        },
        review: { id: 12 },
        sender: { login: 'ana' },
      },
      env,
    );
    expect(ctx.pr).toMatchObject({ number: 3, author: 'dev', headSha: sha('b') });
    expect(ctx.edit).toEqual({ source: 'r12', by: 'ana' });
  });
});
