/**
 * The action's inputs (SPEC §1), read once into one typed settings object. Never read at import
 * time. action.yml defaults do not apply outside a runner, so an empty input means its default.
 */
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_COMMENT_KEY, DEFAULT_CONFIG, fileCapBytes, Inputs, Limits } from './constants.js';
import { parsePatterns } from './config/select.js';
import type { FailOn } from './report/model.js';

/** Everything the action was asked to do. */
export interface ActionSettings {
  /** Token for the GitHub API; '' when none was given. */
  token: string;
  /** Repository-relative path of the config file. */
  config: string;
  configSource: 'base' | 'head';
  comment: boolean;
  commentKey: string;
  failOn: FailOn;
  mode: 'check' | 'publish' | 'models' | 'merge';
  /** Absolute path of the report JSON. */
  report: string;
  /** Model-name patterns (the `models` input): check only these; empty means every model. */
  models: string[];
  /** `mode: merge`: absolute paths of the report files or directories to merge. */
  reports: string[];
  /** `mode: merge`: the models that must have a report; empty means the models in force the reports record. */
  expectedModels: string[];
  /** File cap in bytes (the `max-file-mb` input); undefined: the config's, else the default. */
  maxFileBytes?: number;
}

/** A bad input value: names the input, the value and what was expected. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`input "${input}": got "${value}"; expected ${expected}`);
    this.name = 'InputError';
  }
}

/** `comment-key` goes into an HTML comment marker: no spaces, no `--`, no `>`. */
const COMMENT_KEY = /^[A-Za-z0-9._/-]{1,64}$/;

/** The value of one input as the runner passes it: `INPUT_<NAME>` (spaces → `_`, upper case). */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = readInput(env, name);
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(name, value, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  }
  return value as T;
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = readInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, value, '"true" or "false"');
}

/** Read and validate every input. Throws InputError on the first bad value. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const commentKey = readInput(env, Inputs.CommentKey) || DEFAULT_COMMENT_KEY;
  if (!COMMENT_KEY.test(commentKey)) {
    throw new InputError(
      Inputs.CommentKey,
      commentKey,
      '1–64 characters from A–Z, a–z, 0–9, ".", "_", "/" and "-"',
    );
  }
  if (commentKey.includes('--')) {
    throw new InputError(Inputs.CommentKey, commentKey, 'no "--" (it would end the HTML marker)');
  }
  const config = readInput(env, Inputs.Config) || DEFAULT_CONFIG;
  const maxFileMb = readInput(env, Inputs.MaxFileMb);
  const maxFileBytes = maxFileMb === '' ? undefined : fileCapBytes(maxFileMb);
  if (maxFileBytes === null)
    throw new InputError(
      Inputs.MaxFileMb,
      maxFileMb,
      `a number of MiB above 0 and at most ${Limits.maxFileBytes / 1024 / 1024}`,
    );
  const report = readInput(env, Inputs.Report);
  return {
    token: readInput(env, Inputs.GitHubToken),
    config,
    configSource: oneOf(env, Inputs.ConfigSource, ['base', 'head'], 'base'),
    comment: booleanInput(env, Inputs.Comment, true),
    commentKey,
    failOn: oneOf(env, Inputs.FailOn, ['error', 'warning', 'never'], 'error'),
    mode: oneOf(env, Inputs.Mode, ['check', 'publish', 'models', 'merge'], 'check'),
    report: report
      ? isAbsolute(report)
        ? report
        : resolve(workspace, report)
      : join(env.RUNNER_TEMP || tmpdir(), 'mlgate-report.json'),
    models: parsePatterns([readInput(env, Inputs.Models)]),
    reports: readInput(env, Inputs.Reports)
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((p) => (isAbsolute(p) ? p : resolve(workspace, p))),
    expectedModels: parsePatterns([readInput(env, Inputs.ExpectedModels)]),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  };
}
