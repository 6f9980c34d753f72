import { describe, expect, it } from 'vitest';
import { parseContract } from '../../src/formats/contract/index.js';
import { example, fixture, odcs, read } from './helpers.js';

describe('parseContract on real-world-shaped contracts', () => {
  it.each([
    ['payments-full.odcs.yaml', 'odcs', 2, 13],
    ['catalog-v32.odcs.yaml', 'odcs', 1, 5],
    ['orders.datacontract.yaml', 'dcs', 2, 13],
    ['churn.datacontract.yaml', 'dcs', 1, 6],
  ])('%s reads as %s with no findings', (name, format, tables, columns) => {
    const r = parseContract(name, fixture(name));
    expect(r.findings).toEqual([]);
    expect(r.format).toBe(format);
    expect(r.contract?.tables).toHaveLength(tables);
    expect(r.contract?.tables.reduce((n, t) => n + t.columns.length, 0)).toBe(columns);
  });

  it.each(['base', 'head'] as const)('the example contract at %s reads cleanly', (side) => {
    expect(parseContract('data/churn.odcs.yaml', example(side)).findings).toEqual([]);
  });

  it('maps ODCS properties: nested columns, keys, classification, constraints and enums', () => {
    const c = read(fixture('payments-full.odcs.yaml'));
    const t = c.tables[0];
    const col = (n: string) => t.columns.find((x) => x.name === n)!;
    expect(t.columns.map((x) => x.name)).toContain('card.last4');
    expect(col('payment_id')).toMatchObject({
      primaryKey: true,
      primaryKeyPosition: 1,
      required: true,
      unique: true,
      classification: 'restricted',
      constraints: { maxLength: 24, pattern: '^pay_[a-z0-9]+$' },
    });
    expect(col('currency').enumValues).toEqual(['EUR', 'GBP', 'USD']);
    expect(col('settlement_date').primaryKeyPosition).toBeUndefined();
    expect(c.sla.map((s) => s.key)).toContain('latency@settlement.stl_dt');
    expect(c.version).toBe('2.3.0');
  });

  it('maps DCS fields: $ref definitions, model primary key, pii, enum and service levels', () => {
    const c = read(fixture('orders.datacontract.yaml'), 'datacontract.yaml');
    const orders = c.tables.find((t) => t.name === 'orders')!;
    const items = c.tables.find((t) => t.name === 'line_items')!;
    const col = (n: string) => orders.columns.find((x) => x.name === n)!;
    expect(col('order_id')).toMatchObject({
      logicalType: 'string',
      physicalType: 'text',
      pii: true,
      classification: 'restricted',
      primaryKey: true,
      constraints: { format: 'uuid' },
    });
    expect(col('status').enumValues).toEqual(['placed', 'shipped', 'cancelled']);
    expect(col('shipping_address.zip').constraints.pattern).toBe('^[0-9]{5}$');
    expect(items.columns.find((x) => x.name === 'line_item_id')!.primaryKey).toBe(true);
    expect(c.sla.find((s) => s.key === 'availability')!.value).toBe('99.9%');
    expect(c.version).toBe('2.0.1');
    expect(c.name).toBe('Webshop Orders');
  });

  it('reads DCS ML extension keys from the element and its config', () => {
    const c = read(fixture('churn.datacontract.yaml'));
    expect(c.custom.get('mlDatasetSnapshot')?.value).toBe('churn@2026-10');
    expect(c.tables[0].custom.get('mlEntityKeys')?.value).toEqual(['account_id']);
    expect(
      c.tables[0].columns.find((x) => x.name === 'billing_email')!.custom.get('mlRole')?.value,
    ).toBe('feature');
  });
});

