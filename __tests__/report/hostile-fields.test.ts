/**
 * Publish mode renders a report JSON that a fork may have forged (SPEC §8, §11). Every string the
 * renderer prints — names, messages, paths and the enums the schema constrains (status, vs, of,
 * aggregate, bound, check, rule, kind) — goes through src/report/escape.ts, so whatever a field
 * holds comes out as inert text: no HTML, no live mention, no link or image, no new line or block,
 * no closed fold, no hidden or reordered text, no Mermaid directive.
 */
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/report/json.js';
import { renderComment } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { expectSafeComment, runCase, withoutCode } from '../hostile/harness.js';

/** One string with every trick: each must be neutralised wherever a field is printed. */
const HOSTILE = [
  'x</summary></details></sub>',
  '<img src=x onerror=alert(1)>',
  '<details open><summary>s</summary>',
  '<!-- hide the rest',
  '@octocat @org/team',
  '[link](https://evil.example/a) ![pic](https://evil.example/p.png)',
  '| cell | break |',
  '```',
  '**bold** _em_ ~~del~~ `code` \\',
  '%%{init: {"theme": "dark"}}%%',
  '"quoted"',
  '\u202egnp.exe\u202c \u200bzero\u2060width\ufeff',
  '\n# PWNED heading\r\n- PWNED item\n\n> PWNED quote\n',
].join(' ');

type Json = Record<string, unknown>;

/** Every string value in the report (object keys excepted) replaced by the hostile text. */
function poison(value: unknown): unknown {
  if (typeof value === 'string') return HOSTILE;
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]));
  return value;
}

/** The example repository's report, with every section, plus what it lacks: a history gate with
 * its trend, waiver commands, policy changes and a config note. */
async function fullReport(): Promise<Report> {
  const { report } = await runCase({});
  const r = JSON.parse(toJson(report)) as Report;
  const model = r.models[0];
  model.gates.push({
    metric: 'auc',
    status: 'fail',
    level: 'error',
    value: 0.85,
    reference: 0.87,
    threshold: 0.01,
    thresholdKind: 'max_drop',
    message: 'auc dropped 0.02 vs history',
    gate: model.gates.length,
    vs: 'history',
    window: 3,
    of: 'best',
    trend: [0.87, 0.866, 0.862],
  });
  r.config.note = 'note';
  r.policyChanges.push(
    { model: 'm', metric: 'auc', kind: 'loosened', flagged: true, before: 'a', after: 'b' },
    { model: 'm', metric: 'auc', kind: 'added', flagged: false, after: 'b' },
  );
  r.waivers = {
    entries: [
      {
        kind: 'waive',
        target: 't',
        by: 'u',
        at: '2026-01-01T00:00:00Z',
        url: 'https://github.com/o/r/pull/1#issuecomment-1',
        reason: 'r',
        expires: '2026-12-31',
        status: 'applied',
        detail: 'd',
      },
    ],
    state: {},
  };
  r.findings.push(
    { level: 'error', check: 'ledger', rule: 'ledger.x', model: model.name, message: 'm' },
    { level: 'warning', check: 'policy', rule: 'policy.y', file: 'f', line: 3, message: 'm' },
  );
  return r;
}

/** Allowed raw HTML: the renderer's own tags and its marker. */
const OWN_TAG =
  /^<(\/?(details|summary|sub|sup|br)|!-- mlgate:(v1 key=default|waivers [A-Za-z0-9_-]+) --)>/;

/** Mermaid lines are one of a few fixed shapes (one directive: the colours) with labels in a safe
 * alphabet. */
const LABEL = '"[A-Za-z0-9_.,:+\\- ]*"';
const NUM = '-?[0-9.e+-]+';
const MERMAID_LINE = new RegExp(
  `^(%%\\{init: \\{"themeVariables": \\{"xyChart": \\{"plotColorPalette": "#[0-9a-f]{6}(, #[0-9a-f]{6})*"\\}\\}\\}\\}%%|xychart-beta|  title ${LABEL}|  x-axis \\[${LABEL}(, ${LABEL})*\\]|  y-axis ${LABEL}( ${NUM} --> ${NUM})?|  (bar|line) \\[${NUM}(, ${NUM})*\\])$`,
);

