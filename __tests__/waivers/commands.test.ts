import { describe, expect, it } from 'vitest';
import { isExpired, parseWaiverCommands } from '../../src/formats/waivers.js';

describe('parseWaiverCommands', () => {
  it.each([
    [
      '/mlgate waive churn auc vs production reason: known slice tradeoff',
      [
        {
          kind: 'waive',
          target: 'churn auc vs production',
          reason: 'known slice tradeoff',
          line: 1,
        },
      ],
    ],
    [
      'Thanks!\n\n/mlgate waive `rollout.hold` reason: canary in staging expires: 2026-12-31',
      [
        {
          kind: 'waive',
          target: 'rollout.hold',
          reason: 'canary in staging',
          expires: '2026-12-31',
          line: 3,
        },
      ],
    ],
    [
      '/MLGATE  Waive  Churn   AUC vs Production  Reason:  ok  ',
      [{ kind: 'waive', target: 'churn auc vs production', reason: 'ok', line: 1 }],
    ],
    [
      '/mlgate unwaive checklist.leakage',
      [{ kind: 'unwaive', target: 'checklist.leakage', line: 1 }],
    ],
    [
      '  /mlgate waive x reason: indented by two is still text',
      [{ kind: 'waive', target: 'x', reason: 'indented by two is still text', line: 1 }],
    ],
  ])('%j', (body, expected) => {
    expect(parseWaiverCommands(body)).toEqual(expected);
  });

  it.each([
    ['quoted', '> /mlgate waive x reason: y'],
    ['nested quote', '> > /mlgate waive x reason: y'],
    ['fenced', '```\n/mlgate waive x reason: y\n```'],
    ['tilde fence', '~~~md\n/mlgate waive x reason: y\n~~~'],
    ['indented code', 'text\n\n    /mlgate waive x reason: y'],
    ['html comment', '<!-- /mlgate waive x reason: y -->'],
    ['multi-line html comment', '<!--\n/mlgate waive x reason: y\n-->'],
    ['inline code', 'use `/mlgate waive x reason: y` to waive'],
    ['mid-sentence', 'please /mlgate waive x reason: y'],
    ['another word', '/mlgate waiver x reason: y'],
  ])('%s: not a command', (_what, body) => {
    expect(parseWaiverCommands(body)).toEqual([]);
  });

  it.each([
    ['/mlgate waive churn auc', /reason:/],
    ['/mlgate waive churn auc reason:   ', /reason is empty/],
    ['/mlgate waive reason: because', /expected a target/],
    ['/mlgate waive x reason: y expires: 2026-02-30', /YYYY-MM-DD/],
    ['/mlgate waive x reason: y expires: tomorrow', /YYYY-MM-DD/],
    ['/mlgate unwaive', /target/],
  ])('%j is shown as not understood', (body, problem) => {
    const [c] = parseWaiverCommands(body);
    expect(c.kind).toBe('invalid');
    expect(c.kind === 'invalid' && c.problem).toMatch(problem);
  });

  it('expiry is inclusive of the day, in UTC', () => {
    expect(isExpired('2026-03-01', new Date('2026-03-01T23:59:59Z'))).toBe(false);
    expect(isExpired('2026-03-01', new Date('2026-03-02T00:00:00Z'))).toBe(true);
    expect(isExpired(undefined, new Date('2999-01-01T00:00:00Z'))).toBe(false);
  });
});
