#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ CHECK_USAGE),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3916);
/* harmony import */ var _config_select_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1032);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6202);
/* harmony import */ var _stages_offload_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1863);
/**
 * `mlgate` CLI: the same pipeline as the Action, on a local checkout. Nothing is sent to any
 * network by `check`. Exit status: 0 passed, 1 a gate or check failed, 2 usage or config error.
 */








// Everything else is loaded by the command that needs it, so `--help` and a usage error start
// as fast as node itself (scripts/bench.mjs measures it).
const sources = () => Promise.all([__nccwpck_require__.e(/* import() */ 22).then(__nccwpck_require__.bind(__nccwpck_require__, 8022)), __nccwpck_require__.e(/* import() */ 899).then(__nccwpck_require__.bind(__nccwpck_require__, 7899))]).then(([git, workspace]) => ({ ...git, ...workspace }));
const USAGE = `mlgate ${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv}: gate ML model promotion on metrics, contracts, rollout plans and review evidence.

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
const CHECK_USAGE = `Usage: mlgate check [options]

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
class UsageError extends Error {
}
/** Default base: merge-base with the remote's default branch, else HEAD~1, else none. */
async function defaultBase(cwd) {
    const { git, resolveRef } = await sources();
    const sym = await git(cwd, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
    const remoteHead = sym.code === 0 ? sym.stdout.toString('utf8').trim() : null;
    for (const ref of [remoteHead, 'refs/remotes/origin/main', 'refs/remotes/origin/master']) {
        if (!ref)
            continue;
        const mb = await git(cwd, ['merge-base', 'HEAD', ref]);
        if (mb.code === 0)
            return mb.stdout.toString('utf8').trim();
    }
    return resolveRef(cwd, 'HEAD~1');
}
/** The options `check` and `models` share: which config, which commits. */
const TREE_OPTIONS = {
    config: { type: 'string', default: _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG */ .PV },
    base: { type: 'string' },
    head: { type: 'string' },
    workspace: { type: 'boolean', default: false },
    'config-source': { type: 'string', default: 'base' },
    cwd: { type: 'string' },
};
/** The head and base trees the options name (SPEC §1 CLI: `--base`, `--head`, `--workspace`). */
async function localTrees(values) {
    const configSource = values['config-source'];
    if (configSource !== 'base' && configSource !== 'head')
        throw new UsageError(`--config-source: expected base or head, got "${configSource}"`);
    if (values.head && values.workspace)
        throw new UsageError('use either --head REF or --workspace, not both');
    const { git, resolveRef, topAndCommits, GitSource, WorkspaceSource } = await sources();
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.cwd ?? process.cwd());
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
    const commit = async (ref) => fast?.commits.get(ref) ?? resolveRef(root, ref);
    let head = new WorkspaceSource(root);
    let headSha = inGit ? await commit('HEAD') : null;
    if (values.head) {
        if (!inGit)
            throw new UsageError('--head needs a git repository');
        const sha = await commit(values.head);
        if (!sha)
            throw new UsageError(`--head: "${values.head}" is not a commit in this repository`);
        head = new GitSource(root, sha);
        headSha = sha;
    }
    let base = null;
    let baseSha = null;
    if (values.workspace && !values.base && inGit) {
        // As `dvc metrics diff`: the working tree against the last commit.
        baseSha = await commit('HEAD');
    }
    else if (values.base) {
        if (!inGit)
            throw new UsageError('--base needs a git repository');
        baseSha = await commit(values.base);
        if (!baseSha)
            throw new UsageError(`--base: "${values.base}" is not a commit in this repository`);
    }
    else if (inGit) {
        baseSha = await defaultBase(root);
    }
    // With uncommitted changes the head is the working tree, not HEAD's commit: say so.
    let headLabel;
    if (!values.head && inGit) {
        const status = await (statusRun ??
            git(root, ['status', '--porcelain', '--untracked-files=no']));
        if (status.code === 0 && status.stdout.toString('utf8').trim() !== '') {
            headLabel = 'working tree';
            headSha = null;
        }
    }
    if (baseSha)
        base = new GitSource(root, baseSha);
    else if (inGit)
        // A fresh repository (one commit, no remote): say why `vs production` gates have nothing to read.
        process.stderr.write('mlgate: no base commit (no remote default branch, no HEAD~1): gates vs production fail closed; pass --base REF to compare with a commit\n');
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
/** `--format` and `--fail-on`, checked. */
function outputOptions(format, failOn) {
    if (!['markdown', 'json', 'text'].includes(format))
        throw new UsageError(`--format: expected markdown, json or text, got "${format}"`);
    if (!['error', 'warning', 'never'].includes(failOn))
        throw new UsageError(`--fail-on: expected error, warning or never, got "${failOn}"`);
    return { format: format, failOn: failOn };
}
/** The report as `format`, to `output` (its folder made) or stdout. */
async function emit(report, format, commentKey, output) {
    // JSON comes in chunks: a 100,000-result report is never one string next to its bytes.
    const chunks = format === 'json'
        ? (await __nccwpck_require__.e(/* import() */ 794).then(__nccwpck_require__.bind(__nccwpck_require__, 2794))).jsonChunks(report)
        : [
            format === 'text'
                ? (await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(177), __nccwpck_require__.e(41), __nccwpck_require__.e(994), __nccwpck_require__.e(655)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5655))).renderText(report)
                : (await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(177), __nccwpck_require__.e(41), __nccwpck_require__.e(994), __nccwpck_require__.e(815)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2815))).renderComment(report, { commentKey }).markdown,
        ];
    if (!output) {
        for (const chunk of chunks)
            process.stdout.write(chunk);
        return;
    }
    await (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChunks */ .a)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(output), chunks);
    process.stderr.write(`mlgate: report written to ${output}\n`);
}
async function check(args) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args,
        options: {
            ...TREE_OPTIONS,
            'pr-body': { type: 'string' },
            format: { type: 'string' },
            output: { type: 'string' },
            'fail-on': { type: 'string', default: 'error' },
            'comment-key': { type: 'string', default: _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_COMMENT_KEY */ .cb },
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
    const { format, failOn } = outputOptions(values.format ?? (process.stdout.isTTY && !values.output ? 'text' : 'markdown'), values['fail-on']);
    const maxFileBytes = values['max-file-mb'] === undefined ? undefined : (0,_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .fileCapBytes */ .UB)(values['max-file-mb']);
    if (maxFileBytes === null)
        throw new UsageError(`--max-file-mb: expected a number of MiB above 0 and at most ${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Limits */ .xu.maxFileBytes / 1024 / 1024}, got "${values['max-file-mb']}"`);
    const models = (0,_config_select_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePatterns */ .Z7)(values.model ?? []);
    if (values.model && models.length === 0)
        throw new UsageError('--model: expected a model name or glob, got an empty value');
    const { head, headSha, headLabel, base, baseSha, configSource, workingTree } = await localTrees(values);
    let prBody = null;
    if (values['pr-body']) {
        try {
            prBody = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(values['pr-body'], 'utf8')).slice(0, _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Limits */ .xu.prBodyChars);
        }
        catch (error) {
            throw new UsageError(`--pr-body: cannot read "${values['pr-body']}": ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorText */ .k)(error)}`);
        }
    }
    const { runPipeline } = await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(292), __nccwpck_require__.e(177), __nccwpck_require__.e(41), __nccwpck_require__.e(773), __nccwpck_require__.e(649), __nccwpck_require__.e(503), __nccwpck_require__.e(219)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3219));
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
    if (configBroken)
        return 2;
    return report.passed ? 0 : 1;
}
/**
 * `mlgate merge REPORT...`: the matrix jobs' reports (files, or directories of `*.json`) → one
 * report. Exit 2 when the reports cannot stand for the PR (missing, duplicated, malformed, for
 * another commit), else 0 or 1 by the merged verdict.
 */
