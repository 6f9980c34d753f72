/**
 * Hostile variants of a file, by format. Sizes are bounded so every case finishes: 1 MB lines,
 * 100,000 list items, 10,000 levels of nesting — all under the 5 MiB file cap.
 */
import { EVIL } from './harness.js';

export type Format = 'yaml' | 'json' | 'toml' | 'csv' | 'md';

export interface Payload {
  name: string;
  text: string;
  /** The payload has lines a finding can point at (a reader expects a line number). */
  lines: boolean;
  /** The payload may be read as a valid file (BOM, CRLF): no finding is required. */
  maybeValid?: boolean;
  /** The payload is an empty document. */
  empty?: boolean;
}

const MB = 1024 * 1024;
const deepFlow = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}\n`;
const deepList = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}\n`;
const deepBlock = (n: number) =>
  Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n';

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

/** Variants every file kind gets, whatever its format. */
export function common(valid: string): Payload[] {
  return [
    { name: 'empty', text: '', lines: false, empty: true },
    { name: 'whitespace only', text: '  \n\t\n   \n', lines: false, empty: true },
    { name: 'binary (NUL bytes)', text: `\u0000\u0001\u0002PK\u0003\u0004${valid}`, lines: false },
    { name: 'over the size cap', text: 'x'.repeat(5 * MB + 10), lines: false },
    { name: 'BOM', text: `\uFEFF${valid}`, lines: true, maybeValid: true },
    { name: 'CRLF', text: valid.replace(/\n/g, '\r\n'), lines: true, maybeValid: true },
    { name: 'lone CR line ends', text: valid.replace(/\n/g, '\r'), lines: true, maybeValid: true },
    { name: '1 MB single line', text: `${'a'.repeat(MB)}\n`, lines: true },
    { name: 'U+FFFD prefix', text: `\uFFFD\uFFFD${valid}`, lines: true, maybeValid: true },
  ];
}

