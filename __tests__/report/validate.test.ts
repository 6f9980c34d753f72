/**
 * The report schema (`schemas/report.schema.json`, SPEC §9) and its validator: every report the
 * pipeline writes validates, and a forged report is refused field by field, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/report/json.js';
import { parseReport, recompute, validateReport } from '../../src/report/validate.js';
import { runCase } from '../hostile/harness.js';
import { run } from '../pipeline/memory.js';
import { failing, mixed, passing } from '../pipeline/scenarios.js';

/** A report as publish mode reads it: written by the pipeline, parsed back from JSON. */
const asRead = async (r: Promise<unknown>) =>
  JSON.parse(toJson((await r) as never)) as Record<string, unknown>;

describe('reports written by check validate against schemas/report.schema.json', () => {
  it.each([
    ['golden passing', () => run(passing)],
    ['golden failing', () => run(failing)],
    ['golden mixed', () => run(mixed)],
    ['examples/ (base → head)', async () => (await runCase({})).report],
    ['examples/ without a base', async () => (await runCase({ base: null })).report],
  ])('%s', async (_name, make) => {
    const json = await asRead(make());
    const checked = validateReport(json);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    // Recomputing what check computed changes nothing.
    if (checked.ok) expect(JSON.parse(toJson(checked.report))).toEqual(json);
  });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('a forged report is refused, naming the field', () => {
  let base: Json;
  const forged = async (edit: (r: Json) => void) => {
    base ??= await asRead(runCase({}).then((x) => x.report));
    const r = structuredClone(base);
    edit(r);
    return validateReport(r);
  };

  it.each([
    ['version', (r: Json) => (r.version = 2), 'version: expected 1'],
    [
      'counts.errors',
      (r: Json) => (r.counts.errors = '0\n## ✅'),
      'counts.errors: expected integer',
    ],
    ['counts.warnings', (r: Json) => (r.counts.warnings = -1), 'counts.warnings: must be >= 0'],
    ['pr.head', (r: Json) => (r.pr.head = 'HEAD'), 'pr.head'],
    ['pr.number', (r: Json) => (r.pr.number = 1.5), 'pr.number'],
    ['tool.version', (r: Json) => (r.tool.version = '1 <img src=x>'), 'tool.version'],
    ['tool.name', (r: Json) => (r.tool.name = 'other'), 'tool.name: expected "mlgate"'],
    ['config.source', (r: Json) => (r.config.source = 'nowhere'), 'config.source: expected one of'],
    ['findings[].check', (r: Json) => (r.findings[0].check = '@org/team'), 'findings[0].check'],
    ['findings[].level', (r: Json) => (r.findings[0].level = 'fatal'), 'findings[0].level'],
    ['findings[].line', (r: Json) => (r.findings[0].line = 0), 'findings[0].line'],
    ['gate vs', (r: Json) => (r.models[0].gates[0].vs = '<b>x</b>'), 'models[0].gates[0].vs'],
    ['gate bound', (r: Json) => (r.models[0].gates[0].bound = 'mid'), 'models[0].gates[0].bound'],
    [
      'gate aggregate',
      (r: Json) => (r.models[0].gates[0].aggregate = 'sum'),
      'models[0].gates[0].aggregate',
    ],
    [
      'gate status',
      (r: Json) => (r.models[0].gates[0].status = 'ok'),
      'models[0].gates[0].status: expected one of "pass", "fail", "warn", "skip"',
    ],
    ['gate value', (r: Json) => (r.models[0].gates[0].value = '0.9'), 'models[0].gates[0].value'],
    [
      'rollout strategy',
      (r: Json) => (r.models[0].rollout.plan.strategy = 'yolo'),
      'models[0].rollout.plan.strategy',
    ],
    [
      'rollout traffic',
      (r: Json) => (r.models[0].rollout.plan.stages[0].traffic = '1% ✅'),
      'models[0].rollout.plan.stages[0].traffic',
    ],
    [
      'contract change level',
      (r: Json) => (r.models[0].contract.changes[0].level = 'fine'),
      'models[0].contract.changes[0].level',
    ],
    [
      'checklist counts',
      (r: Json) => (r.checklist.counts.missing = 'none'),
      'checklist.counts.missing',
    ],
    [
      'checklist status',
      (r: Json) => (r.checklist.items[0].status = 'done'),
      'checklist.items[0].status',
    ],
    [
      'models cap',
      (r: Json) => (r.models = Array(501).fill(r.models[0])),
      'models: must NOT have more than 500 items',
    ],
    [
      'string cap',
      (r: Json) => (r.findings[0].message = 'x'.repeat(1_000_001)),
      'findings[0].message: must NOT have more than 1000000 characters',
    ],
    ['missing key', (r: Json) => delete r.findings, 'missing required key "findings"'],
  ])('%s', async (_field, edit, message) => {
    const checked = await forged(edit);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.join('\n')).toContain(message);
  });

  it('accepts extra keys (SPEC §9: extra keys may be added)', async () => {
    const checked = await forged((r) => {
      r.extra = { anything: true };
      r.models[0].extra = 1;
    });
    expect(checked.ok).toBe(true);
  });

  it('recomputes counts, verdict and checklist counts instead of trusting them', async () => {
    const checked = await forged((r) => {
      r.passed = true;
      r.counts = { errors: 0, warnings: 0, notices: 0 };
      r.findings.push({ level: 'error', check: 'gate', message: 'auc 0.1 < min 0.82' });
      r.checklist.counts = { evidence: 99, attested: 0, waived: 0, missing: 0 };
    });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.report.passed).toBe(false);
    expect(checked.report.counts.errors).toBeGreaterThanOrEqual(1);
    const items = checked.report.checklist!.items;
    expect(checked.report.checklist!.counts.evidence).toBe(
      items.filter((i) => i.status === 'evidence').length,
    );
  });

  it('applies a stricter fail-on when asked', async () => {
    const r = await asRead(runCase({}).then((x) => x.report));
    const checked = validateReport(r);
    expect(checked.ok && checked.report.counts.warnings > 0).toBe(true);
    if (checked.ok) expect(recompute(checked.report, 'warning').passed).toBe(false);
  });

  it('never echoes the content of a file that is not JSON', () => {
    const parsed = parseReport('{"secret": "ghp_abcdef", oops');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join()).not.toContain('ghp_');
  });
});
