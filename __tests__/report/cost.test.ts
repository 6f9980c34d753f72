/**
 * Issue 9, point 5: what rendering a forged report costs. Publish and merge mode render reports
 * they did not make in a job that holds a write token, so the work must grow linearly with the
 * report. No test here measures time: work is counted (reads of the findings list), keys handed
 * to Map and Set are inspected, and a report at the schema's caps must render correctly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Budget, BudgetExceeded } from '../../src/report/budget.js';
import { textKey } from '../../src/report/keys.js';
import { renderComment } from '../../src/report/markdown.js';
import { mergeReports } from '../../src/report/merge.js';
import type { Report } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { parseReport, validateReport } from '../../src/report/validate.js';
import type { Finding, GateResult } from '../../src/types.js';

const HEAD = 'a'.repeat(40);

/**
 * A report of `models` models with `gates` gates each (odd ones failing with the same words) and
 * `findings` findings spread over the models, every level and check: the shape of the 2.7 MB
 * report that took ~25 s to render when each model filtered the whole findings list.
 */
function forged(models: number, gates: number, findings: number, name = (i: number) => `m${i}`) {
  const checks = ['gate', 'contract', 'rollout', 'ledger', 'manifest', 'metrics'] as const;
  const levels = ['error', 'warning', 'notice'] as const;
  return {
    version: 1 as const,
    passed: true,
    counts: { errors: 0, warnings: 0, notices: 0, waived: 0 },
    failOn: 'error' as const,
    pr: { number: 7, base: null, head: HEAD },
    config: { file: '.mlgate.yml', source: 'base' as const },
    policyChanges: [],
    models: Array.from({ length: models }, (_, i) => ({
      name: name(i),
      state: 'existing' as const,
      metricsFile: `models/${i}/metrics.json`,
      gates: Array.from({ length: gates }, (_, g): GateResult => ({
        metric: `slices.s${g}.auc`,
        status: g % 2 ? 'fail' : 'pass',
        level: 'error',
        value: 0.5,
        reference: null,
        threshold: 0.8,
        message: 'auc is missing',
        gate: g,
        thresholdKind: 'min',
      })),
      metrics: [],
      meta: {},
      notes: [],
    })),
    findings: Array.from({ length: findings }, (_, j): Finding => ({
      level: levels[j % 3],
      check: checks[j % checks.length],
      model: name(j % models),
      file: `models/${j % models}/metrics.json`,
      line: 1 + (j % 50),
      message:
        checks[j % checks.length] === 'gate'
          ? 'auc is missing (gate at .mlgate.yml:3)'
          : `finding ${j}`,
    })),
    tool: { name: 'mlgate' as const, version: '0.1.0' },
  };
}

const validated = (json: unknown): Report => {
  const checked = validateReport(json);
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  return checked.report;
};

