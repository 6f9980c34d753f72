import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';

const ok = `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    gates:
      - { metric: auc, min: 0.82 }
      - { metric: auc, vs: production, max_drop: 0.005 }
`;

describe('loadConfig', () => {
  it('accepts a valid config and finds gate lines', () => {
    const res = loadConfig('.mlgate.yml', ok);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.loaded.config.models[0].gates).toHaveLength(2);
    expect(res.loaded.gateLine(0, 1)).toBe(7);
  });

  it.each([
    [
      'unknown key with a hint',
      ok.replace('min: 0.82', 'mni: 0.82'),
      6,
      /unknown key "mni" \(did you mean "min"\?\)/,
    ],
    ['unknown top-level key', ok + 'modles: []\n', 8, /unknown key "modles"/],
    [
      'wrong version',
      ok.replace('version: 1', 'version: 2'),
      1,
      /version: expected 1, got 2 \(a number\)$/,
    ],
    [
      'wrong type',
      ok.replace('min: 0.82', 'min: high'),
      6,
      /min: expected number, got "high" \(a string\)$/,
    ],
    [
      'a quoted number',
      ok.replace('min: 0.82', 'min: "0.82"'),
      6,
      /min: expected number, got "0.82" \(a string\); write the number without quotes$/,
    ],
    [
      'bad enum',
      ok.replace('vs: production', 'vs: prod'),
      7,
      /vs: expected one of "production", "baseline", "history", got "prod" \(a string\) \(did you mean "production"\?\)$/,
    ],
    [
      'level: warning for warn',
      ok.replace('min: 0.82', 'min: 0.82, level: warning'),
      6,
      /level: expected one of "error", "warn", "off", got "warning" \(a string\) \(did you mean "warn"\?\)$/,
    ],
    [
      'missing metrics',
      ok.replace('    metrics: models/churn/metrics.json\n', ''),
      3,
      /missing required key "metrics"/,
    ],
    [
      'max_drop without vs',
      ok.replace('vs: production, ', ''),
      7,
      /`max_drop` needs `vs: production`/,
    ],
    [
      'gate with no threshold',
      ok.replace('{ metric: auc, min: 0.82 }', '{ metric: auc }'),
      6,
      /no threshold/,
    ],
    ['duplicate keys', ok.replace('min: 0.82', 'min: 0.82, min: 0.9'), 6, /unique|duplicate/i],
    ['malformed YAML', 'version: 1\nmodels: [\n', 3, /not valid YAML/],
    [
      '__proto__ key',
      ok.replace('- name: churn', '- __proto__: { polluted: 1 }\n    name: churn'),
      3,
      /__proto__/,
    ],
  ])('rejects %s with file, line and what was expected', (_name, text, line, message) => {
    const res = loadConfig('.mlgate.yml', text);
    expect(res.ok).toBe(false);
    const f = res.findings.find((x) => message.test(x.message));
    expect(f, JSON.stringify(res.findings)).toBeDefined();
    expect(f).toMatchObject({ level: 'error', check: 'config', file: '.mlgate.yml', line });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects two models with the same name', () => {
    const res = loadConfig('.mlgate.yml', ok + '  - { name: churn, metrics: b.json }\n');
    expect(res.ok).toBe(false);
    expect(res.findings[0].message).toMatch(/used twice/);
  });

  it('survives a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`,
      );
    const res = loadConfig('.mlgate.yml', bomb.join('\n'));
    expect(res.ok).toBe(false);
    expect(res.findings[0].message).toMatch(/alias|YAML/i);
  });
});
