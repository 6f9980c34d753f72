#!/usr/bin/env node
/**
 * `mlgate` CLI: the same pipeline as the Action, on a local checkout. Nothing is sent to any
 * network by `check`. Exit status: 0 passed, 1 a gate or check failed, 2 usage or config error.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_COMMENT_KEY, DEFAULT_CONFIG, fileCapBytes, Limits, VERSION } from './constants.js';
import { errorText } from './errors.js';
import { parsePatterns } from './config/select.js';
import { writeChunks } from './output.js';
import type { FailOn, Report } from './report/model.js';
import type { FileSource } from './sources/types.js';
import { enableOffload, isOffloadWorker, serveWorker } from './stages/offload.js';

// Everything else is loaded by the command that needs it, so `--help` and a usage error start
// as fast as node itself (scripts/bench.mjs measures it).
const sources = () =>
  Promise.all([import('./sources/git.js'), import('./sources/workspace.js')]).then(
    ([git, workspace]) => ({ ...git, ...workspace }),
  );

const USAGE = `mlgate ${VERSION}: gate ML model promotion on metrics, contracts, rollout plans and review evidence.

Usage:
  mlgate check [--config .mlgate.yml] [--base REF] [--head REF | --workspace] [--pr-body FILE]
               [--format markdown|json|text] [--output FILE] [--fail-on error|warning|never]
               [--config-source base|head] [--comment-key KEY] [--model NAME]...
               [--max-file-mb MB]
  mlgate models [--config .mlgate.yml] [--base REF] [--format json|text]
  mlgate merge [--format markdown|json|text] [--output FILE] [--fail-on …] [--comment-key KEY]
               [--expected-models NAME]... REPORT...
  mlgate init  [--dir DIR] [--force] [--model NAME]

check  evaluates the gates, head against base, and prints the report (mlgate check --help).
models lists the models in force (the config at --base, as check reads it); --format json prints
       [{"name", "files"}] on one line, for a GitHub Actions matrix (fromJSON).
merge  combines the report JSONs of matrix jobs (files, or directories of *.json) into one report
       and verdict; a missing, duplicated, malformed or other-commit report exits 2.
init   writes a starter .mlgate.yml, model manifest, LEDGER.md and PR template (mlgate init --help).

Exit status: 0 passed, 1 a gate or check failed, 2 usage or configuration error.`;

export const CHECK_USAGE = `Usage: mlgate check [options]

Evaluates the gates of .mlgate.yml, head against base, and prints the report. Reads files only;
nothing is sent anywhere.

  --base REF            the base commit. Default: with --workspace, HEAD (as \`dvc metrics diff\`);
                        otherwise the merge-base with the remote's default branch, else HEAD~1.
  --head REF            the head commit. Default: the working tree.
  --workspace           head is the working tree; the base is HEAD unless --base says otherwise.
  --config FILE         the config path in the repository (default .mlgate.yml). When neither
                        head nor base has it, the working tree's is used (the output says so).
  --config-source S     base (default: a PR cannot loosen its own gates) or head.
  --format F            markdown (the PR comment), json (the report JSON) or text. Default: text
                        when stdout is a terminal, markdown otherwise.
  --output FILE         write the report to FILE instead of stdout.
  --fail-on LEVEL       error (default), warning or never: what makes the exit status 1.
  --pr-body FILE        a PR description to read the review checklist from.
  --comment-key KEY     the key in the comment marker (several mlgate comments on one PR).
  --model NAME          check only the models it names (repeatable; * and ? are globs); a name
                        matching no model in force is a configuration error.
  --max-file-mb MB      the largest file read, in MiB (default 10, at most 64); wins over the
                        config's limits.max_file_mb.
  --cwd DIR             run in DIR instead of the current directory.
  -h, --help            this help.

Try it on past commits:  mlgate check --base HEAD~3 --head HEAD --format text

Exit status: 0 passed, 1 a gate or check failed, 2 usage or configuration error.`;

class UsageError extends Error {}

/** Default base: merge-base with the remote's default branch, else HEAD~1, else none. */
async function defaultBase(cwd: string): Promise<string | null> {
  const { git, resolveRef } = await sources();
  const sym = await git(cwd, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  const remoteHead = sym.code === 0 ? sym.stdout.toString('utf8').trim() : null;
  for (const ref of [remoteHead, 'refs/remotes/origin/main', 'refs/remotes/origin/master']) {
    if (!ref) continue;
    const mb = await git(cwd, ['merge-base', 'HEAD', ref]);
    if (mb.code === 0) return mb.stdout.toString('utf8').trim();
  }
  return resolveRef(cwd, 'HEAD~1');
}

/** The options `check` and `models` share: which config, which commits. */
const TREE_OPTIONS = {
  config: { type: 'string', default: DEFAULT_CONFIG },
  base: { type: 'string' },
  head: { type: 'string' },
  workspace: { type: 'boolean', default: false },
  'config-source': { type: 'string', default: 'base' },
  cwd: { type: 'string' },
} as const;

interface TreeValues {
  base?: string;
  head?: string;
  workspace?: boolean;
  'config-source'?: string;
  cwd?: string;
}

/** The head and base trees the options name (SPEC §1 CLI: `--base`, `--head`, `--workspace`). */
async function localTrees(values: TreeValues): Promise<{
  head: FileSource;
  headSha: string | null;
  /** What the head is when it is a working tree with uncommitted changes. */
  headLabel?: string;
  base: FileSource | null;
  baseSha: string | null;
  configSource: 'base' | 'head';
  /** The working tree, when head is a commit: the config fallback. */
  workingTree?: FileSource;
}> {
  const configSource = values['config-source'];
  if (configSource !== 'base' && configSource !== 'head')
    throw new UsageError(`--config-source: expected base or head, got "${configSource}"`);
  if (values.head && values.workspace)
    throw new UsageError('use either --head REF or --workspace, not both');

  const { git, resolveRef, topAndCommits, GitSource, WorkspaceSource } = await sources();
  const cwd = resolve(values.cwd ?? process.cwd());
  // Start-up: one git for the top level and every ref named, and `status` alongside it. When that
  // one call fails, each is asked alone below, with the same errors as ever.
  const named = [...new Set(['HEAD', values.head, values.base].filter((r) => r !== undefined))];
  const statusRun = values.head
    ? null
    : git(cwd, ['status', '--porcelain', '--untracked-files=no']);
  const fast = await topAndCommits(cwd, named);
  const top = fast ? null : await git(cwd, ['rev-parse', '--show-toplevel']);
  const inGit = fast !== null || top?.code === 0;
  const root = fast ? fast.top : inGit && top ? top.stdout.toString('utf8').trim() : cwd;
  const commit = async (ref: string) => fast?.commits.get(ref) ?? resolveRef(root, ref);

  let head: FileSource = new WorkspaceSource(root);
  let headSha: string | null = inGit ? await commit('HEAD') : null;
  if (values.head) {
    if (!inGit) throw new UsageError('--head needs a git repository');
    const sha = await commit(values.head);
    if (!sha) throw new UsageError(`--head: "${values.head}" is not a commit in this repository`);
    head = new GitSource(root, sha);
    headSha = sha;
  }
  let base: FileSource | null = null;
  let baseSha: string | null = null;
  if (values.workspace && !values.base && inGit) {
    // As `dvc metrics diff`: the working tree against the last commit.
    baseSha = await commit('HEAD');
  } else if (values.base) {
    if (!inGit) throw new UsageError('--base needs a git repository');
    baseSha = await commit(values.base);
    if (!baseSha)
      throw new UsageError(`--base: "${values.base}" is not a commit in this repository`);
  } else if (inGit) {
    baseSha = await defaultBase(root);
  }
  // With uncommitted changes the head is the working tree, not HEAD's commit: say so.
  let headLabel: string | undefined;
  if (!values.head && inGit) {
    const status = await (statusRun ??
      git(root, ['status', '--porcelain', '--untracked-files=no']));
    if (status.code === 0 && status.stdout.toString('utf8').trim() !== '') {
      headLabel = 'working tree';
      headSha = null;
    }
  }
  if (baseSha) base = new GitSource(root, baseSha);
  else if (inGit)
    // A fresh repository (one commit, no remote): say why `vs production` gates have nothing to read.
    process.stderr.write(
      'mlgate: no base commit (no remote default branch, no HEAD~1): gates vs production fail closed; pass --base REF to compare with a commit\n',
    );
  return {
    head,
    headSha,
    ...(headLabel ? { headLabel } : {}),
    base,
    baseSha,
    configSource,
    ...(values.head ? { workingTree: new WorkspaceSource(root) } : {}),
  };
}

type Format = 'markdown' | 'json' | 'text';

/** `--format` and `--fail-on`, checked. */
function outputOptions(format: string, failOn: string): { format: Format; failOn: FailOn } {
  if (!['markdown', 'json', 'text'].includes(format))
    throw new UsageError(`--format: expected markdown, json or text, got "${format}"`);
  if (!['error', 'warning', 'never'].includes(failOn))
    throw new UsageError(`--fail-on: expected error, warning or never, got "${failOn}"`);
  return { format: format as Format, failOn: failOn as FailOn };
}

/** The report as `format`, to `output` (its folder made) or stdout. */
async function emit(
  report: Report,
  format: Format,
  commentKey: string,
  output: string | undefined,
): Promise<void> {
  // JSON comes in chunks: a 100,000-result report is never one string next to its bytes.
  const chunks: Iterable<string> =
    format === 'json'
      ? (await import('./report/json.js')).jsonChunks(report)
      : [
          format === 'text'
            ? (await import('./report/text.js')).renderText(report)
            : (await import('./report/markdown.js')).renderComment(report, { commentKey }).markdown,
        ];
  if (!output) {
    for (const chunk of chunks) process.stdout.write(chunk);
    return;
  }
  await writeChunks(resolve(output), chunks);
  process.stderr.write(`mlgate: report written to ${output}\n`);
}

async function check(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...TREE_OPTIONS,
      'pr-body': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      'comment-key': { type: 'string', default: DEFAULT_COMMENT_KEY },
      'max-file-mb': { type: 'string' },
      model: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  // A terminal gets plain text: markdown escapes and zero-width joiners are noise there.
  const { format, failOn } = outputOptions(
    values.format ?? (process.stdout.isTTY && !values.output ? 'text' : 'markdown'),
    values['fail-on'],
  );
  const maxFileBytes =
    values['max-file-mb'] === undefined ? undefined : fileCapBytes(values['max-file-mb']);
  if (maxFileBytes === null)
    throw new UsageError(
      `--max-file-mb: expected a number of MiB above 0 and at most ${Limits.maxFileBytes / 1024 / 1024}, got "${values['max-file-mb']}"`,
    );
  const models = parsePatterns(values.model ?? []);
  if (values.model && models.length === 0)
    throw new UsageError('--model: expected a model name or glob, got an empty value');
  const { head, headSha, headLabel, base, baseSha, configSource, workingTree } =
    await localTrees(values);

  let prBody: string | null = null;
  if (values['pr-body']) {
    try {
      prBody = (await readFile(values['pr-body'], 'utf8')).slice(0, Limits.prBodyChars);
    } catch (error) {
      throw new UsageError(`--pr-body: cannot read "${values['pr-body']}": ${errorText(error)}`);
    }
  }

  const { runPipeline } = await import('./pipeline.js');
  const report = await runPipeline({
    head,
    base,
    configPath: values.config,
    configSource,
    ...(workingTree ? { workingTree } : {}),
    prBody,
    pr: { number: null, base: baseSha, head: headSha, ...(headLabel ? { headLabel } : {}) },
    failOn,
    ...(models.length > 0 ? { models } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  });
  await emit(report, format, values['comment-key'], values.output);
  // A configuration error is any error in the config file, in force or proposed by the PR
  // (an invalid head config under `config-source: base` still has to be fixed before merge).
  const configBroken = report.findings.some((f) => f.check === 'config' && f.level === 'error');
  if (configBroken) return 2;
  return report.passed ? 0 : 1;
}

/**
 * `mlgate merge REPORT...`: the matrix jobs' reports (files, or directories of `*.json`) → one
 * report. Exit 2 when the reports cannot stand for the PR (missing, duplicated, malformed, for
 * another commit), else 0 or 1 by the merged verdict.
 */
async function merge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'markdown' },
      output: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      'comment-key': { type: 'string', default: DEFAULT_COMMENT_KEY },
      'expected-models': { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: true,
  });
  const { format, failOn } = outputOptions(values.format, values['fail-on']);
  if (positionals.length === 0)
    throw new UsageError('merge: expected the report files (or directories) of the matrix jobs');
  const expected = parsePatterns(values['expected-models'] ?? []);
  const { findReportFiles, readReports } = await import('./merge.js');
  const { mergeReports } = await import('./report/merge.js');
  let files: string[];
  try {
    files = await findReportFiles(positionals.map((p) => resolve(p)));
  } catch (error) {
    throw new UsageError(errorText(error));
  }
  const report = mergeReports(await readReports(files), {
    failOn,
    ...(expected.length > 0 ? { expected } : {}),
  });
  await emit(report, format, values['comment-key'], values.output);
  for (const f of report.findings.filter((x) => x.check === 'merge'))
    process.stderr.write(`mlgate: ${f.message}\n`);
  if (report.findings.some((f) => f.check === 'merge')) return 2;
  return report.passed ? 0 : 1;
}

