/**
 * The report JSON writer: a normal report is indented JSON; a report with long arrays (a wildcard
 * gate over every slice) comes in chunks, its long arrays compact, and reads back the same.
 */
import { describe, expect, it } from 'vitest';
import { jsonChunks, MAX_REPORT_STRING, toJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';
import { run } from '../pipeline/memory.js';
import { failing } from '../pipeline/scenarios.js';

/** A report with `n` gate results on one model (each a copy of a real result). */
async function withResults(n: number): Promise<Report> {
  const report = await run(failing);
  const model = report.models[0];
  const one = model.gates[0];
  model.gates = Array.from({ length: n }, (_, i) => ({ ...one, metric: `slices.s${i}.recall` }));
  return report;
}

describe('report JSON', () => {
  it('writes a normal report indented, in one chunk', async () => {
    const report = await run(failing);
    const chunks = [...jsonChunks(report)];
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('writes long arrays compact, in chunks, and reads back the same data', async () => {
    const report = await withResults(2_500);
    const chunks = [...jsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(25);
    const text = chunks.join('');
    expect(text).toBe(toJson(report));
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    // The rest stays indented: the verdict is on a line of its own.
    expect(text).toMatch(/\n {2}"passed": false,\n/);
    // 2,500 results: 25 lines of 100.
    const gateLines = text.split('\n').filter((l) => /^ +\{"metric":/.test(l));
    expect(gateLines).toHaveLength(25);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200_000);
  });

  it('writes NaN as null and cuts an overlong string, in a long array too', async () => {
    const report = await withResults(1_500);
    report.models[0].gates[1_200].value = NaN;
    report.models[0].gates[1_201].message = 'm'.repeat(MAX_REPORT_STRING + 10);
    const back = JSON.parse(toJson(report)) as Report;
    expect(back.models[0].gates[1_200].value).toBeNull();
    expect(back.models[0].gates[1_201].message).toHaveLength(MAX_REPORT_STRING);
    expect(back.models[0].gates[1_201].message.endsWith('…')).toBe(true);
  });
});
