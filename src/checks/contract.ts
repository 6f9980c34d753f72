/**
 * Checks on one data contract (SPEC §4): structure of the ML convention, ML completeness
 * (`contract_policy.require_ml`), leakage and privacy. Pure: a contract in, findings and the
 * checklist evidence out. Every message names the table, the column, the rule and the fix.
 */
import type { Column, Contract, Table } from '../formats/contract/model.js';
import type { Evidence, Finding } from '../types.js';
import {
  asBool,
  columnWhere,
  isMlTable,
  resolveContractMl,
  resolveRoles,
  type MlRoles,
  type RoleIssue,
} from './contract-ml.js';

export type { MlRoles } from './contract-ml.js';

export interface ContractEvidence {
  'data-contract': Evidence;
  leakage: Evidence;
  'sensitive-data': Evidence;
}

export interface ContractCheck {
  findings: Finding[];
  /** One entry per table that carries ML properties. */
  ml: MlRoles[];
  snapshot?: string;
  evidence: ContractEvidence;
}

export interface ContractCheckOptions {
  requireMl?: boolean;
  model?: string;
}

const SENSITIVE = /\b(pii|restricted|confidential|sensitive|secret|personal)\b/i;

/** Why a column counts as sensitive, or null. */
export function sensitivity(column: Column): string | null {
  if (column.pii) return '`pii: true`';
  if (column.classification && SENSITIVE.test(column.classification))
    return `classification \`${column.classification}\``;
  if (column.tags.some((t) => t.toLowerCase() === 'pii')) return 'tag `pii`';
  return null;
}

/** Run every check on a readable contract. */
export function checkContract(contract: Contract, opts: ContractCheckOptions = {}): ContractCheck {
  const findings: Finding[] = [];
  const add = (
    level: Finding['level'],
    rule: string,
    line: number | undefined,
    where: string,
    message: string,
  ) =>
    findings.push({
      level,
      check: 'contract',
      ...(opts.model ? { model: opts.model } : {}),
      file: contract.file,
      ...(line ? { line } : {}),
      message: `${where}: ${message} (rule ${rule})`,
      rule,
    });
  const fromIssue = (i: RoleIssue) =>
    add(i.level, i.rule, contract.lineOf(i.at), i.where, i.message);

  const contractMl = resolveContractMl(contract);
  contractMl.issues.forEach(fromIssue);
  const mlTables = contract.tables.filter(isMlTable);
  const ml: MlRoles[] = [];
  const missing: string[] = [];
  for (const table of mlTables) {
    const { roles, issues } = resolveRoles(table);
    issues.forEach(fromIssue);
    ml.push(roles);
    missing.push(...completeness(table, roles, contract, opts, add));
    leakage(table, roles, contract, add);
    privacy(table, roles, contract, add);
  }
  if (!contractMl.snapshot && mlTables.length > 0) {
    missing.push('dataset snapshot');
    if (opts.requireMl)
      add(
        'error',
        'completeness.snapshot',
        contract.lineOf(['customProperties']) ?? 1,
        'contract',
        'no dataset snapshot is declared, so the training data cannot be reproduced; fix: add `customProperties: [{property: mlDatasetSnapshot, value: <dataset version>}]` at the top level',
      );
  }
  if (mlTables.length === 0 && opts.requireMl)
    add(
      'error',
      'completeness.ml',
      contract.lineOf(contract.tables[0]?.at ?? []) ?? 1,
      contract.tables[0] ? `table ${contract.tables[0].name}` : 'contract',
      'no table declares ML semantics (`contract_policy.require_ml` is on); fix: add `mlEntityKeys`, `mlEventTimestamp`, `mlLabel`, `mlLabelTimestamp` and `mlSplitPolicy` to the training table’s `customProperties` (see docs/contracts.md)',
    );

  const structural = findings.some((f) => f.level === 'error' && f.rule?.startsWith('structure.'));
  const has = (prefix: string) => findings.some((f) => f.rule?.startsWith(prefix));
  const noMl = 'no table declares ML semantics (customProperties `ml*`)';
  const dataContract: Evidence =
    mlTables.length === 0
      ? { ok: false, detail: noMl }
      : missing.length > 0 || structural
        ? {
            ok: false,
            detail: missing.length
              ? `missing: ${[...new Set(missing)].join(', ')}`
              : 'ML properties have structural errors',
          }
        : { ok: true, detail: ml.map((r) => summary(r, contractMl.snapshot)).join('; ') };
  const leakageOk = mlTables.length > 0 && !has('leakage.') && !structural;
  const noEventTime = ml.filter((r) => !r.eventTimestamp).map((r) => r.table);
  const leakageEvidence: Evidence = !leakageOk
    ? {
        ok: false,
        detail: mlTables.length === 0 ? noMl : 'leakage findings in the contract',
      }
    : noEventTime.length > 0
      ? {
          ok: false,
          detail: `no event timestamp on ${noEventTime.join(', ')}: point-in-time availability cannot be checked`,
        }
      : {
          ok: true,
          detail: `${ml.reduce((n, r) => n + r.features.length, 0)} features checked for prediction-time availability, label use and split`,
        };
  const classified = mlTables.some((t) =>
    t.columns.some((c) => c.classification || c.pii !== undefined),
  );
  const privacyEvidence: Evidence =
    mlTables.length === 0
      ? { ok: false, detail: noMl }
      : has('privacy.')
        ? { ok: false, detail: 'a PII/restricted/confidential column is used as a feature' }
        : !classified
          ? {
              ok: false,
              detail: 'no column carries a classification, so sensitive features cannot be seen',
            }
          : { ok: true, detail: 'no feature is classified PII, restricted or confidential' };
  return {
    findings,
    ml,
    ...(contractMl.snapshot ? { snapshot: contractMl.snapshot } : {}),
    evidence: {
      'data-contract': dataContract,
      leakage: leakageEvidence,
      'sensitive-data': privacyEvidence,
    },
  };
}

