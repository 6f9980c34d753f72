/** The metric diff (base → head, `dvc metrics diff` semantics); slice metrics folded. */
import { markdownTable } from 'markdown-table';
import type { MetricRow } from '../../types.js';
import { clip, code, codeCell, escapeCell } from '../escape.js';
import type { ModelReport } from '../model.js';
import { fmt, fmtPair } from '../numbers.js';
import type { SectionContext } from './types.js';

function changeCell(row: MetricRow): string {
  if (row.change === null) return '-';
  const sign = row.change > 0 ? '+' : '';
  return `${sign}${fmt(row.change)}`;
}

function displayValue(
  v: MetricRow['base'] | undefined,
  ci?: [number, number],
  text?: string,
): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'number')
    return ci ? `${text ?? fmt(v)} [${fmt(ci[0])}, ${fmt(ci[1])}]` : (text ?? fmt(v));
  return escapeCell(String(v));
}

/** Base and head of a diff row: a row exists because they differ, so they print differently. */
function rowNumbers(r: MetricRow): [string | undefined, string | undefined] {
  if (typeof r.base !== 'number' || typeof r.head !== 'number') return [undefined, undefined];
  return fmtPair(r.base, r.head);
}

/** Slice metrics (`slices.*`, `*.slices.*`) are collapsed: there are many and they are noisy. */
export function isSlice(row: Pick<MetricRow, 'metric'>): boolean {
  // `slices` as any segment but the last, without splitting each of 100,000 names.
  return SLICE_SEGMENT.test(row.metric);
}

const SLICE_SEGMENT = /(?:^|\.)slices\./;

export function renderDiff(model: ModelReport, ctx: SectionContext): string | null {
  const production = model.diffBase?.kind === 'production' ? model.diffBase.file : null;
  // The diff's base side is the production file: the values `vs: production` gates compare with.
  const againstProduction = production
    ? `<sub>Base: the production metrics file ${code(clip(production))} (\`production:\`), which \`vs: production\` gates compare with; not the base commit.</sub>`
    : null;
  if (model.metrics.length === 0) {
    if (production)
      return `<sub>No metric differs between the production metrics file ${code(clip(production))} and head.</sub>`;
    return model.state === 'new' ? null : '<sub>No metric changed between base and head.</sub>';
  }
  const hasBaseline = model.metrics.some((r) => r.baseline !== undefined);
  // Several metrics files (a dvc.yaml's train and evaluate files): each row says which it is from.
  const hasPath = (model.metricsFiles?.length ?? 0) > 1;
  const table = (rows: MetricRow[]): string => {
    const shown = rows.slice(0, ctx.maxRows);
    const header = [
      ...(hasPath ? ['Path'] : []),
      'Metric',
      production ? 'Production' : 'Base',
      'Head',
      'Change',
      ...(hasBaseline ? ['Baseline'] : []),
    ];
    const body = shown.map((r) => {
      const [base, head] = rowNumbers(r);
      return [
        ...(hasPath ? [codeCell(clip(r.path ?? ''))] : []),
        codeCell(clip(r.metric)),
        displayValue(r.base, r.baseCi, base),
        displayValue(r.head, r.headCi, head),
        changeCell(r),
        ...(hasBaseline ? [displayValue(r.baseline ?? null)] : []),
      ];
    });
    const more = rows.length - shown.length;
    return (
      markdownTable([header, ...body], {
        align: [...(hasPath ? ['l'] : []), 'l', 'r', 'r', 'r', 'r'],
      }) + (more > 0 ? `\n\n<sub>${more} more rows in the job summary.</sub>` : '')
    );
  };
  const main = model.metrics.filter((r) => !isSlice(r));
  const slices = model.metrics.filter(isSlice);
  const title = production
    ? '#### Metric diff (production → head)'
    : model.state === 'new'
      ? '#### Metrics (new model, no base)'
      : '#### Metric diff (base → head)';
  const parts = [title, ...(againstProduction ? [againstProduction] : [])];
  if (main.length > 0) parts.push(table(main));
  if (slices.length > 0) {
    const verb = production ? ' differ' : model.state === 'new' ? '' : ' changed';
    parts.push(
      `<details><summary>${slices.length} slice metric${slices.length === 1 ? '' : 's'}${verb}</summary>\n\n${table(slices)}\n\n</details>`,
    );
  }
  return parts.join('\n\n');
}
