// `npm run bench`: mlgate's performance goals (issue 12), measured on this machine in one run.
// Every figure is a ratio or a budget with pass/fail; nothing in `npm test` asserts a time.
// Uses the committed bundles (dist/), as the Action and the CLI run them. Runs are interleaved
// with a bare `node -e 0` so that a busy machine slows both sides alike; figures are medians.
//   BENCH_RUNS=N (default 5)   BENCH_ONLY=startup|scale|publish (default all)
//   BENCH_REPO=N: only build the N-metric repository and print the command to profile it
//   BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/p': extra node flags for mlgate's runs only
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY ?? '';
const CLI = resolve('dist/cli.js');
const ACTION = resolve('dist/index.js');
const TIME = '/usr/bin/time';
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/**
 * Run node with `args`; resolves { ms, cpuMs, rssMb, code }. CPU time (user + system) and peak RSS
 * come from GNU time when present: CPU time moves far less than wall time on a shared machine.
 */
function run(args, { cwd, env } = {}) {
  if (args[0] !== '-e') args = [...NODE_ARGS, ...args];
  return new Promise((done) => {
    let useTime = true;
    try {
      readFileSync(TIME);
    } catch {
      useTime = false;
    }
    const [cmd, argv] = useTime
      ? [TIME, ['-f', 'cpu=%U+%S maxrss=%M', process.execPath, ...args]]
      : [process.execPath, args];
    const t0 = performance.now();
    const child = spawn(cmd, argv, {
      cwd,
      env: env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /cpu=([\d.]+)\+([\d.]+) maxrss=(\d+)\s*$/.exec(stderr);
      done({
        ms,
        cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN,
        rssMb: m ? Number(m[3]) / 1024 : NaN,
        code,
        stderr,
      });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function git(cwd, ...args) {
  return new Promise((done, fail) => {
    const child = spawn(
      'git',
      [
        '-c',
        'user.name=bench',
        '-c',
        'user.email=bench@mlgate.invalid',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) =>
      code === 0 ? done(out.trim()) : fail(new Error(`git ${args[0]}: ${code}`)),
    );
  });
}

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A repo with a base commit and a head commit; returns { dir, base, head }. */
async function repo(baseFiles, headFiles) {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-bench-'));
  await git(dir, 'init', '--quiet', '--initial-branch=main');
  write(dir, baseFiles);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'base');
  const base = await git(dir, 'rev-parse', 'HEAD');
  await git(dir, 'checkout', '--quiet', '-b', 'pr');
  write(dir, headFiles);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'head');
  return { dir, base, head: await git(dir, 'rev-parse', 'HEAD') };
}

// ---------------------------------------------------------------------------------------------
// Inputs: a small PR, and the large case (N metrics = slices × 2, a contract of N/10 columns).

const SMALL_CONFIG = `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    gates:
      - { metric: auc, min: 0.8 }
      - { metric: auc, vs: production, max_drop: 0.01 }
`;
const smallMetrics = (auc) => JSON.stringify({ auc, latency: { p95_ms: 61 } }, null, 2) + '\n';

/**
 * Metrics JSON with `n` metrics (n/2 slices × recall, precision); `shift` changes some values.
 * `compact`: on one line, as Python's json.dump writes it.
 */
function bigMetrics(n, shift, compact = false) {
  const slices = {};
  for (let i = 0; i < n / 2 - 1; i++) {
    // Full double precision and descriptive slice names, as evaluation jobs write them.
    const r = 0.7 + ((i * 7919) % 2500) / 10000 + (i % 97 === 0 ? shift : 0) + i * 1e-12;
    const name = `country_${String(i % 60).padStart(2, '0')}_channel_${i % 7}_cohort_2026_${String(i % 12).padStart(2, '0')}_segment_${String(i).padStart(6, '0')}`;
    slices[name] = { recall: r, precision: 0.8 + ((i * 104729) % 1500) / 10000 + i * 1e-13 };
  }
  return (
    JSON.stringify({ auc: 0.84 + shift, latency_ms: 61, slices }, null, compact ? 0 : 2) + '\n'
  );
}

/** An ODCS v3 contract with `cols` columns; the head version adds one and changes one type. */
function bigContract(cols, head) {
  const lines = [
    'apiVersion: v3.1.0',
    'kind: DataContract',
    'id: urn:datacontract:bench:wide',
    'name: wide_features',
    'version: 1.0.0',
    'status: active',
    'schema:',
    '  - name: wide_features',
    '    physicalType: table',
    '    properties:',
    '      - name: entity_id',
    '        logicalType: string',
    '        primaryKey: true',
    '        required: true',
  ];
  for (let i = 1; i < cols + (head ? 1 : 0); i++) {
    const type = head && i === 7 ? 'integer' : 'number';
    lines.push(
      `      - name: feature_${String(i).padStart(5, '0')}`,
      `        logicalType: ${type}`,
      `        physicalType: ${type === 'number' ? 'double' : 'bigint'}`,
      '        required: false',
      `        description: Feature ${i} of the wide table.`,
    );
  }
  return lines.join('\n') + '\n';
}

const BIG_CONFIG = `version: 1
models:
  - name: ranker
    metrics: models/ranker/metrics.json
    contract: data/wide.odcs.yaml
    gates:
      - { metric: auc, min: 0.8 }
      - { metric: "slices.*.recall", min: 0.6 }
      - { metric: "slices.*.recall", vs: production, max_drop: 0.05 }
`;

async function bigRepo(n, compact = false) {
  return repo(
    {
      '.mlgate.yml': BIG_CONFIG,
      'models/ranker/metrics.json': bigMetrics(n, 0, compact),
      'data/wide.odcs.yaml': bigContract(n / 10, false),
    },
    {
      'models/ranker/metrics.json': bigMetrics(n, -0.01, compact),
      'data/wide.odcs.yaml': bigContract(n / 10, true),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// A local stand-in for the GitHub routes the Action uses (list/create/update comments, the PR).

function fakeGitHub() {
  const comments = [];
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push({ method: req.method, path: url.pathname, page: url.searchParams.get('page') });
      const send = (status, data) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      if (/\/issues\/\d+\/comments$/.test(url.pathname)) {
        if (req.method === 'GET') {
          const per = Number(url.searchParams.get('per_page') ?? 30);
          const page = Number(url.searchParams.get('page') ?? 1);
          return send(200, comments.slice((page - 1) * per, page * per));
        }
        const c = {
          id: 1000 + comments.length,
          body: body.body,
          html_url: `https://github.test/o/r/pull/7#issuecomment-${1000 + comments.length}`,
          created_at: new Date(Date.UTC(2026, 0, 1)).toISOString(),
          user: { login: 'github-actions[bot]', type: 'Bot' },
        };
        comments.push(c);
        return send(201, c);
      }
      const m = /\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (m && req.method === 'PATCH') {
        const c = comments.find((x) => x.id === Number(m[1]));
        if (!c) return send(404, { message: 'Not Found' });
        c.body = body.body;
        return send(200, c);
      }
      if (/\/pulls\/\d+$/.test(url.pathname))
        return send(200, { number: 7, state: 'open', head: { sha: fake.headSha } });
      return send(404, { message: 'Not Found' });
    });
  });
  let started = null;
  const fake = {
    comments,
    requests,
    headSha: '',
    // Once: startup and publish share the server.
    start: () =>
      (started ??= new Promise((ok) =>
        server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`)),
      )),
    stop: () => new Promise((ok) => server.close(() => ok())),
  };
  return fake;
}

function actionEnv(r, apiUrl, temp) {
  const event = join(temp, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        body: '',
        base: { sha: r.base, ref: 'main' },
        head: { sha: r.head, ref: 'pr' },
      },
      repository: { full_name: 'octo-org/churn' },
    }),
  );
  writeFileSync(join(temp, 'output'), '');
  writeFileSync(join(temp, 'summary.md'), '');
  const inputs = {
    'github-token': 'bench-token',
    config: '.mlgate.yml',
    'config-source': 'base',
    comment: 'true',
    'comment-key': 'default',
    'fail-on': 'error',
    mode: 'check',
    report: '',
  };
  return {
    PATH: process.env.PATH,
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo-org/churn',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: r.head,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_WORKSPACE: r.dir,
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

// ---------------------------------------------------------------------------------------------

const rows = [];
/** Record a figure: `value` against `limit` (`<=`), printed with its unit. */
function figure(name, value, limit, unit, detail = '') {
  rows.push({ name, value, limit, unit, detail, pass: Number.isFinite(value) && value <= limit });
}
const fmt = (v, unit) =>
  unit === 'x'
    ? `${v.toFixed(2)}×`
    : unit === 's'
      ? `${v.toFixed(2)} s`
      : unit === 'MB'
        ? `${v.toFixed(0)} MB`
        : `${v}`;

const temps = [];
const fake = fakeGitHub();

async function startup() {
  const small = await repo(
    { '.mlgate.yml': SMALL_CONFIG, 'models/churn/metrics.json': smallMetrics(0.84) },
    { 'models/churn/metrics.json': smallMetrics(0.845) },
  );
  temps.push(small.dir);
  const apiUrl = await fake.start();
  fake.headSha = small.head;
  const temp = mkdtempSync(join(tmpdir(), 'mlgate-bench-runner-'));
  temps.push(temp);
  const env = actionEnv(small, apiUrl, temp);
  const samples = { bare: [], help: [], check: [], action: [] };
  const cpu = { bare: [], help: [], check: [], action: [] };
  let codes = {};
  for (let i = 0; i < RUNS + 1; i++) {
    // Interleaved; the first round warms the file cache and is not counted.
    const round = {
      bare: await run(['-e', '0'], { cwd: small.dir }),
      help: await run([CLI, '--help'], { cwd: small.dir }),
      check: await run([CLI, 'check', '--base', small.base, '--format', 'json'], {
        cwd: small.dir,
      }),
      action: await run([ACTION], { cwd: small.dir, env }),
    };
    codes = { help: round.help.code, check: round.check.code, action: round.action.code };
    if (i === 0) {
      if (round.action.code !== 0) console.error(round.action.stderr);
      continue;
    }
    for (const k of Object.keys(samples)) {
      samples[k].push(round[k].ms);
      cpu[k].push(round[k].cpuMs);
    }
  }
  const bare = median(samples.bare);
  const bareCpu = median(cpu.bare);
  const startup = (name, key, limit) =>
    figure(
      name,
      median(samples[key]) / bare,
      limit,
      'x',
      `${median(samples[key]).toFixed(0)} vs ${bare.toFixed(0)} ms wall; CPU ${(median(cpu[key]) / bareCpu).toFixed(2)}× (${median(cpu[key]).toFixed(0)} vs ${bareCpu.toFixed(0)} ms); exit ${codes[key]}`,
    );
  startup('mlgate --help ÷ node -e 0', 'help', 1.25);
  startup('mlgate check, small PR ÷ node -e 0', 'check', 1.5);
  startup('Action end to end (fake API) ÷ node -e 0', 'action', 2.0);

  // Re-run with the comment unchanged: one list request per page, no write.
  const before = fake.requests.length;
  await run([ACTION], { cwd: small.dir, env });
  const rerun = fake.requests.slice(before);
  const lists = rerun.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
  const pages = Math.max(1, Math.ceil(fake.comments.length / 100));
  // The GraphQL `viewer` query (whose comment is mlgate's) is a POST that writes nothing.
  const writes = rerun.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length;
  figure(
    'unchanged re-run: list requests − pages, + writes',
    lists.length - pages + writes,
    0,
    '',
    `${lists.length} list request(s) for ${pages} page(s), ${writes} write(s); ${fake.comments.length} comment(s) on the PR`,
  );
}

async function scale() {
  const times = {};
  for (const n of [1_000, 10_000, 100_000]) {
    const big = await bigRepo(n);
    temps.push(big.dir);
    const args = [CLI, 'check', '--base', big.base, '--format', 'json'];
    const ms = [];
    const cpuMs = [];
    const rss = [];
    let last;
    for (let i = 0; i < (n === 100_000 ? Math.min(RUNS, 3) : RUNS); i++) {
      last = await run(args, { cwd: big.dir });
      ms.push(last.ms);
      cpuMs.push(last.cpuMs);
      rss.push(last.rssMb);
    }
    const sizeMb = readFileSync(join(big.dir, 'models/ranker/metrics.json')).length / 1e6;
    const ok = last.code === 0 || last.code === 1;
    const detail = `CPU ${(median(cpuMs) / 1000).toFixed(2)} s; metrics.json ${sizeMb.toFixed(1)} MB, exit ${last.code}${ok ? '' : `: ${last.stderr.trim().split('\n').slice(-2).join(' ')}`}`;
    times[n] = ok ? median(ms) : NaN;
    const label = `${n.toLocaleString('en')} metrics + ${(n / 10).toLocaleString('en')} columns`;
    if (n === 10_000) figure(`${label}: wall`, times[n] / 1000, 0.5, 's', detail);
    if (n === 100_000) {
      figure(`${label}: wall`, times[n] / 1000, 2.0, 's', detail);
      figure(`${label}: peak RSS`, ok ? median(rss) : NaN, 300, 'MB');
      // The PR comment (what the Action renders): once, as a guard against a quadratic renderer.
      const md = await run([CLI, 'check', '--base', big.base, '--format', 'markdown'], {
        cwd: big.dir,
      });
      figure(
        `${label}: the PR comment (markdown), wall`,
        md.ms / 1000,
        Infinity,
        's',
        `CPU ${(md.cpuMs / 1000).toFixed(2)} s, peak RSS ${md.rssMb.toFixed(0)} MB, exit ${md.code}`,
      );
    }
    if (n === 1_000) figure(`${label}: wall (reference)`, times[n] / 1000, Infinity, 's', detail);
  }
  // The same 100k metrics on one line, as Python's json.dump writes them: once, as a guard (the
  // nesting pre-scan was quadratic on long lines: 75 s for 8 MB).
  const compact = await bigRepo(100_000, true);
  temps.push(compact.dir);
  const one = await run([CLI, 'check', '--base', compact.base, '--format', 'json'], {
    cwd: compact.dir,
  });
  figure(
    '100,000 metrics as one-line JSON (json.dump), wall',
    one.ms / 1000,
    Infinity,
    's',
    `CPU ${(one.cpuMs / 1000).toFixed(2)} s, peak RSS ${one.rssMb.toFixed(0)} MB, exit ${one.code}`,
  );
  figure('10× input (1k → 10k): time ratio', times[10_000] / times[1_000], 12, 'x');
  figure('10× input (10k → 100k): time ratio', times[100_000] / times[10_000], 12, 'x');
}

/**
 * A forged report at the schema's caps as publish mode reads it (issue 9, point 5): `models`
 * models × `findings` findings spread over them, every level and check. Rendering it used to be
 * quadratic (~25 s for 500 × 20,000); `npm test` only counts the work, this measures it.
 */
function forgedReport(models, findings, head) {
  const checks = ['gate', 'contract', 'rollout', 'ledger', 'manifest', 'metrics'];
  const levels = ['error', 'warning', 'notice'];
  return JSON.stringify({
    version: 1,
    passed: true,
    counts: { errors: 0, warnings: 0, notices: 0, waived: 0 },
    failOn: 'error',
    pr: { number: 7, base: null, head },
    config: { file: '.mlgate.yml', source: 'base' },
    policyChanges: [],
    models: Array.from({ length: models }, (_, i) => ({
      name: `model-${i}`,
      state: 'existing',
      metricsFile: `models/${i}/metrics.json`,
      gates: Array.from({ length: 4 }, (_, g) => ({
        metric: `slices.s${g}.auc`,
        status: g % 2 ? 'fail' : 'pass',
        level: 'error',
        value: 0.5,
        reference: null,
        threshold: 0.8,
        message: 'auc is missing',
        gate: g,
        thresholdKind: 'min',
      })),
      metrics: [],
      meta: {},
      notes: [],
    })),
    findings: Array.from({ length: findings }, (_, j) => ({
      level: levels[j % 3],
      check: checks[j % checks.length],
      model: `model-${j % models}`,
      file: `models/${j % models}/metrics.json`,
      line: 1 + (j % 50),
      message: `finding ${j}`,
    })),
    tool: { name: 'mlgate', version: '0.1.0' },
  });
}

async function publish() {
  const small = await repo(
    { '.mlgate.yml': SMALL_CONFIG, 'models/churn/metrics.json': smallMetrics(0.84) },
    { 'models/churn/metrics.json': smallMetrics(0.845) },
  );
  temps.push(small.dir);
  const apiUrl = await fake.start();
  fake.headSha = small.head;
  const times = {};
  for (const [models, findings] of [
    [50, 2_000],
    [500, 20_000],
  ]) {
    const temp = mkdtempSync(join(tmpdir(), 'mlgate-bench-publish-'));
    temps.push(temp);
    const report = join(temp, 'report.json');
    writeFileSync(report, forgedReport(models, findings, small.head));
    const env = actionEnv(small, apiUrl, temp);
    writeFileSync(
      env.GITHUB_EVENT_PATH,
      JSON.stringify({
        workflow_run: {
          id: 1,
          head_sha: small.head,
          pull_requests: [{ number: 7 }],
          conclusion: 'success',
        },
        repository: { full_name: 'octo-org/churn' },
      }),
    );
    Object.assign(env, {
      GITHUB_EVENT_NAME: 'workflow_run',
      INPUT_MODE: 'publish',
      INPUT_REPORT: report,
    });
    const ms = [];
    const cpuMs = [];
    let last;
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      last = await run([ACTION], { cwd: small.dir, env });
      ms.push(last.ms);
      cpuMs.push(last.cpuMs);
    }
    const sizeMb = readFileSync(report).length / 1e6;
    const label = `publish: forged report, ${models} models × ${findings.toLocaleString('en')} findings`;
    const detail = `CPU ${(median(cpuMs) / 1000).toFixed(2)} s; report ${sizeMb.toFixed(1)} MB, exit ${last.code}`;
    times[models] = last.code === 0 ? median(ms) : NaN;
    // The quadratic renderer took ~25 s on the large one; the Action's budget is 30 s.
    figure(`${label}: wall`, times[models] / 1000, models === 500 ? 8.0 : Infinity, 's', detail);
  }
  // 10× models and 10× findings: linear rendering stays near 10×, quadratic would be near 100×.
  figure('10× forged report (50 → 500 models): time ratio', times[500] / times[50], 12, 'x');
}

if (process.env.BENCH_REPO) {
  // Only build the large case's repository, for profiling: `node --cpu-prof dist/cli.js check ...`.
  const r = await bigRepo(Number(process.env.BENCH_REPO));
  console.log(`cd ${r.dir} && node ${CLI} check --base ${r.base} --format json`);
  process.exit(0);
}

try {
  if (!ONLY || ONLY === 'startup') await startup();
  if (!ONLY || ONLY === 'scale') await scale();
  if (!ONLY || ONLY === 'publish') await publish();
} finally {
  await fake.stop().catch(() => {});
  for (const d of temps) rmSync(d, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `mlgate bench: ${process.version}, ${cpus().length} × ${cpu}, medians of ${RUNS} interleaved runs\n`,
);
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'figure'.padEnd(width)}  ${'measured'.padStart(9)}  ${'goal'.padStart(9)}  result`);
for (const r of rows) {
  const goal = r.limit === Infinity ? '' : `≤ ${fmt(r.limit, r.unit)}`;
  const result = r.limit === Infinity ? '' : r.pass ? 'pass' : 'FAIL';
  const value = Number.isFinite(r.value) ? fmt(r.value, r.unit) : 'n/a';
  console.log(
    `${r.name.padEnd(width)}  ${value.padStart(9)}  ${goal.padStart(9)}  ${result.padEnd(4)}  ${r.detail}`,
  );
}
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