/** `report` with its findings behind a proxy that counts reads of their elements. */
function counting(report: Report): { report: Report; reads: () => number } {
  let reads = 0;
  const findings = new Proxy(report.findings, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { report: { ...report, findings }, reads: () => reads };
}

describe('rendering reads the findings a fixed number of times, whatever the number of models', () => {
  // The old renderer read every finding once per model at each size level (and more for the
  // failing gates' file:line): about 2 × 200 × 4,000 × 5 reads here, against a few per finding now.
  it.each([
    ['the comment', { maxChars: 65_536 }],
    ['the job summary', { maxChars: 1_000_000, fold: false }],
  ])('%s of 200 models × 4,000 findings', (_name, opts) => {
    const { report, reads } = counting(validated(forged(200, 6, 4_000)));
    const { markdown } = renderComment(report, { commentKey: 'default', ...opts });
    expect(reads()).toBeLessThan(100 * report.findings.length);
    expect(markdown).toContain('### Models: 200 failing · 0 with warnings · 0 passing');
  });

  it('doubling the models with the same findings does not double the reads', () => {
    // A budget large enough for one size level, so both render once.
    const reads = [100, 400].map((models) => {
      const counted = counting(validated(forged(models, 2, 4_000)));
      renderComment(counted.report, { commentKey: 'default', maxChars: 10_000_000 });
      return counted.reads();
    });
    expect(reads[1]).toBeLessThan(reads[0] * 1.2);
  });

  it("a failing gate still gets its own finding's file:line", () => {
    const json = forged(3, 2, 3);
    json.findings = [
      {
        level: 'error',
        check: 'gate',
        model: 'm1',
        file: 'models/1/metrics.json',
        line: 9,
        message: 'auc is missing (gate at .mlgate.yml:3)',
      },
    ];
    const { markdown } = renderComment(validated(json), { commentKey: 'default' });
    expect(markdown).toContain('**m1**: auc is missing · `models/1/metrics.json:9`');
    expect(markdown).toMatch(/\*\*m0\*\*: auc is missing →/);
  });
});

describe('long text is never a Map or Set key (V8 hashes strings over 16,383 characters by length)', () => {
  const longest = { key: 0 };
  const patched: [object, string, (...a: unknown[]) => unknown][] = [];
  const watch = (proto: object, method: string) => {
    const original = (proto as Record<string, (...a: unknown[]) => unknown>)[method];
    patched.push([proto, method, original]);
    (proto as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
      if (typeof args[0] === 'string') longest.key = Math.max(longest.key, args[0].length);
      return original.apply(this, args);
    };
  };
  afterEach(() => {
    for (const [proto, method, original] of patched.splice(0))
      (proto as Record<string, unknown>)[method] = original;
  });

  it('model names, messages and targets of 20,000 characters: rendering, text and merge', () => {
    // 300 findings with distinct names of one length: as keys, 300² whole-string comparisons.
    const long = (i: number) => `${'x'.repeat(20_000)}${String(i).padStart(4, '0')}`;
    const json = forged(5, 2, 300, long);
    json.findings.forEach((f, i) => {
      f.model = long(i);
      f.message = long(i);
      f.target = long(i);
    });
    const report = validated(json);
    const other = validated({ ...forged(2, 2, 2, (i) => `other${i}`), findings: [] });
    longest.key = 0;
    for (const [proto, methods] of [
      [Map.prototype, ['get', 'set', 'has']],
      [Set.prototype, ['add', 'has']],
    ] as const)
      for (const m of methods) watch(proto, m);
    const { markdown } = renderComment(report, { commentKey: 'default' });
    renderComment(report, { commentKey: 'default', maxChars: 1_000_000, fold: false });
    const text = renderText(report);
    const merged = mergeReports(
      [
        { file: 'a.json', report },
        { file: 'b.json', report: other },
      ],
      { failOn: 'error' },
    );
    expect(longest.key).toBeLessThanOrEqual(1_100);
    // …and still right: every finding kept, the models merged.
    expect(markdown).toContain('mlgate: promotion blocked');
    // Gate findings are the gate rows in text; the other 250 are listed, none merged away.
    const listed = text.split('\n').filter((l) => /^ {2}(error|warning|notice): /.test(l));
    expect(listed).toHaveLength(250);
    expect(merged.models.map((m) => m.name)).toEqual([
      ...report.models.map((m) => m.name),
      'other0',
      'other1',
    ]);
    expect(merged.findings.filter((f) => f.check !== 'merge')).toHaveLength(300);
  });

  it('textKey keeps texts apart exactly, lone surrogates included', () => {
    const a = 'y'.repeat(5_000);
    expect(textKey(a)).toBe(textKey('y'.repeat(5_000)));
    expect(textKey(a)).not.toBe(textKey(`${a.slice(1)}z`));
    expect(textKey(`${a}\ud800`)).not.toBe(textKey(`${a}\udbff`));
    expect(textKey('short')).not.toBe(textKey(textKey(a)));
    expect(textKey(a).length).toBeLessThan(100);
  });
});

describe('a forged report at the schema caps', () => {
  it('500 models × 20,000 findings (~2.7 MB): validated and rendered, within the comment limit', () => {
    const text = JSON.stringify(forged(500, 4, 20_000));
    expect(text.length).toBeGreaterThan(2_500_000);
    const parsed = parseReport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Counts and verdict are recomputed from the findings, not taken from the artifact.
    expect(parsed.report.passed).toBe(false);
    expect(parsed.report.counts.errors).toBe(6_667);
    const { markdown } = renderComment(parsed.report, { commentKey: 'default' });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain('## ❌ mlgate: promotion blocked');
    expect(markdown).toContain('500 models · 1000/2000 gates passed');
    const summary = renderComment(parsed.report, {
      commentKey: 'default',
      maxChars: 1_000_000,
      fold: false,
    });
    expect(summary.markdown).toContain('### Models: 500 failing');
  });
});

describe('the time budget (publish and merge mode)', () => {
  /** A clock that moves `step` ms each time it is read. */
  const ticking = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it('stops rendering at a checkpoint once the budget is spent, naming the step', () => {
    const budget = new Budget(50, ticking(10));
    const report = validated(forged(20, 2, 100));
    expect(() =>
      budget.measure('rendering the comment', () =>
        renderComment(report, { commentKey: 'default', budget }),
      ),
    ).toThrow(BudgetExceeded);
    expect(() => budget.check()).toThrow(/rendering the comment took longer than the 50 ms/);
  });

  it('counts only the measured steps, and adds them up', () => {
    const budget = new Budget(25, ticking(10));
    expect(budget.measure('validating the report', () => 1)).toBe(1); // 10 ms
    budget.check(); // outside any step: nothing counted
    expect(budget.measure('rendering', () => 2)).toBe(2); // 20 ms
    expect(() => budget.measure('rendering the summary', () => 3)).toThrow(
      /rendering the summary took longer/,
    );
  });

  it('a report that renders within the budget is unchanged by it', () => {
    const report = validated(forged(3, 2, 10));
    const budget = new Budget(1e9);
    expect(
      budget.measure('rendering', () => renderComment(report, { commentKey: 'k', budget })),
    ).toEqual(renderComment(report, { commentKey: 'k' }));
  });
});
