/**
 * `dvc.yaml`: the metrics files it declares, top-level `metrics:` and per-stage `metrics:`
 * (strings, or one-key mappings `{path: {cache: false}}`), resolved relative to dvc.yaml's folder.
 * Pure: the metrics stage reads the files through its FileSource.
 */
import { isRecord, parseData, type PathSegment } from '../data.js';
import type { FlattenIssue } from './flatten.js';

export interface DvcMetricsFile {
  /** Repository-relative path (not yet confined: the FileSource confines it). */
  path: string;
  line?: number;
}

/** Is this path a dvc.yaml? */
export function isDvcYaml(path: string): boolean {
  return /(^|\/)dvc\.ya?ml$/i.test(path);
}

function join(dir: string, rel: string): string {
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return rel;
  return dir ? `${dir}/${rel}` : rel;
}

/** The metrics files a dvc.yaml declares, in declaration order, without duplicates. */
export function dvcMetricsFiles(
  file: string,
  text: string,
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
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const seen = new Set<string>();
  const take = (list: unknown, at: PathSegment[]) => {
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
      const rel =
        typeof entry === 'string'
          ? entry
          : isRecord(entry) && Object.keys(entry).length === 1
            ? Object.keys(entry)[0]
            : null;
      if (!rel) {
        issues.push({
          path: '',
          line: lineOf([...at, i]),
          message: 'metrics entry must be a path or `{path: {options}}`',
        });
        return;
      }
      const path = join(dir, rel);
      if (seen.has(path)) return;
      seen.add(path);
      files.push({ path, line: lineOf([...at, i]) });
    });
  };
  take(data.metrics, ['metrics']);
  if (isRecord(data.stages)) {
    for (const stage of Object.keys(data.stages)) {
      const s = data.stages[stage];
      if (isRecord(s)) take(s.metrics, ['stages', stage, 'metrics']);
    }
  }
  if (files.length === 0 && issues.length === 0) {
    issues.push({ path: '', line: 1, message: 'dvc.yaml declares no `metrics:` files' });
  }
  return { files, issues };
}
