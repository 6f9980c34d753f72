import { describe, expect, it } from 'vitest';
import { Limits } from '../../src/constants.js';
import { code, escapeCell, escapeText, fenced } from '../../src/report/escape.js';
import { renderComment } from '../../src/report/markdown.js';
import { run } from '../pipeline/memory.js';

/** Structural checks: every table is whole, fences and <details> are balanced. */
function assertWellFormed(md: string): void {
  const lines = md.split('\n');
  expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
    // A table starts here: a header, a delimiter row, then rows with the same cell count.
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(lines[i + 1]).toMatch(/^\|( *:?-+:? *\|)+$/);
    let j = i;
    while (lines[j]?.startsWith('|')) {
      expect(cells(lines[j])).toBe(cells(lines[i]));
      expect(lines[j].endsWith('|')).toBe(true);
      j++;
    }
    expect(lines[j] ?? '').toBe('');
  }
}

function bigTrees(slices: number, models: number, nameLength = 8) {
  const metrics: Record<string, unknown> = { auc: 0.9 };
  const s: Record<string, unknown> = {};
  for (let i = 0; i < slices; i++) {
    s[`s${String(i).padStart(5, '0')}${'x'.repeat(nameLength)}`] = { recall: (i % 100) / 100 };
  }
  metrics.slices = s;
  const text = JSON.stringify(metrics);
  const base = JSON.stringify({
    ...metrics,
    auc: 0.91,
    slices: Object.fromEntries(Object.entries(s).map(([k]) => [k, { recall: 0.5 }])),
  });
  const modelYaml = Array.from(
    { length: models },
    (_, m) => `  - name: model-${String(m).padStart(4, '0')}
    metrics: m${m}.json
    gates:
      - { metric: auc, min: 0.95 }
      - { metric: "slices.*.recall", min: 0.5 }
      - { metric: auc, vs: production }
`,
  ).join('');
  const cfg = `version: 1\nmodels:\n${modelYaml}`;
  const files = (t: string) =>
    Object.fromEntries(Array.from({ length: models }, (_, m) => [`m${m}.json`, t]));
  return {
    base: { '.mlgate.yml': cfg, ...files(base) },
    head: { '.mlgate.yml': cfg, ...files(text) },
  };
}

describe('size budget', () => {
  it.each([
    ['thousands of gates and metric rows in one model', 5000, 1, 8],
    ['hundreds of models', 40, 300, 8],
    ['very long metric names', 300, 3, 5000],
  ])(
    '%s: ≤ 65,536 characters, never cut inside a table or block',
    async (_n, slices, models, len) => {
      const report = await run(bigTrees(slices, models, len));
      const { markdown, warnings } = renderComment(report, { commentKey: 'default' });
      expect(markdown.length).toBeLessThanOrEqual(Limits.commentChars);
      expect(
        markdown.startsWith('<!-- mlgate:v1 key=default -->\n## ❌ mlgate: promotion blocked'),
      ).toBe(true);
      expect(warnings.every((w) => /comment (shortened|truncated)/.test(w))).toBe(true);
      assertWellFormed(markdown);
    },
    // Thousands of gates through the whole pipeline: slow on a loaded 2-core machine, not stuck.
    180_000,
  );

  it('a small budget still yields a well-formed comment with the verdict', async () => {
    const report = await run(bigTrees(50, 2));
    const { markdown } = renderComment(report, { commentKey: 'default', maxChars: 4000 });
    expect(markdown.length).toBeLessThanOrEqual(4000);
    expect(markdown).toMatch(/promotion blocked/);
    assertWellFormed(markdown);
  });
});

describe('user text is escaped', () => {
  const nasty = {
    'a|b': 1,
    '<script>alert(1)</script>': 2,
    '@someone': 3,
    'multi\nline': 4,
    '![img](http://x)': 5,
  };
  const cfg = `version: 1
models:
  - name: churn
    metrics: m.json
    gates:
      - { metric: "a|b", min: 2, name: "ping @octocat <b>bold</b> | pipe" }
      - { metric: "<script>alert(1)</script>", min: 3 }
      - { metric: "@someone", min: 4 }
      - { metric: "multi\\nline", min: 5 }
      - { metric: "![img](http://x)", min: 6 }
`;
  const files = (v: number) => ({
    '.mlgate.yml': cfg,
    'm.json': JSON.stringify(Object.fromEntries(Object.entries(nasty).map(([k, x]) => [k, x + v]))),
  });

  it('no raw HTML, no live mentions, no row breaks, pipes escaped in cells', async () => {
    const report = await run({ base: files(0), head: files(-1) });
    expect(report.models[0].gates.every((g) => g.status === 'fail')).toBe(true);
    const { markdown } = renderComment(report, { commentKey: 'default' });
    // Inside code spans GitHub shows `<script>` as text; outside them it must be escaped.
    const outsideCode = markdown.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toMatch(/<script>/);
    expect(outsideCode).not.toMatch(/<b>/);
    expect(markdown).toContain('&lt;script&gt;');
    expect(markdown).not.toMatch(/@(someone|octocat)/);
    expect(outsideCode).not.toMatch(/(^|[^\\])!\[img\]/m);
    expect(markdown).toContain('a\\|b');
    assertWellFormed(markdown);
    // Each failing-gate item stays on one line.
    const items = markdown.split('\n').filter((l) => l.startsWith('- ❌'));
    expect(items).toHaveLength(5);
  });
});

