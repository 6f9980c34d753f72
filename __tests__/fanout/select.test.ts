import { describe, expect, it } from 'vitest';
import {
  modelEntries,
  parsePatterns,
  patternRegExp,
  selectModels,
} from '../../src/config/select.js';
import { checkThree, NAMES } from './three.js';

describe('model-name patterns', () => {
  it.each([
    ['churn', 'churn', true],
    ['churn', 'churn2', false],
    ['churn*', 'churn-eu', true],
    ['*-eu', 'churn-eu', true],
    ['churn.v?', 'churn.v2', true],
    ['churn.v?', 'churnxv2', false],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    ['*', 'anything at all', true],
    ['Churn', 'churn', false],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(patternRegExp(pattern).test(name)).toBe(expected);
  });

  it('splits the input on lines and commas, drops blanks and duplicates', () => {
    expect(parsePatterns(['churn, ranker\n\n  fraud* \nchurn'])).toEqual([
      'churn',
      'ranker',
      'fraud*',
    ]);
    expect(parsePatterns([''])).toEqual([]);
  });

  it('keeps config order and reports patterns that match nothing', () => {
    const got = selectModels(['a', 'b1', 'b2', 'c'], (x) => x, ['c', 'b*', 'zz']);
    expect(got).toEqual({ selected: ['b1', 'b2', 'c'], unmatched: ['zz'] });
  });

  it('lists each model with every file its checks read, once', () => {
    expect(
      modelEntries([
        {
          name: 'churn',
          metrics: 'm.json',
          baseline: 'b.json',
          production: 'base',
          manifest: 'model.yaml',
          contract: 'c.yaml',
          rollout: 'r.yaml',
          ledger: 'L.md',
        },
        { name: 'x', metrics: 'x.json', production: 'prod.json', baseline: 'x.json' },
      ]),
    ).toEqual([
      { name: 'churn', files: ['m.json', 'b.json', 'model.yaml', 'c.yaml', 'r.yaml', 'L.md'] },
      { name: 'x', files: ['x.json', 'prod.json'] },
    ]);
  });
});

describe('check with a model filter (a matrix job)', () => {
  it('checks only the models the filter names, and records the scope', async () => {
    const all = await checkThree();
    expect(all.models.map((m) => m.name)).toEqual(NAMES);
    expect(all.scope).toEqual({ models: NAMES });
    const one = await checkThree({ models: ['rank*'] });
    expect(one.models.map((m) => m.name)).toEqual(['ranker']);
    expect(one.scope).toEqual({ models: NAMES, filter: ['rank*'] });
    // The model's section is the same as in the full run.
    expect(one.models[0]).toEqual(all.models[1]);
  });

  it('a pattern matching no model in force is a config error naming it and the models', async () => {
    const r = await checkThree({ models: ['churn', 'chrun'] });
    expect(r.passed).toBe(false);
    expect(r.models.map((m) => m.name)).toEqual(['churn']);
    expect(r.findings).toContainEqual({
      level: 'error',
      check: 'config',
      file: '.mlgate.yml',
      message: 'model filter "chrun" matches no model in force (models: churn, ranker, fraud)',
    });
  });
});
