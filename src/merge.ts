/**
 * Fan-in I/O (SPEC §11): find and read the matrix jobs' report files for `mlgate merge` and
 * `mode: merge`. Each file is parsed and validated on its own, so one bad artifact is a finding
 * naming it, never a crash; the merge itself is pure (`report/merge.ts`).
 */
import { Limits } from './constants.js';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { errorText } from './formats/data.js';
import type { Budget } from './report/budget.js';
import type { MergeInput } from './report/merge.js';
import { byCodeUnit } from './order.js';

/** Largest report file read (a 200-model report is a few MB). */
const MAX_REPORT_BYTES = Limits.reportBytes;
/** Most bytes read over all report files of one merge: 2,000 files at the cap would be 64 GB. */
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** Most report files one merge reads. */
const MAX_REPORTS = 2000;

/** A path that names no report: says which and why. */
export class ReportPathError extends Error {
  override name = 'ReportPathError';
}

/** Every `*.json` under `dir`, sorted, recursively (download-artifact puts each artifact in its own folder). */
async function jsonFiles(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await jsonFiles(path, out);
    else if (e.isFile() && e.name.endsWith('.json')) out.push(path);
    if (out.length > MAX_REPORTS) return;
  }
}

/**
 * The report files `paths` name: a file as it is, a directory as every `*.json` below it. A path
 * that does not exist, or a directory without reports, throws: merging what is there would pass a
 * PR whose reports were never downloaded.
 */
export async function findReportFiles(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0)
    throw new ReportPathError('no report given: expected report files or directories of reports');
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new ReportPathError(
        `cannot read "${path}" (${errorText(error)}); expected a report file or a directory of reports`,
      );
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await jsonFiles(path, found);
      if (found.length === 0) throw new ReportPathError(`"${path}" holds no *.json report`);
      files.push(...found);
    } else files.push(path);
    if (files.length > MAX_REPORTS)
      throw new ReportPathError(`more than ${MAX_REPORTS} report files under ${paths.join(', ')}`);
  }
  return [...new Set(files)];
}

/**
 * Read and validate each report, one at a time (never all in memory at once), up to
 * MAX_TOTAL_BYTES in all; a bad one is an input carrying its error. With a budget (the Action),
 * validation counts against it.
 */
export async function readReports(
  files: readonly string[],
  cwd = process.cwd(),
  budget?: Budget,
  maxTotalBytes = MAX_TOTAL_BYTES,
): Promise<MergeInput[]> {
  // The report schema's validator is large: loaded only by the modes that read a report.
  const { parseReport } = await import('./report/validate.js');
  const out: MergeInput[] = [];
  let total = 0;
  for (const path of files) {
    const rel = relative(cwd, path);
    const file = rel && !rel.startsWith('..') ? rel : path;
    let text: string;
    try {
      const info = await stat(path);
      if (info.size > MAX_REPORT_BYTES) {
        out.push({ file, error: `over ${MAX_REPORT_BYTES} bytes; not an mlgate report` });
        continue;
      }
      if (total + info.size > maxTotalBytes) {
        out.push({ file, error: `not read: the reports before it already hold ${total} bytes` });
        continue;
      }
      total += info.size;
      text = await readFile(path, 'utf8');
    } catch (error) {
      out.push({ file, error: `cannot read it (${errorText(error)})` });
      continue;
    }
    const parsed = budget
      ? budget.measure('validating the reports', () => parseReport(text))
      : parseReport(text);
    out.push(
      parsed.ok
        ? { file, report: parsed.report }
        : { file, error: `not a valid mlgate report: ${parsed.errors.join('; ')}` },
    );
  }
  return out;
}
