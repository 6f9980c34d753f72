/**
 * The model manifest (SPEC §6): `model.yaml` validated against `schemas/manifest.schema.json`, or a
 * Hugging Face model card (`README.md` YAML front matter) that supplies name, version and datasets.
 * `(file, text) → manifest + issues`; no I/O. Unknown keys are allowed (teams carry more), but a key
 * that looks like a typo of a known one is reported.
 */
import validate from '../generated/manifest.validate.cjs';
import { frontMatter } from './metrics/modelcard.js';
import { closest, schemaProblems } from './schema-errors.js';
import { isRecord, parseData, type DataDoc, type PathSegment } from './data.js';
import type { ReadIssue } from './rollout/types.js';

// `validate` is precompiled from schemas/manifest.schema.json by scripts/compile-schemas.mjs.

export type Monitor = string | boolean | Record<string, unknown>;

/** The manifest as read: every field optional, so a partial file still gives partial evidence. */
export interface Manifest {
  file: string;
  source: 'manifest' | 'model-card';
  name?: string;
  version?: string;
  config?: string;
  datasets: { id: string; revision?: string }[];
  preprocessing?: string;
  run: { code_sha?: string; config_hash?: string; seed?: number; dataset_version?: string };
  prediction: {
    target?: string;
    output_schema?: string | Record<string, unknown>;
    latency_budget_ms?: number;
    fallback?: string;
  };
  serving: { timeout_ms?: number; fallback?: string };
  monitoring: Partial<Record<MonitorKey, Monitor>>;
  /** Where fields came from when a model card filled them in (`version`, `datasets`). */
  fromCard: string[];
  /** 1-based line of a field (dotted path), where known. */
  lines: Record<string, number>;
}

export const MONITOR_KEYS = [
  'system',
  'feature_drift',
  'prediction_drift',
  'delayed_labels',
] as const;
export type MonitorKey = (typeof MONITOR_KEYS)[number];

const KNOWN: Record<string, string[]> = {
  '': [
    'name',
    'version',
    'config',
    'datasets',
    'preprocessing',
    'run',
    'prediction',
    'serving',
    'monitoring',
  ],
  run: ['code_sha', 'config_hash', 'seed', 'dataset_version'],
  prediction: ['target', 'output_schema', 'latency_budget_ms', 'fallback'],
  serving: ['timeout_ms', 'fallback'],
  monitoring: [...MONITOR_KEYS],
};

