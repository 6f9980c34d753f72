/**
 * The ML convention on top of ODCS `customProperties` (SPEC §4): which column is the entity, the
 * event time, the label, its timestamp, the features and the split. Pure: contract in, roles and
 * findings out.
 */
import type { Column, Contract, Table } from '../formats/contract/model.js';
import type { PathSegment } from '../formats/data.js';

export const TABLE_KEYS = [
  'mlEntityKeys',
  'mlEventTimestamp',
  'mlLabel',
  'mlLabelTimestamp',
  'mlLabelDelay',
  'mlSplitPolicy',
  'mlSplitColumn',
] as const;
export const COLUMN_KEYS = ['mlRole', 'mlAvailableAtPrediction', 'mlFeatureTimestamp'] as const;
export const CONTRACT_KEYS = ['mlDatasetSnapshot'] as const;
export const ML_KEYS: readonly string[] = [...TABLE_KEYS, ...COLUMN_KEYS, ...CONTRACT_KEYS];

export const ROLES = [
  'feature',
  'label',
  'entity',
  'event_timestamp',
  'label_timestamp',
  'feature_timestamp',
  'prediction',
  'metadata',
] as const;
export type Role = (typeof ROLES)[number];

export const SPLITS = ['temporal', 'group', 'random'] as const;

const ISO_DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

/** A problem found while resolving roles; turned into a finding by the caller. */
export interface RoleIssue {
  rule: string;
  level: 'error' | 'warning';
  at: PathSegment[];
  where: string;
  message: string;
}

/** The ML roles of one table, resolved from table- and column-level properties. */
export interface MlRoles {
  table: string;
  at: PathSegment[];
  entityKeys: string[];
  entitySource: 'mlEntityKeys' | 'mlRole' | 'primaryKey' | null;
  eventTimestamp?: string;
  label?: string;
  labelTimestamp?: string;
  labelDelay?: string;
  splitPolicy?: string;
  splitColumns: string[];
  /** Feature columns; `implicitFeatures` when no column says `mlRole: feature` (every unassigned leaf column). */
  features: string[];
  implicitFeatures: boolean;
  /** Columns named by `mlFeatureTimestamp` or with `mlRole: feature_timestamp`. */
  featureTimestamps: string[];
}

/** True when the table carries any ML property (at table or column level). */
export function isMlTable(table: Table): boolean {
  const ml = (custom: Map<string, unknown>) => {
    for (const k of custom.keys()) if (ML_KEYS.includes(k)) return true;
    return false;
  };
  return ml(table.custom) || table.columns.some((c) => c.custom.size > 0 && ml(c.custom));
}

/** Accept a value written as a boolean or as the text `true`/`false`. */
export function asBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}

function asName(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function asNames(value: unknown): string[] | undefined {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== ''))
    return value.map((v: string) => v.trim());
  return undefined;
}

export function columnWhere(table: Table, column?: Column | string): string {
  const name = typeof column === 'string' ? column : column?.name;
  return name === undefined ? `table ${table.name}` : `table ${table.name}, column ${name}`;
}