/** `mlgate models`: the models in force, as JSON for a dynamic matrix or one name per line. */
async function models(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...TREE_OPTIONS, format: { type: 'string', default: 'text' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError(`--format: expected json or text, got "${values.format}"`);
  const { head, base, configSource } = await localTrees(values);
  const { listModels } = await import('./models.js');
  const list = await listModels({ head, base, configPath: values.config, configSource });
  for (const f of list.findings)
    process.stderr.write(
      `mlgate: ${f.level}: ${f.file && !f.message.startsWith(f.file) ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}\n`,
    );
  const broken = list.findings.some((f) => f.level === 'error');
  if (broken) return 2;
  // One line of JSON, so a workflow can write it to $GITHUB_OUTPUT as it is.
  process.stdout.write(
    values.format === 'json'
      ? `${JSON.stringify(list.models)}\n`
      : list.models.map((m) => `${m.name}\n`).join(''),
  );
  return 0;
}

/** Entry point: returns the exit status; never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'init') return await (await import('./init.js')).runInit(rest);
    if (command === 'models') return await models(rest);
    if (command === 'merge') return await merge(rest);
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(
      `mlgate: ${errorText(error)}\n${usage ? "Run 'mlgate --help' for usage.\n" : ''}`,
    );
    return 2;
  }
}

if (isOffloadWorker()) {
  // A worker thread started by this bundle for a large input (stages/offload.ts), not a command.
  await serveWorker();
} else {
  enableOffload(import.meta.url);
  // A reader that stops early (`mlgate check --format json | head`) closes the pipe: stop quietly,
  // as Unix tools do, instead of Node's stack trace for an unhandled EPIPE. Any other write error
  // is one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE')
      process.stderr.write(`mlgate: cannot write the output: ${errorText(error)}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  process.exitCode = await main(process.argv.slice(2));
}
