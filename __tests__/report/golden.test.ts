import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { run } from '../pipeline/memory.js';
import { failing, history, mixed, passing } from '../pipeline/scenarios.js';

describe('golden comments, end to end through the real pipeline', () => {
  it.each([
    ['passing', passing, true],
    ['failing', failing, false],
    ['mixed', mixed, true],
    ['history', history, false],
  ] as const)('%s PR', async (name, trees, passed) => {
    const report = await run(trees);
    expect(report.passed).toBe(passed);
    const { markdown, warnings } = renderComment(report, { commentKey: 'default' });
    expect(warnings).toEqual([]);
    await expect(markdown).toMatchFileSnapshot(`./__golden__/${name}.md`);
    await expect(renderText(report)).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });
});
