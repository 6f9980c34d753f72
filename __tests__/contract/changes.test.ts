import { describe, expect, it } from 'vitest';
import { diffContracts, majorOf, slaNumber } from '../../src/checks/contract-changes.js';
import { example, fixture, odcs, read, type ColumnSpec } from './helpers.js';

type Props = Record<string, unknown>;

const col = (extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name: 'c',
  logicalType: 'integer',
  ...extra,
});

/** Diff two one-table contracts that differ only in column `c` (plus an unchanged `k`). */
function diffColumn(before: Partial<ColumnSpec>, after: Partial<ColumnSpec>) {
  const k: ColumnSpec = { name: 'k', logicalType: 'string' };
  const base = read(odcs({ columns: [k, col(before)] }));
  const head = read(odcs({ columns: [k, col(after)] }));
  return diffContracts(base, head);
}

const summary = (changes: ReturnType<typeof diffContracts>) =>
  changes.map((c) => `${c.level} ${c.rule} ${c.path}`);

describe('breaking changes: each rule in both directions', () => {
  it.each([
    // [name, before, after, expected level, rule]
    [
      'type changed (logical)',
      { logicalType: 'integer' },
      { logicalType: 'string' },
      'error',
      'type-changed',
    ],
    [
      'type changed (physical)',
      { physicalType: 'int' },
      { physicalType: 'bigint' },
      'error',
      'type-changed',
    ],
    [
      'physical type only re-cased',
      { physicalType: 'VARCHAR(2)' },
      { physicalType: 'varchar(2)' },
      null,
      null,
    ],
    [
      'required false → true',
      { required: false },
      { required: true },
      'error',
      'required-tightened',
    ],
    [
      'required true → false',
      { required: true },
      { required: false },
      'notice',
      'required-loosened',
    ],
    ['unique became true', {}, { unique: true }, 'error', 'unique-tightened'],
    ['unique dropped', { unique: true }, {}, 'notice', 'unique-loosened'],
    [
      'minimum raised',
      { logicalTypeOptions: { minimum: 0 } },
      { logicalTypeOptions: { minimum: 1 } },
      'error',
      'constraint-tightened',
    ],
    [
      'minimum lowered',
      { logicalTypeOptions: { minimum: 1 } },
      { logicalTypeOptions: { minimum: 0 } },
      'notice',
      'constraint-loosened',
    ],
    ['maximum added', {}, { logicalTypeOptions: { maximum: 9 } }, 'error', 'constraint-tightened'],
    [
      'maximum removed',
      { logicalTypeOptions: { maximum: 9 } },
      {},
      'notice',
      'constraint-loosened',
    ],
    [
      'maxLength shortened',
      { logicalType: 'string', logicalTypeOptions: { maxLength: 20 } },
      { logicalType: 'string', logicalTypeOptions: { maxLength: 10 } },
      'error',
      'constraint-tightened',
    ],
    [
      'maxLength lengthened',
      { logicalType: 'string', logicalTypeOptions: { maxLength: 10 } },
      { logicalType: 'string', logicalTypeOptions: { maxLength: 20 } },
      'notice',
      'constraint-loosened',
    ],
    [
      'pattern added',
      { logicalType: 'string' },
      { logicalType: 'string', logicalTypeOptions: { pattern: '^a' } },
      'error',
      'constraint-tightened',
    ],
    [
      'pattern removed',
      { logicalType: 'string', logicalTypeOptions: { pattern: '^a' } },
      { logicalType: 'string' },
      'notice',
      'constraint-loosened',
    ],
    [
      'date minimum moved later',
      { logicalType: 'date', logicalTypeOptions: { minimum: '2020-01-01' } },
      { logicalType: 'date', logicalTypeOptions: { minimum: '2021-01-01' } },
      'error',
      'constraint-tightened',
    ],
    [
      'date minimum moved earlier',
      { logicalType: 'date', logicalTypeOptions: { minimum: '2021-01-01' } },
      { logicalType: 'date', logicalTypeOptions: { minimum: '2020-01-01' } },
      'notice',
      'constraint-loosened',
    ],
    [
      'enum values removed',
      { enum: [{ value: 'a' }, { value: 'b' }] },
      { enum: [{ value: 'a' }] },
      'error',
      'enum-values-removed',
    ],
    [
      'enum values added',
      { enum: [{ value: 'a' }] },
      { enum: [{ value: 'a' }, { value: 'b' }] },
      'notice',
      'enum-values-added',
    ],
    ['enum introduced', {}, { enum: [{ value: 'a' }] }, 'error', 'enum-added'],
    ['enum dropped', { enum: [{ value: 'a' }] }, {}, 'notice', 'enum-dropped'],
    [
      'validValues (ODCS 3.1 quality) shrunk',
      { quality: [{ metric: 'invalidValues', arguments: { validValues: ['a', 'b'] }, mustBe: 0 }] },
      { quality: [{ metric: 'invalidValues', arguments: { validValues: ['a'] }, mustBe: 0 }] },
      'error',
      'enum-values-removed',
    ],
    [
      'classification loosened',
      { classification: 'restricted' },
      { classification: 'public' },
      'error',
      'classification-loosened',
    ],
    [
      'classification dropped',
      { classification: 'confidential' },
      {},
      'error',
      'classification-loosened',
    ],
    [
      'classification tightened',
      { classification: 'internal' },
      { classification: 'restricted' },
      'notice',
      'classification-tightened',
    ],
    [
      'classification unrankable',
      { classification: 'tier-a' },
      { classification: 'tier-b' },
      'warning',
      'classification-changed',
    ],
    [
      'ML role changed',
      { customProperties: [{ property: 'mlRole', value: 'metadata' }] },
      { customProperties: [{ property: 'mlRole', value: 'feature' }] },
      'error',
      'ml-property-changed',
    ],
    [
      'ML availability added',
      {},
      { customProperties: [{ property: 'mlAvailableAtPrediction', value: false }] },
      'error',
      'ml-property-changed',
    ],
    [
      'a non-ML custom property',
      { customProperties: [{ property: 'owner', value: 'a' }] },
      { customProperties: [{ property: 'owner', value: 'b' }] },
      'notice',
      'metadata-changed',
    ],
    [
      'description changed',
      { description: 'old' },
      { description: 'new' },
      'notice',
      'docs-changed',
    ],
    ['tags changed', { tags: ['a'] }, { tags: ['b'] }, 'notice', 'docs-changed'],
    [
      'quality threshold loosened',
      { quality: [{ metric: 'nullValues', mustBeLessThan: 5 }] },
      { quality: [{ metric: 'nullValues', mustBeLessThan: 50 }] },
      'warning',
      'quality-loosened',
    ],
    [
      'quality threshold tightened',
      { quality: [{ metric: 'nullValues', mustBeLessThan: 50 }] },
      { quality: [{ metric: 'nullValues', mustBeLessThan: 5 }] },
      'notice',
      'quality-tightened',
    ],
    [
      'quality rule removed',
      { quality: [{ metric: 'nullValues', mustBe: 0 }] },
      {},
      'warning',
      'quality-loosened',
    ],
    [
      'quality rule added',
      {},
      { quality: [{ metric: 'nullValues', mustBe: 0 }] },
      'notice',
      'quality-tightened',
    ],
    [
      'quality range widened',
      { quality: [{ metric: 'rowCount', mustBeBetween: [10, 20] }] },
      { quality: [{ metric: 'rowCount', mustBeBetween: [5, 30] }] },
      'warning',
      'quality-loosened',
    ],
    [
      'quality range narrowed',
      { quality: [{ metric: 'rowCount', mustBeBetween: [5, 30] }] },
      { quality: [{ metric: 'rowCount', mustBeBetween: [10, 20] }] },
      'notice',
      'quality-tightened',
    ],
  ])('%s', (_n, before, after, level, rule) => {
    const changes = diffColumn(before as Props, after as Props);
    if (level === null) {
      expect(changes).toEqual([]);
      return;
    }
    expect(summary(changes)).toEqual([`${level} breaking.${rule} ${changes[0].path}`]);
    expect(changes[0].path.startsWith('t.c.')).toBe(true);
    expect(changes[0].where).toBe('table t, column c');
  });

  it('matches columns by name, not position', () => {
    const a = read(
      odcs({
        columns: [
          { name: 'x', logicalType: 'string' },
          { name: 'y', logicalType: 'integer' },
        ],
      }),
    );
    const b = read(
      odcs({
        columns: [
          { name: 'y', logicalType: 'integer' },
          { name: 'x', logicalType: 'string' },
        ],
      }),
    );
    expect(diffContracts(a, b)).toEqual([]);
  });

  it.each([
    [
      'removed column',
      [{ name: 'k' }, { name: 'gone' }],
      [{ name: 'k' }],
      ['error breaking.column-removed t.gone'],
    ],
    [
      'added optional column',
      [{ name: 'k' }],
      [{ name: 'k' }, { name: 'new' }],
      ['notice breaking.column-added t.new'],
    ],
    [
      'added required column',
      [{ name: 'k' }],
      [{ name: 'k' }, { name: 'new', required: true }],
      ['warning breaking.required-column-added t.new'],
    ],
    [
      'primary key changed',
      [{ name: 'k', primaryKey: true }, { name: 'j' }],
      [
        { name: 'k', primaryKey: true },
        { name: 'j', primaryKey: true },
      ],
      ['error breaking.primary-key-changed t.primaryKey'],
    ],
    [
      'primary key order changed',
      [
        { name: 'k', primaryKey: true, primaryKeyPosition: 1 },
        { name: 'j', primaryKey: true, primaryKeyPosition: 2 },
      ],
      [
        { name: 'k', primaryKey: true, primaryKeyPosition: 2 },
        { name: 'j', primaryKey: true, primaryKeyPosition: 1 },
      ],
      ['error breaking.primary-key-changed t.primaryKey'],
    ],
  ])('%s', (_n, before, after, expected) => {
    const changes = diffContracts(read(odcs({ columns: before })), read(odcs({ columns: after })));
    expect(summary(changes)).toEqual(expected);
  });

  it('a new column with ML properties is an addition, not an ML property change', () => {
    const base = read(example('base'));
    const head = read(example('head'));
    expect(summary(diffContracts(base, head))).toEqual([
      'notice breaking.docs-changed churn_training.description',
      'notice breaking.column-added churn_training.support_tickets_90d',
    ]);
  });

  it('table removed / added, and table-level ML property changed', () => {
    const base = read(odcs({ columns: [{ name: 'a' }], table: { mlLabel: 'a' } }));
    const renamed = read(
      odcs({ columns: [{ name: 'a' }], table: { mlLabel: 'a' } }).replace('name: t\n', 'name: u\n'),
    );
    expect(summary(diffContracts(base, renamed))).toEqual([
      'error breaking.table-removed t',
      'notice breaking.table-added u',
    ]);
    const relabelled = read(
      odcs({ columns: [{ name: 'a' }, { name: 'b' }], table: { mlLabel: 'b' } }),
    );
    expect(summary(diffContracts(base, relabelled))).toContain(
      'error breaking.ml-property-changed t.customProperties.mlLabel',
    );
  });

  it('the dataset snapshot is an ML property: changing it is an error', () => {
    const a = read(odcs({ columns: [{ name: 'a' }], contract: { mlDatasetSnapshot: 'v1' } }));
    const b = read(odcs({ columns: [{ name: 'a' }], contract: { mlDatasetSnapshot: 'v2' } }));
    expect(summary(diffContracts(a, b))).toEqual([
      'error breaking.ml-property-changed customProperties.mlDatasetSnapshot',
    ]);
  });

  it('an identical real-world contract has no changes', () => {
    const text = fixture('payments-full.odcs.yaml');
    expect(diffContracts(read(text), read(text))).toEqual([]);
    const dcs = fixture('orders.datacontract.yaml');
    expect(diffContracts(read(dcs), read(dcs))).toEqual([]);
  });
});

