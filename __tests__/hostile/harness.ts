/**
 * Harness for the hostile-input suite (SPEC §10): the bundled example repository in memory, a
 * runner over the real pipeline, and the invariants every run must keep whatever the input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { toJson } from '../../src/report/json.js';
import { renderComment } from '../../src/report/markdown.js';
import { validateReport } from '../../src/report/validate.js';
import type { FailOn, Report } from '../../src/report/model.js';
import type { FileSource } from '../../src/sources/types.js';
import type { Finding } from '../../src/types.js';
import { MemorySource } from '../pipeline/memory.js';

export type Tree = Record<string, string>;

function loadTree(dir: string): Tree {
  const out: Tree = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    out[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}

/** The example repository at the PR's base and head (a valid, fully configured model). */
export const HEAD: Tree = loadTree('examples/head');
export const BASE: Tree = loadTree('examples/base');
export const PR_BODY = readFileSync('examples/pr-body.md', 'utf8');

export function fixture(path: string): string {
  return readFileSync(join('__tests__/fixtures', path), 'utf8');
}

/** The example config with one model key pointed somewhere else (or added). */
export function configWith(edit: Record<string, string>, text = HEAD['.mlgate.yml']): string {
  let out = text;
  for (const [key, value] of Object.entries(edit)) {
    const re = new RegExp(`^( {4}${key}: ).*$`, 'm');
    out = re.test(out)
      ? out.replace(re, `$1${value}`)
      : out.replace(/^( {4}metrics: .*)$/m, `$1\n    ${key}: ${value}`);
  }
  return out;
}

export interface Case {
  head?: Tree;
  base?: Tree | null;
  prBody?: string | null;
  configSource?: 'base' | 'head';
  failOn?: FailOn;
  headSource?: FileSource;
  baseSource?: FileSource | null;
}

export interface Ran {
  report: Report;
  markdown: string;
}

/** Run the real pipeline and render the comment; any throw fails the calling test. */
export async function runCase(c: Case): Promise<Ran> {
  const head = c.headSource ?? new MemorySource('head', { ...HEAD, ...c.head });
  const base =
    c.baseSource !== undefined
      ? c.baseSource
      : c.base === null
        ? null
        : new MemorySource('base (1111111)', { ...BASE, ...c.base });
  const report = await runPipeline({
    head,
    base,
    configPath: '.mlgate.yml',
    configSource: c.configSource ?? 'base',
    prBody: c.prBody === undefined ? PR_BODY : c.prBody,
    pr: { number: 42, base: '1111111'.padEnd(40, 'a'), head: '2222222'.padEnd(40, 'b') },
    failOn: c.failOn ?? 'error',
    runUrl: 'https://github.com/acme/churn/actions/runs/1',
  });
  // The report must survive JSON (the report file) and read back as a valid report (publish mode).
  const checked = validateReport(JSON.parse(toJson(report)));
  expect(checked.ok ? [] : checked.errors.map((e) => e.slice(0, 300))).toEqual([]);
  const { markdown } = renderComment(report, { commentKey: 'default' });
  expectSafeComment(markdown);
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return { report, markdown };
}

/** Payload planted in hostile files: HTML, a mention, table breakers and a newline. */
export const EVIL = '<script>alert(1)</script> @evilbot | x\n| y';

/**
 * The rendered comment stays within GitHub's limit, neutralises HTML and mentions, and no table
 * row is broken (every row starts and ends with `|` and has its header's number of cells).
 */
export function expectSafeComment(md: string, maxChars = 65_536): void {
  expect(md.length).toBeLessThanOrEqual(maxChars);
  // Raw HTML outside code spans and fences would be live on GitHub.
  const prose = withoutCode(md);
  expect(prose).not.toMatch(/<script/i);
  expect(prose).not.toMatch(/<img|<iframe|<a /i);
  expect(md).not.toMatch(/(^|[^\w\u200b])@evilbot/);
  // GitHub links bare `scheme://…` and `www.…` text: a URL from a file must stay text (the
  // targets of mlgate's own links, `[workflow run](https://…)`, aside).
  const text = prose.replace(/(?<!\\)\]\([^)\s]*\)/g, ']');
  expect(text).not.toMatch(/(?<!\\):\/\/|(?<![A-Za-z0-9\\])www\.\w/i);
  let fence: string | null = null;
  let cols: number | null = null;
  for (const line of md.split('\n')) {
    const next = fenceAfter(line, fence);
    if (next !== fence || next !== null) {
      fence = next;
      cols = null;
      continue;
    }
    if (!line.startsWith('|')) {
      cols = null;
      continue;
    }
    expect(line, `table row ends with |: ${line.slice(0, 200)}`).toMatch(/\|\s*$/);
    const cells = countCells(line);
    if (cols === null) cols = cells;
    else expect(cells, `cells in row: ${line.slice(0, 200)}`).toBe(cols);
  }
  expect(fence, 'every fence is closed').toBeNull();
}

/** The markdown with fenced blocks and inline code spans removed (HTML is inert there). */
export function withoutCode(md: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of md.split('\n')) {
    const next = fenceAfter(line, fence);
    if (next === null && fence === null) out.push(withoutCodeSpans(line));
    fence = next;
  }
  return out.join('\n');
}

/**
 * The open fence after a line, as CommonMark reads fences: a backtick fence's info string has no
 * backtick (so a line that starts with a long code span opens nothing), and a fence closes at a
 * line of at least as many of the same character and nothing else.
 */
function fenceAfter(line: string, fence: string | null): string | null {
  if (fence === null)
    return /^ {0,3}(`{3,})[^`]*$|^ {0,3}(~{3,})/.exec(line)?.slice(1).find(Boolean) ?? null;
  const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return close && close[1][0] === fence[0] && close[1].length >= fence.length ? null : fence;
}

/**
 * A line without its code spans, as CommonMark reads them: a backslash-escaped backtick opens
 * nothing, and a run of n backticks closes only at the next run of exactly n.
 */
function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\' && i + 1 < line.length) {
      out += line.slice(i, i + 2);
      i += 2;
    } else if (line[i] === '`') {
      const run = /^`+/.exec(line.slice(i))![0].length;
      let close = -1;
      for (const m of line.slice(i + run).matchAll(/`+/g))
        if (m[0].length === run) {
          close = i + run + m.index;
          break;
        }
      if (close < 0) out += line.slice(i, i + run);
      i = close < 0 ? i + run : close + run;
    } else out += line[i++];
  }
  return out;
}

function countCells(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') n++;
  }
  return n - 1;
}

/** Findings that name `file` (the path as the config wrote it). */
export function findingsFor(report: Report, file: string): Finding[] {
  return report.findings.filter((f) => f.file === file || f.message.includes(file));
}

/** Short dump of the findings, for assertion messages. */
export function dump(report: Report): string {
  return report.findings
    .map(
      (f) => `${f.level} ${f.check} ${f.file ?? '-'}:${f.line ?? '-'} ${f.message.slice(0, 160)}`,
    )
    .join('\n');
}
