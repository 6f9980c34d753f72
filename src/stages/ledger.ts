/** The ledger stage: reads the model's ledger at head and base and checks it (SPEC §7). */
import { checkLedger, type LedgerSection } from '../checks/ledger.js';
import { parseLedger, type LedgerDoc } from '../formats/ledger.js';
import type { FileSource } from '../sources/types.js';
import type { Finding, MetricSet } from '../types.js';
import { readOrFinding, type ModelContext, type StageResult } from './context.js';

export type { LedgerEntrySummary, LedgerSection } from '../checks/ledger.js';

type Side = { doc: LedgerDoc | null; findings: Finding[] };

async function readSide(
  source: FileSource,
  path: string,
  model: string,
  side: 'head' | 'base',
): Promise<Side> {
  const read = await readOrFinding(source, path, 'ledger', model, 'error');
  if (!read.ok) {
    // A ledger added by this PR has no base version: that is not a problem.
    if (side === 'base' && read.result.reason === 'missing') return { doc: null, findings: [] };
    const finding =
      side === 'base'
        ? {
            ...read.finding,
            level: 'warning' as const,
            message: `at base: ${read.finding.message}`,
          }
        : read.finding;
    return { doc: null, findings: [finding] };
  }
  const parsed = parseLedger(read.path, read.text);
  if (parsed.ok) return { doc: parsed.doc, findings: [] };
  const finding: Finding = {
    level: side === 'base' ? 'warning' : 'error',
    check: 'ledger',
    model,
    file: read.path,
    ...(parsed.line ? { line: parsed.line } : {}),
    message: `${side === 'base' ? 'at base: ' : ''}${read.path}: ${parsed.message}`,
  };
  return { doc: null, findings: [finding] };
}

function numbers(set: MetricSet | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of set?.values ?? [])
    if (typeof v.value === 'number' && Number.isFinite(v.value)) out.set(k, v.value);
  return out;
}

export async function ledgerStage(ctx: ModelContext): Promise<StageResult<LedgerSection>> {
  const path = ctx.model.ledger;
  if (!path) return { findings: [] };
  const name = ctx.model.name;
  const [head, base] = await Promise.all([
    readSide(ctx.head, path, name, 'head'),
    ctx.base
      ? readSide(ctx.base, path, name, 'base')
      : Promise.resolve<Side>({ doc: null, findings: [] }),
  ]);
  const { section, findings } = checkLedger({
    model: name,
    file: path,
    format: /\.(ya?ml|json)$/i.test(path) ? 'yaml' : 'markdown',
    head: head.doc,
    base: base.doc,
    policy: ctx.config.ledger_policy,
    diff: ctx.diff,
    gates: ctx.gates,
    baseValues: numbers(ctx.metrics.base),
    headValues: numbers(ctx.metrics.head),
  });
  return { section, findings: [...head.findings, ...base.findings, ...findings] };
}
