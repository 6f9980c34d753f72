/**
 * The contract stage: reads the model's `contract:` file at head and at base, checks the head
 * contract (structure, ML completeness, leakage, privacy) and reports breaking changes base → head.
 */
import { diffContracts, majorOf, type ContractChange } from '../checks/contract-changes.js';
import { checkContract, type ContractEvidence, type MlRoles } from '../checks/contract.js';
import { parseContract, type ContractFormat } from '../formats/contract/index.js';
import type { ContractPolicy } from '../config/types.js';
import type { ReadResult } from '../sources/types.js';
import type { Evidence, Finding, Level } from '../types.js';
import { readOrFinding, type ModelContext, type StageResult } from './context.js';
import { offload } from './offload.js';

/** ML roles of one table, as the comment shows them at a glance. */
export type MlTableSummary = Omit<MlRoles, 'at'>;

/** One base → head change, after the version bump and `contract_policy.breaking` were applied. */
export interface ContractChangeRow {
  change: string;
  path: string;
  /** Severity after policy; `level` before it is kept in `computed`. */
  level: Level;
  computed: Level;
  rule: string;
  detail: string;
}

/** What the comment and the report show about the model's contract. */
export interface ContractSection {
  file: string;
  /** `null` when the file could not be read as a contract. */
  format: ContractFormat | null;
  formatVersion?: string;
  id?: string;
  name?: string;
  version?: string;
  status?: string;
  snapshot?: string;
  tables: MlTableSummary[];
  /** `compared`: base → head changes listed; `new`: no contract at base; `unreadable`: base could not be read; `none`: no base commit. */
  comparison: 'compared' | 'new' | 'unreadable' | 'none';
  baseVersion?: string;
  /** The major version went up, so breaking changes are reported as warnings. */
  majorBump: boolean;
  breaking: 'error' | 'warning' | 'off';
  changes: ContractChangeRow[];
  /** Evidence for checklist items `data-contract` (ML completeness), `leakage` and `sensitive-data` (privacy). */
  evidence: { 'data-contract': Evidence; leakage: Evidence; 'sensitive-data': Evidence };
}

const UNREADABLE: ContractEvidence = {
  'data-contract': { ok: false, detail: 'the contract could not be read' },
  leakage: { ok: false, detail: 'the contract could not be read' },
  'sensitive-data': { ok: false, detail: 'the contract could not be read' },
};

/** What the contract stage needs of the model: its contract file, the policy and the two trees. */
export type ContractContext = Pick<ModelContext, 'model' | 'config' | 'head' | 'base'>;

/** The texts the stage read, and what it needs to judge them: plain data (a worker can take it). */
export interface ContractInput {
  /** The contract path as the config names it. */
  file: string;
  model: string;
  policy: ContractPolicy;
  /** The head contract, read. */
  head: { path: string; text: string };
  /** The base commit's read of the same path; null when there is no base commit. */
  base: ReadResult | null;
}

/**
 * Read the contract at head and at base, then judge it: in a worker thread when the texts are
 * large (stages/offload.ts), so a contract of thousands of columns is read while the metrics are.
 */
export async function contractStage(ctx: ContractContext): Promise<StageResult<ContractSection>> {
  const path = ctx.model.contract;
  if (!path) return { findings: [] };
  const model = ctx.model.name;
  const policy = ctx.config.contract_policy ?? {};
  const [read, base] = await Promise.all([
    readOrFinding(ctx.head, path, 'contract', model),
    ctx.base ? ctx.base.read(path) : null,
  ]);
  if (!read.ok)
    return {
      section: emptySection(path, policy, ctx.base !== null),
      findings: [{ ...read.finding, rule: 'structure.read' }],
    };
  const input: ContractInput = {
    file: path,
    model,
    policy,
    head: { path: read.path, text: read.text },
    base,
  };
  const chars = read.text.length + (base?.ok ? base.text.length : 0);
  return offload('contract', input, chars, () => contractReport(input));
}

function emptySection(path: string, policy: ContractPolicy, hasBase: boolean): ContractSection {
  return {
    file: path,
    format: null,
    tables: [],
    comparison: hasBase ? 'new' : 'none',
    majorBump: false,
    breaking: policy.breaking ?? 'error',
    changes: [],
    evidence: UNREADABLE,
  };
}

