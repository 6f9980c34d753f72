import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/report/json.js';
import { parseReport } from '../../src/report/validate.js';
import { renderComment } from '../../src/report/markdown.js';
import { mergeReports, type MergeInput } from '../../src/report/merge.js';
import type { Report } from '../../src/report/model.js';
import { modelName, scaleReports } from './scale.js';
import { checkThree, NAMES } from './three.js';

/** A report as a matrix job leaves it: written to JSON and read back. */
function asArtifact(report: Report, file: string): MergeInput {
  const parsed = parseReport(toJson(report));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return { file, report: parsed.report };
}

const job = async (name: string, opts: Parameters<typeof checkThree>[0] = {}) =>
  asArtifact(
    await checkThree({ models: [name], ...opts }),
    `reports/mlgate-${name}/mlgate-report.json`,
  );

const mergeErrors = (r: Report) =>
  r.findings.filter((f) => f.check === 'merge').map((f) => f.message);

describe('3 matrix jobs merged = one job checking all 3', () => {
  it('gives the same verdict, counts, model sections, findings and checklist', async () => {
    const one = asArtifact(await checkThree(), 'all.json');
    if (!('report' in one)) throw new Error('unreachable');
    const single = one.report;
    const jobs = await Promise.all(NAMES.map((n) => job(n)));
    // Artifacts arrive in any order.
    const merged = mergeReports([jobs[2], jobs[0], jobs[1]], { failOn: 'error' });
    expect(mergeErrors(merged)).toEqual([]);
    expect(merged.passed).toBe(single.passed);
    expect(merged.passed).toBe(false);
    expect(merged.counts).toEqual(single.counts);
    expect(merged.models).toEqual(single.models);
    expect(merged.findings).toEqual(single.findings);
    expect(merged.policyChanges).toEqual(single.policyChanges);
    expect(merged.checklist).toEqual(single.checklist);
    // The checklist is evaluated once: each job alone saw only its model's evidence.
    const fraudOnly = jobs[2];
    if (!('report' in fraudOnly)) throw new Error('unreachable');
    expect(fraudOnly.report.checklist?.items).not.toEqual(single.checklist?.items);
    const md = (r: Report) => renderComment(r, { commentKey: 'k' }).markdown;
    expect(md(merged)).toBe(md(single));
    expect(merged.merged?.reports.map((r) => r.models)).toEqual([['fraud'], ['churn'], ['ranker']]);
  });

  it('a passing PR stays passing when merged', async () => {
    const files = { 'models/churn/metrics.json': '{"auc": 0.86, "latency": {"p95_ms": 60}}' };
    const single = await checkThree({ files, failOn: 'never' });
    const jobs = await Promise.all(NAMES.map((n) => job(n, { files, failOn: 'never' })));
    const merged = mergeReports(jobs, { failOn: 'never' });
    expect(merged.passed).toBe(true);
    expect(merged.counts).toEqual(single.counts);
  });
});

