/**
 * The manifest stage: reads the model's manifest (model.yaml or a Hugging Face card) at head and
 * base, fills version/datasets from a card next to model.yaml when the manifest lacks them, checks
 * that the files it references exist, and computes the checklist evidence.
 */
import { checkManifest, manifestEvidence } from '../checks/manifest.js';
import { readManifest, readModelCard, type Manifest } from '../formats/manifest.js';
import type { ReadIssue } from '../formats/rollout/types.js';
import type { FileSource } from '../sources/types.js';
import type { Evidence } from '../types.js';
import { issueFinding, readOrFinding, type ModelContext, type StageResult } from './context.js';

/** What the comment and the report show about the model's manifest. */
export interface ManifestSection {
  file: string;
  /** The manifest as read (absent when it could not be read). */
  manifest?: Manifest;
  /** Evidence for checklist items `prediction-contract`, `artifact`, `serving` (manifest side), `monitoring`, `reproducible` (manifest `run`). */
  evidence: {
    'prediction-contract': Evidence;
    artifact: Evidence;
    serving: Evidence;
    monitoring: Evidence;
    reproducible: Evidence;
  };
}

/** A card (README.md) beside model.yaml fills in version and datasets the manifest lacks. */
async function withCard(source: FileSource, m: Manifest): Promise<Manifest> {
  if (m.source !== 'manifest' || (m.version && m.datasets.length > 0)) return m;
  const dir = m.file.includes('/') ? m.file.slice(0, m.file.lastIndexOf('/') + 1) : '';
  const read = await source.read(`${dir}README.md`);
  if (!read.ok) return m;
  const card = readModelCard(read.path, read.text).manifest;
  if (!card) return m;
  const out = { ...m, fromCard: [...m.fromCard] };
  if (!out.version && card.version) {
    out.version = card.version;
    out.fromCard.push(`version (${read.path})`);
  }
  if (out.datasets.length === 0 && card.datasets.length > 0) {
    out.datasets = card.datasets;
    out.fromCard.push(`datasets (${read.path})`);
  }
  return out;
}

/** A plain relative path (not a URI) that should exist in the repository. */
const isRepoPath = (ref: string) =>
  !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('/') && /[./]/.test(ref);

async function missingRefs(source: FileSource, m: Manifest): Promise<ReadIssue[]> {
  const out: ReadIssue[] = [];
  const refs: [string, string | undefined][] = [
    ['config', m.config],
    ['preprocessing', m.preprocessing],
    [
      'prediction.output_schema',
      typeof m.prediction.output_schema === 'string' ? m.prediction.output_schema : undefined,
    ],
  ];
  for (const [key, ref] of refs) {
    if (!ref || !isRepoPath(ref)) continue;
    const read = await source.read(ref);
    if (read.ok || read.reason !== 'missing') continue;
    const line = m.lines[key] ?? m.lines[key.split('.')[0]];
    out.push({
      level: 'warning',
      rule: 'manifest.ref',
      file: m.file,
      ...(line ? { line } : {}),
      message: `${key} "${ref}" is not a file in the repository; expected a path relative to the repository root (or a URI)`,
    });
  }
  return out;
}

export async function manifestStage(ctx: ModelContext): Promise<StageResult<ManifestSection>> {
  const path = ctx.model.manifest;
  if (!path) return { findings: [] };
  const model = ctx.model.name;
  const read = await readOrFinding(ctx.head, path, 'manifest', model);
  if (!read.ok) {
    return { section: { file: path, evidence: manifestEvidence(null) }, findings: [read.finding] };
  }
  const res = readManifest(read.path, read.text);
  const findings = res.issues.map((i) => issueFinding(i, 'manifest', model));
  if (!res.manifest) return { section: { file: path, evidence: manifestEvidence(null) }, findings };
  const manifest = await withCard(ctx.head, res.manifest);
  let base: Manifest | null = null;
  if (ctx.base) {
    const b = await ctx.base.read(path);
    if (b.ok) base = readManifest(b.path, b.text).manifest;
  }
  const issues = [
    ...checkManifest({ manifest, model, meta: ctx.metrics.head?.meta, base }),
    ...(await missingRefs(ctx.head, manifest)),
  ];
  findings.push(...issues.map((i) => issueFinding(i, 'manifest', model)));
  return { section: { file: path, manifest, evidence: manifestEvidence(manifest) }, findings };
}
