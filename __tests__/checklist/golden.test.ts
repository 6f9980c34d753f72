import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import type { Report } from '../../src/report/model.js';
import { renderChecklist } from '../../src/report/sections/checklist.js';
import { renderLedger } from '../../src/report/sections/ledger.js';
import type { SectionContext } from '../../src/report/sections/types.js';
import { MemorySource } from './memory-source.js';

const CONFIG = `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    baseline: models/churn/baseline.json
    ledger: models/churn/LEDGER.md
    gates:
      - { metric: auc, min: 0.82 }
      - { metric: latency.p95_ms, max: 80 }
      - { metric: auc, vs: production, max_drop: 0.005 }
      - { metric: auc, vs: baseline, min_gain: 0.02 }
      - { metric: slices.old.recall, min: 0.70, level: warn }
      - { metric: 'slices.*.recall', min: 0.5, level: warn, required: false }
checklist:
  require: [fail-closed, leakage, train-serve]
  items:
    - { id: fairness-review, text: "Fairness slices reviewed by the decision owner", allow_na: false }
ledger_policy: { require_entry_when_metrics_change: true }
`;

const metrics = (auc: number, p95: number, young: number, old: number, sha: string) =>
  JSON.stringify({
    auc,
    latency: { p95_ms: p95 },
    slices: { young: { recall: young }, old: { recall: old } },
    meta: {
      code_sha: sha,
      config_hash: 'sha256:41e7',
      dataset_version: 'churn-2026-11-15',
      seed: 17,
    },
  });

const PAST = `# Observation ledger: churn

## Iteration 6: tenure buckets
- Change: tenure bucket one-hot features
- Metric movement: auc +0.002 (0.829 → 0.831)
- Decision: promote
`;

const NEW_ENTRY = `
## Iteration 7: recency features
- Change: 30-day recency aggregates of support tickets | logins <script>
- Metric movement: auc +0.02 (0.831 → 0.843)
- Slice movement: young recall up, @data-team to check old
- Decision: promote
- Notes: \`\`\`not a fence break\`\`\`
`;

const BODY = [
  'Adds recency features. cc @someone',
  '',
  '```markdown',
  '- [x] Slice metrics and guardrails are included for high-risk cohorts <!-- mlgate:slices -->',
  '```',
  '',
  '- [x] Leakage risks were checked against prediction-time availability <!-- mlgate:leakage -->',
  '- [ ] Training and serving transformations are shared or equivalence-tested <!-- mlgate:train-serve -->',
  '- [ ] Monitoring covers everything — N/A: nightly batch scoring, monitored by the <b>batch</b> job <!-- mlgate:monitoring -->',
  '- [x] Fairness slices reviewed by the decision owner',
  '- [ ] Sensitive data is excluded N/A: <!-- mlgate:sensitive-data -->',
].join('\r\n');

async function report(headLedger: string, prBody: string): Promise<Report> {
  const base = new MemorySource({
    '.mlgate.yml': CONFIG,
    'models/churn/metrics.json': metrics(0.831, 61, 0.74, 0.69, '4f1c2e9'),
    'models/churn/baseline.json': '{"auc": 0.71, "latency": {"p95_ms": 3}}',
    'models/churn/LEDGER.md': PAST,
  });
  const head = new MemorySource({
    '.mlgate.yml': CONFIG,
    'models/churn/metrics.json': metrics(0.843, 66, 0.77, 0.68, 'a81d3c0'),
    'models/churn/baseline.json': '{"auc": 0.71, "latency": {"p95_ms": 3}}',
    'models/churn/LEDGER.md': headLedger,
  });
  return runPipeline({
    head,
    base,
    configPath: '.mlgate.yml',
    configSource: 'base',
    prBody,
    pr: { number: 7, base: null, head: null },
    failOn: 'error',
  });
}

function sections(r: Report, ctx: Partial<SectionContext> = {}): string {
  const c: SectionContext = { report: r, level: 0, maxRows: 200, ...ctx };
  const model = r.models[0];
  return [renderChecklist(r, c), renderLedger(model, r.findings, c)].join('\n\n') + '\n';
}

describe('golden: checklist and ledger sections', () => {
  it('a PR with a new ledger entry and every checklist status', async () => {
    const r = await report(PAST + NEW_ENTRY, BODY);
    const statuses = new Set(r.checklist?.items.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['attested', 'evidence', 'missing', 'waived']);
    await expect(sections(r)).toMatchFileSnapshot('__golden__/new-entry.md');
  });

  it('a PR that edits a past entry and adds none', async () => {
    const edited = PAST.replace('tenure bucket one-hot features', 'tenure buckets (edited)');
    const r = await report(edited, '');
    expect(r.findings.filter((f) => f.check === 'ledger').map((f) => f.rule)).toEqual([
      'ledger.append-only',
      'ledger.entry-required',
    ]);
    await expect(sections(r)).toMatchFileSnapshot('__golden__/edited-entry.md');
  });

  it('caps rows and the diff at small budgets, never leaving a fence open', async () => {
    const r = await report(PAST + NEW_ENTRY, BODY);
    const md = sections(r, { level: 2, maxRows: 2 });
    expect(md).toMatch(/11 more items in the job summary/);
    expect(md).toMatch(/more lines in the job summary/);
    expect(md).not.toMatch(/How to tick items/);
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});
