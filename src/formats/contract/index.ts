/**
 * Read a data contract: `(file, text) → { contract, findings }`. Detects ODCS v3 or the deprecated
 * Data Contract Specification, validates the structure against mlgate's JSON Schemas (findings at
 * file and line), then maps it onto the normalised model. Never throws.
 */
import type { ErrorObject } from 'ajv';
import validateDcs from '../../generated/dcs.validate.cjs';
import validateOdcs from '../../generated/odcs.validate.cjs';
import type { Finding, Level } from '../../types.js';
import { formatPath, isRecord, parseData, type DataDoc, type PathSegment } from '../data.js';
import { closest, pointerToPath } from '../schema-errors.js';
import { readDcs } from './dcs.js';
import type { Contract, ContractFormat } from './model.js';
import { readOdcs } from './odcs.js';

export type { Contract, ContractFormat, Column, Table } from './model.js';

// Precompiled from schemas/{odcs,dcs}.schema.json (draft 2019-09) by scripts/compile-schemas.mjs.
const validators = { odcs: validateOdcs, dcs: validateDcs };

export interface ContractRead {
  contract: Contract | null;
  /** Detected format, also when the structure is invalid. */
  format: ContractFormat | null;
  findings: Finding[];
}

function finding(
  file: string,
  level: Level,
  line: number | undefined,
  message: string,
  rule: string,
): Finding {
  return { level, check: 'contract', file, ...(line ? { line } : {}), message, rule };
}

/**
 * Parse and validate a contract file. `lines`: the caller expects findings on this contract (a
 * changed head to compare), so a large file's lines are recorded while it is read (see data.ts).
 */
export function parseContract(
  file: string,
  text: string,
  opts: { lines?: boolean } = {},
): ContractRead {
  // Contract producers write YAML 1.1 (PyYAML): read it as they do, with a warning per line.
  const parsed = parseData(text, { yaml11: true, lines: opts.lines === true });
  if (!parsed.ok)
    return {
      contract: null,
      format: null,
      findings: [
        finding(file, 'error', parsed.line, `${file}: ${parsed.message}`, 'structure.parse'),
      ],
    };
  const doc = parsed.value;
  const data = doc.data;
  if (!isRecord(data))
    return {
      contract: null,
      format: null,
      findings: [
        finding(
          file,
          'error',
          1,
          `${file}: expected a data contract mapping (ODCS \`apiVersion: v3.x.x\`, \`kind: DataContract\`), found ${data === null ? 'an empty file' : Array.isArray(data) ? 'a list' : typeof data}`,
          'structure.format',
        ),
      ],
    };
  const format = detect(data);
  if (format === null) {
    const v2 = typeof data.apiVersion === 'string' && /^v2\./.test(data.apiVersion);
    return {
      contract: null,
      format: null,
      findings: [
        finding(
          file,
          'error',
          doc.lineOf(['apiVersion']) ?? 1,
          v2
            ? `${file}: ODCS ${String(data.apiVersion)} is not supported; migrate the contract to ODCS v3 (\`apiVersion: v3.1.0\`, tables under \`schema:\`)`
            : `${file}: not a data contract; expected ODCS v3 (\`apiVersion: v3.1.0\`, \`kind: DataContract\`) or a Data Contract Specification file (\`dataContractSpecification: 1.1.0\`)`,
          'structure.format',
        ),
      ],
    };
  }
  const validate = validators[format];
  const findings: Finding[] = (doc.yaml11 ?? []).map((n) =>
    finding(file, 'warning', n.line, `${file}: ${n.message}`, 'structure.yaml11'),
  );
  if (!validate(data)) findings.push(...schemaFindings(file, format, doc, validate.errors ?? []));
  if (findings.some((f) => f.level === 'error')) return { contract: null, format, findings };
  const contract = format === 'odcs' ? readOdcs(file, doc) : readDcs(file, doc);
  findings.push(...duplicateNames(contract));
  if (findings.some((f) => f.level === 'error')) return { contract: null, format, findings };
  return { contract, format, findings };
}

function detect(data: Record<string, unknown>): ContractFormat | null {
  if ('dataContractSpecification' in data) return 'dcs';
  const api = data.apiVersion;
  if (typeof api === 'string' && /^v2\./.test(api)) return null;
  if ('apiVersion' in data || data.kind === 'DataContract') return 'odcs';
  return null;
}

