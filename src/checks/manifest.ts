/**
 * Manifest checks (SPEC §6): what the manifest declares, as checklist evidence, plus findings for
 * what is missing or inconsistent. Pure: manifest (and the run metadata of the metrics) in.
 */
import { MONITOR_KEYS, type Manifest, type Monitor } from '../formats/manifest.js';
import type { ReadIssue } from '../formats/rollout/types.js';
import type { Evidence } from '../types.js';

export interface ManifestEvidence {
  'prediction-contract': Evidence;
  artifact: Evidence;
  serving: Evidence;
  monitoring: Evidence;
  reproducible: Evidence;
}

/** `replace-with-…` (what `mlgate init` writes), `<…>`, TODO, TBD: a value nobody filled in. */
const PLACEHOLDER = /^(replace-with-.*|<[^>]*>|todo|tbd|xxx|…|\.\.\.)$/i;

type Given = boolean | 'placeholder';

/** Whether a manifest value is there, and not a placeholder. */
function given(v: unknown): Given {
  if (v === undefined || v === null) return false;
  return typeof v === 'string' && PLACEHOLDER.test(v.trim()) ? 'placeholder' : true;
}

const covered = (m: Monitor | undefined): Given =>
  typeof m === 'string'
    ? m.trim() !== '' && given(m)
    : m === true || (typeof m === 'object' && m !== null && Object.keys(m).length > 0);

function evidenceOf(have: Record<string, Given>, what: string, ok: string): Evidence {
  const lacking = Object.keys(have).filter((k) => have[k] === false);
  const placeholders = Object.keys(have).filter((k) => have[k] === 'placeholder');
  if (lacking.length === 0 && placeholders.length === 0) return { ok: true, detail: ok };
  const parts = [
    ...(lacking.length ? [`lacks ${lacking.join(', ')}`] : []),
    ...(placeholders.length ? [`still has placeholder values in ${placeholders.join(', ')}`] : []),
  ];
  return { ok: false, detail: `${what} ${parts.join('; ')}` };
}

/** The five checklist evidences the manifest gives. */
export function manifestEvidence(m: Manifest | null): ManifestEvidence {
  if (!m) {
    const none = { ok: false, detail: 'the model manifest could not be read' };
    return {
      'prediction-contract': none,
      artifact: none,
      serving: none,
      monitoring: none,
      reproducible: none,
    };
  }
  const p = m.prediction;
  const datasetRef: Given =
    m.datasets.length > 0
      ? m.datasets.every((d) => given(d.id) === true && given(d.revision ?? 'x') === true) ||
        'placeholder'
      : given(m.run.dataset_version);
  return {
    'prediction-contract': evidenceOf(
      {
        'prediction.target': given(p.target),
        'prediction.output_schema': given(p.output_schema),
        'prediction.latency_budget_ms': given(p.latency_budget_ms),
        'prediction.fallback': given(p.fallback),
      },
      'prediction contract',
      `target ${p.target}, output schema, ${p.latency_budget_ms} ms budget, fallback ${p.fallback}`,
    ),
    artifact: evidenceOf(
      {
        version: given(m.version),
        config: given(m.config),
        'dataset reference': datasetRef,
        preprocessing: given(m.preprocessing),
      },
      'artifact',
      `version ${m.version}, config ${m.config}, ${m.datasets.length > 0 ? m.datasets.map((d) => (d.revision ? `${d.id}@${d.revision}` : d.id)).join(', ') : `dataset ${m.run.dataset_version}`}, preprocessing ${m.preprocessing}`,
    ),
    serving: evidenceOf(
      {
        'serving.timeout_ms': given(m.serving.timeout_ms),
        'serving.fallback': given(m.serving.fallback),
      },
      'serving',
      `timeout ${m.serving.timeout_ms} ms, fallback ${m.serving.fallback}`,
    ),
    monitoring: evidenceOf(
      Object.fromEntries(MONITOR_KEYS.map((k) => [`monitoring.${k}`, covered(m.monitoring[k])])),
      'monitoring',
      'system health, feature drift, prediction drift and delayed labels covered',
    ),
    reproducible: evidenceOf(
      {
        'run.code_sha': given(m.run.code_sha),
        'run.config_hash': given(m.run.config_hash),
        'run.dataset_version': given(m.run.dataset_version),
        'run.seed': given(m.run.seed),
      },
      'run',
      `code ${m.run.code_sha}, config ${m.run.config_hash}, data ${m.run.dataset_version}, seed ${m.run.seed}`,
    ),
  };
}

