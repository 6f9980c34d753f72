/**
 * The Action: read inputs, run the pipeline, write the report, job summary, annotations and
 * outputs, then decide the job. The one place that calls `core.setFailed`.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_COMMENT_KEY, DEFAULT_CONFIG, Outputs } from './constants.js';
import { errorText } from './formats/data.js';
import { runPipeline } from './pipeline.js';
import { toJson } from './report/json.js';
import { renderComment } from './report/markdown.js';
import { GitSource, ensureCommit, resolveRef } from './sources/git.js';
import { WorkspaceSource } from './sources/workspace.js';

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const head = new WorkspaceSource(workspace);
    const headSha = (await resolveRef(workspace, 'HEAD')) ?? null;
    const parent = headSha ? await resolveRef(workspace, 'HEAD~1') : null;
    const base =
      parent && (await ensureCommit(workspace, parent)) ? new GitSource(workspace, parent) : null;
    const report = await runPipeline({
      head,
      base,
      configPath: core.getInput('config') || DEFAULT_CONFIG,
      configSource: core.getInput('config-source') === 'head' ? 'head' : 'base',
      prBody: null,
      pr: { number: null, base: parent, head: headSha },
      failOn: 'error',
    });
    const reportPath =
      core.getInput('report') || join(process.env.RUNNER_TEMP ?? workspace, 'mlgate-report.json');
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, toJson(report));
    const { markdown } = renderComment(report, {
      commentKey: core.getInput('comment-key') || DEFAULT_COMMENT_KEY,
      maxChars: 1_000_000,
    });
    await core.summary.addRaw(markdown).write();
    core.setOutput(Outputs.Passed, String(report.passed));
    core.setOutput(Outputs.Errors, String(report.counts.errors));
    core.setOutput(Outputs.Warnings, String(report.counts.warnings));
    core.setOutput(Outputs.Report, reportPath);
    if (!report.passed) core.setFailed(`mlgate: ${report.counts.errors} errors`);
  } catch (error) {
    core.setFailed(`mlgate: ${errorText(error)}`);
  }
}
