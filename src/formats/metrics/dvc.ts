/**
 * `dvc.yaml`: the metrics files it declares, top-level `metrics:` and per-stage `metrics:`
 * (strings, or one-key mappings `{path: {cache: false}}`), resolved relative to dvc.yaml's folder.
 * Pure: the metrics stage reads the files through its FileSource.
 */
import { isRecord, parseData, type PathSegment } from '../data.js';
import {
  buildContext,
  interpolate,
  isTemplated,
  joinDir,
  varsFiles,
  type Context,
  type VarsData,
} from './dvc-template.js';
import type { FlattenIssue } from './flatten.js';

export interface DvcMetricsFile {
  /** Repository-relative path (not yet confined: the FileSource confines it). */
  path: string;
  line?: number;
  /** The stage whose DVC-cached output this file is (git-ignored; `dvc pull` fetches it). */
  cachedBy?: string;
}

/** Is this path a dvc.yaml? */
export function isDvcYaml(path: string): boolean {
  return /(^|\/)dvc\.ya?ml$/i.test(path);
}

function join(dir: string, rel: string): string {
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return rel;
  return dir ? `${dir}/${rel}` : rel;
}

/**
 * The dvc.yaml as data, and the vars files its `${…}` templating may read (`params.yaml` and
 * `vars` files, repository paths), or null when it does not parse (dvcMetricsFiles says why).
 */
export function dvcVarsFiles(file: string, text: string): string[] {
  const parsed = parseData(text);
  if (!parsed.ok || !isRecord(parsed.value.data) || !isTemplated(text)) return [];
  return varsFiles(dirOf(file), parsed.value.data);
}

function dirOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

/** Does a path lie at or under a DVC output path? */
function under(path: string, out: string): boolean {
  const o = out.replace(/\/+$/, '');
  return path === o || path.startsWith(`${o}/`);
}

/** An entry's path and its options (`{path: {cache: false}}`), or null when malformed. */
function entryOf(entry: unknown): { rel: string; cache: boolean } | null {
  if (typeof entry === 'string') return { rel: entry, cache: true };
  if (isRecord(entry) && Object.keys(entry).length === 1) {
    const rel = Object.keys(entry)[0];
    const opts = entry[rel];
    return { rel, cache: !(isRecord(opts) && opts.cache === false) };
  }
  return null;
}

/**
 * The metrics files a dvc.yaml declares, in declaration order, without duplicates. `${…}` in
 * paths resolves from `vars` (the data of the files `dvcVarsFiles` names). A file DVC caches (a
 * stage's metric without `cache: false`, or a file under a cached stage output) carries
 * `cachedBy`: DVC git-ignores it, so it is absent from a fresh clone until `dvc pull`.
 */
export function dvcMetricsFiles(
  file: string,
  text: string,
  vars: VarsData = new Map(),
): { files: DvcMetricsFile[]; issues: FlattenIssue[] } {
  const issues: FlattenIssue[] = [];
  const files: DvcMetricsFile[] = [];
  const parsed = parseData(text);
  if (!parsed.ok)
    return { files, issues: [{ path: '', line: parsed.line, message: parsed.message }] };
  const { data, lineOf } = parsed.value;
  if (!isRecord(data))
    return {
      files,
      issues: [
        { path: '', line: 1, message: 'expected a dvc.yaml mapping with `metrics:` or `stages:`' },
      ],
    };
  const dir = dirOf(file);
  const templated = isTemplated(text);
  const top = templated ? buildContext(dir, data.vars, vars) : { data: {}, problems: [] };
  for (const p of top.problems) issues.push({ path: '', line: lineOf(['vars']) ?? 1, message: p });
  const stages = isRecord(data.stages) ? data.stages : {};
  // Cached outputs: every stage's `outs` and `metrics` without `cache: false`.
  const cached: { path: string; stage: string }[] = [];
  const stageCtx = new Map<string, Context>();
  for (const [name, stage] of Object.entries(stages)) {
    if (!isRecord(stage)) continue;
    let ctx = top;
    if (templated && stage.vars !== undefined) {
      ctx = buildContext(dir, stage.vars, vars, top, false);
      for (const p of ctx.problems)
        issues.push({ path: '', line: lineOf(['stages', name, 'vars']) ?? 1, message: p });
    }
    stageCtx.set(name, ctx);
    const wdir = typeof stage.wdir === 'string' ? joinDir(dir, stage.wdir) : dir;
    for (const key of ['outs', 'metrics'] as const) {
      for (const entry of Array.isArray(stage[key]) ? stage[key] : []) {
        const e = entryOf(entry);
        if (!e || !e.cache) continue;
        const rel = templated ? interpolate(e.rel, ctx) : { ok: true as const, text: e.rel };
        if (rel.ok) cached.push({ path: normal(joinDir(wdir, rel.text)), stage: name });
      }
    }
  }
  const seen = new Set<string>();
  const take = (list: unknown, at: PathSegment[], ctx: Context, wdir: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      issues.push({
        path: '',
        line: lineOf(at),
        message: '`metrics` must be a list of file paths',
      });
      return;
    }
    list.forEach((entry, i) => {
      const e = entryOf(entry);
      const line = lineOf([...at, i]);
      if (!e) {
        issues.push({
          path: '',
          line,
          message: 'metrics entry must be a path or `{path: {options}}`',
        });
        return;
      }
      const rel = templated ? interpolate(e.rel, ctx) : { ok: true as const, text: e.rel };
      if (!rel.ok) {
        issues.push({ path: '', line, message: rel.message });
        return;
      }
      const path = join(wdir, rel.text);
      if (seen.has(normal(path))) return;
      seen.add(normal(path));
      const by = cached.find((c) => under(normal(path), c.path));
      files.push({ path, line, ...(by ? { cachedBy: by.stage } : {}) });
    });
  };
  take(data.metrics, ['metrics'], top, dir);
  for (const [name, stage] of Object.entries(stages)) {
    if (!isRecord(stage)) continue;
    if (stage.foreach !== undefined || stage.matrix !== undefined) {
      if (stage.do !== undefined || stage.matrix !== undefined)
        issues.push({
          path: '',
          line: lineOf(['stages', name]),
          message: `stage \`${name}\` uses foreach/matrix: mlgate does not expand it, so its metrics files are not read; list them in \`metrics:\` (top level of dvc.yaml or the mlgate config)`,
        });
      continue;
    }
    const wdir = typeof stage.wdir === 'string' ? joinDir(dir, stage.wdir) : dir;
    take(stage.metrics, ['stages', name, 'metrics'], stageCtx.get(name) ?? top, wdir);
  }
  if (files.length === 0 && issues.length === 0) {
    issues.push({ path: '', line: 1, message: 'dvc.yaml declares no `metrics:` files' });
  }
  return { files, issues };
}

/** `a/./b/../c` → `a/c` (paths stay unconfined: `..` above the root is kept for the stage to refuse). */
function normal(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
