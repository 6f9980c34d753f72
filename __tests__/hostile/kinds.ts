/** Every kind of file mlgate reads, with a valid example and how to plant a variant of it in a run. */
import { BASE, HEAD, PR_BODY, configWith, fixture, type Case, type Tree } from './harness.js';
import type { Format } from './payloads.js';

export interface Kind {
  kind: string;
  /** Path of the file as the config names it (what findings must name). */
  file: string;
  format: Format;
  valid: string;
  /** A run with `text` as this file. */
  plant(text: string): Case;
  /** The file feeds a gate or a required check at head: a problem is an error. */
  level: 'error' | 'warning';
  /** Another file a finding may name instead (the dvc.yaml a metrics set is named after). */
  via?: string;
  /** Several YAML documents are legitimate (Kubernetes manifests). */
  multiDoc?: boolean;
  /** An empty file is a valid, empty instance (a ledger with no entries yet). */
  emptyOk?: boolean;
  /** Findings need not carry a line (problems at the base commit are reported without one). */
  lines?: false;
}

const both = (edit: Record<string, string>, head: Tree, base: Tree = {}): Case => ({
  head: { '.mlgate.yml': configWith(edit), ...head },
  base: { '.mlgate.yml': configWith(edit, BASE['.mlgate.yml']), ...base },
});

const metricsJson = HEAD['models/churn/metrics.json'];

const headFile = (
  kind: string,
  file: string,
  format: Format,
  valid: string,
  edit: Record<string, string> = {},
): Kind => ({
  kind,
  file,
  format,
  valid,
  level: 'error',
  plant: (text) => both(edit, { [file]: text }),
});

const DVC =
  'metrics:\n  - eval/summary.json\nstages:\n  train:\n    metrics:\n      - eval/train.json\n';

const YAML_LEDGER = `- iteration: 7
  title: recency features
  change: added 30-day recency aggregates
  why_this_mattered: churn follows recent support contact
  metric_movement: auc +0.012 (0.831 → 0.843)
  slice_movement: slices.tenure_gt_24m.recall -0.01
  decision: promote
`;

export const KINDS: Kind[] = [
  {
    kind: 'config (.mlgate.yml) at head',
    file: '.mlgate.yml',
    format: 'yaml',
    valid: HEAD['.mlgate.yml'],
    level: 'error',
    plant: (text) => ({ head: { '.mlgate.yml': text }, base: null }),
  },
  {
    kind: 'config (.mlgate.yml) at head, base config in force',
    file: '.mlgate.yml',
    format: 'yaml',
    valid: HEAD['.mlgate.yml'],
    level: 'error',
    plant: (text) => ({ head: { '.mlgate.yml': text } }),
  },
  {
    kind: 'config (.mlgate.yml) at base',
    file: '.mlgate.yml',
    format: 'yaml',
    valid: BASE['.mlgate.yml'],
    level: 'warning',
    lines: false,
    plant: (text) => ({ base: { '.mlgate.yml': text } }),
  },
  headFile('metrics JSON', 'models/churn/metrics.json', 'json', metricsJson),
  {
    kind: 'metrics JSON at base',
    file: 'models/churn/metrics.json',
    format: 'json',
    valid: BASE['models/churn/metrics.json'],
    level: 'warning',
    lines: false,
    plant: (text) => ({ base: { 'models/churn/metrics.json': text } }),
  },
  headFile('metrics YAML', 'models/churn/metrics.yaml', 'yaml', fixture('metrics/metrics.yaml'), {
    metrics: 'models/churn/metrics.yaml',
  }),
  headFile('metrics TOML', 'models/churn/metrics.toml', 'toml', fixture('metrics/metrics.toml'), {
    metrics: 'models/churn/metrics.toml',
  }),
  headFile('metrics CSV', 'models/churn/metrics.csv', 'csv', fixture('metrics/metrics.csv'), {
    metrics: 'models/churn/metrics.csv',
  }),
  headFile('HF model card metrics', 'models/churn/README.md', 'md', fixture('metrics/README.md'), {
    metrics: 'models/churn/README.md',
  }),
  {
    kind: 'dvc.yaml',
    file: 'models/churn/dvc.yaml',
    format: 'yaml',
    valid: DVC,
    level: 'error',
    plant: (text) =>
      both(
        { metrics: 'models/churn/dvc.yaml' },
        {
          'models/churn/dvc.yaml': text,
          'models/churn/eval/summary.json': metricsJson,
          'models/churn/eval/train.json': '{"train_loss": 0.2}\n',
        },
      ),
  },
  {
    kind: 'file named by dvc.yaml',
    file: 'models/churn/eval/summary.json',
    via: 'models/churn/dvc.yaml',
    format: 'json',
    valid: metricsJson,
    level: 'error',
    plant: (text) =>
      both(
        { metrics: 'models/churn/dvc.yaml' },
        {
          'models/churn/dvc.yaml': DVC,
          'models/churn/eval/summary.json': text,
          'models/churn/eval/train.json': '{"train_loss": 0.2}\n',
        },
      ),
  },
  headFile(
    'baseline metrics',
    'models/churn/baseline-metrics.json',
    'json',
    HEAD['models/churn/baseline-metrics.json'],
  ),
  headFile('production metrics file', 'models/churn/production.json', 'json', metricsJson, {
    production: 'models/churn/production.json',
  }),
  headFile('ODCS contract', 'data/churn.odcs.yaml', 'yaml', HEAD['data/churn.odcs.yaml']),
  headFile(
    'DCS contract',
    'data/churn.datacontract.yaml',
    'yaml',
    fixture('contract/churn.datacontract.yaml'),
    { contract: 'data/churn.datacontract.yaml' },
  ),
  {
    kind: 'ODCS contract at base',
    file: 'data/churn.odcs.yaml',
    format: 'yaml',
    valid: BASE['data/churn.odcs.yaml'],
    level: 'warning',
    lines: false,
    plant: (text) => ({ base: { 'data/churn.odcs.yaml': text } }),
  },
  {
    ...headFile(
      'rollout (native)',
      'deploy/churn-rollout.yaml',
      'yaml',
      HEAD['deploy/churn-rollout.yaml'],
    ),
    multiDoc: true,
  },
  headFile('model manifest', 'models/churn/model.yaml', 'yaml', HEAD['models/churn/model.yaml']),
  headFile(
    'model manifest as HF card',
    'models/churn/README.md',
    'md',
    fixture('metrics/README.md'),
    {
      manifest: 'models/churn/README.md',
    },
  ),
  {
    ...headFile('LEDGER.md', 'models/churn/LEDGER.md', 'md', HEAD['models/churn/LEDGER.md']),
    emptyOk: true,
  },
  {
    ...headFile('YAML ledger', 'models/churn/ledger.yaml', 'yaml', YAML_LEDGER, {
      ledger: 'models/churn/ledger.yaml',
    }),
    emptyOk: true,
  },
];

export { PR_BODY };
