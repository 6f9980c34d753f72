/**
 * SPEC §10 over every file kind: each hostile variant runs through the real pipeline without a
 * throw, becomes a finding naming the file (with a line where the file has lines), fails closed
 * where the file feeds a gate, and renders a safe comment.
 */
import { describe, expect, it } from 'vitest';
import { dump, findingsFor, runCase } from './harness.js';
import { KINDS } from './kinds.js';
import { payloadsFor } from './payloads.js';

for (const k of KINDS) {
  describe(`hostile ${k.kind} (SPEC §10)`, () => {
    for (const p of payloadsFor(k.format, k.valid)) {
      it(p.name, async () => {
        const { report } = await runCase(k.plant(p.text));
        if (p.maybeValid || (k.emptyOk && p.empty) || (k.multiDoc && p.name === 'multi-document'))
          return;
        // A finding names the file: as its `file`, or in the message of the gate it failed.
        const named = [
          ...findingsFor(report, k.file),
          ...(k.via ? findingsFor(report, k.via) : []),
        ];
        expect(named.length, dump(report)).toBeGreaterThan(0);
        if (k.level === 'error') {
          expect(
            named.some((f) => f.level === 'error'),
            dump(report),
          ).toBe(true);
          expect(report.passed).toBe(false);
        }
        if (p.lines && k.lines !== false)
          expect(
            named.some((f) => typeof f.line === 'number' && f.line > 0),
            dump(report),
          ).toBe(true);
      });
    }
  });
}

describe('the valid variant of every kind is read cleanly (the planting works)', () => {
  it.each(KINDS)('$kind', async (k) => {
    const { report } = await runCase(k.plant(k.valid));
    const errors = findingsFor(report, k.file).filter(
      // The fixtures need not satisfy the example's gates; what matters is that they are read.
      (f) => f.level === 'error' && f.check !== 'gate' && f.rule !== 'privacy.sensitive-feature',
    );
    expect(errors, dump(report)).toEqual([]);
  });
});
