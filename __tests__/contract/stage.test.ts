import { describe, expect, it } from 'vitest';
import type { Config, ContractPolicy } from '../../src/config/types.js';
import type { ModelReport } from '../../src/report/model.js';
import { renderContract } from '../../src/report/sections/contract.js';
import type { SectionContext } from '../../src/report/sections/types.js';
import type { FileSource, ReadResult } from '../../src/sources/types.js';
import { contractStage } from '../../src/stages/contract.js';
import type { ModelContext } from '../../src/stages/context.js';
import type { Finding } from '../../src/types.js';
import { example } from './helpers.js';

const PATH = 'data/churn.odcs.yaml';

function source(label: string, files: Record<string, string>): FileSource {
  return {
    label,
    async read(path: string): Promise<ReadResult> {
      if (path in files) return { ok: true, path, text: files[path] };
      return { ok: false, path, reason: 'missing', message: `${path}: not found` };
    },
    async list() {
      return Object.keys(files);
    },
  };
}

function ctx(
  head: Record<string, string>,
  base: Record<string, string> | null,
  policy?: ContractPolicy,
): ModelContext {
  const model = { name: 'churn', metrics: 'm.json', contract: PATH };
  const config: Config = {
    version: 1,
    models: [model],
    ...(policy ? { contract_policy: policy } : {}),
  };
  return {
    model,
    index: 0,
    config,
    loaded: { config, file: '.mlgate.yml', gateLine: () => undefined, modelLine: () => undefined },
    head: source('head', head),
    base: base ? source('base', base) : null,
    metrics: { head: null, base: null, production: null, baseline: null },
    diff: [],
    gates: [],
  };
}

/** The example head contract with a breaking edit: `tenure_days` changes type. */
const breakingHead = example('head').replace(
  '      - name: tenure_days\n        logicalType: integer',
  '      - name: tenure_days\n        logicalType: number',
);

describe('contractStage', () => {
  it('does nothing when the model names no contract', async () => {
    const c = ctx({}, null);
    delete c.model.contract;
    expect(await contractStage(c)).toEqual({ findings: [] });
  });

  it('a missing contract file is an error and the evidence fails closed', async () => {
    const r = await contractStage(ctx({}, {}));
    expect(r.findings).toMatchObject([
      { level: 'error', check: 'contract', model: 'churn', file: PATH },
    ]);
    expect(r.section?.format).toBeNull();
    expect(Object.values(r.section!.evidence).map((e) => e.ok)).toEqual([false, false, false]);
  });

  it('the bundled example passes: notices only, evidence ok', async () => {
    const r = await contractStage(
      ctx({ [PATH]: example('head') }, { [PATH]: example('base') }, { require_ml: true }),
    );
    expect(r.findings.map((f) => `${f.level} ${f.rule}`)).toEqual([
      'notice breaking.docs-changed',
      'notice breaking.column-added',
    ]);
    expect(r.section).toMatchObject({
      comparison: 'compared',
      version: '1.5.0',
      baseVersion: '1.4.0',
      majorBump: false,
      snapshot: 'churn-training@2026-11-01',
    });
    expect(r.section!.tables[0].features).toEqual([
      'tenure_days',
      'sessions_30d',
      'plan',
      'support_tickets_90d',
    ]);
  });

  it('no base commit, or no contract at base: nothing to compare', async () => {
    expect((await contractStage(ctx({ [PATH]: example('head') }, null))).section?.comparison).toBe(
      'none',
    );
    expect((await contractStage(ctx({ [PATH]: example('head') }, {}))).section?.comparison).toBe(
      'new',
    );
  });

  it('an unreadable base contract warns that breaking changes were not checked', async () => {
    const r = await contractStage(ctx({ [PATH]: example('head') }, { [PATH]: 'apiVersion: [' }));
    expect(r.section?.comparison).toBe('unreadable');
    expect(r.findings).toMatchObject([
      { level: 'warning', check: 'contract-change', rule: 'breaking.base-unreadable' },
    ]);
  });

  it.each([
    ['default policy', undefined, '1.5.0', 'error'],
    ['major version bump', undefined, '2.0.0', 'warning'],
    ['breaking: warning', { breaking: 'warning' as const }, '1.5.0', 'warning'],
  ])('a type change with %s is reported as %s', async (_n, policy, version, level) => {
    const head = breakingHead.replace('version: 1.5.0', `version: ${version}`);
    const r = await contractStage(ctx({ [PATH]: head }, { [PATH]: example('base') }, policy));
    const f = r.findings.find((x) => x.rule === 'breaking.type-changed')!;
    expect(f).toMatchObject({ level, check: 'contract-change', file: PATH, model: 'churn' });
    expect(f.message).toMatch(
      /^table churn_training, column tenure_days: type changed at churn_training\.tenure_days\.logicalType: logicalType integer → number/,
    );
    expect(f.line).toBe(head.split('\n').findIndex((l) => l.includes('name: tenure_days')) + 1);
    const row = r.section!.changes.find((c) => c.rule === 'breaking.type-changed')!;
    expect(row).toMatchObject({ level, computed: 'error' });
  });

  it('breaking: off lists the changes but raises no findings', async () => {
    const r = await contractStage(
      ctx({ [PATH]: breakingHead }, { [PATH]: example('base') }, { breaking: 'off' }),
    );
    expect(r.findings).toEqual([]);
    expect(r.section!.changes.length).toBe(3);
  });
});

describe('renderContract', () => {
  const render = async (head: string, base: string | null, level = 0, extra: Finding[] = []) => {
    const r = await contractStage(
      ctx({ [PATH]: head }, base === null ? {} : { [PATH]: base }, { require_ml: true }),
    );
    const model = { name: 'churn', contract: r.section } as ModelReport;
    const sctx = { level, maxRows: level >= 2 ? 15 : 200 } as SectionContext;
    return renderContract(model, [...r.findings, ...extra], sctx) ?? '';
  };

  it('renders the example (golden)', async () => {
    await expect(await render(example('head'), example('base'))).toMatchFileSnapshot(
      '__golden__/example.md',
    );
  });

  it('renders findings and a breaking change (golden)', async () => {
    const head = breakingHead.replace(
      '      - property: mlSplitPolicy\n        value: temporal',
      '      - property: mlSplitPolicy\n        value: random',
    );
    await expect(await render(head, example('base'))).toMatchFileSnapshot('__golden__/breaking.md');
  });

  it('escapes user text and never pings anyone', async () => {
    const head = example('head').replace(
      'name: churn_training\nversion',
      'name: "<b>@team|x</b>"\nversion',
    );
    const md = await render(head, null);
    // Inside a code span the tag is shown as text; outside one it would be HTML.
    expect(md.replace(/`[^`]*`/g, '')).not.toContain('<b>');
    expect(md).toContain('`<b>@\u200bteam|x</b>`');
    expect(md).not.toMatch(/@team/);
  });

  it('collapses notice-only changes and hides them at detail level 1', async () => {
    const full = await render(example('head'), example('base'));
    expect(full).toContain('<details><summary>2 contract changes (base → head)</summary>');
    const short = await render(example('head'), example('base'), 1);
    expect(short).not.toContain('| column added');
    expect(short).toContain('2 more changes in the job summary');
  });
});
