import { describe, expect, it } from 'vitest';
import { Limits } from '../../src/constants.js';
import { parseData } from '../../src/formats/data.js';
import { parseJson } from '../../src/formats/json.js';

const TEXT = `{
  "auc": 0.84,
  "slices": {
    "a.b": { "recall": 0.7 },
    "esc\\"aped": {
      "recall": 0.6
    }
  },
  "list": [
    1,
    { "x": [ 2,
      3 ] }
  ]
}
`;

describe('JSON read with JSON.parse', () => {
  it('reads the data and finds lines on demand, as the YAML reader does', () => {
    const res = parseJson(TEXT);
    expect(res).not.toBeNull();
    if (!res?.ok) throw new Error('expected a parse');
    expect(res.data).toEqual({
      auc: 0.84,
      slices: { 'a.b': { recall: 0.7 }, 'esc"aped': { recall: 0.6 } },
      list: [1, { x: [2, 3] }],
    });
    const cases: [(string | number)[], number][] = [
      [[], 1],
      [['auc'], 2],
      [['slices'], 3],
      [['slices', 'a.b', 'recall'], 4],
      [['slices', 'esc"aped'], 5],
      [['slices', 'esc"aped', 'recall'], 6],
      [['list', 0], 10],
      [['list', 1, 'x', 1], 12],
      // A missing key or index: the nearest existing ancestor.
      [['slices', 'nope', 'recall'], 3],
      [['list', 7], 9],
      [['auc', 'deeper'], 2],
    ];
    for (const [path, line] of cases) expect([path, res.lineOf(path)]).toEqual([path, line]);
    // The YAML reader (this text as a YAML block mapping) finds the same lines.
    const asYaml = parseData('auc: 0.84\nslices:\n  a.b:\n    recall: 0.7\n');
    expect(asYaml.ok && asYaml.value.lineOf(['slices', 'a.b', 'recall'])).toBe(4);
    expect(asYaml.ok && asYaml.value.lineOf(['slices', 'nope'])).toBe(2);
  });

  it.each([
    ['top level', '{"a": 1,\n "b": 2,\n "a": 3}', 3, 'a'],
    ['nested, second object', '{"x": {"a": 1},\n "y": {"a": 1,\n  "a": 2}}', 3, 'a'],
    ['written with an escape', '[{"k": 1},\n {"k": 1, "\\u006b": 2}]', 2, 'k'],
    ['inside a list', '{"l": [\n {"m": {"p": 1, "q": 2}},\n {"m": {"p": 1,\n "p": 2}}]}', 4, 'p'],
  ])('reports a duplicate key (%s) with the line of its second use', (_n, text, line, key) => {
    expect(parseData(text)).toEqual({
      ok: false,
      line,
      message: `not valid YAML/JSON: duplicate key "${key}"; keys must be unique`,
    });
  });

  it('counts keys, not look-alike strings: a string value with a colon after it is no key', () => {
    const res = parseData('{"a": "b:", "c": ["d", "e:f"], "g": {"h": ":"}}');
    expect(res.ok && res.value.data).toEqual({ a: 'b:', c: ['d', 'e:f'], g: { h: ':' } });
  });

  it('refuses __proto__ keys and deep nesting with their lines', () => {
    const proto = parseData('{\n  "ok": 1,\n  "x": {\n    "__proto__": {"polluted": true}\n  }\n}');
    expect(proto).toEqual({ ok: false, line: 3, message: 'key "__proto__" is not allowed' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = parseData('{"a":\n' + '['.repeat(70) + ']'.repeat(70) + '}');
    expect(deep).toMatchObject({ ok: false, line: 2, message: 'nesting deeper than 64 levels' });
  });

  it.each([
    ['a YAML flow mapping', '{a: 1, b: [x, y]}', { a: 1, b: ['x', 'y'] }],
    ['a comment', '{"a": 1} # note', { a: 1 }],
    ['a YAML document', 'a: 1', { a: 1 }],
  ])('leaves %s to the YAML reader', (_n, text, data) => {
    expect(parseJson(text)).toBeNull();
    const res = parseData(text);
    expect(res.ok && res.value.data).toEqual(data);
  });

  it('reports broken JSON with the YAML reader’s message and line', () => {
    const res = parseData('{\n  "a": 1,\n  "b": [1, 2\n}\n');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.line).toBeGreaterThanOrEqual(3);
      expect(res.message).toMatch(/^not valid YAML\/JSON: /);
    }
  });
});

describe('size bounds', () => {
  it('parses YAML only up to the YAML bound; JSON of that size is read', () => {
    const yaml = `a: ${'x'.repeat(Limits.yamlBytes)}\n`;
    expect(parseData(yaml)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^YAML file of \d+ bytes is over the 5242880-byte YAML limit .*write large data as JSON$/,
      ),
    });
    const json = JSON.stringify({ a: 'x'.repeat(Limits.yamlBytes) });
    const read = parseData(json);
    expect(read.ok && (read.value.data as { a: string }).a.length).toBe(Limits.yamlBytes);
  });

  it('finds a duplicate key at the end of a file at the default cap, with its line', () => {
    const lines: string[] = [];
    let size = 0;
    while (size < Limits.fileBytes - 100) {
      const line = `"k${lines.length}": ${lines.length},`;
      lines.push(line);
      size += line.length + 1;
    }
    const text = `{\n${lines.join('\n')}\n"k7": 1\n}\n`;
    expect(parseData(text)).toEqual({
      ok: false,
      line: lines.length + 2,
      message: 'not valid YAML/JSON: duplicate key "k7"; keys must be unique',
    });
  });

  it('reads compact one-line JSON at the default cap (as json.dump writes it) in one pass', () => {
    // Python's json.dump writes no newlines. The nesting pre-scan once searched for the next
    // newline from every string, to the end of the line: 75 s for 8 MB. Now it is linear.
    const slices: Record<string, { recall: number; note: string }> = {};
    let size = 0;
    for (let i = 0; size < Limits.fileBytes - 100; i++) {
      slices[`s${i}`] = { recall: 0.5, note: 'a "quoted" word' };
      size += 50 + String(i).length;
    }
    const text = JSON.stringify({ slices });
    expect(text).not.toContain('\n');
    const read = parseData(text);
    expect(read.ok && Object.keys((read.value.data as { slices: object }).slices).length).toBe(
      Object.keys(slices).length,
    );
    // Lines still count inside quoted strings that span lines (YAML): the second key is on line 3.
    const deep = `a: "one\ntwo"\nb: ${'['.repeat(1001)}`;
    expect(parseData(deep)).toMatchObject({ ok: false, line: 3 });
  });
});
