import { describe, expect, it } from 'vitest';
import { checkContract } from '../../src/checks/contract.js';
import {
  cleanColumns,
  cleanTable,
  example,
  fixture,
  odcs,
  read,
  type ColumnSpec,
} from './helpers.js';

type Props = Record<string, unknown>;

/** Clean columns with some columns patched or added. */
function columns(
  patch: Record<string, Partial<ColumnSpec>> = {},
  extra: ColumnSpec[] = [],
): ColumnSpec[] {
  return [...cleanColumns().map((c) => ({ ...c, ...patch[c.name] })), ...extra];
}

function check(opts: {
  table?: Props;
  cols?: ColumnSpec[];
  contract?: Props;
  requireMl?: boolean;
}) {
  const text = odcs({
    table: opts.table ?? cleanTable(),
    columns: opts.cols ?? columns(),
    contract: opts.contract ?? { mlDatasetSnapshot: 'ds@1' },
  });
  const r = checkContract(read(text), { requireMl: opts.requireMl ?? true, model: 'm' });
  return { ...r, text, rules: r.findings.map((f) => f.rule).sort() };
}

describe('checkContract on clean contracts', () => {
  it('a complete ML table has no findings and full evidence', () => {
    const r = check({});
    expect(r.findings).toEqual([]);
    expect(r.ml[0]).toMatchObject({
      table: 't',
      entityKeys: ['id'],
      entitySource: 'primaryKey',
      eventTimestamp: 'as_of',
      label: 'y',
      labelTimestamp: 'y_at',
      splitPolicy: 'temporal',
      splitColumns: ['as_of'],
      features: ['f1', 'f2'],
      implicitFeatures: false,
    });
    expect(r.snapshot).toBe('ds@1');
    expect(Object.values(r.evidence).every((e) => e.ok)).toBe(true);
  });

  it.each(['base', 'head'] as const)(
    'the example contract at %s passes with require_ml',
    (side) => {
      const r = checkContract(read(example(side)), { requireMl: true });
      expect(r.findings).toEqual([]);
      expect(Object.values(r.evidence).map((e) => e.ok)).toEqual([true, true, true]);
    },
  );

  it.each(['payments-full.odcs.yaml', 'orders.datacontract.yaml', 'catalog-v32.odcs.yaml'])(
    '%s (no ML semantics) has no findings without require_ml, and no evidence',
    (name) => {
      const r = checkContract(read(fixture(name)), { requireMl: false });
      expect(r.findings).toEqual([]);
      expect(r.evidence['data-contract']).toEqual({
        ok: false,
        detail: expect.stringMatching(/no table declares ML/),
      });
    },
  );

  it('with require_ml, a contract without ML semantics is one completeness error', () => {
    const r = checkContract(read(fixture('payments-full.odcs.yaml')), { requireMl: true });
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.ml']);
    expect(r.findings[0].message).toMatch(/table settlement: .*mlEventTimestamp/);
  });

  it('entity grain defaults to the primary key minus the event timestamp', () => {
    const r = check({
      cols: columns({
        as_of: { primaryKey: true, primaryKeyPosition: 2 },
        id: { primaryKeyPosition: 1 },
      }),
    });
    expect(r.ml[0].entityKeys).toEqual(['id']);
  });

  it('without any mlRole: feature, every unassigned leaf column is a feature', () => {
    const cols = columns({ f1: { ml: undefined }, f2: { ml: { mlRole: 'metadata' } } }, [
      { name: 'f3', logicalType: 'number', classification: 'public' },
    ]);
    expect(check({ cols }).ml[0]).toMatchObject({ features: ['f1', 'f3'], implicitFeatures: true });
  });
});

describe('completeness (require_ml)', () => {
  const clean = cleanTable();
  const without = (key: string) =>
    Object.fromEntries(Object.entries(clean).filter(([k]) => k !== key));
  it.each([
    ['event timestamp', { table: without('mlEventTimestamp') }, 'completeness.event-timestamp'],
    ['label', { table: without('mlLabel') }, 'completeness.label'],
    ['label timestamp', { table: without('mlLabelTimestamp') }, 'completeness.label-timestamp'],
    ['split policy', { table: without('mlSplitPolicy') }, 'completeness.split'],
    ['dataset snapshot', { contract: { other: 1 } }, 'completeness.snapshot'],
    ['entity grain', { cols: columns({ id: { primaryKey: false } }) }, 'completeness.entity'],
  ])('missing %s is an error naming the fix', (what, opts, rule) => {
    const r = check(opts);
    expect(r.rules).toContain(rule);
    const f = r.findings.find((x) => x.rule === rule)!;
    expect(f).toMatchObject({
      level: 'error',
      check: 'contract',
      model: 'm',
      line: expect.any(Number),
    });
    expect(f.message).toMatch(/fix: add/);
    expect(r.evidence['data-contract'].ok).toBe(false);
    expect(r.evidence['data-contract'].detail).toContain(what);
    // Without require_ml the same gap is evidence only, not a finding.
    const lax = check({ ...opts, requireMl: false }).rules;
    expect(lax.filter((x) => x?.startsWith('completeness.'))).toEqual([]);
  });
});