describe('merge fails closed', () => {
  it('a model in force with no report names the model and the reports read', async () => {
    const jobs = await Promise.all(['churn', 'fraud'].map((n) => job(n)));
    const merged = mergeReports(jobs, { failOn: 'error' });
    expect(merged.passed).toBe(false);
    expect(mergeErrors(merged)).toEqual([
      'no report covers model "ranker" (reports read: reports/mlgate-churn/mlgate-report.json, reports/mlgate-fraud/mlgate-report.json); did its matrix job fail before uploading its report?',
    ]);
  });

  it('two reports for the same model name both files', async () => {
    const jobs = await Promise.all(NAMES.map((n) => job(n)));
    const again = await checkThree({ models: ['churn', 'ranker'] });
    const merged = mergeReports([...jobs, asArtifact(again, 'reports/extra/r.json')], {
      failOn: 'error',
    });
    expect(mergeErrors(merged)).toEqual([
      'model "churn" is in two reports: reports/mlgate-churn/mlgate-report.json and reports/extra/r.json; each model must be checked by exactly one matrix job',
      'model "ranker" is in two reports: reports/mlgate-ranker/mlgate-report.json and reports/extra/r.json; each model must be checked by exactly one matrix job',
    ]);
    expect(merged.passed).toBe(false);
  });

  it('reports for different head commits name each file and commit', async () => {
    const jobs = await Promise.all([
      job('churn'),
      job('ranker', { headSha: '3333333333333333333333333333333333333333' }),
      job('fraud'),
    ]);
    const merged = mergeReports(jobs, { failOn: 'never' });
    expect(mergeErrors(merged)).toEqual([
      'the reports are for different head commits (reports/mlgate-churn/mlgate-report.json: 2222222; reports/mlgate-ranker/mlgate-report.json: 3333333; reports/mlgate-fraud/mlgate-report.json: 2222222); re-run the matrix on one commit',
    ]);
    // An error finding: with the default fail-on it blocks.
    expect(mergeReports(jobs, { failOn: 'error' }).passed).toBe(false);
  });

  it('a malformed report is an error naming its file, and its models count as missing', async () => {
    const jobs = await Promise.all(['churn', 'ranker'].map((n) => job(n)));
    const merged = mergeReports(
      [
        ...jobs,
        {
          file: 'reports/mlgate-fraud/mlgate-report.json',
          error: 'not valid JSON: Unexpected end of JSON input',
        },
      ],
      { failOn: 'error' },
    );
    expect(mergeErrors(merged)).toEqual([
      'no report covers model "fraud" (reports read: reports/mlgate-churn/mlgate-report.json, reports/mlgate-ranker/mlgate-report.json); did its matrix job fail before uploading its report?',
      'reports/mlgate-fraud/mlgate-report.json: not valid JSON: Unexpected end of JSON input',
    ]);
  });

  it('no reports at all is an error', () => {
    const merged = mergeReports([], { failOn: 'error' });
    expect(merged.passed).toBe(false);
    expect(mergeErrors(merged)).toEqual([
      'no report to merge: expected the report JSON of each matrix job',
    ]);
  });

  it('expected-models defines what must be present, and flags reports for other models', async () => {
    const jobs = await Promise.all(['churn', 'ranker'].map((n) => job(n)));
    const merged = mergeReports(jobs, { failOn: 'error', expected: ['churn', 'ranker', 'scorer'] });
    expect(mergeErrors(merged)).toEqual([
      'no report covers model "scorer" (reports read: reports/mlgate-churn/mlgate-report.json, reports/mlgate-ranker/mlgate-report.json); did its matrix job fail before uploading its report?',
    ]);
    const fewer = mergeReports(jobs, { failOn: 'error', expected: ['churn'] });
    expect(mergeErrors(fewer)).toEqual([
      'the reports cover model "ranker" that is not expected (expected: "churn")',
    ]);
  });

  it('reports made with different configs (models in force) disagree', async () => {
    const jobs = await Promise.all(['churn', 'ranker', 'fraud'].map((n) => job(n)));
    const [a] = jobs;
    if (!('report' in a)) throw new Error('unreachable');
    a.report.scope = { models: ['churn', 'ranker'], filter: ['churn'] };
    const merged = mergeReports(jobs, { failOn: 'error' });
    expect(mergeErrors(merged)).toContainEqual(
      expect.stringMatching(
        /^the reports disagree on the models in force \(reports\/mlgate-churn\/mlgate-report\.json: churn, ranker; /,
      ),
    );
  });
});

describe('200 models × 50 gates', () => {
  const reports = scaleReports(200, 50).map((r, i) => asArtifact(r, `reports/job-${i}/r.json`));
  const merged = mergeReports(reports, { failOn: 'error' });

  it('merges into one report with every model, in config order', () => {
    expect(mergeErrors(merged)).toEqual([]);
    expect(merged.models).toHaveLength(200);
    expect(merged.models.map((m) => m.name)).toEqual(merged.scope?.models);
    expect(merged.counts.errors).toBe(20 * 3);
    expect(merged.passed).toBe(false);
  });

  it('renders within the comment limit: every model in the summary table, failing ones expanded', () => {
    const { markdown } = renderComment(merged, { commentKey: 'default' });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain('### Models: 20 failing · 0 with warnings · 180 passing');
    for (let i = 0; i < 200; i++) expect(markdown).toContain(`| \`${modelName(i)}\``);
    expect(markdown).toContain('### ❌ Model `model-190`');
    expect(markdown).not.toContain('### ✅ Model `model-001`');
    // Never cut inside a table: the footer is there, the table rows are whole.
    expect(markdown).toMatch(/---\n<sub>mlgate .*head `aaaaaaa`/);
  });

  it('the job summary keeps every model section', () => {
    const { markdown } = renderComment(merged, { commentKey: 'default', maxChars: 1_000_000 });
    for (let i = 0; i < 200; i++) expect(markdown).toContain(`Model \`${modelName(i)}\``);
  });
});