type Add = (
  level: Finding['level'],
  rule: string,
  line: number | undefined,
  where: string,
  message: string,
) => void;

function summary(r: MlRoles, snapshot: string | undefined): string {
  return `${r.table}: entity ${r.entityKeys.join('+')}, event time ${r.eventTimestamp}, label ${r.label} known at ${r.labelTimestamp}, split ${r.splitPolicy}, snapshot ${snapshot}`;
}

/** The declarations a reviewer needs to judge a training set; findings only with `require_ml`. */
function completeness(
  table: Table,
  r: MlRoles,
  contract: Contract,
  opts: ContractCheckOptions,
  add: Add,
): string[] {
  const missing: [string, string, string][] = [];
  const custom = (key: string) => `\`customProperties: [{property: ${key}, value: …}]\``;
  if (r.entityKeys.length === 0)
    missing.push([
      'entity grain',
      'completeness.entity',
      `no entity grain: declare ${custom('mlEntityKeys')} (or a primary key)`,
    ]);
  if (!r.eventTimestamp)
    missing.push([
      'event timestamp',
      'completeness.event-timestamp',
      `no event timestamp ("as of" time): declare ${custom('mlEventTimestamp')}`,
    ]);
  if (!r.label)
    missing.push(['label', 'completeness.label', `no label: declare ${custom('mlLabel')}`]);
  else if (!r.labelTimestamp)
    missing.push([
      'label timestamp',
      'completeness.label-timestamp',
      `label \`${r.label}\` has no label timestamp (when it became known): declare ${custom('mlLabelTimestamp')}`,
    ]);
  if (!r.splitPolicy)
    missing.push([
      'split policy',
      'completeness.split',
      `no split policy: declare ${custom('mlSplitPolicy')} (temporal, group or random)`,
    ]);
  if (opts.requireMl)
    for (const [, rule, message] of missing)
      add(
        'error',
        rule,
        contract.lineOf(table.at),
        columnWhere(table),
        `${message}; fix: add it to the table`,
      );
  return missing.map(([what]) => `${what} (${table.name})`);
}

function leakage(table: Table, r: MlRoles, contract: Contract, add: Add): void {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const implicit = r.implicitFeatures
    ? ' (no column has `mlRole: feature`, so every unassigned column is a feature)'
    : '';
  for (const name of r.features) {
    const column = byName.get(name)!;
    const avail = column.custom.get('mlAvailableAtPrediction');
    if (avail && asBool(avail.value) === false)
      add(
        'error',
        'leakage.unavailable-at-prediction',
        contract.lineOf(avail.at),
        columnWhere(table, column),
        `used as a feature${implicit} but marked \`mlAvailableAtPrediction: false\`: the model would train on information it will not have when predicting; fix: drop it from the features (\`mlRole: metadata\`) or replace it with a value known at prediction time`,
      );
  }
  for (const [name, what] of [
    [r.label, 'the label'],
    [r.labelTimestamp, 'the label timestamp'],
  ] as const) {
    if (!name || !r.features.includes(name)) continue;
    const column = byName.get(name)!;
    add(
      'error',
      'leakage.label-as-feature',
      contract.lineOf(column.custom.get('mlRole')?.at ?? column.at),
      columnWhere(table, column),
      `${what} is also used as a feature, so the model sees the answer; fix: remove \`mlRole: feature\` from this column`,
    );
  }
  if (r.splitPolicy === 'random' && r.eventTimestamp)
    add(
      'error',
      'leakage.random-split',
      contract.lineOf(table.custom.get('mlSplitPolicy')?.at ?? table.at),
      columnWhere(table),
      `\`mlSplitPolicy: random\` on data with an event timestamp (\`${r.eventTimestamp}\`) lets rows from the future train a model evaluated on the past; fix: use \`mlSplitPolicy: temporal\` (split on \`${r.eventTimestamp}\`) or \`group\` by entity`,
    );
}

function privacy(table: Table, r: MlRoles, contract: Contract, add: Add): void {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  for (const name of r.features) {
    const column = byName.get(name)!;
    const why = sensitivity(column);
    if (!why) continue;
    add(
      'error',
      'privacy.sensitive-feature',
      contract.lineOf(column.at),
      columnWhere(table, column),
      `a column with ${why} is used as a feature${r.implicitFeatures ? ' (no column has `mlRole: feature`, so every unassigned column is a feature)' : ''}; fix: exclude it (\`mlRole: metadata\`) or feed a de-identified derivative that is classified accordingly`,
    );
  }
}
