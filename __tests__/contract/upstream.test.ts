/**
 * Data contracts read as the standards define them (issue 11). Fixtures are written here in the
 * shapes the standards use; the facts come from:
 * - bitol-io/open-data-contract-standard schema/odcs-json-schema-v3.0.0 … v3.2.0.json: 3.2.0
 *   `$defs.Synonym` is an object `{synonym, locale, description, source, …}` (RFC 0041); 3.0.x
 *   `exclusiveMinimum`/`exclusiveMaximum` are booleans qualifying `minimum`/`maximum`, 3.1+ numbers;
 *   3.0.0's `description` allows any `authoritativeDefinitions`; 3.0.x custom properties do not
 *   require `property`.
 * - The standard's examples: docs/examples/data-types/all-data-types.odcs.yaml (3.0.2 → 3.1.0
 *   writes `maximum: 100, exclusiveMaximum: true` as `exclusiveMaximum: 100`) and
 *   docs/examples/all/full-example.odcs.yaml (3.1.0 renamed `rule: nullCheck` to
 *   `metric: nullValues` and `rule: countCheck` to `metric: rowCount`); docs/data-quality.md lists
 *   the 3.1 library metrics (nullValues, missingValues, invalidValues, duplicateValues, rowCount).
 */
import { describe, expect, it } from 'vitest';
import { diffContracts } from '../../src/checks/contract-changes.js';
import { parseContract } from '../../src/formats/contract/index.js';
import { odcs, read } from './helpers.js';

const changes = (base: string, head: string) =>
  diffContracts(read(base), read(head)).map(
    (c) => `${c.level} ${c.rule.replace('breaking.', '')} ${c.path}`,
  );

describe('ODCS versions: what each official schema accepts is read without a structure error', () => {
  it('reads v3.2.0 synonyms objects on schema objects and properties', () => {
    const text = `apiVersion: v3.2.0
kind: DataContract
id: turnover
version: 1.0.0
status: active
schema:
  - name: turnover
    synonyms:
      - { synonym: revenue, locale: en-US, source: glossary }
      - { synonym: chiffre d'affaires, locale: fr-FR, description: finance wording }
    properties:
      - name: total_turnover_euros
        logicalType: number
        synonyms:
          - synonym: sales
          - { synonym: omzet, locale: nl-NL }
`;
    const r = parseContract('c.odcs.yaml', text);
    expect(r.findings).toEqual([]);
    expect(r.contract?.tables[0].columns.map((c) => c.name)).toEqual(['total_turnover_euros']);
  });

  it('still reads 3.1 string synonyms, and refuses a synonym object without its name', () => {
    const ok = odcs({ columns: [{ name: 'c', logicalType: 'string', synonyms: ['client'] }] });
    expect(parseContract('c.odcs.yaml', ok).findings).toEqual([]);
    const bad = odcs({
      columns: [{ name: 'c', logicalType: 'string', synonyms: [{ locale: 'en' }] }],
    });
    expect(parseContract('c.odcs.yaml', bad).contract).toBeNull();
  });

  it('reads 3.0.0 description.authoritativeDefinitions written as one object', () => {
    const text = `apiVersion: v3.0.0
kind: DataContract
id: seller
version: 1.0.0
status: active
description:
  purpose: Views built on top of the seller tables.
  authoritativeDefinitions:
    type: privacy-statement
    url: https://example.com/gdpr.pdf
schema:
  - name: sales
    properties:
      - { name: id, logicalType: string }
`;
    expect(parseContract('c.odcs.yaml', text).findings).toEqual([]);
  });

  it('a 3.0.x custom property without `property` is a warning (skipped), not a refusal', () => {
    const text =
      odcs({ columns: [{ name: 'c', logicalType: 'string' }] }).replace(
        'apiVersion: v3.1.0',
        'apiVersion: v3.0.2',
      ) + 'customProperties:\n  - value: orphan\n';
    const r = parseContract('c.odcs.yaml', text);
    expect(r.contract).not.toBeNull();
    expect(r.findings.map((f) => `${f.level} ${f.rule}`)).toEqual(['warning structure.schema']);
  });
});

