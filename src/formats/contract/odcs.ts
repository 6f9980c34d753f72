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
  list(props).forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw.name !== 'string') return;
    const here = [...at, i];
    const name = prefix + raw.name;
    out.push(readColumn(raw, here, name));
    readNested(raw, here, name, out);
  });
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

function readColumn(raw: Record<string, unknown>, at: PathSegment[], name: string): Column {
  const options = isRecord(raw.logicalTypeOptions) ? raw.logicalTypeOptions : {};
  const enumList = enumValues(raw.enum) ?? enumValues(options.enum) ?? enumFromQuality(raw.quality);
  const position = num(raw.primaryKeyPosition);
  return {
    name,
    at,
    ...(str(raw.description) ? { description: str(raw.description) } : {}),
    tags: strings(raw.tags),
    custom: readCustom(raw.customProperties, [...at, 'customProperties']),
    quality: readQuality(raw.quality, [...at, 'quality']),
    ...(str(raw.logicalType) ? { logicalType: str(raw.logicalType) } : {}),
    ...(str(raw.physicalType) ? { physicalType: str(raw.physicalType) } : {}),
    required: bool(raw.required) ?? false,
    unique: bool(raw.unique) ?? false,
    primaryKey: bool(raw.primaryKey) ?? false,
    ...(position !== undefined && position > 0 ? { primaryKeyPosition: position } : {}),
    ...(str(raw.classification) ? { classification: str(raw.classification) } : {}),
    constraints: readConstraints(options),
    ...(enumList ? { enumValues: enumList } : {}),
  };
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
