/**
 * SPEC §4 Data contracts, promise by promise, through the real pipeline (in-memory trees):
 * ODCS v3 and DCS read, the customProperties convention at its levels, structure, completeness,
 * leakage, privacy, and every breaking-change rule base → head in both directions.
 */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { run } from '../pipeline/memory.js';

type Obj = Record<string, unknown>;
const cp = (o: Obj) => Object.entries(o).map(([property, value]) => ({ property, value }));

interface Col extends Obj {
  name: string;
  ml?: Obj;
}

/** A complete, clean ML contract; every part overridable. */
function contract(
  opts: {
    version?: string;
    table?: Obj;
    tableExtra?: Obj;
    columns?: Col[];
    contractMl?: Obj | null;
    top?: Obj;
  } = {},
): Obj {
  const columns: Col[] = opts.columns ?? COLUMNS;
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: 'urn:test:churn',
    name: 'churn_training',
    version: opts.version ?? '1.0.0',
    status: 'active',
    ...(opts.contractMl === null
      ? {}
      : { customProperties: cp(opts.contractMl ?? { mlDatasetSnapshot: 'snap@2026-11-01' }) }),
    ...opts.top,
    schema: [
      {
        name: 'churn_training',
        physicalType: 'table',
        customProperties: cp(opts.table ?? TABLE_ML),
        ...opts.tableExtra,
        properties: columns.map(({ ml, ...rest }) => ({
          ...rest,
          ...(ml ? { customProperties: cp(ml) } : {}),
        })),
      },
    ],
  };
}

const TABLE_ML: Obj = {
  mlEventTimestamp: 'snapshot_at',
  mlLabel: 'churned',
  mlLabelTimestamp: 'churn_observed_at',
  mlLabelDelay: 'P90D',
  mlSplitPolicy: 'temporal',
  mlSplitColumn: 'snapshot_at',
};

const COLUMNS: Col[] = [
  {
    name: 'customer_id',
    logicalType: 'string',
    primaryKey: true,
    primaryKeyPosition: 1,
    required: true,
    classification: 'internal',
  },
  {
    name: 'snapshot_at',
    logicalType: 'timestamp',
    primaryKey: true,
    primaryKeyPosition: 2,
    required: true,
    classification: 'internal',
  },
  {
    name: 'tenure_days',
    logicalType: 'integer',
    classification: 'internal',
    logicalTypeOptions: { minimum: 0, maximum: 10000 },
    ml: { mlRole: 'feature' },
  },
  {
    name: 'plan',
    logicalType: 'string',
    classification: 'internal',
    description: 'The plan.',
    tags: ['commercial'],
    enum: [{ value: 'free' }, { value: 'pro' }, { value: 'team' }],
    ml: { mlRole: 'feature', mlFeatureTimestamp: 'activity_at' },
  },
  {
    name: 'activity_at',
    logicalType: 'timestamp',
    classification: 'internal',
    ml: { mlRole: 'feature_timestamp' },
  },
  { name: 'email', logicalType: 'string', classification: 'restricted' },
  { name: 'churned', logicalType: 'boolean', classification: 'internal', ml: { mlRole: 'label' } },
  {
    name: 'churn_observed_at',
    logicalType: 'date',
    classification: 'internal',
    ml: { mlRole: 'label_timestamp' },
  },
];

const FILE = 'data/churn.odcs.yaml';
const config = (policy = 'contract_policy: { require_ml: true }\n', file = FILE) =>
  `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    contract: ${file}\n${policy}`;

async function findings(
  head: string,
  base: string | null = null,
  opts: { policy?: string; file?: string } = {},
): Promise<Finding[]> {
  const file = opts.file ?? FILE;
  const cfg = config(opts.policy, file);
  const tree = (text: string) => ({ '.mlgate.yml': cfg, 'm.json': '{"auc": 0.9}', [file]: text });
  const report = await run({
    head: tree(head),
    base: base === null ? { '.mlgate.yml': cfg, 'm.json': '{"auc": 0.9}' } : tree(base),
  });
  return report.findings.filter((f) => f.check === 'contract' || f.check === 'contract-change');
}