async function merge(args) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args,
        options: {
            format: { type: 'string', default: 'markdown' },
            output: { type: 'string' },
            'fail-on': { type: 'string', default: 'error' },
            'comment-key': { type: 'string', default: _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_COMMENT_KEY */ .cb },
            'expected-models': { type: 'string', multiple: true },
        },
        strict: true,
        allowPositionals: true,
    });
    const { format, failOn } = outputOptions(values.format, values['fail-on']);
    if (positionals.length === 0)
        throw new UsageError('merge: expected the report files (or directories) of the matrix jobs');
    const expected = (0,_config_select_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePatterns */ .Z7)(values['expected-models'] ?? []);
    const { findReportFiles, readReports } = await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(177), __nccwpck_require__.e(107)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9107));
    const { mergeReports } = await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(177), __nccwpck_require__.e(773), __nccwpck_require__.e(89)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3278));
    let files;
    try {
        files = await findReportFiles(positionals.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p)));
    }
    catch (error) {
        throw new UsageError((0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorText */ .k)(error));
    }
    const report = mergeReports(await readReports(files), {
        failOn,
        ...(expected.length > 0 ? { expected } : {}),
    });
    await emit(report, format, values['comment-key'], values.output);
    for (const f of report.findings.filter((x) => x.check === 'merge'))
        process.stderr.write(`mlgate: ${f.message}\n`);
    if (report.findings.some((f) => f.check === 'merge'))
        return 2;
    return report.passed ? 0 : 1;
}
/** `mlgate models`: the models in force, as JSON for a dynamic matrix or one name per line. */
async function models(args) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args,
        options: { ...TREE_OPTIONS, format: { type: 'string', default: 'text' } },
        strict: true,
        allowPositionals: false,
    });
    if (values.format !== 'json' && values.format !== 'text')
        throw new UsageError(`--format: expected json or text, got "${values.format}"`);
    const { head, base, configSource } = await localTrees(values);
    const { listModels } = await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(177), __nccwpck_require__.e(649), __nccwpck_require__.e(797)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6293));
    const list = await listModels({ head, base, configPath: values.config, configSource });
    for (const f of list.findings)
        process.stderr.write(`mlgate: ${f.level}: ${f.file && !f.message.startsWith(f.file) ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}\n`);
    const broken = list.findings.some((f) => f.level === 'error');
    if (broken)
        return 2;
    // One line of JSON, so a workflow can write it to $GITHUB_OUTPUT as it is.
    process.stdout.write(values.format === 'json'
        ? `${JSON.stringify(list.models)}\n`
        : list.models.map((m) => `${m.name}\n`).join(''));
    return 0;
}
/** Entry point: returns the exit status; never lets a stack trace reach the user. */
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        if (command === 'check')
            return await check(rest);
        if (command === 'init')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(292), __nccwpck_require__.e(177), __nccwpck_require__.e(41), __nccwpck_require__.e(773), __nccwpck_require__.e(503), __nccwpck_require__.e(457)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4457))).runInit(rest);
        if (command === 'models')
            return await models(rest);
        if (command === 'merge')
            return await merge(rest);
        if (command === '--version' || command === '-v') {
            process.stdout.write(`${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv}\n`);
            return 0;
        }
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        }
        throw new UsageError(`unknown command "${command}"`);
    }
    catch (error) {
        const usage = error instanceof UsageError ||
            error.code?.startsWith('ERR_PARSE_ARGS');
        process.stderr.write(`mlgate: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorText */ .k)(error)}\n${usage ? "Run 'mlgate --help' for usage.\n" : ''}`);
        return 2;
    }
}
if ((0,_stages_offload_js__WEBPACK_IMPORTED_MODULE_5__/* .isOffloadWorker */ .OY)()) {
    // A worker thread started by this bundle for a large input (stages/offload.ts), not a command.
    await (0,_stages_offload_js__WEBPACK_IMPORTED_MODULE_5__/* .serveWorker */ .sc)();
}
else {
    (0,_stages_offload_js__WEBPACK_IMPORTED_MODULE_5__/* .enableOffload */ .Dw)(import.meta.url);
    // A reader that stops early (`mlgate check --format json | head`) closes the pipe: stop quietly,
    // as Unix tools do, instead of Node's stack trace for an unhandled EPIPE. Any other write error
    // is one line.
    process.stdout.on('error', (error) => {
        if (error.code !== 'EPIPE')
            process.stderr.write(`mlgate: cannot write the output: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorText */ .k)(error)}\n`);
        process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
    });
    process.exitCode = await main(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1032:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ selectModels),
/* harmony export */   KR: () => (/* binding */ modelEntries),
/* harmony export */   Z7: () => (/* binding */ parsePatterns)
/* harmony export */ });
/* unused harmony exports modelFiles, patternRegExp */
/** The files a model's checks read (metrics, references, manifest, contract, rollout, ledger). */
function modelFiles(model) {
    const production = model.production && model.production !== 'base' ? model.production : null;
    const metrics = model.metrics;
    const files = [
        ...(Array.isArray(metrics) ? metrics : [metrics]),
        model.baseline,
        production,
        model.manifest,
        model.contract,
        model.rollout,
        model.ledger,
    ];
    return [...new Set(files.filter((f) => typeof f === 'string' && f !== ''))];
}
/** The matrix list for `models` in force. */
function modelEntries(models) {
    return models.map((m) => ({ name: m.name, files: modelFiles(m) }));
}
/**
 * A model-name pattern as a RegExp: `*` matches any run of characters, `?` one character, the
 * rest literally (so `churn.v2` does not match `churnxv2`). Matching is case-sensitive, like names.
 */
