import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as gitHubSchema } from '@octokit/graphql-schema';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { OpenApiContract } from './openapi.js';

/**
 * A GitHub REST + GraphQL server on 127.0.0.1 (port 0) with the routes factgate uses.
 * Every REST request body and every response body is checked against GitHub's OpenAPI
 * description; GraphQL queries run against GitHub's published GraphQL schema (npm
 * `@octokit/graphql-schema`), so a field GitHub does not have fails the query as it would
 * on github.com. Contract breaks are collected in `violations` for tests to assert empty.
 */

let schemaCache: GraphQLSchema | undefined;
function gitHubGraphQLSchema(): GraphQLSchema {
  schemaCache ??= buildSchema(gitHubSchema.idl, { assumeValidSDL: true });
  return schemaCache;
}

export interface FakeIdentity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /** False for the read-only token a pull request from a fork gets. */
  canWriteComments: boolean;
  canWriteChecks: boolean;
  /** False for a token whose workflow does not grant `actions: read`. */
  canReadActions: boolean;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  author: { login: string; id: number; type: 'User' | 'Bot' };
  createdAt: string;
  updatedAt: string;
  /** Minimised reason (`outdated`, `spam`...) or null. */
  minimized: string | null;
}

export interface FakePull {
  number: number;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository (a fork for fork pull requests). */
  headRepository: string;
  state: 'open' | 'closed';
}

/** One file of a pull request as the files API lists it. */
export interface FakePullFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The hunks of the file's diff; absent for binary files and for diffs GitHub leaves out. */
  patch?: string;
  /** Counted from the patch when not given (give them for a file without a patch). */
  additions?: number;
  deletions?: number;
  previousFilename?: string;
}

export interface FakeIssueEvent {
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  createdAt: string;
}

export interface FakeReview {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commitId: string;
  submittedAt: string;
}

export interface FakeWorkflow {
  id: number;
  /** `.github/workflows/<file>`; the file name is accepted in place of the id, as on GitHub. */
  path: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  expired: boolean;
  expiresAt: string;
  /** The zip GitHub stores; served from a blob URL the download redirects to. */
  zip?: Buffer;
}