describe('ODCS 3.0.x boolean exclusive bounds', () => {
  const v302 = (options: Record<string, unknown>) =>
    odcs({
      columns: [{ name: 'pct', logicalType: 'number', logicalTypeOptions: options }],
    }).replace('apiVersion: v3.1.0', 'apiVersion: v3.0.2');
  const v310 = (options: Record<string, unknown>) =>
    odcs({ columns: [{ name: 'pct', logicalType: 'number', logicalTypeOptions: options }] });

  it('the standard’s 3.0.2 → 3.1.0 migration of a bound is no change', () => {
    expect(
      changes(
        v302({ minimum: 0, exclusiveMinimum: false, maximum: 100, exclusiveMaximum: true }),
        v310({ minimum: 0, exclusiveMaximum: 100 }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'exclusiveMaximum false → true',
      { maximum: 100, exclusiveMaximum: false },
      { maximum: 100, exclusiveMaximum: true },
      'error constraint-tightened t.pct.maximum',
    ],
    [
      'exclusiveMinimum true → false',
      { minimum: 0, exclusiveMinimum: true },
      { minimum: 0 },
      'notice constraint-loosened t.pct.minimum',
    ],
    [
      'exclusive flag added',
      { maximum: 100 },
      { maximum: 100, exclusiveMaximum: true },
      'error constraint-tightened t.pct.maximum',
    ],
  ])('3.0.x: %s', (_n, before, after, expected) => {
    expect(changes(v302(before), v302(after))).toEqual([expected]);
  });

  it.each([
    [
      '3.1 inclusive → exclusive at the same value',
      { maximum: 100 },
      { exclusiveMaximum: 100 },
      'error constraint-tightened t.pct.maximum',
    ],
    [
      '3.1 exclusive → inclusive',
      { exclusiveMinimum: 0 },
      { minimum: 0 },
      'notice constraint-loosened t.pct.minimum',
    ],
    [
      '3.1 both written: the tighter binds',
      { minimum: 0, exclusiveMinimum: 5 },
      { exclusiveMinimum: 5 },
      null,
    ],
  ])('%s', (_n, before, after, expected) => {
    expect(changes(v310(before), v310(after))).toEqual(expected ? [expected] : []);
  });

  it('says which way the bound moved', () => {
    const [c] = diffContracts(read(v302({ maximum: 100 })), read(v310({ exclusiveMaximum: 100 })));
    expect(c.detail).toBe('maximum ≤ 100 → < 100: existing data may violate it');
  });
});

describe('migration noise', () => {
  const withQuality = (version: string, quality: unknown[]) =>
    odcs({ columns: [{ name: 'c', logicalType: 'string', quality }] }).replace(
      'apiVersion: v3.1.0',
      `apiVersion: ${version}`,
    );

  it.each([
    [
      'nullCheck → nullValues',
      { rule: 'nullCheck', mustBe: 0 },
      { metric: 'nullValues', mustBe: 0 },
    ],
    [
      'countCheck → rowCount',
      { rule: 'countCheck', mustBeGreaterThan: 0 },
      { type: 'library', metric: 'rowCount', mustBeGreaterThan: 0 },
    ],
    [
      'duplicateCount → duplicateValues',
      { rule: 'duplicateCount', mustBe: 0 },
      { metric: 'duplicateValues', mustBe: 0 },
    ],
  ])('3.0 → 3.1 quality rename %s is not a removed + added rule', (_n, before, after) => {
    expect(changes(withQuality('v3.0.2', [before]), withQuality('v3.1.0', [after]))).toEqual([]);
  });

  it('a renamed rule whose threshold moved is still compared', () => {
    expect(
      changes(
        withQuality('v3.0.2', [{ rule: 'nullCheck', mustBeLessThan: 10 }]),
        withQuality('v3.1.0', [{ metric: 'nullValues', mustBeLessThan: 50 }]),
      ),
    ).toEqual(['warning quality-loosened t.c.quality.nullValues.mustBeLessThan']);
  });

  it('a DCS type change is reported once', () => {
    const dcs = (type: string) => `dataContractSpecification: 1.1.0
id: orders
info: { title: Orders, version: 1.0.0 }
models:
  orders:
    fields:
      amount: { type: ${type} }
`;
    expect(changes(dcs('int'), dcs('string'))).toEqual(['error type-changed orders.amount.type']);
    expect(changes(dcs('int'), dcs('INT'))).toEqual([]);
  });

  it('status → deprecated and a changed id are notices', () => {
    const c = (top: Record<string, unknown>) =>
      odcs({ columns: [{ name: 'c', logicalType: 'string' }], top });
    const status = diffContracts(read(c({})), read(c({ status: 'deprecated' })));
    expect(status.map((x) => `${x.level} ${x.rule.replace('breaking.', '')} ${x.path}`)).toEqual([
      'notice status-changed status',
    ]);
    expect(status[0].detail).toMatch(/deprecated/);
    expect(changes(c({}), c({ id: 'orders-v2' }))).toEqual(['notice id-changed id']);
  });
});