describe('SLA changes', () => {
  const sla = (props: Props[]) =>
    read(odcs({ columns: [{ name: 'a' }], top: { slaProperties: props } }));
  it.each([
    [
      'latency longer',
      [{ property: 'latency', value: 4, unit: 'h' }],
      [{ property: 'latency', value: 1, unit: 'd' }],
      'warning breaking.sla-loosened sla.latency',
    ],
    [
      'latency shorter',
      [{ property: 'latency', value: 1, unit: 'd' }],
      [{ property: 'latency', value: 4, unit: 'h' }],
      'notice breaking.sla-tightened sla.latency',
    ],
    [
      'retention shorter',
      [{ property: 'retention', value: 3, unit: 'y' }],
      [{ property: 'retention', value: 1, unit: 'y' }],
      'warning breaking.sla-loosened sla.retention',
    ],
    [
      'retention longer',
      [{ property: 'retention', value: 1, unit: 'y' }],
      [{ property: 'retention', value: 3, unit: 'y' }],
      'notice breaking.sla-tightened sla.retention',
    ],
    [
      'SLA removed',
      [{ property: 'latency', value: 1, unit: 'd' }],
      [],
      'warning breaking.sla-loosened sla.latency',
    ],
    [
      'SLA added',
      [],
      [{ property: 'latency', value: 1, unit: 'd' }],
      'notice breaking.sla-tightened sla.latency',
    ],
    [
      'same value restated',
      [{ property: 'latency', value: 1, unit: 'd' }],
      [{ property: 'latency', value: 24, unit: 'h' }],
      'notice breaking.sla-restated sla.latency',
    ],
    [
      'unknown direction',
      [{ property: 'timeOfAvailability', value: '09:00' }],
      [{ property: 'timeOfAvailability', value: '11:00' }],
      'warning breaking.sla-changed sla.timeOfAvailability',
    ],
  ])('%s', (_n, before, after, expected) => {
    expect(summary(diffContracts(sla(before), sla(after)))).toEqual([expected]);
  });

  it('DCS service levels are compared too (availability 99.9% → 99%)', () => {
    const base = fixture('orders.datacontract.yaml');
    const head = base.replace('percentage: 99.9%', 'percentage: 99%');
    expect(summary(diffContracts(read(base), read(head)))).toEqual([
      'warning breaking.sla-loosened sla.availability',
    ]);
  });

  it.each([
    [4, 'd', 345600],
    ['25h', undefined, 90000],
    ['P1Y', undefined, 31536000],
    ['99.5%', undefined, 99.5],
    ['09:00', undefined, undefined],
  ])('slaNumber(%o, %o) = %o', (value, unit, expected) => {
    expect(slaNumber(value, unit)).toBe(expected);
  });
});

describe('DCS changes', () => {
  it('pii true → false is a loosened classification', () => {
    const base = fixture('orders.datacontract.yaml');
    const head = base.replace(
      '    pii: true\n    classification: restricted',
      '    pii: false\n    classification: restricted',
    );
    const changes = summary(diffContracts(read(base), read(head)));
    expect(changes).toEqual([
      'error breaking.classification-loosened line_items.order_id.pii',
      'error breaking.classification-loosened orders.order_id.pii',
    ]);
  });
});

it.each([
  ['1.2.3', 1],
  ['v2.0.0', 2],
  ['3', 3],
  ['draft', null],
  [undefined, null],
])('majorOf(%o) = %o', (v, expected) => {
  expect(majorOf(v)).toBe(expected);
});