describe('model notes', () => {
  it('are capped with a pointer to the report JSON', async () => {
    const cms = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `c${String(i).padStart(2, '0')}`,
        { tp: 0, fp: 0, fn: 0, tn: 0 },
      ]),
    );
    const cfg =
      'version: 1\nmodels:\n  - name: m\n    metrics: m.json\n    gates:\n      - { metric: "*.precision", min: 0.5 }\n';
    const report = await run({
      base: null,
      head: { '.mlgate.yml': cfg, 'm.json': JSON.stringify(cms) },
    });
    expect(report.models[0].notes.length).toBe(100);
    expect(
      report.models[0].gates.every((g) => g.status === 'fail' && /is NaN/.test(g.message)),
    ).toBe(true);
    const { markdown } = renderComment(report, { commentKey: 'default' });
    expect(markdown).toContain('> … and 92 more notes in the report JSON.');
    expect((markdown.match(/is undefined \(/g) ?? []).length).toBe(8);
  });
});

describe('code spans in messages stay code spans', () => {
  it.each<[string, string, string]>([
    ['a name in a message', 'item `leakage` is missing', 'item `leakage` is missing'],
    ['markdown inside the span is literal', 'column `a_b*c`', 'column `a_b*c`'],
    ['HTML inside the span is literal', 'x `<img src=x>` y', 'x `<img src=x>` y'],
    ['mentions are broken inside too', 'by `@octocat`', 'by `@\u200boctocat`'],
    ['outside the span, escaping as before', 'a_b `c` <d>', 'a\\_b `c` &lt;d&gt;'],
    ['an unpaired backtick is escaped', 'a ` b', 'a \\` b'],
    ['a span cannot cross lines', 'a `b\nc` d', 'a \\`b c\\` d'],
  ])('%s', (_, text, md) => {
    expect(escapeText(text)).toBe(md);
  });

  it('a pipe inside a span in a table cell is escaped', () => {
    expect(escapeCell('x `a|b`')).toBe('x `a\\|b`');
  });
});

describe('bare URLs stay text: GitHub would link them (its autolink extension)', () => {
  it.each<[string, string]>([
    ['https://evil.example/login', 'https\\://evil.example/login'],
    ['see HTTP://EVIL.example', 'see HTTP\\://EVIL.example'],
    ['ftp://x.example and mlflow://runs/1', 'ftp\\://x.example and mlflow\\://runs/1'],
    ['www.evil.example', 'www\\.evil.example'],
    ['(WWW.evil.example)', '(WWW\\.evil.example)'],
    ['_www.evil.example', '\\_www\\.evil.example'],
    ['[a](https://evil.example)', '\\[a\\](https\\://evil.example)'],
  ])('%s', (text, md) => {
    expect(escapeText(text)).toBe(md);
    expect(escapeCell(text)).toBe(md);
  });

  it('leaves names with dots and colons alone', () => {
    expect(escapeText('slices.www_eu.recall a:b 1:2')).toBe('slices.www\\_eu.recall a:b 1:2');
    expect(escapeText('awww.x')).toBe('awww.x');
  });

  it('code spans are never links: their URLs are left as written', () => {
    expect(escapeText('see `https://x.example`')).toBe('see `https://x.example`');
  });
});

describe('bidi overrides and zero-width characters are made visible (issue 9, point 14)', () => {
  const hidden = 'auc\u202egnp.\u202c\u200b\u2066x\u2069\ufeff';
  it.each([
    ['escapeText', escapeText],
    ['escapeCell', escapeCell],
    ['code', code],
    ['fenced', (t: string) => fenced(t)],
  ])('%s', (_name, escape) => {
    const out = escape(hidden);
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069\ufeff]/);
    expect(out).toContain('⟨U+202E⟩');
    expect(out).toContain('⟨U+200B⟩');
    expect(out).toContain('⟨U+FEFF⟩');
  });

  it('keeps the zero-width space mlgate itself inserts to break mentions', () => {
    expect(escapeText('@octocat')).toBe('@\u200boctocat');
  });
});
