/** Small helpers shared by the rollout readers: typed field access with line lookup. */
import { isRecord, list, num, type DataDoc, type PathSegment } from '../data.js';
import type { Level } from '../../types.js';
import type { ReadIssue } from './types.js';

/** A view of one Kubernetes object: its data, where it sits in the file, and an issue collector. */
export interface DocView {
  data: Record<string, unknown>;
  file: string;
  /** Path of this object inside its YAML document (non-empty for `kind: List` items). */
  prefix: PathSegment[];
  doc: DataDoc;
  issues: ReadIssue[];
}

export function lineAt(view: DocView, path: PathSegment[]): number | undefined {
  return view.doc.lineOf([...view.prefix, ...path]);
}

export function issue(
  view: DocView,
  level: Level,
  rule: string,
  path: PathSegment[],
  message: string,
): void {
  const line = lineAt(view, path);
  view.issues.push({ level, rule, message, file: view.file, ...(line ? { line } : {}) });
}

/** The value at a path, or undefined. */
export function get(value: unknown, path: PathSegment[]): unknown {
  let node = value;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
    else if (isRecord(node) && typeof seg === 'string') node = node[seg];
    else return undefined;
  }
  return node;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A number, or a numeric string (Kubernetes often quotes them). */
export function numLike(value: unknown): number | undefined {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return num(value);
}

/** Check a traffic percentage; report and return undefined when it is not 0–100. */
export function percent(view: DocView, value: unknown, path: PathSegment[], what: string) {
  const n = numLike(value);
  if (n === undefined || n < 0 || n > 100) {
    issue(
      view,
      'error',
      'rollout.traffic',
      path,
      `${what}: ${JSON.stringify(value) ?? 'nothing'} is not a traffic percentage; expected a number from 0 to 100`,
    );
    return undefined;
  }
  return n;
}

export { list, num };
