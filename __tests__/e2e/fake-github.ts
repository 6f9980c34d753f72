/**
 * A local stand-in for the few GitHub REST routes mlgate uses, on 127.0.0.1 and port 0. It keeps
 * issue comments in memory, records every request, and can be told to fail a route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  auth: string | undefined;
}

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  created_at: string;
  updated_at: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface StoredReview {
  id: number;
  body: string;
  html_url: string;
  state: string;
  submitted_at: string;
  user: { login: string; type: 'Bot' | 'User' };
}

/** What `GET /pulls/{n}` returns beyond the head SHA (for `issue_comment` runs). */
export interface PullDetails {
  base: string;
  body: string;
  author: string;
}

/** A canned failure for one route: `POST /repos/o/r/issues/7/comments` → 403. */
export interface Failure {
  method: string;
  pattern: RegExp;
  status: number;
  /** Fail only this many times, then behave (for retries). Default: always. */
  times?: number;
  /** Do the work, then answer with `status` anyway (a lost response). */
  lose?: boolean;
  /** Answer as GitHub does when the primary rate limit is exhausted (`status` 403). */
  rateLimit?: boolean;
}

/** Fields of a pull request beyond its head SHA (defaults: open, same-repo branch `pr`). */
export interface FakePull {
  state?: string;
  headRef?: string;
  headRepo?: string;
  baseRepo?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, StoredComment[]>();
  /** Open PRs by number: their current head SHA. */
  readonly pulls = new Map<number, string>();
  /** More about a PR than its head (closed, from a fork, …). */
  readonly pullExtra = new Map<number, FakePull>();
  /** Files at a commit, for the contents, trees and commits routes (a shallow clone's base). */
  readonly commits = new Map<string, Record<string, string>>();
  /** The login GraphQL `viewer` answers; null answers as the default token may (an error). */
  viewer: string | null = null;
  /** Who new comments are written by (the token's identity). */
  author: StoredComment['user'] = { login: 'github-actions[bot]', type: 'Bot' };
  /** Extra fields of open PRs: base SHA, body and author. */
  readonly pullDetails = new Map<number, PullDetails>();
  /** Reviews by PR number. */
  readonly reviews = new Map<number, StoredReview[]>();
  /** Repository role by login (`admin`, `maintain`, `write`, `triage`, `read`); others are 404. */
  readonly roles = new Map<string, string>();
  /** Team members by `org/slug`. */
  readonly teams = new Map<string, string[]>();
  /** Commit statuses set, in order: the SHA and the request body. */
  readonly statuses: { sha: string; body: Record<string, unknown> }[] = [];
  failures: Failure[] = [];
  /** Called with each request before it is answered (to act as a racing run would). */
  onRequest: ((method: string, path: string) => void) | null = null;
  private server: Server | null = null;
  private nextId = 1000;
  private clock = Date.UTC(2026, 0, 1);

  /** Start listening; returns the base URL to use as GITHUB_API_URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Add a comment as if someone had posted it before the run. */
  seed(
    issue: number,
    body: string,
    type: 'Bot' | 'User',
    login = type === 'Bot' ? 'github-actions[bot]' : 'octocat',
  ): StoredComment {
    const comment = this.make(issue, body, { login, type });
    this.list(issue).push(comment);
    return comment;
  }

  /** A PR as the REST API returns it. */
  private pull(number: number) {
    const d = this.pullExtra.get(number) ?? {};
    const more = this.pullDetails.get(number);
    return {
      number,
      state: d.state ?? 'open',
      head: {
        sha: this.pulls.get(number),
        ref: d.headRef ?? 'pr',
        repo: { full_name: d.headRepo ?? 'octo-org/churn' },
      },
      base: {
        repo: { full_name: d.baseRepo ?? 'octo-org/churn' },
        ...(more ? { sha: more.base } : {}),
      },
      ...(more ? { body: more.body, user: { login: more.author, type: 'User' } } : {}),
    };
  }

  /** Edit a comment as its author (or anyone) would: new body, later `updated_at`. */
  edit(id: number, body: string): StoredComment {
    for (const list of this.comments.values()) {
      const index = list.findIndex((c) => c.id === id);
      if (index < 0) continue;
      this.clock += 60_000;
      list[index] = { ...list[index], body, updated_at: new Date(this.clock).toISOString() };
      return list[index];
    }
    throw new Error(`no comment ${id}`);
  }

  /** Add a submitted review with a body. */
  review(pull: number, body: string, login: string, state = 'COMMENTED'): StoredReview {
    const id = this.nextId++;
    this.clock += 60_000;
    const review: StoredReview = {
      id,
      body,
      state,
      html_url: `https://github.test/o/r/pull/${pull}#pullrequestreview-${id}`,
      submitted_at: new Date(this.clock).toISOString(),
      user: { login, type: 'User' },
    };
    this.reviews.set(pull, [...(this.reviews.get(pull) ?? []), review]);
    return review;
  }