export interface ManifestCheckInput {
  manifest: Manifest;
  model: string;
  /** Run metadata of the head metrics (`meta`), compared with `run`. */
  meta?: Record<string, string | number | boolean | null>;
  /** The manifest at the base commit, for the version-bump check. */
  base?: Manifest | null;
}

/** Findings: each block that does not give its evidence, and inconsistencies. */
export function checkManifest({ manifest: m, model, meta, base }: ManifestCheckInput): ReadIssue[] {
  const out: ReadIssue[] = [];
  const at = (
    key: string | undefined,
    level: ReadIssue['level'],
    rule: string,
    message: string,
  ) => {
    // A field that is missing altogether has no line of its own: point at the top of the file,
    // so the annotation still lands on the manifest.
    const line = (key && (m.lines[key] ?? m.lines[key.split('.')[0]])) || 1;
    out.push({ level, rule, file: m.file, line, message });
  };
  const ev = manifestEvidence(m);
  if (m.name !== undefined && m.name !== model)
    at(
      'name',
      'warning',
      'manifest.name',
      `manifest name "${m.name}" is not the model's name "${model}"`,
    );
  if (m.source === 'model-card') {
    if (!m.version)
      at(
        undefined,
        'warning',
        'manifest.version',
        'model card front matter has no version; expected `version:`',
      );
    return out;
  }
  const blocks: [keyof ManifestEvidence, string, string][] = [
    [
      'artifact',
      'version',
      'the artifact must carry version, config, dataset reference and preprocessing',
    ],
    [
      'prediction-contract',
      'prediction',
      'expected prediction {target, output_schema, latency_budget_ms, fallback}',
    ],
    ['serving', 'serving', 'expected serving {timeout_ms, fallback}'],
    [
      'monitoring',
      'monitoring',
      'expected monitoring {system, feature_drift, prediction_drift, delayed_labels}',
    ],
    ['reproducible', 'run', 'expected run {code_sha, config_hash, dataset_version, seed}'],
  ];
  for (const [key, line, expected] of blocks) {
    if (!ev[key].ok) at(line, 'warning', `manifest.${key}`, `${ev[key].detail}; ${expected}`);
  }
  if (m.monitoring && Object.values(m.monitoring).includes(false))
    at(
      'monitoring',
      'warning',
      'manifest.monitoring',
      `monitoring turns off ${MONITOR_KEYS.filter((k) => m.monitoring[k] === false).join(', ')}`,
    );
  const budget = m.prediction.latency_budget_ms;
  const timeout = m.serving.timeout_ms;
  if (budget !== undefined && timeout !== undefined && timeout < budget)
    at(
      'serving.timeout_ms',
      'warning',
      'manifest.timeout',
      `serving.timeout_ms ${timeout} is below prediction.latency_budget_ms ${budget}; requests within budget would time out`,
    );
  if (given(m.run.code_sha) === true && !/^[0-9a-f]{7,64}$/i.test(m.run.code_sha ?? ''))
    at(
      'run.code_sha',
      'warning',
      'manifest.code-sha',
      `run.code_sha "${m.run.code_sha}" is not a git commit SHA; expected 7–40 hex characters`,
    );
  for (const key of ['code_sha', 'config_hash', 'dataset_version', 'seed'] as const) {
    const mine = m.run[key];
    const theirs = meta?.[key];
    if (mine === undefined || theirs === undefined || theirs === null) continue;
    const a = String(mine);
    const b = String(theirs);
    const same = key === 'code_sha' ? a.startsWith(b) || b.startsWith(a) : a === b;
    if (!same)
      at(
        `run.${key}`,
        'warning',
        'manifest.run-mismatch',
        `run.${key} "${a}" differs from the metrics' meta.${key} "${b}"; the metrics may come from another run`,
      );
  }
  if (base && base.version !== undefined && base.version === m.version) {
    const changed: string[] = (['code_sha', 'config_hash', 'dataset_version', 'seed'] as const)
      .filter((k) => base.run[k] !== m.run[k])
      .map((k) => `run.${k}`);
    if (base.config !== m.config) changed.push('config');
    if (changed.length > 0)
      at(
        'version',
        'warning',
        'manifest.version-bump',
        `version is still ${m.version} although ${changed.join(', ')} changed; expected a new version for a new artifact`,
      );
  }
  return out;
}
