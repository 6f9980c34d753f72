import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { generate } from '../../scripts/compile-schemas.mjs';

describe('precompiled schema validators', () => {
  const files = Object.entries(generate() as Record<string, string>);

  it('covers every schema mlgate validates with', () => {
    expect(files.map(([path]) => path).filter((p) => p.endsWith('.cjs'))).toHaveLength(6);
  });

  it.each(files)('%s is in sync with schemas/ (run `npm run schemas`)', (path, content) => {
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
