/** Small builders for contract tests: ODCS text from plain objects, and fixtures by name. */
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { parseContract, type Contract } from '../../src/formats/contract/index.js';

export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/contract/${name}`, import.meta.url), 'utf8');

export const example = (side: 'base' | 'head'): string =>
  readFileSync(new URL(`../../examples/${side}/data/churn.odcs.yaml`, import.meta.url), 'utf8');

type Props = Record<string, unknown>;

/** `customProperties` from a plain object. */
export const cp = (props: Props) =>
  Object.entries(props).map(([property, value]) => ({ property, value }));

export interface ColumnSpec {
  name: string;
  ml?: Props;
  [key: string]: unknown;
}

/** An ODCS v3.1 contract with one table `t`. */
export function odcs(opts: {
  table?: Props;
  columns: ColumnSpec[];
  contract?: Props;
  top?: Props;
  tableExtra?: Props;
}): string {
  const doc = {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: 'test',
    name: 'test',
    version: '1.0.0',
    status: 'active',
    ...(opts.contract ? { customProperties: cp(opts.contract) } : {}),
    ...opts.top,
    schema: [
      {
        name: 't',
        ...(opts.table ? { customProperties: cp(opts.table) } : {}),
        ...opts.tableExtra,
        properties: opts.columns.map(({ ml, ...rest }) => ({
          ...rest,
          ...(ml ? { customProperties: cp(ml) } : {}),
        })),
      },
    ],
  };
  return stringify(doc);
}

/** Parse text that must be a valid contract. */
export function read(text: string, file = 'c.odcs.yaml'): Contract {
  const r = parseContract(file, text);
  if (!r.contract) throw new Error(`not a valid contract: ${JSON.stringify(r.findings)}`);
  return r.contract;
}

/** A complete, clean ML table: entity, event time, label + timestamp, temporal split, two features. */
export const cleanColumns = (): ColumnSpec[] => [
  { name: 'id', logicalType: 'string', primaryKey: true, classification: 'internal' },
  { name: 'as_of', logicalType: 'timestamp', classification: 'internal' },
  { name: 'f1', logicalType: 'number', classification: 'internal', ml: { mlRole: 'feature' } },
  { name: 'f2', logicalType: 'integer', classification: 'internal', ml: { mlRole: 'feature' } },
  { name: 'y', logicalType: 'boolean', classification: 'internal' },
  { name: 'y_at', logicalType: 'timestamp', classification: 'internal' },
];

export const cleanTable = (): Props => ({
  mlEventTimestamp: 'as_of',
  mlLabel: 'y',
  mlLabelTimestamp: 'y_at',
  mlSplitPolicy: 'temporal',
});
