import { describe, expect, it } from 'vitest';
import { bodyHash, type WaiverSource, type WaiverState } from '../../src/checks/waivers.js';
import { parseWaiverCommands } from '../../src/formats/waivers.js';
import { renderComment } from '../../src/report/markdown.js';
import { verdict, type Report } from '../../src/report/model.js';
import { readState, stateLine, waiveReport, withoutWaivers } from '../../src/report/waivers.js';
import type { Finding, GateResult } from '../../src/types.js';

const NOW = new Date('2026-06-01T12:00:00Z');

function gate(value: number): GateResult {
  return {
    metric: 'auc',
    status: 'fail',
    level: 'error',
    value,
    reference: 0.83,
    threshold: 0.005,
    message: `auc dropped ${(0.83 - value).toFixed(3)} vs production`,
    gate: 0,
    vs: 'production',
  };
}

function report(value = 0.82, extra: Finding[] = []): Report {
  const g = gate(value);
  const findings: Finding[] = [
    {
      level: 'error',
      check: 'gate',
      model: 'churn',
      target: 'churn auc vs production',
      message: g.message,
    },
    {
      level: 'error',
      check: 'rollout',
      model: 'churn',
      rule: 'rollout.hold',
      file: 'r.yaml',
      message: 'hold too short',
    },
    ...extra,
  ];
  return {
    version: 1,
    ...verdict(findings, 'error'),
    failOn: 'error',
    pr: { number: 1, base: null, head: null },
    config: { file: '.mlgate.yml', source: 'base', waivers: {} },
    policyChanges: [],
    models: [
      {
        name: 'churn',
        state: 'existing',
        metricsFile: 'm.json',
        gates: [g],
        metrics: [],
        meta: {},
        notes: [],
      },
    ],
    findings,
    tool: { name: 'mlgate', version: '0' },
  };
}

let n = 1;
function source(body: string, over: Partial<WaiverSource> = {}): WaiverSource {
  const id = n++;
  return {
    id: `c${id}`,
    author: 'lead',
    at: `2026-05-01T00:00:${String(id).padStart(2, '0')}Z`,
    url: `https://github.test/o/r/pull/1#issuecomment-${id}`,
    hash: bodyHash(body),
    edited: false,
    commands: parseWaiverCommands(body),
    refused: null,
    ...over,
  };
}

const run = (r: Report, sources: WaiverSource[], state: WaiverState | null = {}) =>
  waiveReport(r, { policy: r.config.waivers ?? {}, sources, state, edit: null, now: NOW });