/** Resolve the ML roles of a table, reporting malformed values and unknown column references. */
export function resolveRoles(table: Table): { roles: MlRoles; issues: RoleIssue[] } {
  const issues: RoleIssue[] = [];
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const tableWhere = columnWhere(table);
  const prop = (key: string) => table.custom.get(key);
  const issue = (
    rule: string,
    at: PathSegment[],
    where: string,
    message: string,
    level: 'error' | 'warning' = 'error',
  ) => issues.push({ rule, level, at, where, message });

  /** Resolve a column name (bare, or qualified with the table name). */
  const resolveColumn = (name: string): string | undefined => {
    if (byName.has(name)) return name;
    const bare = name.startsWith(`${table.name}.`) ? name.slice(table.name.length + 1) : name;
    return byName.has(bare) ? bare : undefined;
  };
  const tableRef = (key: (typeof TABLE_KEYS)[number]): string | undefined => {
    const p = prop(key);
    if (!p) return undefined;
    const name = asName(p.value);
    if (name === undefined) {
      issue(
        'structure.ml-value',
        p.at,
        tableWhere,
        `\`${key}\` must name one column, found ${JSON.stringify(p.value)}; fix: set it to the column name`,
      );
      return undefined;
    }
    const col = resolveColumn(name);
    if (!col)
      issue(
        'structure.unknown-column',
        p.at,
        tableWhere,
        `\`${key}\` names column \`${name}\`, which the table does not declare; fix: add the column to \`properties\` or correct the name`,
      );
    return col;
  };
  const tableRefs = (key: 'mlEntityKeys' | 'mlSplitColumn'): string[] | undefined => {
    const p = prop(key);
    if (!p) return undefined;
    const names = asNames(p.value);
    if (!names || names.length === 0) {
      issue(
        'structure.ml-value',
        p.at,
        tableWhere,
        `\`${key}\` must be a list of column names, found ${JSON.stringify(p.value)}; fix: write e.g. \`value: [customer_id]\``,
      );
      return undefined;
    }
    const out: string[] = [];
    for (const n of names) {
      const col = resolveColumn(n);
      if (col) out.push(col);
      else
        issue(
          'structure.unknown-column',
          p.at,
          tableWhere,
          `\`${key}\` names column \`${n}\`, which the table does not declare; fix: add the column to \`properties\` or correct the name`,
        );
    }
    return out;
  };

  // Column-level roles.
  const roleOf = new Map<string, Role>();
  const featureTs = new Set<string>();
  for (const column of table.columns) {
    const where = columnWhere(table, column);
    const role = column.custom.get('mlRole');
    if (role) {
      if (typeof role.value === 'string' && (ROLES as readonly string[]).includes(role.value))
        roleOf.set(column.name, role.value as Role);
      else
        issue(
          'structure.ml-value',
          role.at,
          where,
          `\`mlRole\` ${JSON.stringify(role.value)} is not a known role; fix: use one of ${ROLES.join(', ')}`,
        );
    }
    const avail = column.custom.get('mlAvailableAtPrediction');
    if (avail && asBool(avail.value) === undefined)
      issue(
        'structure.ml-value',
        avail.at,
        where,
        `\`mlAvailableAtPrediction\` must be true or false, found ${JSON.stringify(avail.value)}`,
      );
    const fts = column.custom.get('mlFeatureTimestamp');
    if (fts) {
      const name = asName(fts.value);
      if (name === undefined)
        issue(
          'structure.ml-value',
          fts.at,
          where,
          `\`mlFeatureTimestamp\` must name a column, found ${JSON.stringify(fts.value)}`,
        );
      else {
        const col = resolveColumn(name);
        // A feature timestamp that is not a declared column cannot be checked point-in-time.
        if (!col)
          issue(
            'leakage.feature-timestamp-undeclared',
            fts.at,
            where,
            `\`mlFeatureTimestamp\` names \`${name}\`, which is not a declared column, so point-in-time correctness of this feature cannot be checked; fix: declare \`${name}\` as a timestamp column or correct the name`,
          );
        else featureTs.add(col);
      }
    }
    for (const key of column.custom.keys())
      misplaced(key, 'column', column.custom.get(key)!.at, where, issues);
  }
  for (const key of table.custom.keys())
    misplaced(key, 'table', table.custom.get(key)!.at, tableWhere, issues);
  for (const [name, role] of roleOf) if (role === 'feature_timestamp') featureTs.add(name);

  const withRole = (role: Role) =>
    table.columns.filter((c) => roleOf.get(c.name) === role).map((c) => c.name);
  const single = (key: (typeof TABLE_KEYS)[number], role: Role): string | undefined => {
    const declared = tableRef(key);
    const byRole = withRole(role);
    if (declared === undefined && byRole.length > 1)
      issue(
        'structure.ml-conflict',
        table.at,
        tableWhere,
        `${byRole.length} columns have \`mlRole: ${role}\` (${byRole.join(', ')}); fix: keep one, or name it with \`${key}\``,
      );
    for (const other of byRole)
      if (declared !== undefined && other !== declared)
        issue(
          'structure.ml-conflict',
          byName.get(other)!.custom.get('mlRole')!.at,
          columnWhere(table, other),
          `\`mlRole: ${role}\` conflicts with \`${key}: ${declared}\`; fix: make them name the same column`,
        );
    return declared ?? byRole[0];
  };
  const eventTimestamp = single('mlEventTimestamp', 'event_timestamp');
  const label = single('mlLabel', 'label');
  const labelTimestamp = single('mlLabelTimestamp', 'label_timestamp');

  let entityKeys = tableRefs('mlEntityKeys');
  let entitySource: MlRoles['entitySource'] = entityKeys ? 'mlEntityKeys' : null;
  if (!entityKeys && withRole('entity').length > 0) {
    entityKeys = withRole('entity');
    entitySource = 'mlRole';
  }
  if (!entityKeys) {
    const pk = table.columns
      .filter((c) => c.primaryKey && c.name !== eventTimestamp)
      .sort((a, b) => (a.primaryKeyPosition ?? 1e9) - (b.primaryKeyPosition ?? 1e9))
      .map((c) => c.name);
    if (pk.length > 0) {
      entityKeys = pk;
      entitySource = 'primaryKey';
    }
  }

  const delayProp = prop('mlLabelDelay');
  let labelDelay: string | undefined;
  if (delayProp) {
    if (typeof delayProp.value === 'string' && ISO_DURATION.test(delayProp.value))
      labelDelay = delayProp.value;
    else
      issue(
        'structure.ml-value',
        delayProp.at,
        tableWhere,
        `\`mlLabelDelay\` ${JSON.stringify(delayProp.value)} is not an ISO-8601 duration; fix: write e.g. \`P30D\` or \`PT12H\``,
      );
  }
  const splitProp = prop('mlSplitPolicy');
  let splitPolicy: string | undefined;
  if (splitProp) {
    if (
      typeof splitProp.value === 'string' &&
      (SPLITS as readonly string[]).includes(splitProp.value)
    )
      splitPolicy = splitProp.value;
    else
      issue(
        'structure.ml-value',
        splitProp.at,
        tableWhere,
        `\`mlSplitPolicy\` ${JSON.stringify(splitProp.value)} is not a split policy; fix: use temporal, group or random`,
      );
  }
  let splitColumns = tableRefs('mlSplitColumn') ?? [];
  if (splitColumns.length === 0 && splitPolicy === 'temporal' && eventTimestamp)
    splitColumns = [eventTimestamp];
  if (splitColumns.length === 0 && splitPolicy === 'group' && entityKeys)
    splitColumns = [...entityKeys];
  if (
    splitColumns.length === 0 &&
    (splitPolicy === 'temporal' || splitPolicy === 'group') &&
    splitProp
  )
    issue(
      'structure.ml-value',
      splitProp.at,
      tableWhere,
      `\`mlSplitPolicy: ${splitPolicy}\` needs a split column; fix: add \`mlSplitColumn\` (or declare ${splitPolicy === 'temporal' ? '`mlEventTimestamp`' : '`mlEntityKeys`'})`,
    );

  const explicit = table.columns.filter((c) => roleOf.get(c.name) === 'feature').map((c) => c.name);
  const assigned = new Set<string>([
    ...(entityKeys ?? []),
    ...(eventTimestamp ? [eventTimestamp] : []),
    ...(label ? [label] : []),
    ...(labelTimestamp ? [labelTimestamp] : []),
    ...featureTs,
    ...splitColumns,
    ...roleOf.keys(),
  ]);
  const parents = new Set<string>();
  for (const c of table.columns) {
    const dot = c.name.lastIndexOf('.');
    if (dot >= 0) parents.add(c.name.slice(0, dot));
  }
  const features =
    explicit.length > 0
      ? explicit
      : table.columns
          .filter((c) => !assigned.has(c.name) && !parents.has(c.name))
          .map((c) => c.name);

  // Timestamps must be temporal columns.
  const temporal: [string | undefined, string][] = [
    [eventTimestamp, 'the event timestamp'],
    [labelTimestamp, 'the label timestamp'],
    ...[...featureTs].map((n): [string, string] => [n, 'a feature timestamp']),
  ];
  const checked = new Set<string>();
  for (const [name, what] of temporal) {
    if (!name || checked.has(name)) continue;
    checked.add(name);
    const col = byName.get(name)!;
    const kind = temporalKind(col);
    if (kind === 'no')
      issue(
        'structure.timestamp-type',
        col.at,
        columnWhere(table, col),
        `${what} has type ${col.logicalType ?? col.physicalType}; timestamps must be \`timestamp\` or \`date\`; fix: set \`logicalType: timestamp\` (or \`date\`)`,
      );
    else if (kind === 'unknown')
      issue(
        'structure.timestamp-type',
        col.at,
        columnWhere(table, col),
        `${what} declares no type; fix: set \`logicalType: timestamp\` (or \`date\`)`,
        'warning',
      );
  }

  return {
    roles: {
      table: table.name,
      at: table.at,
      entityKeys: entityKeys ?? [],
      entitySource,
      ...(eventTimestamp ? { eventTimestamp } : {}),
      ...(label ? { label } : {}),
      ...(labelTimestamp ? { labelTimestamp } : {}),
      ...(labelDelay ? { labelDelay } : {}),
      ...(splitPolicy ? { splitPolicy } : {}),
      splitColumns,
      features,
      implicitFeatures: explicit.length === 0,
      featureTimestamps: [...featureTs].sort(),
    },
    issues,
  };
}