/** Table and column names must be unique: base → head changes are matched by name. */
function duplicateNames(contract: Contract): Finding[] {
  const out: Finding[] = [];
  const tables = new Set<string>();
  for (const table of contract.tables) {
    if (tables.has(table.name))
      out.push(
        finding(
          contract.file,
          'error',
          contract.lineOf(table.at),
          `table ${table.name}: the name is used by two schema objects; give each table a unique name (changes are matched by name)`,
          'structure.duplicate-name',
        ),
      );
    tables.add(table.name);
    const columns = new Set<string>();
    for (const column of table.columns) {
      if (columns.has(column.name))
        out.push(
          finding(
            contract.file,
            'error',
            contract.lineOf(column.at),
            `table ${table.name}, column ${column.name}: the name is used twice; give each column a unique name`,
            'structure.duplicate-name',
          ),
        );
      columns.add(column.name);
    }
  }
  return out;
}

/** Where in the contract a path points, in the reader's words: `table orders, column id`. */
export function describeLocation(
  format: ContractFormat,
  data: unknown,
  path: readonly PathSegment[],
): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    node = Array.isArray(node) ? node[seg as number] : isRecord(node) ? node[seg] : undefined;
    const parent = path[i - 1];
    if (
      format === 'odcs' &&
      typeof seg === 'number' &&
      isRecord(node) &&
      typeof node.name === 'string'
    ) {
      if (parent === 'schema') parts.push(`table ${node.name}`);
      else if (parent === 'properties') parts.push(`column ${node.name}`);
    }
    if (format === 'dcs' && typeof seg === 'string') {
      if (parent === 'models' && i === 1) parts.push(`table ${seg}`);
      else if (parent === 'fields') parts.push(`column ${seg}`);
    }
  }
  return parts.join(', ');
}

const ROOT_FIX: Record<string, string> = {
  apiVersion: 'set `apiVersion: v3.1.0`',
  kind: 'set `kind: DataContract`',
  id: 'add a unique `id` (e.g. a UUID or urn)',
  version: 'add the contract `version` (semantic versioning, e.g. `1.0.0`)',
  status: 'add `status` (e.g. `active`, `draft`)',
  dataContractSpecification: 'set `dataContractSpecification: 1.1.0`',
  info: 'add `info:` with `title` and `version`',
  title: 'add `info.title`',
  name: 'add a `name`',
};

function schemaFindings(
  file: string,
  format: ContractFormat,
  doc: DataDoc,
  errors: ErrorObject[],
): Finding[] {
  const std = format === 'odcs' ? 'ODCS v3' : 'the Data Contract Specification';
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const e of errors) {
    // `if`/`allOf` wrappers repeat the error that caused them.
    if (e.keyword === 'if' || e.keyword === 'allOf') continue;
    const path = pointerToPath(e.instancePath);
    let target = path;
    let level: Level = 'error';
    let message: string;
    const at = formatPath(path);
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      target = [...path, key];
      // ODCS is strict at the top level; inside tables and columns an unknown key is more often a
      // newer standard version than a typo, so it warns instead of failing the contract.
      level = path.length === 0 ? 'error' : 'warning';
      const known = Object.keys(
        (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
      );
      const near = closest(key, known);
      message = `unknown key \`${key}\`${path.length ? ` in ${at}` : ' at the top level'}: ${std} does not define it; ${near ? `did you mean \`${near}\`?` : 'remove it or move it into `customProperties`'}`;
    } else if (e.keyword === 'required') {
      const key = String(e.params.missingProperty);
      message = `${path.length ? `${at}: ` : ''}missing required key \`${key}\`; ${ROOT_FIX[key] ?? `add \`${key}\``}`;
      // ODCS before 3.1 did not require `property` in a custom property; mlgate skips the entry.
      if (key === 'property' && path[path.length - 2] === 'customProperties') {
        level = 'warning';
        message += ' (mlgate skips this entry)';
      }
    } else if (e.keyword === 'type') {
      message = `${at}: must be ${String(e.params.type).replace(',', ' or ')} (${std})`;
    } else if (e.keyword === 'enum' || e.keyword === 'const') {
      const allowed = (e.params.allowedValues as unknown[] | undefined) ?? [e.params.allowedValue];
      message = `${at}: must be one of ${allowed.map((v) => `\`${String(v)}\``).join(', ')}`;
    } else if (e.keyword === 'pattern' && path.join('.') === 'apiVersion') {
      message = `apiVersion: expected an ODCS v3 version such as \`v3.1.0\``;
    } else {
      message = `${at}: ${e.message ?? 'is invalid'}`;
    }
    const where = describeLocation(format, doc.data, path);
    const text = `${file}: ${where ? `${where}: ` : ''}${message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(finding(file, level, doc.lineOf(target), text, 'structure.schema'));
  }
  return out;
}
