/**
 * `${…}` templating in dvc.yaml, as DVC resolves it (dvc/parsing/context.py and interpolate.py):
 *
 * - The context is `params.yaml` next to the dvc.yaml (when it exists), then the top-level
 *   `vars` in order: a string `file[:key1,key2]` loads that file (relative to the dvc.yaml's
 *   folder; only the listed keys), a mapping is merged as is. A stage's own `vars` are merged on
 *   top for that stage. Mappings merge recursively; a key defined twice with a non-mapping value
 *   is an error in DVC, and here.
 * - `${a.b[0].c}` selects through mappings and lists (`[i]` is the same as `.i`); `\${` is a
 *   literal `${`. The value must be a string, number, boolean or null; booleans print `true` /
 *   `false` as DVC prints them.
 *
 * Pure: the metrics stage reads the files this module asks for and hands their data in.
 */
import { isRecord } from '../data.js';

/** A vars source: a file (with an optional key selection) or an inline mapping. */
export type VarsItem = { file: string; keys?: string[] } | { inline: Record<string, unknown> };

/** The files a dvc.yaml's templating may read: `params.yaml` (optional) and `vars` files. */
export function varsFiles(dir: string, doc: Record<string, unknown>): string[] {
  const out = new Set<string>([joinDir(dir, 'params.yaml')]);
  const add = (vars: unknown) => {
    for (const item of Array.isArray(vars) ? vars : [])
      if (typeof item === 'string') out.add(joinDir(dir, item.split(':')[0]));
  };
  add(doc.vars);
  if (isRecord(doc.stages))
    for (const stage of Object.values(doc.stages)) if (isRecord(stage)) add(stage.vars);
  return [...out];
}

export function joinDir(dir: string, rel: string): string {
  return dir && !rel.startsWith('/') ? `${dir}/${rel}` : rel;
}

/** Loaded vars files: repository path → data, or null when the file does not exist. */
export type VarsData = Map<string, Record<string, unknown> | null>;

/** A templating context, or the problems met building it. */
export interface Context {
  data: Record<string, unknown>;
  problems: string[];
}

/** Merge `update` into `into` as DVC does: mappings recursively, a key defined twice is a problem. */
function merge(
  into: Record<string, unknown>,
  update: Record<string, unknown>,
  problems: string[],
  source: string,
  at = '',
): void {
  for (const [key, value] of Object.entries(update)) {
    if (key === '__proto__') continue;
    const path = at ? `${at}.${key}` : key;
    const existing = Object.prototype.hasOwnProperty.call(into, key) ? into[key] : undefined;
    if (isRecord(existing) && isRecord(value)) merge(existing, value, problems, source, path);
    else if (existing !== undefined)
      problems.push(`cannot merge \`${path}\` from ${source}: it is already defined`);
    else if (isRecord(value)) {
      const copy: Record<string, unknown> = {};
      merge(copy, value, problems, source, path);
      into[key] = copy;
    } else into[key] = value;
  }
}

/** Build the context from `params.yaml` and a `vars` list (top-level or a stage's, on a base). */
export function buildContext(
  dir: string,
  vars: unknown,
  files: VarsData,
  base?: Context,
  withParams = true,
): Context {
  const ctx: Context = {
    data: base ? structuredClone(base.data) : {},
    problems: [],
  };
  if (withParams) {
    const params = files.get(joinDir(dir, 'params.yaml'));
    if (params) merge(ctx.data, params, ctx.problems, joinDir(dir, 'params.yaml'));
  }
  if (vars === undefined) return ctx;
  if (!Array.isArray(vars)) {
    ctx.problems.push('`vars` must be a list of files or mappings');
    return ctx;
  }
  const loaded = new Set<string>(withParams ? [joinDir(dir, 'params.yaml')] : []);
  for (const item of vars) {
    if (isRecord(item)) {
      merge(ctx.data, item, ctx.problems, '`vars`');
      continue;
    }
    if (typeof item !== 'string') {
      ctx.problems.push('`vars` entries must be file names or mappings');
      continue;
    }
    const [name, keyList] = [item.split(':')[0], item.split(':').slice(1).join(':')];
    const path = joinDir(dir, name);
    const keys = keyList ? keyList.split(',').filter(Boolean) : undefined;
    // Naming params.yaml again (whole) is allowed and loads nothing new, as in DVC.
    if (loaded.has(path) && !keys) continue;
    const data = files.get(path);
    if (!data) {
      ctx.problems.push(`\`vars\` names ${path}, which does not exist or is not a mapping`);
      continue;
    }
    const picked: Record<string, unknown> = {};
    if (keys) {
      for (const k of keys) {
        if (!Object.prototype.hasOwnProperty.call(data, k))
          ctx.problems.push(`\`vars\`: could not find \`${k}\` in ${path}`);
        else picked[k] = data[k];
      }
    }
    merge(ctx.data, keys ? picked : data, ctx.problems, path);
    loaded.add(path);
  }
  return ctx;
}

const EXPR = /(?<!\\)\$\{(.*?)\}/g;

/** Does the text use `${…}`? */
export function isTemplated(text: string): boolean {
  EXPR.lastIndex = 0;
  return EXPR.test(text);
}

/** Select `a.b[0].c` in the context data. */
function select(
  data: Record<string, unknown>,
  expr: string,
): { ok: true; value: unknown } | { ok: false } {
  const keys = expr.trim().replace(/\[/g, '.').replace(/\]/g, '').split('.');
  let node: unknown = data;
  for (const key of keys) {
    if (Array.isArray(node) && /^\d+$/.test(key) && Number(key) < node.length)
      node = node[Number(key)];
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, key)) node = node[key];
    else return { ok: false };
  }
  return { ok: true, value: node };
}

/** Resolve every `${…}` in `text`, or say which one cannot be. */
export function interpolate(
  text: string,
  ctx: Context,
): { ok: true; text: string } | { ok: false; message: string } {
  let failure: string | null = null;
  const out = text.replace(EXPR, (whole, expr: string) => {
    if (failure) return whole;
    const hit = select(ctx.data, expr);
    if (!hit.ok) {
      failure = `\`${whole}\`: \`${expr.trim()}\` is not defined in params.yaml or \`vars\``;
      return whole;
    }
    const v = hit.value;
    if (v !== null && typeof v === 'object') {
      failure = `\`${whole}\`: cannot interpolate a ${Array.isArray(v) ? 'list' : 'mapping'}`;
      return whole;
    }
    return v === null ? 'None' : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  });
  if (failure) return { ok: false, message: failure };
  return { ok: true, text: out.replace(/\\\$\{/g, '${') };
}
