/**
 * Load and validate `.mlgate.yml`: `(file, text) → config | findings`. Every schema error names
 * the file, the line and what was expected; unknown keys are errors so that a typo never silently
 * disables a gate.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import validateConfig from '../generated/config.validate.cjs';
import { formatPath, isRecord, parseData, type PathSegment } from '../formats/data.js';
import { closest, pointerToPath } from '../formats/schema-errors.js';
import type { Finding } from '../types.js';
import type { Config, LoadedConfig } from './types.js';

// Precompiled from schemas/config.schema.json (scripts/compile-schemas.mjs) with `verbose`, which
// gives each error its `parentSchema`: the schemaPath of an error inside a `$ref`'d definition is
// relative to that definition, so it cannot be looked up from the root.
const validate = validateConfig as ValidateFunction<Config>;

export type ConfigResult =
  { ok: true; loaded: LoadedConfig; findings: Finding[] } | { ok: false; findings: Finding[] };

/** Parse and validate a config text. Never throws. */
export function loadConfig(file: string, text: string): ConfigResult {
  const parsed = parseData(text);
  if (!parsed.ok) {
    return { ok: false, findings: [configError(file, parsed.line, parsed.message)] };
  }
  const { data, lineOf } = parsed.value;
  if (data === null || data === undefined) {
    return {
      ok: false,
      findings: [configError(file, 1, 'config is empty; expected `version: 1` and `models:`')],
    };
  }
  if (!validate(data)) {
    const findings = dedupe(validate.errors ?? []).map((e) => {
      const path = pointerToPath(e.instancePath);
      const extra =
        e.keyword === 'additionalProperties' ? [e.params.additionalProperty as string] : [];
      return configError(file, lineOf([...path, ...extra]), describe(e, path, valueAt(data, path)));
    });
    return { ok: false, findings };
  }
  const config = data;
  const findings = semanticChecks(config, file, lineOf);
  const loaded: LoadedConfig = {
    config,
    file,
    gateLine: (m, g) => lineOf(['models', m, 'gates', g]),
    modelLine: (m, key) => lineOf(key ? ['models', m, key] : ['models', m]),
    lineOf,
  };
  if (findings.some((f) => f.level === 'error')) return { ok: false, findings };
  return { ok: true, loaded, findings };
}

/** Rules JSON Schema cannot say well: unique names, gates that can decide something. */
function semanticChecks(
  config: Config,
  file: string,
  lineOf: (p: PathSegment[]) => number | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  config.models.forEach((model, m) => {
    if (seen.has(model.name)) {
      findings.push(
        configError(
          file,
          lineOf(['models', m, 'name']),
          `model name "${model.name}" is used twice; names must be unique`,
        ),
      );
    }
    seen.add(model.name);
    (model.gates ?? []).forEach((gate, g) => {
      const at = (msg: string) =>
        findings.push(
          configError(
            file,
            lineOf(['models', m, 'gates', g]),
            `models[${m}].gates[${g}] (${gate.metric}): ${msg}`,
          ),
        );
      const relative = ['max_drop', 'min_gain', 'max_drop_pct', 'min_gain_pct'].filter(
        (k) => k in gate,
      );
      if (relative.length > 0 && !gate.vs)
        at(`\`${relative[0]}\` needs \`vs: production\`, \`vs: baseline\` or \`vs: history\``);
      for (const key of ['window', 'of'] as const)
        if (gate[key] !== undefined && gate.vs !== 'history')
          at(`\`${key}\` applies only to \`vs: history\` gates`);
      if (relative.length > 1) at(`use one of ${relative.join(', ')}, not several`);
      if (!gate.vs && gate.min === undefined && gate.max === undefined) {
        at('gate has no threshold; expected `min`, `max`, or `vs` with `max_drop`/`min_gain`');
      }
      if (gate.min !== undefined && gate.max !== undefined && gate.min > gate.max) {
        at(`min ${gate.min} is greater than max ${gate.max}; no value can pass`);
      }
      if (gate.aggregate && gate.aggregate !== 'each' && !gate.metric.includes('*')) {
        at(`\`aggregate: ${gate.aggregate}\` needs a wildcard metric such as "slices.*.recall"`);
      }
      if (gate.metric.split('.').some((s) => s === '')) at('metric path has an empty segment');
    });
  });
  return findings;
}

function configError(file: string, line: number | undefined, message: string): Finding {
  return { level: 'error', check: 'config', file, ...(line ? { line } : {}), message };
}

/** The value at a data path, to show what was written next to what was expected. */
function valueAt(data: unknown, path: PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isRecord(v) && typeof seg === 'string' && Object.hasOwn(v, seg)) v = v[seg];
    else return undefined;
  }
  return v;
}

/** `, got "0.75" (a string)`: what the user wrote, briefly. */
function got(value: unknown): string {
  if (value === undefined) return '';
  const kind =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'a mapping'
          : `a ${typeof value}`;
  const shown =
    value !== null && typeof value === 'object' ? '' : ` ${JSON.stringify(value).slice(0, 60)}`;
  return `, got${shown} (${kind})`;
}

function describe(e: ErrorObject, path: PathSegment[], value: unknown): string {
  const where = formatPath(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const allowed = Object.keys(parent?.properties ?? {});
      const hint = closest(key, allowed);
      return `${where}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${allowed.join(', ')}`;
    }
    case 'required':
      return `${where}: missing required key "${String(e.params.missingProperty)}"`;
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const typed = typeof value === 'string' ? value : undefined;
      // `warning` for `warn`: a prefix is as likely a slip as a typo.
      const hint =
        typed === undefined
          ? undefined
          : (closest(typed, allowed) ??
            allowed.find((a) => typed.startsWith(a) || a.startsWith(typed)));
      return `${where}: expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${got(value)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
    }
    case 'const':
      return `${where}: expected ${JSON.stringify(e.params.allowedValue)}${got(value)}`;
    case 'type': {
      const quoted =
        typeof value === 'string' &&
        /number|integer/.test(String(e.params.type)) &&
        value.trim() !== '' &&
        Number.isFinite(Number(value));
      return `${where}: expected ${String(e.params.type)}${got(value)}${quoted ? '; write the number without quotes' : ''}`;
    }
    default:
      return `${where}: ${e.message ?? 'invalid'}`;
  }
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