export interface FakeWorkflowRun {
  id: number;
  runNumber: number;
  workflowId: number;
  event: string;
  headBranch: string;
  headSha: string;
  /** `owner/name` of the repository the commit came from (a fork for fork pull requests). */
  headRepository: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
  createdAt: string;
  artifacts: FakeArtifact[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  /** For GraphQL: the operation name. */
  operation?: string;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests it answers; default 1. */
  times?: number;
  /** Carry out the request first, then answer with the fault (a gateway error after the write). */
  afterHandling?: boolean;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const MAX_COMMENT_CHARACTERS = 65_536;
const MAX_CHECK_RUN_OUTPUT_BYTES = 65_535;
/** GitHub lists at most this many files of a pull request. */
const MAX_PULL_FILES = 3000;
const FORBIDDEN = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' };

let contractCache: OpenApiContract | undefined;

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly contract: OpenApiContract;
  readonly tokens = new Map<string, FakeIdentity>();
  comments: FakeComment[] = [];
  pulls: FakePull[] = [];
  /** login → role name (`read`, `triage`, `write`, `maintain`, `admin`). */
  roles = new Map<string, string>();
  issueEvents = new Map<number, FakeIssueEvent[]>();
  reviews = new Map<number, FakeReview[]>();
  /** Pull request number → its files; a number without an entry is not found. */
  pullFiles = new Map<number, FakePullFile[]>();
  workflows: FakeWorkflow[] = [];
  /** Workflow runs, oldest first; listings return them newest first as GitHub does. */
  workflowRuns: FakeWorkflowRun[] = [];
  checkRuns: { id: number; request: Record<string, unknown>; updates: Record<string, unknown>[] }[] = [];
  readonly faults: Fault[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  private server: Server | undefined;
  private nextId = 2_200_000_000;
  private clock = Date.parse('2025-03-01T10:00:00Z');
  baseUrl = '';

  constructor(repository = 'Codertocat/Hello-World') {
    const [owner, repo] = repository.split('/');
    this.owner = owner ?? '';
    this.repo = repo ?? '';
    contractCache ??= new OpenApiContract();
    this.contract = contractCache;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }

  addToken(token: string, identity: Partial<FakeIdentity> & { login: string }): FakeIdentity {
    const full: FakeIdentity = {
      id: this.newId(),
      type: identity.login.endsWith('[bot]') ? 'Bot' : 'User',
      canWriteComments: true,
      canWriteChecks: true,
      canReadActions: true,
      ...identity,
    };
    this.tokens.set(token, full);
    return full;
  }

  /** A comment already on the pull request, written by `login`. */
  seedComment(issueNumber: number, login: string, body: string, minimized: string | null = null): FakeComment {
    const at = this.tick();
    const comment: FakeComment = {
      id: this.newId(),
      issueNumber,
      body,
      author: { login, id: this.loginId(login), type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      createdAt: at,
      updatedAt: at,
      minimized,
    };
    this.comments.push(comment);
    return comment;
  }

  addWorkflow(path: string): FakeWorkflow {
    const workflow = { id: this.newId(), path };
    this.workflows.push(workflow);
    return workflow;
  }

  /** A workflow run, newer than every run seeded before it; artifacts are given by name. */
  seedWorkflowRun(
    workflow: FakeWorkflow,
    run: Partial<Omit<FakeWorkflowRun, 'artifacts'>> & { headSha: string; artifacts?: (Partial<FakeArtifact> & { name: string })[] },
  ): FakeWorkflowRun {
    const createdAt = this.tick();
    const seeded: FakeWorkflowRun = {
      id: this.newId(),
      runNumber: this.workflowRuns.filter((r) => r.workflowId === workflow.id).length + 1,
      workflowId: workflow.id,
      event: 'push',
      headBranch: 'main',
      headRepository: `${this.owner}/${this.repo}`,
      status: 'completed',
      conclusion: 'success',
      createdAt,
      ...run,
      artifacts: (run.artifacts ?? []).map((a) => ({
        id: this.newId(),
        expired: false,
        // GitHub's default retention: 90 days.
        expiresAt: new Date(Date.parse(createdAt) + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...a,
      })),
    };
    this.workflowRuns.push(seeded);
    return seeded;
  }

  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  /** Requests other than reading comment pages (GraphQL listing). */
  callsBesidesListing(): RecordedRequest[] {
    return this.requests.filter((r) => !(r.path === '/graphql' && r.operation === 'FactgateListComments'));
  }

  private newId(): number {
    return this.nextId++;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private loginIds = new Map<string, number>();
  private loginId(login: string): number {
    let id = this.loginIds.get(login);
    if (id === undefined) {
      id = 1000 + this.loginIds.size;
      this.loginIds.set(login, id);
    }
    return id;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown = undefined;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return this.send(res, { method, path: url.pathname, query: url.searchParams, body: raw, status: 400 }, { status: 400, body: { message: 'Problems parsing JSON' } });
      }
    }
    const record: RecordedRequest = { method, path: url.pathname, query: url.searchParams, body, status: 0 };
    if (url.pathname === '/graphql' && body && typeof body === 'object') {
      const match = /query\s+(\w+)/.exec(String((body as { query?: unknown }).query ?? ''));
      if (match?.[1]) record.operation = match[1];
    }
    this.requests.push(record);

    // Artifact blobs live outside the API, behind a signed URL: no token, no JSON.
    const blob = /^\/blobs\/artifact-(\d+)\.zip$/.exec(url.pathname);
    if (blob && method === 'GET') {
      const zip = this.workflowRuns.flatMap((r) => r.artifacts).find((a) => a.id === Number(blob[1]))?.zip;
      record.status = zip ? 200 : 404;
      if (zip) res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) }).end(zip);
      else res.writeHead(404).end();
      return;
    }

    const fault = this.takeFault(method, url.pathname);
    if (fault && !fault.afterHandling) {
      return this.send(res, record, { status: fault.status, body: fault.body ?? { message: 'fault' }, headers: fault.headers ?? {} });
    }

    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const viewer = token ? this.tokens.get(token) : undefined;
    let reply: Reply;
    try {
      if (!viewer) reply = { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
      else if (url.pathname === '/graphql') reply = await this.graphql(body, viewer);
      else {
        try {
          this.contract.checkRequest(method, url.pathname, body);
        } catch (error) {
          this.violations.push(String(error));
          throw error;
        }
        reply = this.rest(method, url, body, viewer);
      }
    } catch (error) {
      reply = { status: 400, body: { message: String(error) } };
    }
    if (fault?.afterHandling) reply = { status: fault.status, body: fault.body ?? { message: 'fault' }, headers: fault.headers ?? {} };
    return this.send(res, record, reply);
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex((f) => f.method === method && f.path.test(path));
    if (index === -1) return undefined;
    const fault = this.faults[index] as Fault;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private send(res: ServerResponse, record: RecordedRequest, reply: Reply): void {
    record.status = reply.status;
    if (record.path !== '/graphql' && reply.body !== undefined) {
      try {
        this.contract.checkResponse(record.method, record.path, reply.status, reply.body);
      } catch (error) {
        this.violations.push(String(error));
      }
    }
    const headers: Record<string, string> = { 'x-github-request-id': String(this.requests.length), ...(reply.headers ?? {}) };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(reply.body));
  }

  // --- GraphQL -------------------------------------------------------------------------

  private async graphql(body: unknown, viewer: FakeIdentity): Promise<Reply> {
    const { query, variables } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    const comments = (issueNumber: number) => (args: { first?: number; after?: string | null }) => {
      const all = this.commentsOn(issueNumber);
      const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8')) + 1 : 0;
      const page = all.slice(start, start + (args.first ?? 100));
      const last = start + page.length - 1;
      return {
        totalCount: all.length,
        nodes: page.map((c) => ({
          fullDatabaseId: String(c.id),
          databaseId: c.id > 2 ** 31 - 1 ? null : c.id,
          body: c.body,
          // GraphQL's Bot.login is the app's slug; REST's user.login adds `[bot]`.
          author: { __typename: c.author.type, login: graphQLLogin(c.author) },
          viewerDidAuthor: c.author.login === viewer.login,
          isMinimized: c.minimized !== null,
          minimizedReason: c.minimized,
          createdAt: c.createdAt,
          url: `https://github.com/${this.owner}/${this.repo}/pull/${issueNumber}#issuecomment-${c.id}`,
        })),
        pageInfo: { hasNextPage: start + page.length < all.length, endCursor: page.length ? Buffer.from(String(last)).toString('base64') : null },
      };
    };
    const rootValue = {
      repository: (args: { owner: string; name: string }) => {
        if (args.owner !== this.owner || args.name !== this.repo) return null;
        return {
          pullRequest: (pr: { number: number }) =>
            this.pulls.some((p) => p.number === pr.number) ? { number: pr.number, comments: comments(pr.number) } : null,
        };
      },
    };
    const result = await graphql({ schema: gitHubGraphQLSchema(), source: query ?? '', rootValue, variableValues: variables ?? {} });
    if (result.errors?.length) this.violations.push(`GraphQL errors: ${result.errors.map((e) => e.message).join('; ')}`);
    return { status: 200, body: result };
  }

  // --- REST ----------------------------------------------------------------------------

  private rest(method: string, url: URL, body: unknown, viewer: FakeIdentity): Reply {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : null;
    if (path === null) return notFound();
    let m: RegExpExecArray | null;

    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      if (!viewer.canWriteComments) return { status: 403, body: FORBIDDEN };
      const text = (body as { body: string }).body;
      if (Array.from(text).length > MAX_COMMENT_CHARACTERS) return tooLong();
      const at = this.tick();
      const comment: FakeComment = {
        id: this.newId(),
        issueNumber: Number(m[1]),
        body: text,
        author: { login: viewer.login, id: viewer.id, type: viewer.type },
        createdAt: at,
        updatedAt: at,
        minimized: null,
      };
      this.comments.push(comment);
      return { status: 201, body: this.commentJson(comment), headers: { location: `${this.baseUrl}${prefix}/issues/comments/${comment.id}` } };
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return notFound();
      if (method === 'PATCH') {
        if (!viewer.canWriteComments) return { status: 403, body: FORBIDDEN };
        const text = (body as { body: string }).body;
        if (Array.from(text).length > MAX_COMMENT_CHARACTERS) return tooLong();
        comment.body = text;
        comment.updatedAt = this.tick();
        return { status: 200, body: this.commentJson(comment) };
      }
      if (method === 'DELETE') {
        if (!viewer.canWriteComments) return { status: 403, body: FORBIDDEN };
        this.comments = this.comments.filter((c) => c !== comment);
        return { status: 204 };
      }
    }
    if (method === 'POST' && path === '/check-runs') {
      if (!viewer.canWriteChecks) return { status: 403, body: FORBIDDEN };
      const tooLarge = checkRunOutputTooLarge(body);
      if (tooLarge) return tooLarge;
      const run = { id: this.newId(), request: body as Record<string, unknown>, updates: [] };
      this.checkRuns.push(run);
      return { status: 201, body: this.checkRunJson(run) };
    }
    if (method === 'PATCH' && (m = /^\/check-runs\/(\d+)$/.exec(path))) {
      if (!viewer.canWriteChecks) return { status: 403, body: FORBIDDEN };
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) return notFound();
      const tooLarge = checkRunOutputTooLarge(body);
      if (tooLarge) return tooLarge;
      run.updates.push(body as Record<string, unknown>);
      return { status: 200, body: this.checkRunJson(run) };
    }
    if (method === 'GET' && (m = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))) {
      const sha = m[1];
      return this.page(url, this.pulls.filter((p) => p.headSha === sha).map((p) => this.pullJson(p)));
    }
    if (method === 'GET' && path === '/pulls') {
      const state = url.searchParams.get('state') ?? 'open';
      const head = url.searchParams.get('head');
      const pulls = this.pulls.filter(
        (p) => (state === 'all' || p.state === state) && (!head || `${p.headRepository.split('/')[0]}:${p.headRef}` === head),
      );
      return this.page(url, pulls.map((p) => this.pullJson(p)));
    }
    if (method === 'GET' && (m = /^\/collaborators\/([^/]+)\/permission$/.exec(path))) {
      const login = decodeURIComponent(m[1] ?? '');
      const role = this.roles.get(login) ?? 'read';
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      const json = this.contract.example<Record<string, unknown>>('repository-collaborator-permission-response-if-user-has-admin-permissions');
      json['permission'] = permission;
      json['role_name'] = role;
      json['user'] = { ...this.userJson(login), permissions: { admin: role === 'admin', maintain: role === 'maintain', push: ['write', 'maintain', 'admin'].includes(role), triage: role !== 'read', pull: true }, role_name: role };
      return { status: 200, body: json };
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/events$/.exec(path))) {
      const events = this.issueEvents.get(Number(m[1])) ?? [];
      const template = this.contract.example<Record<string, unknown>[]>('issue-event-for-issue-items')[0] ?? {};
      return this.page(
        url,
        events.map((e, i) => ({
          ...template,
          id: 5000 + i,
          node_id: `LE_${i}`,
          url: `${this.baseUrl}${prefix}/issues/events/${5000 + i}`,
          actor: this.userJson(e.actor),
          event: e.event,
          label: { name: e.label, color: 'ededed' },
          commit_id: null,
          commit_url: null,
          created_at: e.createdAt,
        })),
      );
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(path))) {
      const files = this.pullFiles.get(Number(m[1]));
      if (!files) return notFound();
      return this.page(url, files.slice(0, MAX_PULL_FILES).map((f) => this.diffEntryJson(f)));
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/reviews$/.exec(path))) {
      const reviews = this.reviews.get(Number(m[1])) ?? [];
      const template = this.contract.example<Record<string, unknown>[]>('pull-request-review-items')[0] ?? {};
      return this.page(
        url,
        reviews.map((r, i) => ({ ...template, id: 80 + i, user: this.userJson(r.user), state: r.state, commit_id: r.commitId, submitted_at: r.submittedAt })),
      );
    }
    if (method === 'GET' && (path === '/actions/runs' || (m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(path)))) {
      if (!viewer.canReadActions) return { status: 403, body: FORBIDDEN };
      let runs = this.workflowRuns;
      if (path !== '/actions/runs') {
        const key = decodeURIComponent(m?.[1] ?? '');
        const workflow = this.workflows.find((w) => String(w.id) === key || w.path.split('/').pop() === key);
        if (!workflow) return notFound();
        runs = runs.filter((r) => r.workflowId === workflow.id);
      }
      const q = url.searchParams;
      const filtered = runs
        .filter((r) => !q.has('branch') || r.headBranch === q.get('branch'))
        .filter((r) => !q.has('event') || r.event === q.get('event'))
        // GitHub's `status` filter matches either the status or the conclusion.
        .filter((r) => !q.has('status') || r.status === q.get('status') || r.conclusion === q.get('status'))
        .slice()
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
      return this.namedPage(url, 'workflow_runs', filtered.map((r) => this.workflowRunJson(r)));
    }
    if (method === 'GET' && (m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(path))) {
      if (!viewer.canReadActions) return { status: 403, body: FORBIDDEN };
      const run = this.workflowRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) return notFound();
      const name = url.searchParams.get('name');
      const artifacts = run.artifacts.filter((a) => name === null || a.name === name);
      return this.namedPage(url, 'artifacts', artifacts.map((a) => this.artifactJson(run, a)));
    }
    if (method === 'GET' && (m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(path))) {
      if (!viewer.canReadActions) return { status: 403, body: FORBIDDEN };
      const artifact = this.workflowRuns.flatMap((r) => r.artifacts).find((a) => a.id === Number(m?.[1]));
      if (!artifact) return notFound();
      if (artifact.expired) return { status: 410, body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' } };
      return { status: 302, headers: { location: `${this.baseUrl}/blobs/artifact-${artifact.id}.zip?sig=signed` } };
    }
    return notFound();
  }

  /** GitHub's page/per_page pagination with a Link header. */
  private page(url: URL, items: unknown[]): Reply {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers['link'] = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  }

  /** The same pagination for listings GitHub wraps as `{ total_count, <key>: [...] }`. */
  private namedPage(url: URL, key: string, items: unknown[]): Reply {
    const reply = this.page(url, items);
    return { ...reply, body: { total_count: items.length, [key]: reply.body } };
  }

  private workflowRunJson(r: FakeWorkflowRun): Record<string, unknown> {
    const json = this.contract.example<Record<string, any>>('workflow-run');
    const workflow = this.workflows.find((w) => w.id === r.workflowId);
    const api = `${this.baseUrl}/repos/${this.owner}/${this.repo}/actions/runs/${r.id}`;
    return {
      ...json,
      id: r.id,
      node_id: `WFR_${r.id}`,
      run_number: r.runNumber,
      workflow_id: r.workflowId,
      path: workflow?.path ?? '',
      event: r.event,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      status: r.status,
      conclusion: r.conclusion,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      run_started_at: r.createdAt,
      pull_requests: [],
      url: api,
      html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${r.id}`,
      artifacts_url: `${api}/artifacts`,
      head_commit: { ...json['head_commit'], id: r.headSha, tree_id: r.headSha },
      repository: { ...json['repository'], full_name: `${this.owner}/${this.repo}`, name: this.repo },
      head_repository: { ...json['head_repository'], full_name: r.headRepository, name: r.headRepository.split('/')[1] },
    };
  }

  private artifactJson(run: FakeWorkflowRun, a: FakeArtifact): Record<string, unknown> {
    const json = this.contract.example<Record<string, unknown>>('artifact');
    const api = `${this.baseUrl}/repos/${this.owner}/${this.repo}/actions/artifacts/${a.id}`;
    return {
      ...json,
      id: a.id,
      node_id: `A_${a.id}`,
      name: a.name,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: a.expired,
      created_at: run.createdAt,
      updated_at: run.createdAt,
      expires_at: a.expiresAt,
      workflow_run: { id: run.id, repository_id: 1296269, head_repository_id: 1296269, head_branch: run.headBranch, head_sha: run.headSha },
    };
  }

  userJson(login: string): Record<string, unknown> {
    const user = this.contract.example<Record<string, unknown>>('issue-comment')['user'] as Record<string, unknown>;
    return { ...user, login, id: this.loginId(login), node_id: `U_${login}`, type: login.endsWith('[bot]') ? 'Bot' : 'User', url: `https://api.github.com/users/${encodeURIComponent(login)}` };
  }

  private commentJson(c: FakeComment): Record<string, unknown> {
    const json = this.contract.example<Record<string, unknown>>('issue-comment');
    return {
      ...json,
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.baseUrl}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.baseUrl}/repos/${this.owner}/${this.repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: { ...this.userJson(c.author.login), id: c.author.id, type: c.author.type },
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      minimized: c.minimized === null ? null : { reason: c.minimized },
    };
  }

  private checkRunJson(run: { id: number; request: Record<string, unknown>; updates: Record<string, unknown>[] }): Record<string, unknown> {
    const json = this.contract.example<Record<string, unknown>>('check-run');
    const latest = Object.assign({}, run.request, ...run.updates) as Record<string, unknown>;
    return {
      ...json,
      id: run.id,
      name: latest['name'],
      head_sha: latest['head_sha'],
      status: latest['status'] ?? 'queued',
      conclusion: latest['conclusion'] ?? null,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
    };
  }

  private diffEntryJson(f: FakePullFile): Record<string, unknown> {
    const json = this.contract.example<Record<string, unknown>[]>('diff-entry-items')[0] ?? {};
    const lines = f.patch?.split('\n') ?? [];
    const additions = f.additions ?? lines.filter((l) => l.startsWith('+')).length;
    const deletions = f.deletions ?? lines.filter((l) => l.startsWith('-')).length;
    const sha = createHash('sha1').update(f.patch ?? f.filename).digest('hex');
    const at = `${this.owner}/${this.repo}`;
    const entry: Record<string, unknown> = {
      ...json,
      sha: f.status === 'removed' ? null : sha,
      filename: f.filename,
      status: f.status ?? 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `https://github.com/${at}/blob/${sha}/${encodeURI(f.filename)}`,
      raw_url: `https://github.com/${at}/raw/${sha}/${encodeURI(f.filename)}`,
      contents_url: `${this.baseUrl}/repos/${at}/contents/${encodeURI(f.filename)}?ref=${sha}`,
    };
    // The example carries a patch; GitHub sends none for binary files and large diffs.
    delete entry['patch'];
    if (f.patch !== undefined) entry['patch'] = f.patch;
    if (f.previousFilename !== undefined) entry['previous_filename'] = f.previousFilename;
    return entry;
  }

  private pullJson(p: FakePull): Record<string, unknown> {
    const json = (this.contract.example<Record<string, unknown>[]>('pull-request-simple-items')[0] ?? {}) as Record<string, any>;
    // The published example's team entries lack the `type` its own schema requires.
    json['requested_teams'] = [];
    json['number'] = p.number;
    json['state'] = p.state;
    json['head'] = { ...json['head'], sha: p.headSha, ref: p.headRef, label: `${p.headRepository.split('/')[0]}:${p.headRef}`, repo: { ...json['head'].repo, full_name: p.headRepository, name: p.headRepository.split('/')[1], fork: p.headRepository !== `${this.owner}/${this.repo}` } };
    json['base'] = { ...json['base'], repo: { ...json['base'].repo, full_name: `${this.owner}/${this.repo}`, name: this.repo } };
    json['html_url'] = `https://github.com/${this.owner}/${this.repo}/pull/${p.number}`;
    return json;
  }
}

/** How GraphQL names an author: a bot (`type: "Bot"` in REST) without the `[bot]` suffix REST shows. */
export function graphQLLogin(author: { login: string; type: 'User' | 'Bot' }): string {
  return author.type === 'Bot' ? author.login.replace(/\[bot\]$/, '') : author.login;
}

function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

/**
 * GitHub checks a check run's summary and text in bytes of UTF-8, not in the characters its
 * documentation names: the reply recorded in github/docs#35252 and dorny/test-reporter#57.
 */
function checkRunOutputTooLarge(body: unknown): Reply | null {
  const output = (body as { output?: Record<string, unknown> } | null)?.output ?? {};
  for (const field of ['summary', 'text'] as const) {
    const value = output[field];
    if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > MAX_CHECK_RUN_OUTPUT_BYTES) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'CheckRun', code: 'custom', field, message: `${field} exceeds a maximum bytesize of ${MAX_CHECK_RUN_OUTPUT_BYTES}` }],
          documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
          status: '422',
        },
      };
    }
  }
  return null;
}

function tooLong(): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)` }],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