/** YAML / JSON variants. */
export function dataPayloads(valid: string, format: 'yaml' | 'json'): Payload[] {
  const yamlOnly: Payload[] =
    format === 'yaml'
      ? [
          { name: 'tab-indented YAML', text: 'a:\n\tb: 1\n', lines: true },
          { name: 'unclosed quote', text: 'name: "churn\nversion: 1\n', lines: true },
          { name: 'multi-document', text: `${valid}\n---\n${valid}`, lines: true },
          { name: 'YAML alias bomb', text: ALIAS_BOMB, lines: true },
          {
            name: 'merge-key bomb',
            text: 'a: &a {x: 1}\nb: &b {<<: [*a, *a, *a]}\nc: {<<: [*b, *b, *b, *b]}\n',
            lines: true,
          },
          { name: 'recursive alias', text: 'a: &a [*a]\n', lines: true },
          {
            name: 'js function tag',
            text: 'a: !!js/function "function(){ return 1 }"\n',
            lines: true,
          },
          {
            name: 'python object tag',
            text: 'a: !!python/object/apply:os.system ["id"]\n',
            lines: true,
          },
          { name: 'custom tag', text: '!Ref x: !Sub "${AWS::Region}"\n', lines: true },
          {
            name: 'YAML 1.1 typed tags (binary, set, omap, timestamp)',
            text: '%YAML 1.1\n---\na: !!binary aGVsbG8=\nb: !!set {x, y}\nc: !!omap [{k: 1}]\nd: !!timestamp 2001-12-14\ne: 0x1F\nf: yes\n',
            lines: true,
          },
          { name: '10,000-deep block nesting (bounded)', text: deepBlock(2000), lines: true },
          { name: 'non-string mapping key', text: '? [a, b]\n: 1\n', lines: true },
          { name: 'YAML NaN and Infinity', text: 'a: .nan\nb: .inf\nc: -.inf\n', lines: true },
        ]
      : [
          { name: 'JSON NaN literal', text: '{"auc": NaN, "x": Infinity}\n', lines: true },
          { name: 'JSON 1e999', text: '{"auc": 1e999, "x": -1e999}\n', lines: true },
          { name: 'trailing comma', text: '{"a": 1,}\n', lines: true },
          { name: 'JSON unterminated', text: '{"a": [1, 2\n', lines: true },
          { name: 'JSON with comments', text: '// hi\n{"a": 1}\n', lines: true },
        ];
  return [
    ...common(valid),
    ...yamlOnly,
    { name: 'malformed syntax', text: '{ [ : ,, ]] }}\n', lines: true },
    { name: 'scalar number', text: '42\n', lines: true },
    { name: 'scalar string', text: '"just a string"\n', lines: true },
    { name: 'null', text: 'null\n', lines: true, empty: true },
    { name: 'list instead of mapping', text: '[1, 2, 3]\n', lines: true },
    { name: 'list of nulls', text: '[null, null]\n', lines: true },
    { name: 'mapping of nulls', text: '{"a": null, "b": null}\n', lines: true },
    { name: 'duplicate keys', text: '{"a": 1, "a": 2}\n', lines: true },
    { name: '__proto__ key', text: '{"__proto__": {"polluted": true}}\n', lines: true },
    {
      name: 'nested __proto__ key',
      text: '{"a": {"b": {"__proto__": {"polluted": true}}}}\n',
      lines: true,
    },
    {
      name: 'constructor key',
      text: '{"constructor": {"prototype": {"polluted": 1}}}\n',
      lines: true,
    },
    { name: 'prototype key', text: '{"prototype": {"polluted": true}}\n', lines: true },
    { name: '10,000-deep flow mapping', text: deepFlow(10_000), lines: true },
    { name: '10,000-deep flow list', text: deepList(10_000), lines: true },
    {
      name: '100k list items',
      text: `{"items": [${Array.from({ length: 100_000 }, (_, i) => i).join(',')}]}\n`,
      lines: true,
    },
    {
      name: '100k keys',
      text: `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`).join(',')}}\n`,
      lines: true,
    },
    { name: '1 MB string value', text: `{"a": "${'b'.repeat(MB)}"}\n`, lines: true },
    {
      name: 'hostile text as keys and values',
      text: `${JSON.stringify({ [EVIL]: EVIL })}\n`,
      lines: true,
    },
  ];
}

export function tomlPayloads(valid: string): Payload[] {
  return [
    ...common(valid),
    { name: 'malformed TOML', text: 'auc = \n[[[x\n', lines: true },
    { name: 'duplicate TOML keys', text: 'auc = 1\nauc = 2\n', lines: true },
    { name: 'TOML nan/inf', text: 'auc = nan\nx = inf\ny = -inf\n', lines: true },
    { name: 'TOML __proto__ table', text: '[__proto__]\npolluted = true\n', lines: true },
    { name: 'TOML quoted __proto__', text: '"__proto__" = { polluted = true }\n', lines: true },
    {
      name: 'TOML constructor.prototype',
      text: '[constructor.prototype]\npolluted = 1\n',
      lines: true,
    },
    {
      name: 'TOML deep inline tables',
      text: `a = ${'{ b = '.repeat(3000)}1${' }'.repeat(3000)}\n`,
      lines: true,
    },
    {
      name: 'TOML deep arrays',
      text: `a = ${'['.repeat(10_000)}1${']'.repeat(10_000)}\n`,
      lines: true,
    },
    {
      name: 'TOML deep dotted key',
      text: `${Array.from({ length: 10_000 }, () => 'a').join('.')} = 1\n`,
      lines: true,
    },
    {
      name: 'TOML 100k array items',
      text: `a = [${Array.from({ length: 100_000 }, (_, i) => i).join(',')}]\n`,
      lines: true,
    },
    { name: 'TOML hostile keys', text: `${JSON.stringify(EVIL)} = 0.5\n`, lines: true },
  ];
}

export function csvPayloads(valid: string): Payload[] {
  return [
    ...common(valid),
    { name: 'CSV no header', text: 'auc,0.8\n', lines: true },
    { name: 'CSV wrong header', text: 'name,score\nauc,0.8\n', lines: true },
    { name: 'CSV unterminated quote', text: 'metric,value\n"auc,0.8\n', lines: true },
    { name: 'CSV NaN', text: 'metric,value\nauc,NaN\nx,Infinity\ny,-inf\n', lines: true },
    { name: 'CSV duplicate metric', text: 'metric,value\nauc,0.8\nauc,0.9\n', lines: true },
    {
      name: 'CSV __proto__ metric',
      text: 'metric,value\n__proto__.polluted,1\nconstructor.prototype.polluted,1\n',
      lines: true,
    },
    { name: 'CSV ragged rows', text: 'metric,value\nauc\nx,1,2,3,4,5\n', lines: true },
    {
      name: 'CSV 100k rows',
      text: `metric,value\n${Array.from({ length: 100_000 }, (_, i) => `m${i},${i}`).join('\n')}\n`,
      lines: true,
    },
    { name: 'CSV 100k columns', text: `metric,value\n${'a,'.repeat(100_000)}\n`, lines: true },
    {
      name: 'CSV hostile metric name',
      text: `metric,value\n${JSON.stringify(EVIL)},0.5\n`,
      lines: true,
    },
    { name: 'CSV empty path segments', text: 'metric,value\n..,1\na..b,2\n.,3\n', lines: true },
  ];
}

/** Markdown files with YAML front matter (model card) or sections (ledger). */
export function mdPayloads(valid: string): Payload[] {
  return [
    ...common(valid),
    { name: 'unterminated front matter', text: '---\nmodel-index:\n  - name: x\n', lines: true },
    { name: 'front matter alias bomb', text: `---\n${ALIAS_BOMB}---\n# x\n`, lines: true },
    {
      name: 'front matter __proto__',
      text: '---\n__proto__: {polluted: true}\n---\n',
      lines: true,
    },
    { name: 'front matter scalar', text: '---\n42\n---\n', lines: true },
    { name: 'front matter 10,000 deep', text: `---\n${deepList(10_000)}---\n`, lines: true },
    { name: 'hostile headings', text: `## Iteration 1: ${EVIL}\n- Change: ${EVIL}\n`, lines: true },
    {
      name: '100k headings',
      text: Array.from({ length: 20_000 }, (_, i) => `## Iteration ${i}: x\n- Change: y\n`).join(
        '',
      ),
      lines: true,
    },
    {
      name: '100k bullets',
      text: `## Iteration 1: x\n${'- Change: y\n'.repeat(100_000)}`,
      lines: true,
    },
    {
      name: 'unclosed fence',
      text: `## Iteration 1: x\n\`\`\`\n${'- Change: y\n'.repeat(10)}`,
      lines: true,
    },
    { name: 'huge heading', text: `## Iteration 1: ${'x'.repeat(MB)}\n`, lines: true },
  ];
}

export function payloadsFor(format: Format, valid: string): Payload[] {
  switch (format) {
    case 'yaml':
    case 'json':
      return dataPayloads(valid, format);
    case 'toml':
      return tomlPayloads(valid);
    case 'csv':
      return csvPayloads(valid);
    case 'md':
      return mdPayloads(valid);
  }
}
