import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/formats/data.js';

const good = `version: 1
models:
  - name: churn
    metrics: m.json
    gates:
      - { metric: auc, min: 0.8 }
      - { metric: f1, min: 0.5 }
`;

// The YAML slips people make by hand get the line and what to do, not only the parser's words.
describe('hand-written YAML errors say what to do', () => {
  it.each<[string, string, number, RegExp]>([
    [
      'list key indented one space too little',
      good.replace('    gates:', '   gates:'),
      5,
      /check the indentation/,
    ],
    [
      'list items at different columns',
      good.replace('      - { metric: f1', '     - { metric: f1'),
      7,
      /check the indentation/,
    ],
    ['a tab as indentation', good.replace('    gates:', '\tgates:'), 5, /not tabs/],
    [
      'no space after the colon',
      good.replace('metrics: m.json', 'metrics:m.json'),
      4,
      /space after the colon/,
    ],
  ])('%s', (_, text, line, hint) => {
    const r = parseData(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(line);
    expect(r.message).toMatch(/^not valid YAML\/JSON: /);
    expect(r.message).toMatch(hint);
  });

  it('an unrelated error gets no indentation hint', () => {
    const r = parseData('a: [1, 2\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).not.toMatch(/indentation/);
  });
});