function patternRegExp(pattern) {
    const body = [...pattern]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`, 's');
}
/**
 * Split the `models` action input or repeated `--model` values into patterns: one per line or
 * comma, blanks dropped, duplicates kept once.
 */
function parsePatterns(values) {
    const out = values.flatMap((v) => v.split(/[\n,]/)).map((p) => p.trim());
    return [...new Set(out.filter((p) => p !== ''))];
}
/**
 * Keep the items whose name matches any pattern, in their original order. `unmatched` lists the
 * patterns that matched nothing: a matrix job whose filter selects nothing must fail, not pass
 * having checked nothing.
 */
function selectModels(items, name, patterns) {
    const res = patterns.map((p) => ({ p, re: patternRegExp(p), hit: false }));
    const selected = items.filter((item) => {
        let keep = false;
        for (const r of res) {
            if (r.re.test(name(item))) {
                r.hit = true;
                keep = true;
            }
        }
        return keep;
    });
    return { selected, unmatched: res.filter((r) => !r.hit).map((r) => r.p) };
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   UB: () => (/* binding */ fileCapBytes),
/* harmony export */   cb: () => (/* binding */ DEFAULT_COMMENT_KEY),
/* harmony export */   xu: () => (/* binding */ Limits),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* unused harmony exports Inputs, Outputs */
/** Names and limits used across mlgate: inputs, outputs, the comment marker, size caps. */
const VERSION = '0.1.0';
const Inputs = {
    GitHubToken: 'github-token',
    Config: 'config',
    ConfigSource: 'config-source',
    Comment: 'comment',
    CommentKey: 'comment-key',
    FailOn: 'fail-on',
    Mode: 'mode',
    Report: 'report',
    Models: 'models',
    Reports: 'reports',
    ExpectedModels: 'expected-models',
    MaxFileMb: 'max-file-mb',
};
const Outputs = {
    Passed: 'passed',
    Errors: 'errors',
    Warnings: 'warnings',
    Waived: 'waived',
    Report: 'report',
    CommentId: 'comment-id',
    CommentUrl: 'comment-url',
    Models: 'models',
};
/** Hidden first line of the sticky comment. */
function commentMarker(key) {
    return `<!-- mlgate:v1 key=${key} -->`;
}
const Limits = {
    /**
     * Largest report JSON read by publish and merge: a model with 100,000 gated slice metrics writes
     * about 55 MB; the schema's caps keep any valid report's elements bounded.
     */
    reportBytes: 64 * 1024 * 1024,
    /** GitHub rejects issue comments over 65,536 characters. */
    commentChars: 65_536,
    /** The job summary is limited to 1 MiB per step. */
    summaryChars: 1_000_000,
    /**
     * Largest input file mlgate reads, by default (10 MiB: 100,000 metrics as JSON are about 7 MB).
     * `limits.max_file_mb` in the config, `--max-file-mb` or the `max-file-mb` input change it.
     */
    fileBytes: 10 * 1024 * 1024,
    /** The highest file cap that can be configured. */
    maxFileBytes: 64 * 1024 * 1024,
    /**
     * YAML text is parsed only up to this size, whatever the file cap: the YAML parser needs about
     * 200 bytes of memory per byte of input, so a larger hostile file could exhaust memory.
     * JSON (read with JSON.parse) is not bound by it.
     */
    yamlBytes: 5 * 1024 * 1024,
    /** Largest PR body considered. */
    prBodyChars: 262_144,
    /** YAML alias expansion cap (alias bombs). */
    yamlAliases: 100,
    /** Deepest nesting accepted in any data file. */
    depth: 64,
    /**
     * Most time publish and merge mode spend validating and rendering reports they did not make
     * (issue 9): a costlier report fails the job instead of holding a job that has a write token.
     * Rendering is linear; a report at the schema's caps takes a second or two.
     */
    reportBudgetMs: 30_000,
    /** Most flattened metrics per file (ranking models routinely have tens of thousands). */
    metrics: 250_000,
};
const DEFAULT_CONFIG = '.mlgate.yml';
const DEFAULT_COMMENT_KEY = 'default';
/** Bytes for a `--max-file-mb` / `max-file-mb` value (MiB, > 0, ≤ 64), or null when it is not one. */
function fileCapBytes(mb) {
    const n = /^\d+(\.\d+)?$/.test(mb.trim()) ? Number(mb) : NaN;
    if (!(n > 0) || n * 1024 * 1024 > Limits.maxFileBytes)
        return null;
    return Math.floor(n * 1024 * 1024);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/** Error text helpers, kept free of imports so that any entry point can load them cheaply. */
/** Text of any thrown value; non-Error throws are kept, not dropped. */
function errorText(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 6202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** mlgate's own output files (the report JSON, a rendered report): the one writer the CLI and the Action share. */


/**
 * Write `chunks` to `path`, making its folder (a matrix job writes `out/<model>/report.json`).
 * Chunk by chunk: a 100,000-result report is never one string next to its bytes.
 */
async function writeChunks(path, chunks) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'w');
    try {
        for (const chunk of chunks)
            await file.write(chunk);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 1863:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dw: () => (/* binding */ enableOffload),
  OY: () => (/* binding */ isOffloadWorker),
  Um: () => (/* binding */ offload),
  sc: () => (/* binding */ serveWorker)
});

// UNUSED EXPORTS: OFFLOAD_MIN_CHARS

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/stages/offload.ts
/**
 * A second core for large inputs. A task here is a pure function of plain data (texts already
 * read, the policy); when its input is large, it runs in a worker thread while the main thread
 * reads the metrics, and its result (plain data: a section and findings) comes back by message.
 * The result is the same either way: the worker calls the very function the main thread would.
 *
 * A worker starts from the bundle's entry point (dist/index.js or dist/cli/index.js), which names
 * itself with `enableOffload` and, in a worker, calls `serveWorker` instead of its main. Without
 * an entry (tests running the sources), with `MLGATE_WORKERS=0`, for small inputs, or when the
 * worker fails in any way, the task runs inline: a worker can only make a run faster.
 * `MLGATE_WORKERS=always` offloads inputs of any size (the tests compare both ways).
 */

/**
 * Inputs under this many characters run inline: starting a worker (a V8 isolate and the bundle's
 * entry) costs some 50–100 ms, what reading half a megabyte of YAML costs.
 */
const OFFLOAD_MIN_CHARS = 512 * 1024;
let entry = null;
/** Name the entry point workers start from (its `import.meta.url`). */
function enableOffload(url) {
    entry = new URL(url);
}
/** Run `task` on `input`: in a worker when the input is large and a worker can start, else `inline()`. */
function offload(task, input, chars, inline) {
    const mode = process.env.MLGATE_WORKERS;
    if (!entry || mode === '0' || (chars < OFFLOAD_MIN_CHARS && mode !== 'always'))
        return Promise.resolve(inline());
    const from = entry;
    return new Promise((done, fail) => {
        let settled = false;
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            try {
                done(result());
            }
            catch (error) {
                fail(error);
            }
        };
        let worker;
        try {
            worker = new external_node_worker_threads_namespaceObject.Worker(from, {
                workerData: { mlgateTask: task, input },
                stdout: true,
                stderr: true,
            });
        }
        catch {
            settle(inline);
            return;
        }
        worker.once('message', (message) => {
            settle(() => (message.ok ? message.result : inline()));
            void worker.terminate();
        });
        // Any trouble (the entry cannot load, the task threw, the worker ran out of memory): inline.
        worker.once('error', () => settle(inline));
        worker.once('exit', () => settle(inline));
    });
}
/** True in a worker started by `offload`: the entry point serves it instead of running main. */
function isOffloadWorker() {
    return (external_node_worker_threads_namespaceObject.parentPort !== null && external_node_worker_threads_namespaceObject.workerData?.mlgateTask !== undefined);
}
/** Run the task named in `workerData` and post its result to the thread that started it. */
async function serveWorker() {
    const { mlgateTask: task, input } = external_node_worker_threads_namespaceObject.workerData;
    let message;
    try {
        if (task === 'contract') {
            const { contractReport } = await Promise.all(/* import() */[__nccwpck_require__.e(221), __nccwpck_require__.e(177), __nccwpck_require__.e(887), __nccwpck_require__.e(397)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4887));
            message = { ok: true, result: contractReport(input) };
        }
        else
            message = { ok: false };
    }
    catch {
        message = { ok: false };
    }
    external_node_worker_threads_namespaceObject.parentPort?.postMessage(message);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__CHECK_USAGE = __webpack_exports__.Z;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__CHECK_USAGE as CHECK_USAGE, __webpack_exports__main as main };
/******/ 
