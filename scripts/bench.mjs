// `npm run bench`: how long mlgate takes, measured on this machine. Prints figures and ratios;
// nothing here asserts a time. Uses the committed bundles (dist/), as the Action runs them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildExampleRepo } from './example-repo.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLI = resolve('dist/cli.js');

/** Median wall time (ms) of running `args` with node, RUNS times. */
function time(args, cwd) {
  const samples = [];
  let status = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(performance.now() - t0);
    status = res.status;
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], status };
}

const git = (cwd, ...args) =>
  spawnSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], {
    cwd,
    stdio: 'ignore',
  });

/** A synthetic large model: many slices and drift histograms, gated with wildcards. */
function writeLargeModel(dir, slices) {
  const metrics = {
    auc: { value: 0.84, ci: [0.83, 0.85] },
    latency: { p95_ms: 60 },
    slices: {},
    drift: {},
  };
  for (let i = 0; i < slices; i++) {
    metrics.slices[`s${i}`] = {
      recall: 0.7 + (i % 20) / 100,
      precision: 0.8,
      positive_rate: 0.2 + (i % 7) / 100,
    };
  }
  for (let i = 0; i < 50; i++) {
    metrics.drift[`f${i}`] = {
      edges: [0, 1, 2, 3, 4],
      reference: { counts: [50, 30, 20, 10] },
      current: { counts: [40 + (i % 5), 30, 20, 10] },
    };
  }
  mkdirSync(join(dir, 'big'), { recursive: true });
  writeFileSync(join(dir, 'big', 'metrics.json'), JSON.stringify(metrics));
  const config = [
    'version: 1',
    'models:',
    '  - name: big',
    '    metrics: big/metrics.json',
    '    gates:',
    '      - { metric: auc, min: 0.8 }',
    '      - { metric: auc, vs: production, max_drop: 0.01 }',
    '      - { metric: "slices.*.recall", min: 0.6 }',
    '      - { metric: "slices.*.recall", vs: production, max_drop: 0.05 }',
    '      - { metric: "slices.*.positive_rate", aggregate: ratio, min: 0.5 }',
    '      - { metric: "drift.*.psi", max: 0.25 }',
  ].join('\n');
  writeFileSync(join(dir, '.mlgate-big.yml'), config + '\n');
  return (slices + 2) * 3;
}

const { dir, base } = buildExampleRepo();
try {
  const bare = time(['-e', '0'], dir);
  const help = time([CLI, '--help'], dir);
  const example = time([CLI, 'check', '--base', base, '--format', 'json'], dir);
  const rows = [
    ['node -e 0 (process start)', bare],
    ['mlgate --help (bundle load)', help],
    ['mlgate check on examples/', example],
  ];
  for (const slices of [100, 2000]) {
    const n = writeLargeModel(dir, slices);
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '-m', `big ${slices}`);
    const big = time(
      [
        CLI,
        'check',
        '--config',
        '.mlgate-big.yml',
        '--config-source',
        'head',
        '--base',
        base,
        '--format',
        'json',
      ],
      dir,
    );
    rows.push([`mlgate check, ${slices} slices (~${n} metrics)`, big]);
  }
  console.log(`mlgate bench: median of ${RUNS} runs, wall time, this machine (${process.version})`);
  console.log('');
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, r] of rows) {
    const ratio = (r.median / bare.median).toFixed(1);
    console.log(
      `${name.padEnd(width)}  ${r.median.toFixed(0).padStart(6)} ms  (min ${r.min.toFixed(0)} ms, ${ratio}x node start, exit ${r.status})`,
    );
  }
  console.log('');
  console.log(
    `check on examples/ minus bundle load: ${(example.median - help.median).toFixed(0)} ms of work`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
