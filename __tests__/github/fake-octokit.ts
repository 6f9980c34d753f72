/** An in-memory fake of the issue-comment routes: no module mocking, just an object. */
import type { CommentClient, IssueComment } from '../../src/github/comment.js';

export interface Call {
  route: 'list' | 'create' | 'update' | 'delete';
  params: Record<string, unknown>;
}

type Author = 'Bot' | 'User';

export class FakeComments implements CommentClient {
  readonly calls: Call[] = [];
  comments: IssueComment[] = [];
  /** Throw this from a route, as Octokit throws a RequestError. */
  fail: Partial<Record<Call['route'], { status: number; message: string }>> = {};
  private nextId = 1;

  add(
    body: string,
    type: Author = 'Bot',
    login = type === 'Bot' ? 'github-actions[bot]' : 'octocat',
  ): IssueComment {
    const id = this.nextId++;
    const comment: IssueComment = {
      id,
      body,
      html_url: `https://github.test/o/r/pull/1#issuecomment-${id}`,
      created_at: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
      user: { login, type },
    };
    this.comments.push(comment);
    return comment;
  }

  /** Fill with unrelated comments, e.g. to push the sticky one onto page 2. */
  filler(n: number): void {
    for (let i = 0; i < n; i++) this.add(`comment ${i}`, i % 2 ? 'Bot' : 'User');
  }

  private record(route: Call['route'], params: object): void {
    this.calls.push({ route, params: { ...params } });
    const failure = this.fail[route];
    if (failure) throw Object.assign(new Error(failure.message), { status: failure.status });
  }

  rest = {
    issues: {
      listComments: async (p: { per_page: number; page: number }) => {
        this.record('list', p);
        const start = (p.page - 1) * p.per_page;
        return { data: this.comments.slice(start, start + p.per_page).map((c) => ({ ...c })) };
      },
      createComment: async (p: { body: string }) => {
        this.record('create', p);
        return { data: this.add(p.body) };
      },
      updateComment: async (p: { comment_id: number; body: string }) => {
        this.record('update', p);
        const c = this.comments.find((x) => x.id === p.comment_id);
        if (!c) throw Object.assign(new Error('Not Found'), { status: 404 });
        c.body = p.body;
        return { data: { ...c } };
      },
      deleteComment: async (p: { comment_id: number }) => {
        this.record('delete', p);
        this.comments = this.comments.filter((x) => x.id !== p.comment_id);
        return {};
      },
    },
  };

  writes(): Call[] {
    return this.calls.filter((c) => c.route !== 'list');
  }
}
