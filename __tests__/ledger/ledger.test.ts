import { describe, expect, it } from 'vitest';
import { checkLedger, isPlaceholder, type LedgerInput } from '../../src/checks/ledger.js';
import { parseLedger, type LedgerDoc } from '../../src/formats/ledger.js';
import type { GateResult, MetricRow } from '../../src/types.js';

const entry = (n: number, title: string, movement = 'auc +0.002 (0.829 → 0.831)', extra = '') =>
  `## Iteration ${n}: ${title}\n\n- Change: change ${n}\n- Metric movement: ${movement}\n- Decision: promote\n${extra}`;

const BASE = `# Ledger\n\nIntro text.\n\n${entry(5, 'calibration')}\n${entry(6, 'tenure buckets')}`;

function doc(text: string, file = 'LEDGER.md'): LedgerDoc {
  const parsed = parseLedger(file, text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.doc;
}

const AUC: MetricRow = { metric: 'auc', base: 0.831, head: 0.843, change: 0.843 - 0.831 };

function check(head: string | null, over: Partial<LedgerInput> = {}, base: string | null = BASE) {
  return checkLedger({
    model: 'churn',
    file: 'LEDGER.md',
    format: 'markdown',
    head: head === null ? null : doc(head),
    base: base === null ? null : doc(base),
    policy: undefined,
    diff: [AUC],
    gates: [],
    baseValues: new Map([
      ['auc', 0.831],
      ['latency.p95_ms', 61],
    ]),
    headValues: new Map([
      ['auc', 0.843],
      ['latency.p95_ms', 61],
    ]),
    ...over,
  });
}

const rules = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.level} ${f.rule}`);

describe('parseLedger (markdown)', () => {
  it('reads sections and fields, skips the preamble and fenced examples', () => {
    const d = doc(
      `# Ledger\n\n\`\`\`markdown\n## Iteration 1: example\n- Change: x\n\`\`\`\n\n<!--\n## Iteration 2: hidden\n-->\n\n## Iteration 7: recency\n- **Change**: added\n  30-day aggregates\n- metric movement: auc +0.012\n\n## Notes from review\n- Decision: hold\n`,
    );
    expect(d.entries.map((e) => [e.key, e.iteration, e.title, e.line])).toEqual([
      ['Iteration 7: recency', 7, 'recency', 12],
      ['Notes from review', null, 'Notes from review', 17],
    ]);
    expect(d.entries[0].fields).toEqual([
      { name: 'Change', value: 'added 30-day aggregates', line: 13 },
      { name: 'metric movement', value: 'auc +0.012', line: 15 },
    ]);
  });

  it('reads CRLF files the same way', () => {
    const lf = doc(BASE);
    const crlf = doc(BASE.replace(/\n/g, '\r\n'));
    expect(crlf.entries.map((e) => e.content)).toEqual(lf.entries.map((e) => e.content));
  });
});