/** The contract section and findings for texts already read: pure and synchronous. */
export function contractReport(input: ContractInput): StageResult<ContractSection> {
  const { file: path, model, policy, head: read, base: baseRead } = input;
  const breaking = policy.breaking ?? 'error';
  const section = emptySection(path, policy, baseRead !== null);
  // An unchanged contract is read once; a changed one records its lines while it is read (its
  // changes will point at them).
  const same = baseRead?.ok === true && baseRead.text === read.text && baseRead.path === read.path;
  const parsed = parseContract(read.path, read.text, { lines: baseRead?.ok === true && !same });
  const findings: Finding[] = parsed.findings.map((f) => ({ ...f, model }));
  section.format = parsed.format;
  const head = parsed.contract;
  if (!head) return { section, findings };
  Object.assign(section, {
    formatVersion: head.formatVersion,
    ...(head.id ? { id: head.id } : {}),
    ...(head.name ? { name: head.name } : {}),
    ...(head.version ? { version: head.version } : {}),
    ...(head.status ? { status: head.status } : {}),
  });
  const checked = checkContract(head, { requireMl: policy.require_ml === true, model });
  findings.push(...checked.findings);
  section.tables = checked.ml.map(({ at: _at, ...rest }) => rest);
  if (checked.snapshot) section.snapshot = checked.snapshot;
  section.evidence = checked.evidence;

  if (!baseRead) return { section, findings };
  if (!baseRead.ok) {
    if (baseRead.reason !== 'missing') {
      section.comparison = 'unreadable';
      findings.push(baseProblem(path, model, baseRead.message));
    }
    return { section, findings };
  }
  // Parsing is deterministic: the same text at the same path reads as the same contract.
  const baseParsed = same ? parsed : parseContract(baseRead.path, baseRead.text);
  const base = baseParsed.contract;
  if (!base) {
    section.comparison = 'unreadable';
    const why = baseParsed.findings.find((f) => f.level === 'error');
    const at = why ? ` (${why.line ? `line ${why.line}: ` : ''}${why.message})` : '';
    findings.push(
      baseProblem(path, model, `the contract at the base commit is not a valid contract${at}`),
    );
    return { section, findings };
  }
  section.comparison = 'compared';
  if (base.version) section.baseVersion = base.version;
  const [bm, hm] = [majorOf(base.version), majorOf(head.version)];
  section.majorBump = bm !== null && hm !== null && hm > bm;
  const changes = diffContracts(base, head);
  section.changes = changes.map((c) => ({
    change: c.change,
    path: c.path,
    level: applyPolicy(c.level, section.majorBump, breaking),
    computed: c.level,
    rule: c.rule,
    detail: c.detail,
  }));
  if (breaking !== 'off')
    findings.push(
      ...changes.map((c, i) =>
        changeFinding(c, section.changes[i].level, head.lineOf(c.at), read.path, model, section),
      ),
    );
  return { section, findings };
}

function applyPolicy(
  level: Level,
  majorBump: boolean,
  breaking: 'error' | 'warning' | 'off',
): Level {
  if (level !== 'error') return level;
  return majorBump || breaking === 'warning' ? 'warning' : 'error';
}

function changeFinding(
  c: ContractChange,
  level: Level,
  line: number | undefined,
  file: string,
  model: string,
  section: ContractSection,
): Finding {
  let fix = '';
  if (c.level === 'error')
    fix = section.majorBump
      ? `; reported as a warning because the major version went up (${section.baseVersion} → ${section.version})`
      : `; fix: keep the base definition, or bump the contract's major \`version\`${section.baseVersion ? ` (now ${section.baseVersion})` : ''} to announce the break`;
  else if (c.level === 'warning') fix = '; confirm that every consumer accepts it';
  return {
    level,
    check: 'contract-change',
    model,
    file,
    ...(line ? { line } : {}),
    message: `${c.where}: ${c.change} at ${c.path}: ${c.detail} (rule ${c.rule})${fix}`,
    rule: c.rule,
  };
}

function baseProblem(file: string, model: string, why: string): Finding {
  return {
    level: 'warning',
    check: 'contract-change',
    model,
    file,
    message: `${file}: breaking changes were not checked: ${why}`,
    rule: 'breaking.base-unreadable',
  };
}
