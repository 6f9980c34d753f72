/**
 * Issue 9, point 7, end to end: the base read through the GitHub contents API (a shallow clone
 * that cannot fetch the base commit). When the API fails on the base's `.mlgate.yml` or on a
 * metrics file (a 5xx storm, an exhausted rate limit), the run fails closed: blocked, never "gates
 * from the PR" (so a PR cannot loosen its own gate) and never "new model" (so `vs: production`
 * is not skipped).
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, type Failure } from './fake-github.js';
import {
  DIST,
  ROOT,
  buildRepo,
  cleanup,
  filesAt,
  pullRequestPayload,
  runAction,
  shallowClone,
  type TestRepo,
} from './runner.js';

const BASE_CONFIG = readFileSync(`${ROOT}/examples/base/.mlgate.yml`, 'utf8');
/** The PR loosens its own gates so that its failing model would pass them. */
const LOOSENED = BASE_CONFIG.replace(/min: 0\.82/g, 'min: 0.10')
  .replace('max_drop: 0.005', 'max_drop: 0.5')
  .replace('min_gain: 0.02', 'min_gain: -1');
/** The example's head metrics with auc under the base's `min: 0.82` and 0.031 below production. */
const FAILING = readFileSync(`${ROOT}/examples/head/models/churn/metrics.json`, 'utf8').replace(
  /"value": 0\.843,\s*"ci": \[0\.835, 0\.851\]/,
  '"value": 0.8, "ci": [0.79, 0.81]',
);

// Each test spawns the bundle; on a loaded machine that takes minutes, not seconds.
describe('an unreadable base through the contents API fails closed', { timeout: 300_000 }, () => {
  const github = new FakeGitHub();
  let apiUrl: string;
  let repo: TestRepo;
  let shallow: TestRepo;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run package\` first`);
    apiUrl = await github.start();
    repo = buildRepo({ '.mlgate.yml': LOOSENED, 'models/churn/metrics.json': FAILING });
    shallow = shallowClone(repo);
    github.commits.set(repo.base, filesAt(repo, repo.base));
  });
  afterAll(async () => {
    await github.stop();
    cleanup();
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.failures = [];
  });

  const check = (pr: number, inputs: Record<string, string> = {}) =>
    runAction({
      workspace: shallow.dir,
      event: 'pull_request',
      payload: pullRequestPayload(shallow, pr),
      apiUrl,
      inputs,
    });
  const contents = (path: string) =>
    github.requests.filter(
      (r) => r.method === 'GET' && decodeURIComponent(r.path).endsWith(`/contents/${path}`),
    );
  const report = (run: { outputs: Record<string, string> }) =>
    JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      passed: boolean;
      config: { source: string };
      findings: { level: string; message: string; rule?: string }[];
      models: { state: string; gates: { vs?: string; status: string; message: string }[] }[];
    };

  it('the base is read through the API, and its gates block the loosened PR', async () => {
    expect(FAILING).toContain('"value": 0.8,');
    // The PR's own (loosened) gates would let it through: what an unreadable base must not allow.
    const own = await check(50, { 'config-source': 'head' });
    expect(own.outputs.passed).toBe('true');
    const run = await check(50);
    expect(contents('.mlgate.yml').length).toBeGreaterThan(0);
    expect(run.stdout).toContain('reading it through the GitHub API');
    expect(run.code).toBe(1);
    const r = report(run);
    expect(r.config.source).toBe('base');
    expect(r.models[0].state).toBe('existing');
    expect(r.findings.map((f) => f.message).join('\n')).toMatch(/auc 0\.8 .*min 0\.82/);
  });

  // Octokit sends the path's slashes encoded.
  const METRICS = /\/contents\/models(\/|%2F)churn(\/|%2F)metrics\.json$/;
  const storm = (pattern: RegExp): Failure => ({ method: 'GET', pattern, status: 502 });
  const limit = (pattern: RegExp): Failure => ({
    method: 'GET',
    pattern,
    status: 403,
    rateLimit: true,
  });

  it.each([
    ['a 5xx storm', 51, storm(/\/contents\/\.mlgate\.yml$/)],
    ['an exhausted rate limit', 52, limit(/\/contents\/\.mlgate\.yml$/)],
  ])(
    ".mlgate.yml unreadable (%s): blocked, not judged by the PR's gates",
    async (_why, pr, failure) => {
      github.failures = [failure];
      const run = await check(pr);
      expect(run.code).toBe(1);
      expect(run.outputs.passed).toBe('false');
      const r = report(run);
      expect(r.passed).toBe(false);
      expect(r.findings).toContainEqual(
        expect.objectContaining({
          level: 'error',
          rule: 'config.base-not-applied',
          message: expect.stringMatching(/\.mlgate\.yml at the base commit could not be read/),
        }),
      );
      // Not "first adoption": the PR's loosened gates never decide.
      expect(run.summary).not.toContain('No config at the base commit');
      expect(run.summary).toContain('promotion blocked');
    },
  );

  it.each([
    ['a 5xx storm', 53, storm(METRICS)],
    ['an exhausted rate limit', 54, limit(METRICS)],
  ])(
    'the base metrics unreadable (%s): vs production blocks, not "new model"',
    async (_why, pr, failure) => {
      github.failures = [failure];
      const run = await check(pr);
      expect(run.code).toBe(1);
      expect(run.outputs.passed).toBe('false');
      const r = report(run);
      expect(r.passed).toBe(false);
      expect(r.models[0].state).not.toBe('new');
      const production = r.models[0].gates.filter((g) => g.vs === 'production');
      expect(production.length).toBeGreaterThan(0);
      for (const g of production) expect(g.status).not.toBe('skip');
      expect(run.summary).not.toMatch(/`churn` \(new\)|new model/);
      // Production is unknown, so the gate fails (it is not skipped, and 0.831 is not made up)…
      for (const g of production)
        expect(g).toMatchObject({
          status: 'fail',
          // Names the file and the revision it could not read (issue 10, point 4).
          message: expect.stringMatching(
            /^production auc is missing \(no metrics read from models\/churn\/metrics\.json at commit [0-9a-f]{7} \(GitHub API\)\)$/,
          ),
        });
      // …and the report says why: the API could not read the base's file.
      expect(r.findings).toContainEqual(
        expect.objectContaining({
          message: expect.stringMatching(
            /^at base: models\/churn\/metrics\.json: the GitHub API could not read it/,
          ),
        }),
      );
    },
  );
});
