/**
 * Which config is in force (SPEC §1 `config-source`): the base commit's by default, so a PR
 * cannot loosen its own gates; the PR's on first adoption or with `config-source: head`. The
 * other side is kept for the policy diff.
 */
import type { FileSource } from '../sources/types.js';
import type { Finding } from '../types.js';
import { loadConfig, type ConfigResult } from './load.js';
import type { LoadedConfig, ModelConfig } from './types.js';

export interface ConfigSides {
  head: FileSource;
  base: FileSource | null;
  configPath: string;
  configSource: 'base' | 'head';
  /**
   * The working tree, when head and base are commits (`check --base A --head B`): its config is
   * used when neither commit has one, so a config written by `init` can be tried on history.
   */
  workingTree?: FileSource;
}

export interface ResolvedConfig {
  inForce: LoadedConfig | null;
  source: 'base' | 'head';
  note?: string;
  base: LoadedConfig | null;
  head: LoadedConfig | null;
  findings: Finding[];
}

type Side = ConfigResult | { ok: false; unreadable: true; findings: Finding[] } | 'missing' | null;

async function loadFrom(source: FileSource | null, path: string): Promise<Side> {
  if (!source) return null;
  const read = await source.read(path);
  if (!read.ok) {
    if (read.reason === 'missing') return 'missing';
    return {
      ok: false,
      unreadable: true,
      findings: [{ level: 'error', check: 'config', file: read.path, message: read.message }],
    };
  }
  return loadConfig(read.path, read.text);
}

/**
 * The base config exists but cannot be applied. Fail closed: the PR's own config is shown for
 * information, and one error blocks, with how to repair (an mlgate upgrade that tightens the
 * schema must not hand every repository's policy to its PRs).
 */
function baseNotApplied(
  path: string,
  side: { findings: Finding[]; unreadable?: true },
): { finding: Finding; note: string; details: Finding[] } {
  const unreadable = side.unreadable === true;
  const first = side.findings[0]?.message ?? 'no detail';
  const message = unreadable
    ? `${path} at the base commit could not be read (${first}); the base branch's gates cannot be applied, so this PR is blocked instead of being judged by its own gates. Re-run the job; if it persists, check the token's \`contents: read\` permission and the API rate limit.`
    : `${path} at the base commit is not a valid config for this mlgate version (${first}); the base branch's gates cannot be applied, so this PR is blocked instead of being judged by its own gates. Repair it on the base branch (the repair PR is blocked too: land it with \`config-source: head\` for that run or an admin merge), or pin the mlgate version that accepted it.`;
  return {
    finding: {
      level: 'error',
      check: 'config',
      rule: 'config.base-not-applied',
      file: path,
      message,
    },
    note: `The config at the base commit ${unreadable ? 'could not be read' : 'is invalid'}: the gates shown are this PR's, for information only; the PR is blocked until the base config applies.`,
    details: unreadable
      ? []
      : side.findings.map((f) => ({
          ...f,
          level: 'warning' as const,
          message: `at base: ${f.message}`,
        })),
  };
}

/** Decide which config is in force: the base's (default, so a PR cannot loosen its own gates) or the head's. */
export async function resolveConfig(input: ConfigSides): Promise<ResolvedConfig> {
  const [baseRes, headRes] = await Promise.all([
    loadFrom(input.base, input.configPath),
    loadFrom(input.head, input.configPath),
  ]);
  const findings: Finding[] = [];
  const base = baseRes && baseRes !== 'missing' && baseRes.ok ? baseRes.loaded : null;
  const head = headRes && headRes !== 'missing' && headRes.ok ? headRes.loaded : null;
  if (headRes && headRes !== 'missing') findings.push(...headRes.findings);
  if (headRes === 'missing' && !(baseRes && baseRes !== 'missing')) {
    const looked = [input.head.label, ...(input.base ? [input.base.label] : [])].join(' nor in ');
    const tree = input.workingTree ? await loadFrom(input.workingTree, input.configPath) : null;
    if (tree && tree !== 'missing') {
      findings.push(...tree.findings);
      return {
        inForce: tree.ok ? tree.loaded : null,
        source: 'head',
        note: `No config in ${looked}: the gates are read from the working tree's ${input.configPath}.`,
        base,
        head: tree.ok ? tree.loaded : null,
        findings,
      };
    }
    findings.push({
      level: 'error',
      check: 'config',
      file: input.configPath,
      message: `${input.configPath}: no mlgate config found in ${looked}${input.workingTree ? ` nor in ${input.workingTree.label}` : ''}; run \`mlgate init\` to write a starter config`,
    });
    return { inForce: null, source: input.configSource, base, head, findings };
  }
  if (input.configSource === 'head' || !input.base) {
    return { inForce: head, source: 'head', base, head, findings };
  }
  if (baseRes === 'missing' || baseRes === null) {
    return {
      inForce: head,
      source: 'head',
      note: 'No config at the base commit (first adoption): the gates are read from this PR.',
      base,
      head,
      findings,
    };
  }
  if (!baseRes.ok) {
    const blocked = baseNotApplied(input.configPath, baseRes);
    findings.push(blocked.finding, ...blocked.details);
    return { inForce: head, source: 'head', note: blocked.note, base, head, findings };
  }
  if (headRes === 'missing') {
    findings.push({
      level: 'warning',
      check: 'policy',
      file: input.configPath,
      message: `${input.configPath}: this PR deletes the mlgate config; the base config stays in force`,
    });
  }
  return { inForce: base, source: 'base', base, head, findings };
}

/**
 * The models to evaluate and the config each one's gates come from: every model of the config in
 * force, plus (when that is the base's) models only the PR's config has. Those have no gates at
 * base to loosen, so evaluating the PR's gates only adds checks.
 */
export function modelsInForce(
  resolved: ResolvedConfig,
): { model: ModelConfig; index: number; loaded: LoadedConfig; fromHead: boolean }[] {
  const inForce = resolved.inForce;
  if (!inForce) return [];
  const out = inForce.config.models.map((model, index) => ({
    model,
    index,
    loaded: inForce,
    fromHead: false,
  }));
  const head = resolved.head;
  if (resolved.source === 'base' && head) {
    const names = new Set(inForce.config.models.map((m) => m.name));
    head.config.models.forEach((model, index) => {
      if (!names.has(model.name)) out.push({ model, index, loaded: head, fromHead: true });
    });
  }
  return out;
}