describe('leakage', () => {
  it.each([
    [
      'a feature not available at prediction time',
      { cols: columns({ f1: { ml: { mlRole: 'feature', mlAvailableAtPrediction: false } } }) },
      'leakage.unavailable-at-prediction',
      /column f1: .*mlAvailableAtPrediction: false.*fix:/,
    ],
    [
      'the same, written as the text "false"',
      { cols: columns({ f1: { ml: { mlRole: 'feature', mlAvailableAtPrediction: 'false' } } }) },
      'leakage.unavailable-at-prediction',
      /column f1/,
    ],
    [
      'the label also used as a feature',
      { cols: columns({ y: { ml: { mlRole: 'feature' } } }) },
      'leakage.label-as-feature',
      /column y: the label is also used as a feature.*fix: remove/,
    ],
    [
      'the label timestamp used as a feature',
      { cols: columns({ y_at: { ml: { mlRole: 'feature' } } }) },
      'leakage.label-as-feature',
      /column y_at: the label timestamp/,
    ],
    [
      'a feature timestamp that is not a declared column',
      { cols: columns({ f1: { ml: { mlRole: 'feature', mlFeatureTimestamp: 'f1_seen_at' } } }) },
      'leakage.feature-timestamp-undeclared',
      /column f1: .*`f1_seen_at`, which is not a declared column/,
    ],
    [
      'a random split on data with an event timestamp',
      { table: { ...cleanTable(), mlSplitPolicy: 'random' } },
      'leakage.random-split',
      /table t: `mlSplitPolicy: random`.*fix: use `mlSplitPolicy: temporal`/,
    ],
  ])('%s is an error', (_n, opts, rule, message) => {
    const r = check(opts);
    expect(r.rules).toEqual([rule]);
    expect(r.findings[0].level).toBe('error');
    expect(r.findings[0].message).toMatch(message);
    expect(r.findings[0].message).toContain(`(rule ${rule})`);
    expect(r.evidence.leakage.ok).toBe(false);
  });

  it.each([
    [
      'a non-feature column not available at prediction',
      columns({ y_at: { ml: { mlAvailableAtPrediction: false } } }),
    ],
    [
      'a feature available at prediction',
      columns({ f1: { ml: { mlRole: 'feature', mlAvailableAtPrediction: true } } }),
    ],
    [
      'a declared feature timestamp',
      columns({ f1: { ml: { mlRole: 'feature', mlFeatureTimestamp: 'as_of' } } }),
    ],
  ])('%s is fine', (_n, cols) => {
    expect(check({ cols }).findings).toEqual([]);
  });

  it('a random split without an event timestamp is not leakage', () => {
    const table = { mlLabel: 'y', mlLabelTimestamp: 'y_at', mlSplitPolicy: 'random' };
    expect(check({ table }).rules).toEqual(['completeness.event-timestamp']);
  });

  it('leakage is checked without require_ml too', () => {
    const r = check({ cols: columns({ y: { ml: { mlRole: 'feature' } } }), requireMl: false });
    expect(r.rules).toEqual(['leakage.label-as-feature']);
  });
});