  /** Requests that changed comments (POST, PATCH, DELETE). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path.includes('/comments'));
  }

  private list(issue: number): StoredComment[] {
    if (!this.comments.has(issue)) this.comments.set(issue, []);
    return this.comments.get(issue)!;
  }

  private make(issue: number, body: string, user: StoredComment['user']): StoredComment {
    const id = this.nextId++;
    this.clock += 60_000;
    return {
      id,
      body,
      html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${id}`,
      created_at: new Date(this.clock).toISOString(),
      updated_at: new Date(this.clock).toISOString(),
      user,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text ? JSON.parse(text) : undefined;
    const method = req.method ?? 'GET';
    const path = url.pathname;
    this.requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      auth: req.headers.authorization,
    });
    this.onRequest?.(method, path);
    const failure = this.failures.find(
      (f) => f.method === method && f.pattern.test(path) && (f.times === undefined || f.times > 0),
    );
    if (failure && failure.times !== undefined) failure.times--;
    const lost = failure?.lose === true;
    const send = (status: number, data?: unknown) => {
      if (lost) {
        status = failure.status;
        data = { message: 'Server Error' };
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (failure?.rateLimit) {
      res.writeHead(failure.status, {
        'content-type': 'application/json',
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.UTC(2030, 0, 1, 14, 5) / 1000)),
      });
      return void res.end(JSON.stringify({ message: 'API rate limit exceeded for installation' }));
    }
    if (failure && !lost) {
      return send(failure.status, {
        message: failure.status === 403 ? 'Resource not accessible by integration' : 'Server Error',
      });
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(200, this.list(issue).slice((page - 1) * perPage, page * perPage));
      }
      if (method === 'POST') {
        const comment = this.make(issue, (body as { body: string }).body, this.author);
        this.list(issue).push(comment);
        return send(201, comment);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      for (const list of this.comments.values()) {
        const index = list.findIndex((c) => c.id === id);
        if (index < 0) continue;
        if (method === 'PATCH') {
          list[index] = { ...list[index], body: (body as { body: string }).body };
          return send(200, list[index]);
        }
        if (method === 'DELETE') {
          list.splice(index, 1);
          return send(204);
        }
      }
      return send(404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path)) && method === 'GET') {
      if (!this.pulls.has(Number(m[1]))) return send(404, { message: 'Not Found' });
      return send(200, this.pull(Number(m[1])));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))) {
      const sha = m[1];
      return send(
        200,
        [...this.pulls.keys()].map((n) => this.pull(n)).filter((p) => p.head.sha === sha),
      );
    }
    if (path.endsWith('/pulls') && method === 'GET') {
      return send(
        200,
        [...this.pulls.keys()].map((n) => this.pull(n)).filter((p) => p.state === 'open'),
      );
    }
    if (path === '/graphql' && method === 'POST') {
      if (this.viewer) return send(200, { data: { viewer: { login: this.viewer } } });
      return send(200, {
        data: null,
        errors: [{ message: 'Resource not accessible by integration' }],
      });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})$/.exec(path))) {
      if (!this.commits.has(m[1])) return send(404, { message: 'Not Found' });
      return send(200, { sha: m[1], parents: [] });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path))) {
      const files = this.commits.get(url.searchParams.get('ref') ?? '');
      const file = decodeURIComponent(m[1]);
      const text = files?.[file];
      if (text === undefined) return send(404, { message: 'Not Found' });
      const content = Buffer.from(text).toString('base64');
      return send(200, { type: 'file', size: text.length, encoding: 'base64', content });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/git\/trees\/(.+)$/.exec(path))) {
      // tree SHAs here: a commit SHA (the root) or `<commit>:<dir>`.
      const [commit, dir = ''] = decodeURIComponent(m[1]).split(':');
      const files = this.commits.get(commit);
      if (!files) return send(404, { message: 'Not Found' });
      const prefix = dir ? `${dir}/` : '';
      const level = new Map<string, { path: string; type: string; sha?: string }>();
      for (const p of Object.keys(files)) {
        if (!p.startsWith(prefix)) continue;
        const [name, ...rest] = p.slice(prefix.length).split('/');
        level.set(
          name,
          rest.length
            ? { path: name, type: 'tree', sha: `${commit}:${prefix}${name}` }
            : { path: name, type: 'blob' },
        );
      }
      if (url.searchParams.get('recursive'))
        return send(200, {
          tree: Object.keys(files).map((p) => ({ path: p, type: 'blob' })),
          truncated: false,
        });
      return send(200, { tree: [...level.values()], truncated: false });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path)) && method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.reviews.get(Number(m[1])) ?? [];
      return send(200, all.slice((page - 1) * perPage, page * perPage));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(path))) {
      const role = this.roles.get(decodeURIComponent(m[1]));
      if (!role) return send(404, { message: 'Not Found' });
      // As GitHub answers: the legacy `permission` folds maintain into write and triage into read.
      const legacy = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read' }[role];
      return send(200, { permission: legacy ?? 'read', role_name: role, user: { login: m[1] } });
    }
    if ((m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path))) {
      const members = this.teams.get(`${m[1]}/${m[2]}`) ?? [];
      if (!members.includes(decodeURIComponent(m[3]))) return send(404, { message: 'Not Found' });
      return send(200, { state: 'active', role: 'member' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]+)$/.exec(path)) && method === 'POST') {
      this.statuses.push({ sha: m[1], body: body as Record<string, unknown> });
      return send(201, { id: this.statuses.length, ...(body as object) });
    }
    return send(404, { message: `Not Found (fake has no route ${method} ${path})` });
  }
}
