/**
 * A passing PR's comment is read in ten seconds: at most 15 rendered lines above the first fold
 * (`<details>`), on the golden markdown itself, so a layout change that pushes detail up fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstFoldLines } from './fold.js';

const golden = (name: string) =>
  readFileSync(new URL(`./__golden__/${name}.md`, import.meta.url), 'utf8');

describe('first fold of the golden comments', () => {
  it('counts what GitHub shows as lines: no HTML comments, blank lines or table rules', () => {
    const md =
      '<!-- x -->\n## A\nb\n\n| h |\n| - |\n| c |\n\n<details><summary>s</summary>\n\nhidden\n';
    expect(firstFoldLines(md)).toEqual(['## A', 'b', '| h |', '| c |']);
  });

  it('a line with <br> is as many lines as it shows', () => {
    expect(firstFoldLines('a<br>\nb<br>\nc\n<details>')).toHaveLength(3);
  });

  it('the passing comment shows at most 15 lines before its first fold, verdict first', () => {
    const lines = firstFoldLines(golden('passing'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines[0]).toMatch(/^## ✅ mlgate: ready to promote/);
    // Each fact once: the counts line gives the gates, the model line the headline metric.
    expect(lines[1]).toMatch(/^11\/11 gates passed/);
    expect(lines[2]).toBe('✅ `churn` · `auc` 0.831 → 0.843 (+0.012)');
    // The rest of the report is there, folded.
    expect(golden('passing')).toMatch(/<details><summary>Full report: .*gates/);
  });

  it.each(['failing', 'mixed', 'history'])(
    'the %s comment leads with what needs attention',
    (name) => {
      const lines = firstFoldLines(golden(name));
      const heading = lines.findIndex((l) => /^### (Failing gates|Blocking|Warnings)/.test(l));
      expect(heading).toBeGreaterThan(0);
      expect(heading).toBeLessThan(4);
    },
  );
});