describe('parseContract on bad input', () => {
  const at = (text: string) => parseContract('c.yaml', text);

  it.each([
    ['malformed YAML', 'apiVersion: [v3', /not valid YAML/, 'error'],
    ['an empty file', '', /found an empty file/, 'error'],
    ['a list', '- a\n- b\n', /found a list/, 'error'],
    [
      'ODCS v2',
      'apiVersion: v2.2.2\nkind: DataContract\n',
      /v2\.2\.2 is not supported.*migrate/,
      'error',
    ],
    ['an unrelated file', 'foo: 1\n', /not a data contract/, 'error'],
    ['duplicate keys', 'apiVersion: v3.1.0\napiVersion: v3.0.0\n', /not valid YAML/, 'error'],
    ['a __proto__ key', 'apiVersion: v3.1.0\n__proto__: {}\n', /__proto__/, 'error'],
  ])('%s is an error finding, not a crash', (_n, text, message, level) => {
    const r = at(text);
    expect(r.contract).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ level, check: 'contract', file: 'c.yaml' });
    expect(r.findings[0].message).toMatch(message);
  });

  it('reports missing required ODCS keys with the fix', () => {
    const r = at('apiVersion: v3.1.0\nkind: DataContract\n');
    expect(r.contract).toBeNull();
    const messages = r.findings.map((f) => f.message).join('\n');
    expect(messages).toMatch(/missing required key `id`; add a unique `id`/);
    expect(messages).toMatch(/missing required key `version`/);
    expect(messages).toMatch(/missing required key `status`/);
  });

  it('does not require `status` from ODCS v3.2 on', () => {
    const text = 'apiVersion: v3.2.0\nkind: DataContract\nid: x\nversion: 1.0.0\n';
    expect(at(text).findings).toEqual([]);
  });

  it('an unknown top-level key is an error (ODCS is strict there), with a suggestion', () => {
    const text = odcs({ columns: [{ name: 'a' }] }) + 'schemas: []\n';
    const r = at(text);
    expect(r.contract).toBeNull();
    expect(r.findings[0]).toMatchObject({ level: 'error', rule: 'structure.schema' });
    expect(r.findings[0].message).toMatch(
      /unknown key `schemas` at the top level.*did you mean `schema`/,
    );
    expect(r.findings[0].line).toBe(text.split('\n').indexOf('schemas: []') + 1);
  });

  it('an unknown key in a column warns, names table and column, and suggests the key', () => {
    const text = odcs({ columns: [{ name: 'amount', logicalType: 'number', primarykey: true }] });
    const r = at(text);
    expect(r.contract).not.toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].level).toBe('warning');
    expect(r.findings[0].message).toMatch(
      /table t, column amount: unknown key `primarykey`.*did you mean `primaryKey`/,
    );
    expect(r.findings[0].line).toBe(
      text.split('\n').findIndex((l) => l.includes('primarykey')) + 1,
    );
  });

  it.each([
    [{ name: 'a', required: 'yes' }, /column a: .*required: must be boolean/],
    [{ name: 'a', logicalType: 'text' }, /column a: .*logicalType: must be one of `string`/],
    [{ name: 'a', logicalTypeOptions: { maxLength: -1 } }, /column a: .*maxLength/],
    [
      { name: 'a', properties: [{ logicalType: 'string' }] },
      /column a: .*missing required key `name`/,
    ],
  ])('a wrongly typed column key is an error at its line: %o', (column, message) => {
    const r = at(odcs({ columns: [column] }));
    expect(r.contract).toBeNull();
    expect(r.findings.map((f) => f.message).join('\n')).toMatch(message);
    expect(r.findings.every((f) => typeof f.line === 'number')).toBe(true);
  });

  it('rejects duplicate column names (changes are matched by name)', () => {
    const r = at(odcs({ columns: [{ name: 'a' }, { name: 'a' }] }));
    expect(r.contract).toBeNull();
    expect(r.findings[0]).toMatchObject({
      rule: 'structure.duplicate-name',
      line: expect.any(Number),
    });
  });

  it('validates DCS structure too', () => {
    const r = at(
      'dataContractSpecification: 1.1.0\nid: x\ninfo: { title: t }\nmodels: { m: { fields: { a: { required: 1 } } } }\n',
    );
    expect(r.contract).toBeNull();
    const messages = r.findings.map((f) => f.message).join('\n');
    expect(messages).toMatch(/missing required key `version`/);
    expect(messages).toMatch(/table m, column a: .*must be boolean/);
  });
});
