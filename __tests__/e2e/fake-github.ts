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
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, StoredComment[]>();
  /** Open PRs by number: their current head SHA. */
  readonly pulls = new Map<number, string>();
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
    const send = (status: number, data?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const failure = this.failures.find((f) => f.method === method && f.pattern.test(path));
    if (failure && (failure.times === undefined || failure.times-- > 0)) {
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
        const comment = this.make(issue, (body as { body: string }).body, {
          login: 'github-actions[bot]',
          type: 'Bot',
        });
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
      const head = this.pulls.get(Number(m[1]));
      if (!head) return send(404, { message: 'Not Found' });
      const more = this.pullDetails.get(Number(m[1]));
      return send(200, {
        number: Number(m[1]),
        state: 'open',
        head: { sha: head },
        ...(more
          ? {
              base: { sha: more.base },
              body: more.body,
              user: { login: more.author, type: 'User' },
            }
          : {}),
      });
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
