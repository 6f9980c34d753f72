/**
 * Wrong types at every level: each valid file is parsed, and a spread of its paths (top level to
 * leaves) is replaced by null, a string, a list, a mapping, NaN, and hostile text. Every run must
 * complete and render a safe comment; a config with a wrong type must fail closed.
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { BASE, EVIL, HEAD, configWith, dump, fixture, runCase, type Case } from './harness.js';

type Path = (string | number)[];

/** Every path in a plain value, parents before children. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** Up to `n` paths spread evenly over the document (always including the top level). */
function spread(all: Path[], n: number): Path[] {
  if (all.length <= n) return all;
  const step = all.length / n;
  return Array.from({ length: n }, (_, i) => all[Math.floor(i * step)]);
}

function setAt(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

const REPLACEMENTS: [string, unknown][] = [
  ['null', null],
  ['a numeric string', '0.5'],
  ['a list', ['x', 1]],
  ['a mapping', { x: 1 }],
  ['NaN', Number.NaN],
  ['hostile text', EVIL],
];

interface Target {
  name: string;
  file: string;
  valid: string;
  plant(text: string): Case;
  /** A wrong type in this file must produce an error (the config is schema-checked). */
  strict?: boolean;
}

const rollout = (name: string, fixturePath: string): Target => ({
  name: `rollout (${name})`,
  file: 'deploy/churn-rollout.yaml',
  valid: fixture(fixturePath),
  plant: (text) => ({ head: { 'deploy/churn-rollout.yaml': text } }),
});

const TARGETS: Target[] = [
  {
    name: '.mlgate.yml',
    file: '.mlgate.yml',
    valid: HEAD['.mlgate.yml'],
    plant: (text) => ({ head: { '.mlgate.yml': text }, base: null }),
    strict: true,
  },
  {
    name: 'metrics JSON',
    file: 'models/churn/metrics.json',
    valid: HEAD['models/churn/metrics.json'],
    plant: (text) => ({ head: { 'models/churn/metrics.json': text } }),
  },
  {
    name: 'ODCS contract',
    file: 'data/churn.odcs.yaml',
    valid: HEAD['data/churn.odcs.yaml'],
    plant: (text) => ({ head: { 'data/churn.odcs.yaml': text } }),
  },
  {
    name: 'DCS contract',
    file: 'data/churn.datacontract.yaml',
    valid: fixture('contract/churn.datacontract.yaml'),
    plant: (text) => ({
      head: {
        '.mlgate.yml': configWith({ contract: 'data/churn.datacontract.yaml' }),
        'data/churn.datacontract.yaml': text,
      },
      base: {
        '.mlgate.yml': configWith(
          { contract: 'data/churn.datacontract.yaml' },
          BASE['.mlgate.yml'],
        ),
        'data/churn.datacontract.yaml': fixture('contract/churn.datacontract.yaml'),
      },
    }),
  },
  rollout('native', 'rollout/native-good.yaml'),
  rollout('Argo canary', 'rollout/argo-canary.yaml'),
  rollout('Argo blue-green', 'rollout/argo-bluegreen.yaml'),
  rollout('Flagger', 'rollout/flagger-good.yaml'),
  rollout('KServe', 'rollout/kserve.yaml'),
  {
    name: 'model manifest',
    file: 'models/churn/model.yaml',
    valid: HEAD['models/churn/model.yaml'],
    plant: (text) => ({ head: { 'models/churn/model.yaml': text } }),
  },
];

/** Paths per file: enough to reach every level, few enough to keep the suite quick. */
const PER_FILE = 24;

for (const t of TARGETS) {
  const docs = parseAllDocuments(t.valid).map((d) => d.toJS() as unknown);
  const cases = docs.flatMap((doc, d) =>
    spread(paths(doc), PER_FILE).flatMap((path) =>
      REPLACEMENTS.map(([what, value]) => ({ d, path, what, value })),
    ),
  );
  describe(`wrong types in ${t.name}`, () => {
    it.each(
      cases.map((c) => ({ ...c, label: `doc ${c.d} ${c.path.join('.') || '(top)'} → ${c.what}` })),
    )('$label', async ({ d, path, value }) => {
      const mutated = docs.map((doc, i) => (i === d ? setAt(doc, path, value) : doc));
      const text = mutated.map((doc) => stringify(doc)).join('---\n');
      const { report } = await runCase(t.plant(text));
      if (t.strict && text !== docs.map((doc) => stringify(doc)).join('---\n')) {
        // A changed config is either still valid or an error naming the file.
        const configErrors = report.findings.filter(
          (f) => f.check === 'config' && f.level === 'error',
        );
        if (configErrors.length > 0)
          expect(
            configErrors.every((f) => f.file === t.file),
            dump(report),
          ).toBe(true);
      }
    });
  });
}
