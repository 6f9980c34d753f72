/**
 * The normalised data contract: what mlgate reads from an ODCS v3 contract or a (deprecated)
 * Data Contract Specification `datacontract.yaml`. Both readers map onto these shapes, so the
 * checks and the base → head comparison never look at the source format.
 */
import type { PathSegment } from '../data.js';

export type ContractFormat = 'odcs' | 'dcs';

export type Scalar = string | number | boolean | null;

/** A `customProperties` entry (ODCS) or an `ml*` extension key (DCS), with where it was written. */
export interface CustomProp {
  value: unknown;
  at: PathSegment[];
}

/** One end of a value range: `minimum: 0` is `{value: 0, exclusive: false}`. */
export interface Bound {
  value: number | string;
  exclusive: boolean;
}

/** Value constraints of a column (ODCS `logicalTypeOptions`, DCS field keywords). */
export interface Constraints {
  /**
   * The lower and upper bound, whichever way they were written: `minimum` / `maximum`, JSON Schema
   * `exclusiveMinimum: 0` (ODCS 3.1+, DCS), or ODCS 3.0.x's boolean `exclusiveMinimum: true`
   * qualifying `minimum`. Both forms of one bound keep the tighter.
   */
  lower?: Bound;
  upper?: Bound;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  multipleOf?: number;
  pattern?: string;
  format?: string;
  uniqueItems?: boolean;
}

export const QUALITY_OPERATORS = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
  'mustBeBetween',
  'mustNotBeBetween',
] as const;
export type QualityOperator = (typeof QUALITY_OPERATORS)[number];

/** One data-quality rule, keyed so base and head rules can be matched. */
export interface QualityRule {
  /** `name`/`id` when given, else the metric/type plus its occurrence (`nullValues`, `nullValues#2`). */
  key: string;
  at: PathSegment[];
  metric?: string;
  thresholds: Partial<Record<QualityOperator, Scalar | [number, number]>>;
  /** Everything else that defines what the rule checks (query, engine, arguments), as stable JSON. */
  body: string;
}

interface Element {
  name: string;
  at: PathSegment[];
  description?: string;
  tags: string[];
  custom: Map<string, CustomProp>;
  quality: QualityRule[];
}

/** A column (ODCS property, DCS field); nested properties are flattened to dotted names. */
export interface Column extends Element {
  /** ODCS logicalType, or the DCS type mapped onto it. */
  logicalType?: string;
  /** ODCS physicalType, or the DCS type as written. */
  physicalType?: string;
  /** DCS: both types come from the one `type` key, so a change is one change. */
  singleType?: boolean;
  required: boolean;
  unique: boolean;
  primaryKey: boolean;
  primaryKeyPosition?: number;
  classification?: string;
  /** DCS `pii: true`. */
  pii?: boolean;
  constraints: Constraints;
  /** Allowed values (ODCS `enum`, `logicalTypeOptions.enum`, an `invalidValues`/`validValues` quality rule; DCS `enum`). */
  enumValues?: Scalar[];
}

/** A table (ODCS schema object, DCS model). */
export interface Table extends Element {
  physicalName?: string;
  physicalType?: string;
  columns: Column[];
}

/** One SLA promise (ODCS `slaProperties`, DCS `servicelevels`). */
export interface SlaItem {
  /** `property` plus `element` when given (`latency`, `retention@orders.ts`). */
  key: string;
  at: PathSegment[];
  value: unknown;
  unit?: string;
}

export interface Contract {
  format: ContractFormat;
  file: string;
  /** `apiVersion` (ODCS) or `dataContractSpecification` (DCS). */
  formatVersion: string;
  id?: string;
  name?: string;
  version?: string;
  status?: string;
  description?: string;
  tags: string[];
  custom: Map<string, CustomProp>;
  sla: SlaItem[];
  /** Contract-level quality (the DCS top-level `quality` block). */
  quality: QualityRule[];
  tables: Table[];
  /** 1-based line of a path in the contract file. */
  lineOf(path: readonly PathSegment[]): number | undefined;
}