describe('privacy', () => {
  it.each([
    ['classification pii', { classification: 'PII' }],
    ['classification restricted', { classification: 'restricted' }],
    ['classification confidential', { classification: 'Confidential' }],
    ['tag pii', { tags: ['pii'] }],
  ])('a feature with %s is an error', (_n, patch) => {
    const r = check({ cols: columns({ f1: patch }) });
    expect(r.rules).toEqual(['privacy.sensitive-feature']);
    expect(r.findings[0].message).toMatch(
      /table t, column f1: a column with .* is used as a feature.*fix: exclude it/,
    );
    expect(r.evidence['sensitive-data'].ok).toBe(false);
  });

  it.each([
    [
      'a restricted column that is metadata',
      columns({}, [{ name: 'email', classification: 'restricted', ml: { mlRole: 'metadata' } }]),
    ],
    ['a restricted entity key', columns({ id: { classification: 'restricted' } })],
    ['a public feature', columns({ f1: { classification: 'public' } })],
  ])('%s is fine', (_n, cols) => {
    const r = check({ cols });
    expect(r.findings).toEqual([]);
    expect(r.evidence['sensitive-data'].ok).toBe(true);
  });

  it('an implicit feature counts: an unannotated restricted column is flagged', () => {
    const cols = columns({ f1: { ml: undefined }, f2: { ml: undefined } }, [
      { name: 'email', classification: 'restricted' },
    ]);
    const r = check({ cols });
    expect(r.rules).toEqual(['privacy.sensitive-feature']);
    expect(r.findings[0].message).toMatch(/column email: .*every unassigned column is a feature/);
  });

  it('DCS `pii: true` on a feature is flagged', () => {
    const r = checkContract(read(fixture('churn.datacontract.yaml')), { requireMl: true });
    expect(r.findings.map((f) => f.rule)).toEqual(['privacy.sensitive-feature']);
    expect(r.findings[0].message).toMatch(
      /table churn, column billing_email: a column with `pii: true`/,
    );
    expect(r.ml[0]).toMatchObject({
      entityKeys: ['account_id'],
      splitPolicy: 'group',
      splitColumns: ['account_id'],
    });
  });

  it('without any classification the sensitive-data evidence is not given', () => {
    const cols = cleanColumns().map(({ classification: _c, ...rest }) => rest);
    const r = check({ cols });
    expect(r.findings).toEqual([]);
    expect(r.evidence['sensitive-data']).toEqual({
      ok: false,
      detail: expect.stringMatching(/no column carries a classification/),
    });
  });
});

describe('structure of the ML convention', () => {
  it.each([
    [
      'a label that is not a column',
      { table: { ...cleanTable(), mlLabel: 'target' } },
      'structure.unknown-column',
      /`mlLabel` names column `target`/,
    ],
    [
      'entity keys that are not columns',
      { table: { ...cleanTable(), mlEntityKeys: ['id', 'acct'] } },
      'structure.unknown-column',
      /`mlEntityKeys` names column `acct`/,
    ],
    [
      'an event timestamp typed string',
      { cols: columns({ as_of: { logicalType: 'string' } }) },
      'structure.timestamp-type',
      /column as_of: the event timestamp has type string/,
    ],
    [
      'a label timestamp typed integer',
      { cols: columns({ y_at: { logicalType: 'integer' } }) },
      'structure.timestamp-type',
      /column y_at: the label timestamp/,
    ],
    [
      'an unknown role',
      { cols: columns({ f1: { ml: { mlRole: 'input' } } }) },
      'structure.ml-value',
      /`mlRole` "input" is not a known role/,
    ],
    [
      'a bad split policy',
      { table: { ...cleanTable(), mlSplitPolicy: 'stratified' } },
      'structure.ml-value',
      /temporal, group or random/,
    ],
    [
      'a bad label delay',
      { table: { ...cleanTable(), mlLabelDelay: '30 days' } },
      'structure.ml-value',
      /ISO-8601 duration/,
    ],
    [
      'two labels',
      { cols: columns({ f2: { ml: { mlRole: 'label' } } }) },
      'structure.ml-conflict',
      /conflicts with `mlLabel: y`/,
    ],
  ])('%s is an error', (_n, opts, rule, message) => {
    const r = check(opts);
    expect(r.rules).toContain(rule);
    const f = r.findings.find((x) => x.rule === rule)!;
    expect(f.level).toBe('error');
    expect(f.message).toMatch(message);
    expect(f.line).toBeGreaterThan(1);
  });

  it.each([
    [
      'a timestamp column with no type',
      { cols: columns({ as_of: { logicalType: undefined } }) },
      'structure.timestamp-type',
    ],
    [
      'a table key on a column',
      { cols: columns({ f1: { ml: { mlRole: 'feature', mlLabel: 'y' } } }) },
      'structure.ml-level',
    ],
    [
      'an unknown ml key (typo)',
      { table: { ...cleanTable(), mlLable: 'y' } },
      'structure.ml-level',
    ],
  ])('%s is a warning', (_n, opts, rule) => {
    const r = check(opts);
    expect(r.rules).toEqual([rule]);
    expect(r.findings[0].level).toBe('warning');
  });

  it('accepts a date event timestamp, a physical timestamp type, and a table-qualified column', () => {
    const cols = columns({
      as_of: { logicalType: undefined, physicalType: 'TIMESTAMP_NTZ' },
      y_at: { logicalType: 'date' },
    });
    expect(
      check({ cols, table: { ...cleanTable(), mlLabel: 't.y', mlLabelDelay: 'P30D' } }).findings,
    ).toEqual([]);
  });

  it('reports the line of the offending customProperties entry', () => {
    const r = check({ table: { ...cleanTable(), mlLabel: 'target' } });
    const line = r.text.split('\n').findIndex((l) => l.includes('value: target')) + 1;
    expect(r.findings[0].line).toBe(line - 1);
  });
});