describe('waiveReport', () => {
  it('a gate waiver covers the gate and its finding; the rest still blocks', () => {
    const out = run(report(), [source('/mlgate waive churn auc vs production reason: ok')]);
    expect(out.models[0].gates[0]).toMatchObject({
      status: 'waived',
      waiver: { by: 'lead', was: 'fail' },
    });
    expect(out.counts).toMatchObject({ errors: 1, waived: 1 });
    expect(out.passed).toBe(false);
    const both = run(report(), [
      source(
        '/mlgate waive churn auc vs production reason: ok\n/mlgate waive rollout.hold reason: staged',
      ),
    ]);
    expect(both.passed).toBe(true);
    expect(both.counts).toMatchObject({ errors: 0, waived: 2 });
  });

  it.each([
    ['refused', { refused: 'nope' }, 'refused'],
    ['edited before it was seen', { edited: true }, 'ignored'],
  ])('%s', (_what, over, status) => {
    const out = run(report(), [source('/mlgate waive rollout.hold reason: ok', over)]);
    expect(out.passed).toBe(false);
    expect(out.waivers!.entries[0].status).toBe(status);
  });

  it('a name that matches nothing is pinned empty: a later failure is not covered', () => {
    const s = source('/mlgate waive churn psi reason: later');
    const first = run(report(), [s]);
    expect(first.waivers!.entries[0].status).toBe('unmatched');
    const later = report(0.82, [
      { level: 'error', check: 'gate', model: 'churn', target: 'churn psi', message: 'psi 0.3' },
    ]);
    const second = run(later, [s], first.waivers!.state);
    expect(second.waivers!.entries[0].status).toBe('changed');
  });

  it('the pinned value survives the round trip through the comment; a new value blocks', () => {
    const s = source('/mlgate waive churn auc vs production reason: ok');
    const first = run(report(0.82), [s]);
    const md = renderComment(first, { commentKey: 'default' }).markdown;
    const state = readState(md);
    expect(state).toEqual(first.waivers!.state);
    expect(run(report(0.82), [s], state).counts.waived).toBe(1);
    const moved = run(report(0.8), [s], state);
    expect(moved.counts.waived).toBe(0);
    expect(moved.waivers!.entries[0].status).toBe('changed');
  });

  it('a text change mlgate did not see is ignored; the author re-editing applies again', () => {
    const s = source('/mlgate waive rollout.hold reason: ok');
    const state = run(report(), [s]).waivers!.state;
    const changed = {
      ...s,
      hash: bodyHash('other'),
      commands: parseWaiverCommands('/mlgate waive rollout.hold reason: other'),
    };
    expect(run(report(), [changed], state).waivers!.entries[0].status).toBe('ignored');
    const byAuthor = waiveReport(report(), {
      policy: {},
      sources: [changed],
      state,
      edit: { source: s.id, by: 'Lead' },
      now: NOW,
    });
    expect(byAuthor.counts.waived).toBe(1);
    const byOther = waiveReport(report(), {
      policy: {},
      sources: [changed],
      state,
      edit: { source: s.id, by: 'someone' },
      now: NOW,
    });
    expect(byOther.waivers!.state[s.id]).toBe('ignored');
    expect(run(report(), [changed], byOther.waivers!.state).counts.waived).toBe(0);
  });

  it("without a record (mlgate's comment deleted) a waiver is ignored for good, not re-pinned", () => {
    const s = source('/mlgate waive churn auc vs production reason: ok');
    const lost = run(report(0.8), [s], null);
    expect(lost.counts.waived).toBe(0);
    expect(lost.waivers!.entries[0]).toMatchObject({ status: 'ignored' });
    expect(lost.waivers!.entries[0].detail).toMatch(/no record/);
    expect(run(report(0.8), [s], lost.waivers!.state).counts.waived).toBe(0);
    expect(readState('no line here')).toBeNull();
  });

  it('unwaive withdraws an earlier waiver; a later waive replaces it', () => {
    const w = source('/mlgate waive rollout.hold reason: ok');
    const u = source('/mlgate unwaive rollout.hold', { author: 'other' });
    const out = run(report(), [u, w].reverse());
    expect(out.waivers!.entries.map((e) => e.status)).toEqual(['withdrawn', 'applied']);
    expect(out.counts.waived).toBe(0);
  });

  it('require_ledger: a waiver without a ledger entry naming it is an error that cannot be waived', () => {
    const r = report();
    r.config.waivers = { require_ledger: true };
    const out = run(r, [
      source('/mlgate waive rollout.hold reason: ok\n/mlgate waive waivers.ledger reason: x'),
    ]);
    const f = out.findings.find((x) => x.rule === 'waivers.ledger');
    expect(f?.message).toMatch(/has no ledger/);
    expect(f?.status).toBeUndefined();
    expect(out.passed).toBe(false);
  });

  it('withoutWaivers (publish mode) undoes every waiver an artifact claims', () => {
    const waived = run(report(), [
      source(
        '/mlgate waive churn auc vs production reason: ok\n/mlgate waive rollout.hold reason: ok',
      ),
    ]);
    expect(waived.passed).toBe(true);
    const plain = withoutWaivers(waived);
    expect(plain.passed).toBe(false);
    expect(plain.counts).toMatchObject({ errors: 2, waived: 0 });
    expect(plain.models[0].gates[0].status).toBe('fail');
    expect(plain.models[0].gates[0].waiver).toBeUndefined();
    expect(plain.findings.some((f) => f.status || f.waiver)).toBe(false);
    expect(plain.waivers).toBeUndefined();
    expect(renderComment(plain, { commentKey: 'default' }).markdown).not.toContain(
      'mlgate:waivers',
    );
  });

  it('the state line reads back only what it wrote; junk is no state', () => {
    expect(readState(stateLine({ c1: 'ignored', r2: { h: 'x', p: { t: ['a'] } } }))).toEqual({
      c1: 'ignored',
      r2: { h: 'x', p: { t: ['a'] } },
    });
    expect(readState('<!-- mlgate:waivers !!! -->')).toBeNull();
    expect(readState('<!-- mlgate:waivers AAAA -->')).toEqual({});
    const evil = Buffer.from('{"__proto__":{"x":1},"zz":1,"c3":{"h":1}}').toString('base64url');
    expect(readState(`<!-- mlgate:waivers ${evil} -->`)).toEqual({});
  });
});
