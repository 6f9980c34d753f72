import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, getInputs } from '../../src/inputs.js';

const env = (inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  GITHUB_WORKSPACE: '/ws',
  RUNNER_TEMP: '/runner/tmp',
  ...extra,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

describe('getInputs', () => {
  it('treats every empty input as its default (action.yml defaults do not apply off-runner)', () => {
    expect(getInputs(env({}))).toEqual({
      token: '',
      config: '.mlgate.yml',
      configSource: 'base',
      comment: true,
      commentKey: 'default',
      failOn: 'error',
      mode: 'check',
      report: join('/runner/tmp', 'mlgate-report.json'),
      models: [],
      reports: [],
      expectedModels: [],
    });
    expect(getInputs(env({ 'fail-on': '  ', comment: '' })).failOn).toBe('error');
  });

  it('reads every input by its runner name (hyphens kept, upper case)', () => {
    const s = getInputs(
      env({
        'github-token': 'ghs_x',
        config: 'ml/.mlgate.yml',
        'config-source': 'head',
        comment: 'FALSE',
        'comment-key': 'churn/py3.11',
        'fail-on': 'warning',
        mode: 'publish',
        report: 'out/report.json',
        models: 'churn,\n rank* ',
        reports: 'out/a.json\n\n /abs/dir ',
        'expected-models': 'churn, ranker',
        'max-file-mb': '12.5',
      }),
    );
    expect(s).toEqual({
      token: 'ghs_x',
      config: 'ml/.mlgate.yml',
      configSource: 'head',
      comment: false,
      commentKey: 'churn/py3.11',
      failOn: 'warning',
      mode: 'publish',
      report: join('/ws', 'out/report.json'),
      models: ['churn', 'rank*'],
      reports: [join('/ws', 'out/a.json'), '/abs/dir'],
      expectedModels: ['churn', 'ranker'],
      maxFileBytes: 12.5 * 1024 * 1024,
    });
  });

  it('keeps an absolute report path', () => {
    expect(getInputs(env({ report: '/abs/r.json' })).report).toBe('/abs/r.json');
  });

  it.each([
    ['fail-on', 'errors', 'one of "error", "warning", "never"'],
    ['mode', 'Publish', 'one of "check", "publish", "models", "merge"'],
    ['config-source', 'pr', 'one of "base", "head"'],
    ['comment', 'yes', '"true" or "false"'],
    ['comment', '1', '"true" or "false"'],
    ['comment-key', 'has space', 'characters from'],
    ['comment-key', 'a-->b', 'characters from'],
    ['comment-key', 'a--b', 'no "--"'],
    ['comment-key', 'x'.repeat(65), '1–64 characters'],
    ['max-file-mb', '0', 'a number of MiB above 0 and at most 64'],
    ['max-file-mb', '65', 'at most 64'],
    ['max-file-mb', '10MB', 'a number of MiB'],
  ])('rejects %s=%j naming the input, the value and what is expected', (input, value, expected) => {
    let error: unknown;
    try {
      getInputs(env({ [input]: value }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.input).toBe(input);
    expect(e.value).toBe(value);
    expect(e.message).toContain(`input "${input}": got "${value}"`);
    expect(e.message).toContain(expected);
  });

  it('falls back to the OS temp dir without RUNNER_TEMP', () => {
    const s = getInputs({ INPUT_MODE: 'check' });
    expect(s.report.endsWith('mlgate-report.json')).toBe(true);
  });
});