function temporalKind(col: Column): 'yes' | 'no' | 'unknown' {
  if (col.logicalType)
    return col.logicalType === 'timestamp' || col.logicalType === 'date' ? 'yes' : 'no';
  if (col.physicalType) return /date|timestamp/i.test(col.physicalType) ? 'yes' : 'no';
  return 'unknown';
}

/** An `ml*` property written at the wrong level, or an unknown one (a typo would silently disable a check). */
function misplaced(
  key: string,
  level: 'table' | 'column' | 'contract',
  at: PathSegment[],
  where: string,
  issues: RoleIssue[],
): void {
  if (!/^ml[A-Z]/.test(key)) return;
  const expected = (TABLE_KEYS as readonly string[]).includes(key)
    ? 'table'
    : (COLUMN_KEYS as readonly string[]).includes(key)
      ? 'column'
      : (CONTRACT_KEYS as readonly string[]).includes(key)
        ? 'contract'
        : null;
  if (expected === level) return;
  const message =
    expected === null
      ? `\`${key}\` is not part of mlgate's ML convention and is ignored; fix: use one of ${ML_KEYS.join(', ')}`
      : `\`${key}\` belongs on the ${expected === 'table' ? 'schema object (table)' : expected === 'column' ? 'property (column)' : 'contract (top level)'}, not on the ${level}, and is ignored here; fix: move it`;
  issues.push({ rule: 'structure.ml-level', level: 'warning', at, where, message });
}

/** Contract-level ML properties: the dataset snapshot, and misplaced keys. */
export function resolveContractMl(contract: Contract): { snapshot?: string; issues: RoleIssue[] } {
  const issues: RoleIssue[] = [];
  for (const [key, p] of contract.custom) {
    if (!/^ml[A-Z]/.test(key) || (CONTRACT_KEYS as readonly string[]).includes(key)) continue;
    misplaced(key, 'contract', p.at, 'contract', issues);
  }
  const p = contract.custom.get('mlDatasetSnapshot');
  if (!p) return { issues };
  if ((typeof p.value === 'string' && p.value.trim() !== '') || typeof p.value === 'number')
    return { snapshot: String(p.value), issues };
  issues.push({
    rule: 'structure.ml-value',
    level: 'error',
    at: p.at,
    where: 'contract',
    message: `\`mlDatasetSnapshot\` must be a version or snapshot id, found ${JSON.stringify(p.value)}`,
  });
  return { issues };
}