describe('parseLedger (YAML list)', () => {
  const yaml = `- iteration: 6\n  title: tenure buckets\n  change: tenure one-hot\n  metric_movement: auc +0.002\n  decision: promote\n\n- iteration: 7\n  title: recency\n  Change: recency aggregates\n  Metric movement: auc +0.012 (0.831 → 0.843)\n  Decision: promote\n`;

  it('reads a list of mappings with snake_case or spaced keys', () => {
    const d = doc(yaml, 'LEDGER.yaml');
    expect(d.format).toBe('yaml');
    expect(d.entries.map((e) => [e.key, e.title, e.line, e.endLine])).toEqual([
      ['Iteration 6', 'tenure buckets', 1, 5],
      ['Iteration 7', 'recency', 7, 11],
    ]);
    expect(d.entries[1].fields.map((f) => [f.name, f.line])).toEqual([
      ['Change', 9],
      ['Metric movement', 10],
      ['Decision', 11],
    ]);
  });

  it('accepts a mapping with an entries list', () => {
    expect(doc(`entries:\n  - iteration: 1\n    change: x\n`, 'l.yml').entries).toHaveLength(1);
  });

  it.each([
    ['not a list', 'change: x\n', /expected a list/],
    ['a scalar entry', '- hello\n', /entry 1: expected a mapping/],
    ['broken YAML', '- a: [1,\n', /./],
    ['duplicate keys', '- change: a\n  change: b\n', /./],
  ])('rejects %s', (_n, text, message) => {
    const r = parseLedger('l.yaml', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('applies every rule to the YAML form', () => {
    const base = `- iteration: 6\n  change: tenure\n  metric_movement: auc +0.002\n  decision: promote\n`;
    const edited =
      base.replace('tenure', 'tenure buckets') +
      `- iteration: 7\n  change: recency\n  metric_movement: auc -0.012\n  decision: ""\n`;
    const r = checkLedger({
      model: 'churn',
      file: 'l.yaml',
      format: 'yaml',
      head: doc(edited, 'l.yaml'),
      base: doc(base, 'l.yaml'),
      policy: undefined,
      diff: [AUC],
      gates: [],
      baseValues: new Map([['auc', 0.831]]),
      headValues: new Map([['auc', 0.843]]),
    });
    expect(rules(r).sort()).toEqual([
      'error ledger.append-only',
      'error ledger.required-field',
      'warning ledger.movement-contradiction',
    ]);
    expect(r.section.suggested).toMatch(
      /^- iteration: 7\n {2}title: "<short title>"\n {2}change: "recency"/,
    );
    expect(r.section.suggested).toMatch(/metric_movement: "auc \+0\.012 \(0\.831 → 0\.843\)"/);
  });

  it('reformatting YAML is not an edit', () => {
    const a = `- {iteration: 6, change: x, decision: promote}\n`;
    const b = `- iteration: 6\n  decision: promote\n  change: x\n`;
    const r = checkLedger({
      model: 'm',
      file: 'l.yaml',
      format: 'yaml',
      head: doc(b, 'l.yaml'),
      base: doc(a, 'l.yaml'),
      policy: undefined,
      diff: [],
      gates: [],
      baseValues: new Map(),
      headValues: new Map(),
    });
    expect(r.findings).toEqual([]);
  });
});

describe('checkLedger rules', () => {
  const NEW = `${BASE}\n${entry(7, 'recency features', 'auc +0.012 (0.831 → 0.843)')}`;

  it('a well-formed new entry: no findings, shown as a + diff', () => {
    const r = check(NEW);
    expect(r.findings).toEqual([]);
    expect(r.section.added).toEqual([
      {
        key: 'Iteration 7: recency features',
        title: 'recency features',
        iteration: 7,
        line: 17,
        missing: [],
      },
    ]);
    expect(r.section.diff[0]).toBe('@@ new: Iteration 7: recency features @@');
    expect(r.section.diff.slice(1).every((l) => l.startsWith('+'))).toBe(true);
    expect(r.section.diff).toContain('+- Metric movement: auc +0.012 (0.831 → 0.843)');
  });

  it('an edited past entry breaks append_only, at the changed line', () => {
    const head = NEW.replace('- Change: change 5', '- Change: change five');
    const r = check(head);
    expect(r.findings).toEqual([
      expect.objectContaining({
        level: 'error',
        rule: 'ledger.append-only',
        file: 'LEDGER.md',
        line: 7,
        message: expect.stringMatching(/"Iteration 5: calibration" was edited/),
      }),
    ]);
    expect(r.section.edited).toEqual([{ key: 'Iteration 5: calibration', line: 7 }]);
    expect(r.section.diff).toEqual(
      expect.arrayContaining([
        '-- Change: change 5',
        '+- Change: change five',
        ' - Decision: promote',
      ]),
    );
  });

  it('a removed past entry breaks append_only', () => {
    const head = NEW.replace(entry(5, 'calibration') + '\n', '');
    const r = check(head);
    expect(rules(r)).toEqual(['error ledger.append-only']);
    expect(r.findings[0].message).toMatch(
      /"Iteration 5: calibration" \(line 5 at base\) was removed/,
    );
    expect(r.section.removed).toEqual([{ key: 'Iteration 5: calibration', baseLine: 5 }]);
    expect(r.section.diff).toContain('-## Iteration 5: calibration');
  });

  it('append_only: false turns edits into notices', () => {
    const head = NEW.replace('change 5', 'change five');
    expect(rules(check(head, { policy: { append_only: false } }))).toEqual([
      'notice ledger.append-only',
    ]);
  });

  it('editing the preamble or trailing whitespace is not an edit', () => {
    const head = NEW.replace('Intro text.', 'Better intro.').replace('change 6', 'change 6   ');
    expect(check(head).findings).toEqual([]);
  });

  it.each([
    [
      'missing Decision',
      entry(7, 'x', 'auc +0.012').replace('- Decision: promote\n', ''),
      ['Decision'],
    ],
    ['empty Change', entry(7, 'x', 'auc +0.012').replace('change 7', ''), ['Change']],
    ['placeholder movement', entry(7, 'x', '<metric movement>'), ['Metric movement']],
    ['TODO decision', entry(7, 'x', 'auc +0.012').replace('promote', 'TODO'), ['Decision']],
  ])('required fields: %s', (_n, added, missing) => {
    const r = check(`${BASE}\n${added}`);
    expect(r.section.added[0].missing).toEqual(missing);
    expect(rules(r)).toEqual(missing.map(() => 'error ledger.required-field'));
  });

  it('required_fields from the policy', () => {
    const r = check(NEW, { policy: { required_fields: ['Change', 'Lesson captured'] } });
    expect(r.findings.map((f) => f.message)).toEqual([
      'new ledger entry "Iteration 7: recency features": required field "Lesson captured" is missing',
    ]);
  });

  it.each([
    [undefined, ['warning ledger.entry-required']],
    [true, ['error ledger.entry-required']],
    [false, []],
  ])('metrics changed, no new entry, require_entry_when_metrics_change %s', (flag, expected) => {
    const policy = flag === undefined ? {} : { require_entry_when_metrics_change: flag };
    const r = check(BASE, { policy });
    expect(rules(r)).toEqual(expected);
    if (expected.length) expect(r.findings[0].line).toBe(doc(BASE).entries[1].endLine);
  });

  it('no metric changed, no new entry: nothing to say', () => {
    expect(check(BASE, { diff: [] }).findings).toEqual([]);
  });

  it('a ledger new in this PR: every entry is new', () => {
    const r = check(NEW, {}, null);
    expect(r.section.baseEntries).toBeNull();
    expect(r.section.added.map((a) => a.iteration)).toEqual([5, 6, 7]);
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['auc +0.012 (0.831 → 0.843)', null],
    ['auc +0.01 (0.831 → 0.843)', null],
    ['AUC up: +0.012', null],
    [
      'auc -0.012 (0.843 → 0.831)',
      /states auc -0.012 but the measured change is \+0.012 \(0.831 → 0.843\)/,
    ],
    ['auc +0.05', /states auc \+0.05 but the measured change is \+0.012/],
    ['auc +0.012 (0.831 → 0.85)', /states auc 0.831 → 0.85/],
    ['auc +1.4%', null],
    ['auc -1.4%', /states auc -1.4%/],
    ['latency.p95_ms +5', /latency.p95_ms did not change \(61\)/],
    ['improved recall on new customers', null],
  ])('movement "%s"', (movement, expected) => {
    const r = check(`${BASE}\n${entry(7, 'recency', movement)}`);
    const warnings = r.findings.filter((f) => f.rule === 'ledger.movement-contradiction');
    if (expected === null) expect(warnings).toEqual([]);
    else {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ level: 'warning', line: 20 });
      expect(warnings[0].message).toMatch(expected);
    }
  });

  it('checks the newest of several new entries', () => {
    const head = `${BASE}\n${entry(7, 'a', 'auc -0.5')}\n${entry(8, 'b', 'auc +0.012')}`;
    expect(check(head).findings).toEqual([]);
  });
});

describe('suggested entry', () => {
  const gates: GateResult[] = [
    {
      metric: 'slices.old.recall',
      status: 'warn',
      level: 'warn',
      value: 0.68,
      reference: null,
      threshold: 0.7,
      message: 'slices.old.recall 0.68 < min 0.7',
      gate: 3,
    },
  ];
  const diff: MetricRow[] = [
    AUC,
    { metric: 'calibration_error', base: 0.031, head: 0.028, change: 0.028 - 0.031 },
    { metric: 'owner', base: 'a', head: 'b', change: null },
    { metric: 'slices.new.recall', base: 0.74, head: 0.77, change: 0.77 - 0.74 },
    { metric: 'slices.old.recall', base: 0.69, head: 0.68, change: 0.68 - 0.69 },
    { metric: 'throughput', base: null, head: 120, change: null },
  ];

  it('fills Metric and Slice movement from the measured diff and gates', () => {
    const r = check(BASE, { diff, gates });
    expect(r.section.suggested.split('\n').slice(0, 5)).toEqual([
      '## Iteration 7: <short title>',
      '- Change: <change>',
      '- Why this mattered: <why this mattered>',
      '- Metric movement: auc +0.012 (0.831 → 0.843); calibration_error -0.003 (0.031 → 0.028); throughput 120 (new)',
      '- Slice movement: slices.new.recall +0.03 (0.74 → 0.77); slices.old.recall -0.01 (0.69 → 0.68); warning: slices.old.recall 0.68 < min 0.7',
    ]);
    expect(r.section.suggested).toMatch(/- Decision: <promote \| hold \| roll back>\n/);
    expect(r.section.suggested.split('\n')).toHaveLength(14);
  });

  it('keeps what the PR already wrote, with the measured movement', () => {
    const r = check(`${BASE}\n${entry(7, 'recency', 'auc went up')}`, { diff });
    expect(r.section.suggested).toMatch(/^## Iteration 7: recency\n- Change: change 7\n/);
    expect(r.section.suggested).toMatch(/- Metric movement: auc \+0\.012/);
  });

  it.each([
    ['', true],
    ['  ', true],
    ['...', true],
    ['TBD', true],
    ['<fill in>', true],
    ['promote', false],
  ])('isPlaceholder(%j) = %s', (v, expected) => {
    expect(isPlaceholder(v)).toBe(expected);
  });
});