const y = (o: Obj) => stringify(o);
const withCol = (name: string, patch: Obj, cols = COLUMNS): Col[] =>
  cols.map((c) => (c.name === name ? ({ ...c, ...patch } as Col) : c));
const withoutKey = (o: Obj, key: string): Obj =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

describe('§4 formats', () => {
  it('the clean ODCS v3.1 contract reads with no finding under require_ml', async () => {
    expect(await findings(y(contract()))).toEqual([]);
  });

  it.each(['v3.0.0', 'v3.0.2', 'v3.1.0'])('ODCS apiVersion %s is read natively', async (v) => {
    const fs = await findings(y({ ...contract(), apiVersion: v }));
    expect(fs.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('a file that is not ODCS (kind missing) is a contract error with file and line', async () => {
    const c = contract();
    delete c.kind;
    const fs = await findings(y(c));
    expect(fs.some((f) => f.level === 'error' && f.file === FILE && f.line !== undefined)).toBe(
      true,
    );
  });

  it.each([
    ['ODCS v2 (not supported: migrate)', { apiVersion: 'v2.2.2' }],
    [
      'a logicalType outside ODCS',
      { schema: [{ name: 't', properties: [{ name: 'a', logicalType: 42 }] }] },
    ],
    [
      'a property without a name',
      { schema: [{ name: 't', properties: [{ logicalType: 'string' }] }] },
    ],
    ['an unknown top-level key (typo)', { schemaa: [] }],
  ])('structure is schema-checked: %s is an error at a line', async (_n, patch) => {
    const fs = await findings(y({ ...contract(), ...patch }), null, { policy: '' });
    const e = fs.filter((f) => f.level === 'error');
    expect(e.length).toBeGreaterThan(0);
    expect(e.every((f) => f.file === FILE && (f.line ?? 0) > 0 && f.check === 'contract')).toBe(
      true,
    );
  });

  it('the deprecated DCS datacontract.yaml maps onto the same model (pii: true as a feature)', async () => {
    const dcs = `dataContractSpecification: 1.1.0
id: churn
info:
  title: Churn training
  version: 1.0.0
models:
  churn_training:
    type: table
    fields:
      customer_id:
        type: string
        primaryKey: true
      email:
        type: string
        pii: true
        config:
          mlRole: feature
`;
    const fs = await findings(dcs, null, { policy: '', file: 'datacontract.yaml' });
    expect(fs.map((f) => f.rule)).toContain('privacy.sensitive-feature');
    expect(fs.find((f) => f.rule === 'privacy.sensitive-feature')?.file).toBe('datacontract.yaml');
  });
});

describe('§4 the customProperties convention, at the level the table gives', () => {
  it.each([
    ['mlEntityKeys on a column', 'customer_id', { mlEntityKeys: ['customer_id'] }],
    ['mlEventTimestamp on a column', 'tenure_days', { mlEventTimestamp: 'snapshot_at' }],
    ['mlSplitPolicy on a column', 'tenure_days', { mlSplitPolicy: 'temporal' }],
    ['mlDatasetSnapshot on a column', 'tenure_days', { mlDatasetSnapshot: 'x' }],
  ])('%s is flagged as misplaced', async (_n, col, ml) => {
    const cols = withCol(col, {
      ml: { ...(COLUMNS.find((c) => c.name === col)?.ml ?? {}), ...ml },
    });
    const fs = await findings(y(contract({ columns: cols })));
    expect(fs.map((f) => f.rule)).toContain('structure.ml-level');
  });

  it.each([
    ['mlRole on the table', { ...TABLE_ML, mlRole: 'feature' }],
    ['mlAvailableAtPrediction on the table', { ...TABLE_ML, mlAvailableAtPrediction: false }],
    ['mlDatasetSnapshot on the table', { ...TABLE_ML, mlDatasetSnapshot: 'x' }],
  ])('%s is flagged as misplaced', async (_n, table) => {
    const fs = await findings(y(contract({ table })));
    expect(fs.map((f) => f.rule)).toContain('structure.ml-level');
  });

  it('mlLabel on the contract level is misplaced', async () => {
    const fs = await findings(
      y(contract({ contractMl: { mlDatasetSnapshot: 's', mlLabel: 'churned' } })),
    );
    expect(fs.map((f) => f.rule)).toContain('structure.ml-level');
  });

  it.each([
    'feature',
    'label',
    'entity',
    'event_timestamp',
    'label_timestamp',
    'feature_timestamp',
    'prediction',
    'metadata',
  ])('mlRole %s is a known role', async (role) => {
    const cols = [...COLUMNS, { name: 'extra', logicalType: 'timestamp', ml: { mlRole: role } }];
    const table = { ...TABLE_ML };
    const fs = await findings(y(contract({ columns: cols, table })), null, { policy: '' });
    expect(fs.map((f) => f.rule)).not.toContain('structure.ml-value');
  });

  it.each([
    ['an unknown mlRole', { mlRole: 'target' }],
    ['a non-boolean mlAvailableAtPrediction', { mlRole: 'feature', mlAvailableAtPrediction: 'no' }],
  ])('%s is a structure finding', async (_n, ml) => {
    const fs = await findings(y(contract({ columns: withCol('tenure_days', { ml }) })));
    expect(fs.map((f) => f.rule)).toContain('structure.ml-value');
  });

  it.each([
    [
      'an mlSplitPolicy outside temporal/group/random',
      { ...TABLE_ML, mlSplitPolicy: 'stratified' },
    ],
    ['an mlLabelDelay that is not ISO-8601', { ...TABLE_ML, mlLabelDelay: '30 days' }],
  ])('%s is a structure finding', async (_n, table) => {
    const fs = await findings(y(contract({ table })));
    expect(fs.map((f) => f.rule)).toContain('structure.ml-value');
  });

  it.each(['temporal', 'group', 'random'])('mlSplitPolicy %s is accepted', async (split) => {
    const fs = await findings(y(contract({ table: { ...TABLE_ML, mlSplitPolicy: split } })));
    expect(fs.map((f) => f.rule)).not.toContain('structure.ml-value');
  });
});

describe('§4 default entity grain = the primary key minus the event timestamp', () => {
  it('no mlEntityKeys, PK (customer_id, snapshot_at): grain customer_id, complete', async () => {
    const report = await run({
      head: {
        '.mlgate.yml': config(),
        'm.json': '{"auc":0.9}',
        [FILE]: y(contract()),
      },
      base: null,
    });
    const section = report.models[0].contract as { tables: { entityKeys: string[] }[] };
    expect(section.tables[0].entityKeys).toEqual(['customer_id']);
  });

  it('without a primary key or mlEntityKeys the grain is missing (require_ml)', async () => {
    const cols = COLUMNS.map(
      (c) => withoutKey(withoutKey(c, 'primaryKey'), 'primaryKeyPosition') as Col,
    );
    const fs = await findings(y(contract({ columns: cols })));
    expect(fs.map((f) => f.rule)).toContain('completeness.entity');
  });
});

describe('§4 structure', () => {
  it.each([
    ['mlEventTimestamp', { ...TABLE_ML, mlEventTimestamp: 'nope' }],
    ['mlLabel', { ...TABLE_ML, mlLabel: 'nope' }],
    ['mlLabelTimestamp', { ...TABLE_ML, mlLabelTimestamp: 'nope' }],
    ['mlSplitColumn', { ...TABLE_ML, mlSplitColumn: 'nope' }],
    ['mlEntityKeys', { ...TABLE_ML, mlEntityKeys: ['customer_id', 'nope'] }],
  ])('%s naming an undeclared column is an error', async (_k, table) => {
    const fs = await findings(y(contract({ table })));
    expect(fs.filter((f) => f.level === 'error').map((f) => f.rule)).toContain(
      'structure.unknown-column',
    );
  });

  it.each([
    ['the event timestamp', 'snapshot_at'],
    ['the label timestamp', 'churn_observed_at'],
    ['a feature timestamp', 'activity_at'],
  ])('%s typed string is an error; timestamp and date are fine', async (_w, col) => {
    const bad = await findings(y(contract({ columns: withCol(col, { logicalType: 'string' }) })));
    expect(bad.filter((f) => f.level === 'error').map((f) => f.rule)).toContain(
      'structure.timestamp-type',
    );
    for (const t of ['timestamp', 'date']) {
      const good = await findings(y(contract({ columns: withCol(col, { logicalType: t }) })));
      expect(good.map((f) => f.rule)).not.toContain('structure.timestamp-type');
    }
  });

  it('findings carry the file and a line', async () => {
    const fs = await findings(y(contract({ table: { ...TABLE_ML, mlLabel: 'nope' } })));
    const f = fs.find((x) => x.rule === 'structure.unknown-column')!;
    expect(f.file).toBe(FILE);
    expect(f.line).toBeGreaterThan(1);
    expect(f.check).toBe('contract');
  });
});

describe('§4 completeness with require_ml', () => {
  const dropCol = (cols: Col[], name: string) =>
    cols.map((c) => (c.name === name ? (withoutKey(c, 'ml') as Col) : c));
  it.each([
    [
      'event timestamp',
      'completeness.event-timestamp',
      contract({ table: withoutKey(TABLE_ML, 'mlEventTimestamp'), columns: COLUMNS }),
    ],
    [
      'label',
      'completeness.label',
      contract({ table: withoutKey(TABLE_ML, 'mlLabel'), columns: dropCol(COLUMNS, 'churned') }),
    ],
    [
      'label timestamp',
      'completeness.label-timestamp',
      contract({
        table: withoutKey(TABLE_ML, 'mlLabelTimestamp'),
        columns: dropCol(COLUMNS, 'churn_observed_at'),
      }),
    ],
    [
      'split policy',
      'completeness.split',
      contract({ table: withoutKey(withoutKey(TABLE_ML, 'mlSplitPolicy'), 'mlSplitColumn') }),
    ],
    ['dataset snapshot', 'completeness.snapshot', contract({ contractMl: null })],
  ])('missing %s → error; not reported without require_ml', async (_w, rule, doc) => {
    const text = y(doc);
    const on = await findings(text);
    expect(on.filter((f) => f.level === 'error').map((f) => f.rule)).toContain(rule);
    const off = await findings(text, null, { policy: '' });
    expect(off.map((f) => f.rule)).not.toContain(rule);
  });

  it('a contract with no ML properties at all fails require_ml', async () => {
    const cols = COLUMNS.map((c) => withoutKey(c, 'ml') as Col);
    const doc = contract({ columns: cols, contractMl: null });
    delete (doc.schema as Obj[])[0].customProperties;
    const fs = await findings(y(doc));
    expect(fs.some((f) => f.level === 'error' && f.rule?.startsWith('completeness'))).toBe(true);
  });
});

describe('§4 leakage', () => {
  it.each([
    [
      'a feature with mlAvailableAtPrediction: false',
      'leakage.unavailable-at-prediction',
      contract({
        columns: withCol('tenure_days', {
          ml: { mlRole: 'feature', mlAvailableAtPrediction: false },
        }),
      }),
      contract({
        columns: withCol('tenure_days', {
          ml: { mlRole: 'feature', mlAvailableAtPrediction: true },
        }),
      }),
    ],
    [
      'the label also used as a feature',
      'leakage.label-as-feature',
      contract({ columns: [...withCol('churned', { ml: { mlRole: 'feature' } })] }),
      contract(),
    ],
    [
      'a feature timestamp that is not a declared column',
      'leakage.feature-timestamp-undeclared',
      contract({
        columns: withCol('plan', { ml: { mlRole: 'feature', mlFeatureTimestamp: 'ghost_at' } }),
      }),
      contract(),
    ],
    [
      'a random split on data with an event timestamp',
      'leakage.random-split',
      contract({ table: { ...withoutKey(TABLE_ML, 'mlSplitColumn'), mlSplitPolicy: 'random' } }),
      contract({ table: { ...withoutKey(TABLE_ML, 'mlSplitColumn'), mlSplitPolicy: 'group' } }),
    ],
  ])('%s is an error; the safe variant is not', async (_w, rule, bad, good) => {
    const b = await findings(y(bad), null, { policy: '' });
    expect(b.filter((f) => f.level === 'error').map((f) => f.rule)).toContain(rule);
    expect(b.find((f) => f.rule === rule)?.line).toBeGreaterThan(0);
    const g = await findings(y(good), null, { policy: '' });
    expect(g.map((f) => f.rule)).not.toContain(rule);
  });
});

describe('§4 privacy', () => {
  it.each(['pii', 'PII', 'restricted', 'confidential'])(
    'a column classified %s used as a feature is an error',
    async (cls) => {
      const fs = await findings(
        y(
          contract({
            columns: withCol('email', { classification: cls, ml: { mlRole: 'feature' } }),
          }),
        ),
      );
      expect(fs.filter((f) => f.level === 'error').map((f) => f.rule)).toContain(
        'privacy.sensitive-feature',
      );
    },
  );

  it.each(['public', 'internal'])('classification %s as a feature is fine', async (cls) => {
    const fs = await findings(
      y(
        contract({ columns: withCol('email', { classification: cls, ml: { mlRole: 'feature' } }) }),
      ),
    );
    expect(fs.map((f) => f.rule)).not.toContain('privacy.sensitive-feature');
  });

  it('a restricted column that is not a feature is fine', async () => {
    const fs = await findings(y(contract()));
    expect(fs.map((f) => f.rule)).not.toContain('privacy.sensitive-feature');
  });
});

/** A base → head case: [name, base doc, head doc, expected level of the contract-change finding]. */
type ChangeCase = [string, Obj, Obj, 'error' | 'warning' | 'notice'];

const T = 'churn_training';
const withTable = (patch: Obj, c = contract()): Obj => ({
  ...c,
  schema: [{ ...(c.schema as Obj[])[0], ...patch }],
});
const BASE = contract();

const CHANGES: ChangeCase[] = [
  [
    'constraint tightened (minimum raised)',
    BASE,
    contract({
      columns: withCol('tenure_days', { logicalTypeOptions: { minimum: 1, maximum: 10000 } }),
    }),
    'error',
  ],
  [
    'constraint tightened (maxLength lowered)',
    contract({ columns: withCol('email', { logicalTypeOptions: { maxLength: 254 } }) }),
    contract({ columns: withCol('email', { logicalTypeOptions: { maxLength: 100 } }) }),
    'error',
  ],
  [
    'constraint tightened (pattern added)',
    BASE,
    contract({ columns: withCol('email', { logicalTypeOptions: { pattern: '^.+@.+$' } }) }),
    'error',
  ],
  [
    'constraint tightened (enum added to a free column)',
    BASE,
    contract({ columns: withCol('email', { enum: [{ value: 'a@b.c' }] }) }),
    'error',
  ],
  [
    'quality rule removed',
    withTable({ quality: [{ metric: 'rowCount', mustBeGreaterThan: 1000 }] }),
    BASE,
    'warning',
  ],
  [
    'SLA removed',
    { ...BASE, slaProperties: [{ property: 'latency', value: 4, unit: 'd' }] },
    BASE,
    'warning',
  ],
  [
    'table description changed',
    withTable({ description: 'a' }),
    withTable({ description: 'b' }),
    'notice',
  ],
  [
    'removed table',
    {
      ...BASE,
      schema: [
        ...(BASE.schema as Obj[]),
        { name: 'other', properties: [{ name: 'a', logicalType: 'string' }] },
      ],
    },
    BASE,
    'error',
  ],
  [
    'removed column',
    BASE,
    contract({ columns: COLUMNS.filter((c) => c.name !== 'email') }),
    'error',
  ],
  [
    'type changed',
    BASE,
    contract({ columns: withCol('tenure_days', { logicalType: 'string' }) }),
    'error',
  ],
  [
    'required false→true',
    BASE,
    contract({ columns: withCol('tenure_days', { required: true }) }),
    'error',
  ],
  ['unique became true', BASE, contract({ columns: withCol('email', { unique: true }) }), 'error'],
  [
    'primary key changed',
    BASE,
    contract({ columns: withCol('email', { primaryKey: true, primaryKeyPosition: 3 }) }),
    'error',
  ],
  [
    'constraint tightened (maximum lowered)',
    BASE,
    contract({
      columns: withCol('tenure_days', { logicalTypeOptions: { minimum: 0, maximum: 5000 } }),
    }),
    'error',
  ],
  [
    'enum value removed',
    BASE,
    contract({ columns: withCol('plan', { enum: [{ value: 'free' }, { value: 'pro' }] }) }),
    'error',
  ],
  [
    'classification loosened',
    BASE,
    contract({ columns: withCol('email', { classification: 'public' }) }),
    'error',
  ],
  [
    'ML property changed (column mlRole)',
    BASE,
    contract({ columns: withCol('tenure_days', { ml: { mlRole: 'metadata' } }) }),
    'error',
  ],
  [
    'ML property changed (table mlLabelDelay)',
    BASE,
    contract({ table: { ...TABLE_ML, mlLabelDelay: 'P30D' } }),
    'error',
  ],
  [
    'ML property changed (contract mlDatasetSnapshot)',
    BASE,
    contract({ contractMl: { mlDatasetSnapshot: 'snap@2026-12-01' } }),
    'error',
  ],
  [
    'new required column',
    BASE,
    contract({ columns: [...COLUMNS, { name: 'region', logicalType: 'string', required: true }] }),
    'warning',
  ],
  [
    'quality loosened',
    withTable({ quality: [{ metric: 'rowCount', mustBeGreaterThan: 1000 }] }),
    withTable({ quality: [{ metric: 'rowCount', mustBeGreaterThan: 10 }] }),
    'warning',
  ],
  [
    'SLA loosened',
    { ...BASE, slaProperties: [{ property: 'latency', value: 4, unit: 'd' }] },
    { ...BASE, slaProperties: [{ property: 'latency', value: 8, unit: 'd' }] },
    'warning',
  ],
  [
    'description changed',
    BASE,
    contract({ columns: withCol('plan', { description: 'Subscription plan.' }) }),
    'notice',
  ],
  [
    'tags changed',
    BASE,
    contract({ columns: withCol('plan', { tags: ['commercial', 'billing'] }) }),
    'notice',
  ],
];

/** The opposite direction: loosening, or no change, must not be an error. */
const REVERSE: [string, Obj, Obj][] = [
  [
    'constraint loosened (minimum lowered)',
    contract({
      columns: withCol('tenure_days', { logicalTypeOptions: { minimum: 1, maximum: 10000 } }),
    }),
    BASE,
  ],
  [
    'constraint loosened (maxLength raised)',
    contract({ columns: withCol('email', { logicalTypeOptions: { maxLength: 100 } }) }),
    contract({ columns: withCol('email', { logicalTypeOptions: { maxLength: 254 } }) }),
  ],
  [
    'constraint loosened (pattern removed)',
    contract({ columns: withCol('email', { logicalTypeOptions: { pattern: '^.+@.+$' } }) }),
    BASE,
  ],
  ['enum dropped', BASE, contract({ columns: withCol('plan', { enum: undefined }) })],
  [
    'tables reordered (matched by name)',
    {
      ...BASE,
      schema: [
        ...(BASE.schema as Obj[]),
        { name: 'other', properties: [{ name: 'a', logicalType: 'string' }] },
      ],
    },
    {
      ...BASE,
      schema: [
        { name: 'other', properties: [{ name: 'a', logicalType: 'string' }] },
        ...(BASE.schema as Obj[]),
      ],
    },
  ],
  [
    'new optional column',
    BASE,
    contract({ columns: [...COLUMNS, { name: 'region', logicalType: 'string' }] }),
  ],
  ['required true→false', contract({ columns: withCol('tenure_days', { required: true }) }), BASE],
  ['unique became false', contract({ columns: withCol('email', { unique: true }) }), BASE],
  [
    'constraint loosened (maximum raised)',
    BASE,
    contract({
      columns: withCol('tenure_days', { logicalTypeOptions: { minimum: 0, maximum: 20000 } }),
    }),
  ],
  [
    'enum value added',
    BASE,
    contract({
      columns: withCol('plan', {
        enum: [{ value: 'free' }, { value: 'pro' }, { value: 'team' }, { value: 'max' }],
      }),
    }),
  ],
  [
    'classification tightened',
    BASE,
    contract({ columns: withCol('tenure_days', { classification: 'confidential' }) }),
  ],
  [
    'columns reordered (matched by name, not position)',
    BASE,
    contract({ columns: [...COLUMNS].reverse() }),
  ],
  [
    'quality tightened',
    withTable({ quality: [{ metric: 'rowCount', mustBeGreaterThan: 10 }] }),
    withTable({ quality: [{ metric: 'rowCount', mustBeGreaterThan: 1000 }] }),
  ],
  [
    'SLA tightened',
    { ...BASE, slaProperties: [{ property: 'latency', value: 8, unit: 'd' }] },
    { ...BASE, slaProperties: [{ property: 'latency', value: 4, unit: 'd' }] },
  ],
];

describe('§4 breaking changes base → head', () => {
  it.each(CHANGES)('%s', async (_n, base, head, level) => {
    const fs = (await findings(y(head), y(base), { policy: '' })).filter(
      (f) => f.check === 'contract-change',
    );
    expect(fs.length).toBeGreaterThan(0);
    const worst = fs.some((f) => f.level === 'error')
      ? 'error'
      : fs.some((f) => f.level === 'warning')
        ? 'warning'
        : 'notice';
    expect(worst).toBe(level);
    const f = fs.find((x) => x.level === level)!;
    expect(f.file).toBe(FILE);
    expect(f.line).toBeGreaterThan(0);
  });

  it.each(REVERSE)('%s is not an error', async (_n, base, head) => {
    const fs = (await findings(y(head), y(base), { policy: '' })).filter(
      (f) => f.check === 'contract-change',
    );
    expect(fs.filter((f) => f.level === 'error')).toEqual([]);
  });

  it.each(CHANGES.filter((c) => c[3] === 'error'))(
    'a major version bump turns %s into a warning',
    async (_n, base, head) => {
      const fs = (
        await findings(y({ ...head, version: '2.0.0' }), y({ ...base, version: '1.0.0' }), {
          policy: '',
        })
      ).filter((f) => f.check === 'contract-change');
      expect(fs.length).toBeGreaterThan(0);
      expect(fs.filter((f) => f.level === 'error')).toEqual([]);
      expect(fs.some((f) => f.level === 'warning')).toBe(true);
    },
  );

  it('DCS: a removed field is an error; with a major info.version bump a warning', async () => {
    const dcs = (version: string, extra: string) => `dataContractSpecification: 1.1.0
id: churn
info:
  title: Churn training
  version: ${version}
models:
  churn_training:
    type: table
    fields:
      customer_id:
        type: string
        required: true
${extra}`;
    const base = dcs('1.0.0', '      plan:\n        type: string\n');
    const opts = { policy: '', file: 'datacontract.yaml' };
    const minor = await findings(dcs('1.1.0', ''), base, opts);
    expect(minor.filter((f) => f.check === 'contract-change').map((f) => f.level)).toEqual([
      'error',
    ]);
    const major = await findings(dcs('2.0.0', ''), base, opts);
    expect(major.filter((f) => f.check === 'contract-change').map((f) => f.level)).toEqual([
      'warning',
    ]);
  });

  it('a minor version bump keeps errors errors', async () => {
    const head = contract({ version: '1.1.0', columns: COLUMNS.filter((c) => c.name !== 'email') });
    const fs = await findings(y(head), y(BASE), { policy: '' });
    expect(fs.some((f) => f.check === 'contract-change' && f.level === 'error')).toBe(true);
  });

  it(`the table is named ${T} and an unchanged contract has no change finding`, async () => {
    const fs = await findings(y(BASE), y(BASE), { policy: '' });
    expect(fs).toEqual([]);
  });
});
