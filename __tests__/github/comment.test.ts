import { describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/constants.js';
import {
  commentFailure,
  findStickyComments,
  whoAmI,
  isSticky,
  publishComment,
  upsertStickyComment,
} from '../../src/github/comment.js';
import { FakeComments } from './fake-octokit.js';

const target = { owner: 'o', repo: 'r', number: 1 };
const KEY = 'default';
const body = (text: string, key = KEY) => `${commentMarker(key)}\n${text}`;

describe('isSticky', () => {
  it.each([
    ['marker on the first line by a bot', body('x'), 'Bot', true],
    ['marker by a human', body('x'), 'User', false],
    ['another key', body('x', 'other'), 'Bot', false],
    ['a key that merely starts with ours', body('x', 'default2'), 'Bot', false],
    ['marker not on the first line', `hello\n${commentMarker(KEY)}`, 'Bot', false],
    ['no body', '', 'Bot', false],
  ])('%s → %s', (_name, text, type, expected) => {
    const fake = new FakeComments();
    expect(isSticky(fake.add(text, type as 'Bot' | 'User'), KEY)).toBe(expected);
  });
});

describe('upsertStickyComment', () => {
  it('creates the comment once when there is none', async () => {
    const fake = new FakeComments();
    fake.filler(3);
    const result = await upsertStickyComment(fake, target, KEY, body('report'));
    expect(result.action).toBe('created');
    expect(fake.writes().map((c) => c.route)).toEqual(['create']);
    expect(fake.comments.at(-1)).toMatchObject({ id: result.id, body: body('report') });
    expect(result.url).toContain(`issuecomment-${result.id}`);
  });

  it('finds the sticky comment on page 2 (100 per page) and updates it in place', async () => {
    const fake = new FakeComments();
    fake.filler(130);
    const sticky = fake.add(body('old'));
    const result = await upsertStickyComment(fake, target, KEY, body('new'));
    expect(fake.calls.filter((c) => c.route === 'list').map((c) => c.params.page)).toEqual([1, 2]);
    expect(fake.calls.every((c) => c.route !== 'list' || c.params.per_page === 100)).toBe(true);
    expect(result).toMatchObject({ id: sticky.id, action: 'updated', deleted: [] });
    expect(fake.writes()).toEqual([
      { route: 'update', params: expect.objectContaining({ comment_id: sticky.id }) },
    ]);
    expect(fake.comments.find((c) => c.id === sticky.id)?.body).toBe(body('new'));
  });

  it('reads a third page when page 2 is full', async () => {
    const fake = new FakeComments();
    fake.filler(200);
    await upsertStickyComment(fake, target, KEY, body('x'));
    // Then once more after the create: a racing run may have created one too.
    expect(fake.calls.filter((c) => c.route === 'list').map((c) => c.params.page)).toEqual([
      1, 2, 3, 1, 2, 3,
    ]);
  });

  it("ignores another key's marker and a human's comment carrying our marker", async () => {
    const fake = new FakeComments();
    const otherKey = fake.add(body('matrix job', 'gpu'));
    const human = fake.add(body('quoted by a human'), 'User');
    const result = await upsertStickyComment(fake, target, KEY, body('report'));
    expect(result.action).toBe('created');
    expect(result.id).not.toBe(otherKey.id);
    expect(fake.writes().map((c) => c.route)).toEqual(['create']);
    expect(fake.comments.find((c) => c.id === human.id)?.body).toBe(body('quoted by a human'));
    expect(fake.comments.find((c) => c.id === otherKey.id)?.body).toBe(body('matrix job', 'gpu'));
  });

  it.each([
    ['identical', body('same'), body('same')],
    ['stored with CRLF', body('a\r\nb').replace('\n', '\r\n'), body('a\nb')],
  ])('makes no write when the body is unchanged (%s)', async (_name, stored, next) => {
    const fake = new FakeComments();
    const sticky = fake.add(stored);
    const result = await upsertStickyComment(fake, target, KEY, next);
    expect(result).toMatchObject({ id: sticky.id, action: 'unchanged' });
    expect(fake.writes()).toEqual([]);
  });

  it('keeps the oldest of racing duplicates and deletes the rest', async () => {
    const fake = new FakeComments();
    const oldest = fake.add(body('first run'));
    fake.filler(2);
    const dup1 = fake.add(body('second run'));
    const dup2 = fake.add(body('third run'));
    const result = await upsertStickyComment(fake, target, KEY, body('now'));
    expect(result).toMatchObject({ id: oldest.id, action: 'updated', deleted: [dup1.id, dup2.id] });
    expect(fake.comments.filter((c) => isSticky(c, KEY)).map((c) => c.id)).toEqual([oldest.id]);
  });

  it('adds the marker when the body lacks it', async () => {
    const fake = new FakeComments();
    await upsertStickyComment(fake, target, KEY, 'no marker');
    expect((await findStickyComments(fake, target, KEY)).map((c) => c.body)).toEqual([
      body('no marker'),
    ]);
  });
});

describe('publishComment', () => {
  it.each([
    ['create', 403, /HTTP 403.*cannot write PR comments.*pull-requests: write/],
    ['create', 500, /HTTP 500.*GitHub API failed/],
    ['list', 404, /HTTP 404.*not found/],
  ] as const)('turns a %s failure with %d into a warning finding', async (route, status, text) => {
    const fake = new FakeComments();
    fake.fail[route] = { status, message: 'Resource not accessible by integration' };
    const result = await publishComment(fake, target, KEY, body('report'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.finding).toMatchObject({ level: 'warning', check: 'comment' });
    expect(result.finding.message).toMatch(text);
  });

  it('treats a non-Error throw as a warning too', async () => {
    const fake = new FakeComments();
    fake.rest.issues.listComments = () => Promise.reject('socket hang up');
    const result = await publishComment(fake, target, KEY, body('report'));
    expect(result).toMatchObject({ ok: false, finding: { check: 'comment' } });
    if (!result.ok) expect(result.finding.message).toContain('socket hang up');
  });

  it('reports what happened on success', async () => {
    const fake = new FakeComments();
    const result = await publishComment(fake, target, KEY, body('report'));
    expect(result).toMatchObject({ ok: true, result: { action: 'created' } });
  });
});

describe('whose comment and why it failed (issue 9)', () => {
  it("with an author, only that login's comments are sticky (a PAT user included)", () => {
    const fake = new FakeComments();
    const pat = fake.add(body('x'), 'User', 'release-bot');
    const bot = fake.add(body('x'), 'Bot', 'renovate[bot]');
    expect(isSticky(pat, KEY, 'release-bot')).toBe(true);
    expect(isSticky(bot, KEY, 'release-bot')).toBe(false);
  });

  it('the identity comes from GraphQL viewer, else the Actions bot', async () => {
    expect(await whoAmI({ graphql: async () => ({ viewer: { login: 'app[bot]' } }) })).toBe(
      'app[bot]',
    );
    expect(
      await whoAmI({
        graphql: async () => {
          throw new Error('Resource not accessible by integration');
        },
      }),
    ).toBe('github-actions[bot]');
  });

  it.each([
    [
      'an exhausted primary limit',
      {
        status: 403,
        response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893506700' } },
      },
      /rate limit is exhausted until 14:05 UTC/,
    ],
    [
      'a secondary limit',
      { status: 403, message: 'You have exceeded a secondary rate limit' },
      /secondary rate limit/,
    ],
    ['a 429', { status: 429 }, /secondary rate limit/],
    [
      'a permissions 403',
      { status: 403, message: 'Resource not accessible by integration' },
      /cannot write PR comments/,
    ],
  ])('tells %s from a permissions problem', (_name, error, message) => {
    expect(
      commentFailure(
        Object.assign(new Error(String((error as { message?: string }).message ?? 'x')), error),
      ).message,
    ).toMatch(message);
  });
});