function expectInert(md: string, maxChars?: number): void {
  expectSafeComment(md, maxChars);
  const prose = withoutCode(md);
  // Raw HTML: only the renderer's own tags, so nothing closes or opens a fold or a comment.
  for (const m of prose.matchAll(/<[A-Za-z!/?]/g)) {
    expect(prose.slice(m.index, m.index + 40)).toMatch(OWN_TAG);
  }
  expect((prose.match(/<details>/g) ?? []).length).toBe((prose.match(/<\/details>/g) ?? []).length);
  // No live mention anywhere (code spans and fences too: the bot never pings).
  expect(md).not.toMatch(/@[A-Za-z0-9_-]/);
  // Bidi controls and zero-width characters are shown as ⟨U+…⟩; U+200B only breaks a mention.
  expect(md.replace(/@\u200b/g, '@')).not.toMatch(
    /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/,
  );
  // No link or image from the report's text: brackets are escaped outside code.
  expect(prose).not.toMatch(/(^|[^\\])\]\(https:\/\/evil/m);
  expect(prose).not.toMatch(/(^|[^\\])!\[pic/m);
  // A newline in a field never starts a heading, a list item or a quote of its own.
  expect(prose).not.toMatch(/^\s*([#>]|[-*] |\d+\. )\s*PWNED/m);
  // Mermaid: a fixed grammar, nothing from the text but the safe alphabet.
  const blocks = md.match(/^```+mermaid\n[\s\S]*?\n```+$/gm) ?? [];
  for (const block of blocks)
    for (const line of block.split('\n').slice(1, -1)) expect(line).toMatch(MERMAID_LINE);
}

describe('a forged report renders inert', () => {
  it('the unpoisoned report has every section this test means to cover', async () => {
    const { markdown } = renderComment(await fullReport(), { commentKey: 'default' });
    for (const part of [
      '### Policy changes',
      '### Waivers',
      '#### Gates',
      'Metric diff',
      'Data contract',
      '#### Rollout',
      '#### Model manifest',
      'Review checklist',
      'Observation ledger',
      '```mermaid',
      'of 3)',
    ])
      expect(markdown).toContain(part);
  });

  it.each([
    ['the comment', true],
    ['the job summary (nothing folded)', false],
  ])('every string field hostile: %s', async (_name, fold) => {
    const forged = poison(await fullReport()) as Report;
    // A budget that keeps every section: the point is what each one prints.
    const { markdown } = renderComment(forged, { commentKey: 'default', fold, maxChars: 1e7 });
    expectInert(markdown, 1e7);
    // The fields were printed (escaped), not dropped: the payload shows many times.
    expect(markdown.match(/&lt;img src=x/g)?.length ?? 0).toBeGreaterThan(100);
    expect(markdown).toContain('⟨U+202E⟩');
  });

  it.each([
    ['gate status', (r: Json) => ((gate(r).status as string) = HOSTILE)],
    ['gate vs', (r: Json) => ((gate(r).vs as string) = HOSTILE)],
    ['gate of', (r: Json) => ((gate(r).of as string) = HOSTILE)],
    ['gate aggregate', (r: Json) => ((gate(r).aggregate as string) = HOSTILE)],
    ['gate bound', (r: Json) => ((gate(r).bound as string) = HOSTILE)],
    ['gate thresholdKind', (r: Json) => ((gate(r).thresholdKind as string) = HOSTILE)],
    [
      'finding check (named in the verdict of a blocked PR)',
      (r: Json) => {
        r.passed = false;
        (r.findings as Json[]).at(-2)!.check = HOSTILE;
      },
    ],
    ['finding level', (r: Json) => (((r.findings as Json[])[0].level as string) = HOSTILE)],
    ['policy kind', (r: Json) => (((r.policyChanges as Json[])[0].kind as string) = HOSTILE)],
  ])('one enum hostile, the rest valid: %s', async (name, edit) => {
    const r = (await fullReport()) as unknown as Json;
    edit(r);
    const { markdown } = renderComment(r as unknown as Report, { commentKey: 'default' });
    expectInert(markdown);
    if (name.startsWith('finding check')) expect(markdown).toMatch(/blocked by .*&lt;img src=x/);
  });
});

/** The history gate added by fullReport: the last of the first model's. */
function gate(r: Json): Json {
  const gates = (r.models as Json[])[0].gates as Json[];
  return gates[gates.length - 1];
}
