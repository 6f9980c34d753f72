/** Map an ODCS v3 contract (already schema-checked) onto the normalised contract model. */
import { isRecord, type DataDoc, type PathSegment } from '../data.js';
import {
  bool,
  enumFromQuality,
  enumValues,
  list,
  num,
  readConstraints,
  readQuality,
  str,
  strings,
} from './common.js';
import type { Column, Contract, CustomProp, SlaItem, Table } from './model.js';

/** `customProperties: [{property, value}]` as a map; the first entry of a name wins (duplicates are reported by the checks). */
export function readCustom(value: unknown, at: PathSegment[]): Map<string, CustomProp> {
  const out = new Map<string, CustomProp>();
  list(value).forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.property !== 'string') return;
    if (!out.has(entry.property)) out.set(entry.property, { value: entry.value, at: [...at, i] });
  });
  return out;
}

function description(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const parts = ['purpose', 'usage', 'limitations']
    .map((k) => (typeof value[k] === 'string' ? `${k}: ${value[k] as string}` : null))
    .filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

function readColumns(props: unknown, at: PathSegment[], prefix: string, out: Column[]): void {
  if (!Array.isArray(props)) return;
  for (let i = 0; i < props.length; i++) {
    const raw: unknown = props[i];
    if (!isRecord(raw) || typeof raw.name !== 'string') continue;
    const here = at.concat(i);
    const name = prefix + raw.name;
    out.push(readColumn(raw, here, name));
    readNested(raw, here, name, out);
  }
}

/** Nested object properties and array item properties become `parent.child` columns. */
function readNested(
  raw: Record<string, unknown>,
  at: PathSegment[],
  name: string,
  out: Column[],
): void {
  if (Array.isArray(raw.properties))
    readColumns(raw.properties, [...at, 'properties'], `${name}.`, out);
  if (isRecord(raw.items) && Array.isArray(raw.items.properties))
    readColumns(raw.items.properties, [...at, 'items', 'properties'], `${name}.`, out);
}

/**
 * One column. Built key by key rather than with conditional spreads, and the nested readers run
 * only when their key is there: a contract can have tens of thousands of columns.
 */
function readColumn(raw: Record<string, unknown>, at: PathSegment[], name: string): Column {
  const options = isRecord(raw.logicalTypeOptions) ? raw.logicalTypeOptions : undefined;
  const enumList =
    enumValues(raw.enum) ??
    (options ? enumValues(options.enum) : undefined) ??
    (raw.quality === undefined ? undefined : enumFromQuality(raw.quality));
  const position = num(raw.primaryKeyPosition);
  const column = { name, at } as Column;
  const desc = str(raw.description);
  if (desc) column.description = desc;
  column.tags = raw.tags === undefined ? [] : strings(raw.tags);
  column.custom = Array.isArray(raw.customProperties)
    ? readCustom(raw.customProperties, [...at, 'customProperties'])
    : new Map();
  column.quality = Array.isArray(raw.quality) ? readQuality(raw.quality, [...at, 'quality']) : [];
  const logicalType = str(raw.logicalType);
  if (logicalType) column.logicalType = logicalType;
  const physicalType = str(raw.physicalType);
  if (physicalType) column.physicalType = physicalType;
  column.required = bool(raw.required) ?? false;
  column.unique = bool(raw.unique) ?? false;
  column.primaryKey = bool(raw.primaryKey) ?? false;
  if (position !== undefined && position > 0) column.primaryKeyPosition = position;
  const classification = str(raw.classification);
  if (classification) column.classification = classification;
  column.constraints = options ? readConstraints(options) : {};
  if (enumList) column.enumValues = enumList;
  return column;
}

function readTable(raw: Record<string, unknown>, at: PathSegment[]): Table {
  const columns: Column[] = [];
  readColumns(raw.properties, [...at, 'properties'], '', columns);
  return {
    name: str(raw.name) ?? '',
    at,
    ...(str(raw.description) ? { description: str(raw.description) } : {}),
    tags: strings(raw.tags),
    custom: readCustom(raw.customProperties, [...at, 'customProperties']),
    quality: readQuality(raw.quality, [...at, 'quality']),
    ...(str(raw.physicalName) ? { physicalName: str(raw.physicalName) } : {}),
    ...(str(raw.physicalType) ? { physicalType: str(raw.physicalType) } : {}),
    columns,
  };
}

function readSla(value: unknown): SlaItem[] {
  const seen = new Map<string, number>();
  const out: SlaItem[] = [];
  list(value).forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw.property !== 'string') return;
    const base = raw.property + (typeof raw.element === 'string' ? `@${raw.element}` : '');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({
      key: n === 1 ? base : `${base}#${n}`,
      at: ['slaProperties', i],
      value: raw.value,
      ...(typeof raw.unit === 'string' ? { unit: raw.unit } : {}),
    });
  });
  return out;
}

/** Read a schema-valid ODCS document. */
export function readOdcs(file: string, doc: DataDoc): Contract {
  const data = isRecord(doc.data) ? doc.data : {};
  const desc = description(data.description);
  return {
    format: 'odcs',
    file,
    formatVersion: str(data.apiVersion) ?? '',
    ...(str(data.id) ? { id: str(data.id) } : {}),
    ...(str(data.name) ? { name: str(data.name) } : {}),
    ...(str(data.version) ? { version: str(data.version) } : {}),
    ...(str(data.status) ? { status: str(data.status) } : {}),
    ...(desc ? { description: desc } : {}),
    tags: strings(data.tags),
    custom: readCustom(data.customProperties, ['customProperties']),
    sla: readSla(data.slaProperties),
    quality: [],
    tables: list(data.schema).flatMap((raw, i) =>
      isRecord(raw) ? [readTable(raw, ['schema', i])] : [],
    ),
    lineOf: doc.lineOf,
  };
}
