/**
 * Everything a run leaves behind besides the comment: the report JSON, the job summary,
 * annotations and step outputs. Each write stands alone, so one failing never loses the others.
 */
import * as core from '@actions/core';
import { Limits, Outputs } from '../constants.js';
import { writeChunks } from '../output.js';
import { errorText } from '../formats/data.js';
import { jsonChunks } from '../report/json.js';
import { BudgetExceeded, type Budget } from '../report/budget.js';
import { escapeText } from '../report/escape.js';
import { renderComment } from '../report/markdown.js';
import { addFindings, verdict, type Report } from '../report/model.js';
import type { Finding } from '../types.js';
import type { StickyResult } from './comment.js';

/** Add findings made outside the pipeline (base resolution, commenting) and recount the verdict. */
export function withFindings(report: Report, extra: Finding[]): Report {
  if (extra.length === 0) return report;
  const findings = addFindings(report.findings, extra);
  return { ...report, findings, ...verdict(findings, report.failOn ?? 'error') };
}

/** Write the report JSON; returns an error message or null. */
export async function writeReport(path: string, report: Report): Promise<string | null> {
  try {
    await writeChunks(path, jsonChunks(report));
    return null;
  } catch (error) {
    return `cannot write the report JSON to ${path}: ${errorText(error)}`;
  }
}

/** GitHub refuses a step summary over 1 MiB (bytes, not characters). */
const SUMMARY_BYTES = 1024 * 1024;

/**
 * The job summary: the whole report, with the summary's larger size limit. With a time budget
 * (publish and merge mode), rendering counts against it and BudgetExceeded is thrown; nothing
 * else throws: a report that cannot be rendered leaves a summary saying so.
 */
export async function writeSummary(
  report: Report,
  commentKey: string,
  budget?: Budget,
): Promise<void> {
  const render = () => {
    let chars: number = Limits.summaryChars;
    for (;;) {
      const { markdown } = renderComment(report, {
        commentKey,
        maxChars: chars,
        fold: false,
        summaryHint: 'The full report is in the report JSON.',
        ...(budget ? { budget } : {}),
      });
      // Emoji and non-Latin text take several bytes per character: shrink until it fits.
      if (Buffer.byteLength(markdown) <= SUMMARY_BYTES || chars <= Limits.commentChars)
        return markdown;
      chars = Math.max(Limits.commentChars, Math.floor(chars / 2));
    }
  };
  let markdown: string;
  try {
    markdown = budget ? budget.measure('rendering the job summary', render) : render();
  } catch (error) {
    if (error instanceof BudgetExceeded) throw error;
    markdown = `## ❌ mlgate: the report could not be rendered\n\n${escapeText(errorText(error))}; the verdict stands (see the step's outputs and log).\n`;
  }
  await writeSummaryText(markdown);
}

/** Append `markdown` to the job summary. Never throws. */
export async function writeSummaryText(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false });
  } catch (error) {
    // Outside a runner there is no GITHUB_STEP_SUMMARY; the comment and report still stand.
    core.info(`mlgate: no job summary written (${errorText(error)})`);
  }
}

/** One annotation per finding that names a file, at its line. */
export function annotate(findings: Finding[]): void {
  for (const f of findings) {
    if (!f.file) continue;
    const props = {
      file: f.file,
      ...(f.line ? { startLine: f.line } : {}),
      title: `mlgate ${f.check}${f.model ? ` (${f.model})` : ''}`,
    };
    if (f.status === 'waived')
      core.notice(`waived by @${f.waiver?.by ?? '?'}: ${f.message}`, props);
    else if (f.level === 'error') core.error(f.message, props);
    else if (f.level === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }
}

/** Step outputs (SPEC §1). */
export function setOutputs(
  report: Pick<Report, 'passed' | 'counts'>,
  reportPath: string,
  comment: StickyResult | null,
): void {
  core.setOutput(Outputs.Passed, String(report.passed));
  core.setOutput(Outputs.Errors, String(report.counts.errors));
  core.setOutput(Outputs.Warnings, String(report.counts.warnings));
  core.setOutput(Outputs.Waived, String(report.counts.waived ?? 0));
  core.setOutput(Outputs.Report, reportPath);
  core.setOutput(Outputs.CommentId, comment ? String(comment.id) : '');
  core.setOutput(Outputs.CommentUrl, comment?.url ?? '');
}

/** The line `core.setFailed` prints when the verdict fails the job. */
export function failureLine(report: Report): string {
  const { errors, warnings } = report.counts;
  return `mlgate: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (fail-on: ${report.failOn}); see the job summary`;
}