export interface ManifestRead {
  manifest: Manifest | null;
  issues: ReadIssue[];
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== ''
    ? v
    : typeof v === 'number' && Number.isFinite(v)
      ? String(v)
      : undefined;
const number = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

function empty(file: string, source: Manifest['source']): Manifest {
  return {
    file,
    source,
    datasets: [],
    run: {},
    prediction: {},
    serving: {},
    monitoring: {},
    fromCard: [],
    lines: {},
  };
}

/** Read a Hugging Face model card's front matter: name (model-index), version, datasets. */
export function readModelCard(file: string, markdown: string): ManifestRead {
  const issue = (message: string, line?: number): ReadIssue => ({
    level: 'error',
    rule: 'manifest.parse',
    file,
    ...(line ? { line } : {}),
    message,
  });
  const fm = frontMatter(markdown);
  if (!fm)
    return {
      manifest: null,
      issues: [issue(`${file}: no YAML front matter; expected a model card starting with ---`, 1)],
    };
  const parsed = parseData(fm.yaml);
  if (!parsed.ok)
    return {
      manifest: null,
      issues: [
        issue(
          `${file}: front matter ${parsed.message}`,
          parsed.line ? parsed.line + fm.firstLine - 1 : 1,
        ),
      ],
    };
  const data = parsed.value.data;
  if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
    return {
      manifest: null,
      issues: [
        issue(
          `${file}: front matter is ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}; expected a mapping (model-index, version, datasets, …)`,
          fm.firstLine,
        ),
      ],
    };
  const d = rec(data);
  const lineOf = (p: PathSegment[]) => {
    const l = parsed.value.lineOf(p);
    return l ? l + fm.firstLine - 1 : undefined;
  };
  const m = empty(file, 'model-card');
  const index = Array.isArray(d['model-index']) ? d['model-index'] : [];
  const name = text(rec(index[0]).name) ?? text(d.model_name);
  if (name) m.name = name;
  const version = text(d.version) ?? text(d.model_version);
  if (version) {
    m.version = version;
    m.fromCard.push('version');
    const l = lineOf([d.version !== undefined ? 'version' : 'model_version']);
    if (l) m.lines.version = l;
  }
  const datasets = Array.isArray(d.datasets)
    ? d.datasets
    : typeof d.datasets === 'string'
      ? [d.datasets]
      : [];
  for (const ds of datasets) {
    // Cards list dataset ids, optionally `id@revision`.
    const id = text(ds) ?? text(rec(ds).id);
    if (!id) continue;
    const [bare, rev] = id.split('@');
    m.datasets.push({
      id: bare,
      ...(rev
        ? { revision: rev }
        : text(rec(ds).revision)
          ? { revision: text(rec(ds).revision) }
          : {}),
    });
  }
  if (m.datasets.length > 0) {
    m.fromCard.push('datasets');
    const l = lineOf(['datasets']);
    if (l) m.lines.datasets = l;
  }
  return { manifest: m, issues: [] };
}

/** Read `model.yaml`. Never throws. */
export function readManifest(file: string, source: string): ManifestRead {
  if (/\.md$/i.test(file)) return readModelCard(file, source);
  const issues: ReadIssue[] = [];
  const parsed = parseData(source);
  if (!parsed.ok) {
    issues.push({
      level: 'error',
      rule: 'manifest.parse',
      file,
      ...(parsed.line ? { line: parsed.line } : {}),
      message: `${file}: ${parsed.message}`,
    });
    return { manifest: null, issues };
  }
  const doc = parsed.value;
  if (!isRecord(doc.data)) {
    issues.push({
      level: 'error',
      rule: 'manifest.parse',
      file,
      line: 1,
      message: `${file}: expected a mapping with name, version, run, prediction, serving and monitoring`,
    });
    return { manifest: null, issues };
  }
  if (!validate(doc.data)) {
    for (const p of schemaProblems(validate.errors)) {
      const line = doc.lineOf(p.path);
      issues.push({
        level: 'error',
        rule: 'manifest.schema',
        file,
        ...(line ? { line } : {}),
        message: `${file}: ${p.message}`,
      });
    }
  }
  typos(doc, file, issues);
  const d = doc.data;
  const m = empty(file, 'manifest');
  const set = <K extends keyof Manifest>(key: K, value: Manifest[K] | undefined) => {
    if (value !== undefined) m[key] = value;
  };
  set('name', text(d.name));
  set('version', text(d.version));
  set('config', text(d.config));
  set('preprocessing', text(d.preprocessing));
  if (Array.isArray(d.datasets))
    for (const ds of d.datasets) {
      const id = text(rec(ds).id);
      const revision = text(rec(ds).revision);
      if (id) m.datasets.push({ id, ...(revision ? { revision } : {}) });
    }
  const run = rec(d.run);
  m.run = strip({
    code_sha: text(run.code_sha),
    config_hash: text(run.config_hash),
    seed: Number.isInteger(run.seed) ? (run.seed as number) : undefined,
    dataset_version: text(run.dataset_version),
  });
  const pred = rec(d.prediction);
  m.prediction = strip({
    target: text(pred.target),
    output_schema:
      isRecord(pred.output_schema) && Object.keys(pred.output_schema).length > 0
        ? pred.output_schema
        : text(pred.output_schema),
    latency_budget_ms: number(pred.latency_budget_ms),
    fallback: text(pred.fallback),
  });
  const serving = rec(d.serving);
  m.serving = strip({ timeout_ms: number(serving.timeout_ms), fallback: text(serving.fallback) });
  const mon = rec(d.monitoring);
  for (const k of MONITOR_KEYS) {
    const v = mon[k];
    if (typeof v === 'string' || typeof v === 'boolean' || isRecord(v)) m.monitoring[k] = v;
  }
  for (const path of [
    ['name'],
    ['version'],
    ['config'],
    ['datasets'],
    ['preprocessing'],
    ['run'],
    ['prediction'],
    ['serving'],
    ['monitoring'],
    ['run', 'code_sha'],
    ['run', 'config_hash'],
    ['run', 'seed'],
    ['run', 'dataset_version'],
    ['prediction', 'latency_budget_ms'],
    ['serving', 'timeout_ms'],
  ]) {
    const line = doc.lineOf(path);
    if (line && d[path[0]] !== undefined) m.lines[path.join('.')] = line;
  }
  return { manifest: m, issues };
}

function strip<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function typos(doc: DataDoc, file: string, issues: ReadIssue[]): void {
  for (const [block, known] of Object.entries(KNOWN)) {
    const node = block ? rec(rec(doc.data)[block]) : rec(doc.data);
    for (const key of Object.keys(node)) {
      if (known.includes(key)) continue;
      const hint = closest(key, known);
      if (!hint) continue;
      const path = block ? [block, key] : [key];
      const line = doc.lineOf(path);
      issues.push({
        level: 'warning',
        rule: 'manifest.typo',
        file,
        ...(line ? { line } : {}),
        message: `${file}: unknown key "${path.join('.')}" (did you mean "${block ? `${block}.` : ''}${hint}"?)`,
      });
    }
  }
}
