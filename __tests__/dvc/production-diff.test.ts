/**
 * Issue 10 point 3, last sentence: when `production:` names a file, the metric diff's base side is
 * that file, so the diff and the `vs: production` gate show the same numbers (it used to say
 * `- → 0.95` while the gate said `0.96 → 0.95`). Markdown, text and the report JSON agree.
 */
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { validateReport } from '../../src/report/validate.js';
import { run } from '../pipeline/memory.js';

const CONFIG = `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    production: models/churn/production.json
    gates:
      - { metric: auc, vs: production, max_drop: 0.005 }
checklist: { enabled: false }
`;

/** The candidate's metrics file is new in this PR; production metrics are committed beside it. */
const trees = {
  base: { '.mlgate.yml': CONFIG, 'models/churn/production.json': '{"auc": 0.96, "f1": 0.7}' },
  head: {
    '.mlgate.yml': CONFIG,
    'models/churn/production.json': '{"auc": 0.96, "f1": 0.7}',
    'models/churn/metrics.json': '{"auc": 0.95, "f1": 0.7, "recall": 0.6}',
  },
};

describe('production from a file: the diff compares that file with head', () => {
  it('the report rows carry the production values, and say so in diffBase', async () => {
    const report = await run(trees);
    const model = report.models[0];
    expect(model.gates[0]).toMatchObject({ status: 'fail', reference: 0.96, value: 0.95 });
    expect(model.diffBase).toEqual({ kind: 'production', file: 'models/churn/production.json' });
    // f1 is equal in both files: not a row, as in `dvc metrics diff`.
    expect(model.metrics.map((r) => [r.metric, r.base, r.head, r.change])).toEqual([
      ['auc', 0.96, 0.95, -0.01],
      ['recall', null, 0.6, null],
    ]);
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toMatchObject({ ok: true });
  });

  it('markdown: a Production column under a title and note that name the file', async () => {
    const md = renderComment(await run(trees), { commentKey: 'k' }).markdown;
    expect(md).toContain('#### Metric diff (production → head)');
    expect(md).toContain('the production metrics file `models/churn/production.json`');
    expect(md).toMatch(/\| Metric\s+\| Production \| Head \| Change \|/);
    expect(md).toMatch(/\| `auc`\s+\|\s+0\.96 \| 0\.95 \|\s+-0\.01 \|/);
    expect(md).not.toContain('Metrics (new model, no base)');
  });

  it('text: the same numbers as the gate, and the file it compares with', async () => {
    const text = renderText(await run(trees));
    expect(text).toContain('auc dropped 0.01 vs production (0.96 → 0.95; max 0.005)');
    expect(text).toContain('metric diff (production models/churn/production.json -> head');
    expect(text).toContain('    auc: 0.96 -> 0.95 (-0.01)\n');
    expect(text).not.toContain('auc: - -> 0.95');
  });

  it('without a production file the diff stays base commit → head', async () => {
    const cfg = CONFIG.replace('    production: models/churn/production.json\n', '');
    const report = await run({
      base: { '.mlgate.yml': cfg, 'models/churn/metrics.json': '{"auc": 0.97}' },
      head: { '.mlgate.yml': cfg, 'models/churn/metrics.json': '{"auc": 0.95}' },
    });
    expect(report.models[0].diffBase).toBeUndefined();
    expect(report.models[0].metrics[0]).toMatchObject({ base: 0.97, head: 0.95 });
  });
});
