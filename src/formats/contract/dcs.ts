/**
 * Map a (deprecated) Data Contract Specification `datacontract.yaml` onto the normalised contract
 * model. DCS has no `customProperties`; the ML convention is read from `ml*` keys written on the
 * contract, `info`, a model or a field directly (DCS allows extension keys) or inside their `config`.
 */
import { isRecord, type DataDoc, type PathSegment } from '../data.js';
import {
  bool,
  enumValues,
  readConstraints,
  readQuality,
  stableJson,
  str,
  strings,
} from './common.js';
import type { Column, Contract, CustomProp, SlaItem, Table } from './model.js';

/** DCS field types onto ODCS logical types. */
const LOGICAL: Record<string, string> = {
  string: 'string',
  text: 'string',
  varchar: 'string',
  bytes: 'string',
  number: 'number',
  decimal: 'number',
  numeric: 'number',
  float: 'number',
  double: 'number',
  int: 'integer',
  integer: 'integer',
  long: 'integer',
  bigint: 'integer',
  boolean: 'boolean',
  timestamp: 'timestamp',
  timestamp_tz: 'timestamp',
  timestamp_ntz: 'timestamp',
  date: 'date',
  time: 'time',
  object: 'object',
  record: 'object',
  struct: 'object',
  array: 'array',
  map: 'map',
};

/** `ml*` keys written directly on an element or in its `config` map. */
function readMl(raw: Record<string, unknown>, at: PathSegment[]): Map<string, CustomProp> {
  const out = new Map<string, CustomProp>();
  for (const [k, v] of Object.entries(raw))
    if (/^ml[A-Z]/.test(k)) out.set(k, { value: v, at: [...at, k] });
  if (isRecord(raw.config))
    for (const [k, v] of Object.entries(raw.config))
      if (/^ml[A-Z]/.test(k) && !out.has(k)) out.set(k, { value: v, at: [...at, 'config', k] });
  return out;
}

/** Resolve a local `$ref: '#/definitions/name'`; the field's own keys win. */
function resolve(
  raw: Record<string, unknown>,
  definitions: Record<string, unknown>,
): Record<string, unknown> {
  const ref = typeof raw.$ref === 'string' ? raw.$ref : undefined;
  const match = ref ? /^#\/definitions\/([^/]+)$/.exec(ref) : null;
  const def = match && Object.hasOwn(definitions, match[1]) ? definitions[match[1]] : undefined;
  return isRecord(def) ? { ...def, ...raw } : raw;
}

function readFields(
  fields: unknown,
  at: PathSegment[],
  prefix: string,
  definitions: Record<string, unknown>,
  pk: Set<string>,
  out: Column[],
): void {
  if (!isRecord(fields)) return;
  for (const [key, value] of Object.entries(fields)) {
    if (!isRecord(value)) continue;
    const raw = resolve(value, definitions);
    const here = [...at, key];
    const name = prefix + key;
    out.push(readField(raw, here, name, pk.has(name)));
    if (isRecord(raw.fields))
      readFields(raw.fields, [...here, 'fields'], `${name}.`, definitions, pk, out);
    if (isRecord(raw.items) && isRecord(raw.items.fields))
      readFields(raw.items.fields, [...here, 'items', 'fields'], `${name}.`, definitions, pk, out);
  }
}

function readField(
  raw: Record<string, unknown>,
  at: PathSegment[],
  name: string,
  inModelKey: boolean,
): Column {
  const type = str(raw.type);
  const logical = type ? LOGICAL[type.toLowerCase()] : undefined;
  const enumList = enumValues(raw.enum);
  return {
    name,
    at,
    ...(str(raw.description) ? { description: str(raw.description) } : {}),
    tags: strings(raw.tags),
    custom: readMl(raw, at),
    quality: readQuality(raw.quality, [...at, 'quality']),
    ...(logical ? { logicalType: logical } : {}),
    ...(type ? { physicalType: type, singleType: true } : {}),
    required: bool(raw.required) ?? false,
    unique: bool(raw.unique) ?? false,
    primaryKey: inModelKey || (bool(raw.primaryKey) ?? bool(raw.primary) ?? false),
    ...(str(raw.classification) ? { classification: str(raw.classification) } : {}),
    ...(raw.pii === true ? { pii: true } : {}),
    constraints: readConstraints(raw),
    ...(enumList ? { enumValues: enumList } : {}),
  };
}

const SLA_VALUE = ['percentage', 'period', 'threshold', 'interval', 'cron', 'responseTime', 'time'];

function readSla(levels: unknown, key: string): SlaItem[] {
  if (!isRecord(levels)) return [];
  return Object.entries(levels).flatMap(([name, raw]): SlaItem[] => {
    if (!isRecord(raw)) return [];
    const field = SLA_VALUE.find((f) => raw[f] !== undefined);
    const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'description'));
    const value = raw.unlimited === true ? 'unlimited' : field ? raw[field] : stableJson(rest);
    return [{ key: name, at: [key, name, ...(field ? [field] : [])], value }];
  });
}

/** Read a schema-valid DCS document. */
export function readDcs(file: string, doc: DataDoc): Contract {
  const data = isRecord(doc.data) ? doc.data : {};
  const info = isRecord(data.info) ? data.info : {};
  const definitions = isRecord(data.definitions) ? data.definitions : {};
  const custom = readMl(info, ['info']);
  for (const [k, v] of readMl(data, [])) if (!custom.has(k)) custom.set(k, v);
  const tables: Table[] = [];
  const models = isRecord(data.models) ? data.models : {};
  for (const [name, raw] of Object.entries(models)) {
    if (!isRecord(raw)) continue;
    const at: PathSegment[] = ['models', name];
    const columns: Column[] = [];
    const pk = new Set(strings(raw.primaryKey));
    readFields(raw.fields, [...at, 'fields'], '', definitions, pk, columns);
    tables.push({
      name,
      at,
      ...(str(raw.description) ? { description: str(raw.description) } : {}),
      tags: strings(raw.tags),
      custom: readMl(raw, at),
      quality: readQuality(raw.quality, [...at, 'quality']),
      ...(str(raw.type) ? { physicalType: str(raw.type) } : {}),
      columns,
    });
  }
  const slaKey = isRecord(data.servicelevels) ? 'servicelevels' : 'serviceLevels';
  const sla = readSla(data[slaKey], slaKey);
  // The top-level DCS `quality` block is tool-specific (SodaCL, …): compared as one opaque rule.
  const topQuality = isRecord(data.quality)
    ? [{ key: 'quality', at: ['quality'], thresholds: {}, body: stableJson(data.quality) }]
    : [];
  return {
    format: 'dcs',
    file,
    formatVersion: str(data.dataContractSpecification) ?? '',
    ...(str(data.id) ? { id: str(data.id) } : {}),
    ...(str(info.title) ? { name: str(info.title) } : {}),
    ...(str(info.version) ? { version: str(info.version) } : {}),
    ...(str(info.status) ? { status: str(info.status) } : {}),
    ...(str(info.description) ? { description: str(info.description) } : {}),
    tags: strings(data.tags),
    custom,
    sla,
    tables,
    quality: topQuality,
    lineOf: doc.lineOf,
  };
}
