import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseData, parseDataDocuments, type PathSegment } from '../../src/formats/data.js';
import { fastYaml, hasMultilineQuote } from '../../src/formats/yaml-fast.js';

/** A small deterministic generator (LCG), so a failure names a reproducible case. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

const SCALARS = [
  ...['1e5', '1E+5', '.5', '5.', '1.0', '-0', '+1', '0', '~', 'null', 'Null', 'NULL', 'true'],
  ...['True', 'TRUE', 'yes', 'no', 'on', 'off', 'y', '.inf', '.Inf', '.NaN', '-.inf', '2024-01-01'],
  ...['2024-01-01T00:00:00Z', '12:30', '1:20:30', '0.1.2', '=', '<<', '"a\\x41"', "'it''s'"],
  ...['"\\u00e9"', 'a: b', '[1, 2]', '{a: 1}', '"multi\n  line"', 'plain\n  continued', '- x'],
  ...['? x', '@x', '`x', '%x', '|\n  block\n', '>\n  folded\n', '|-\n  x\n', 'null: 1', '1: 2'],
  ...['true: y', '[a, b]: c', '"": e', '- - nested', '{a: [b, {c: d}]}', 'x #c', 'x#c', '"\t"'],
  ...['1_000', '0b101', '0o17', '0x1F', '018', '+018', '012', '-.5', '+.inf', 'a\tb', '&a x'],
  ...['*a', '!!str 1', '!custom x', "'multi\nline'", '"unclosed', "it's", 'a "b" c', '5" screen'],
];

/** Random data with the shapes contracts and manifests have, long strings included. */
function randomData(r: (n: number) => number, depth = 0): unknown {
  const pick = r(depth > 3 ? 4 : 7);
  if (pick === 0) return r(1000) / (1 + r(9));
  if (pick === 1) return ['a', 'b c', 'x: y', "it's", 'line\nbreak', 'café', '#x', ''][r(8)];
  if (pick === 2) return [true, false, null][r(3)];
  if (pick === 3)
    return `${'word '.repeat(r(30))}${['"q"', "'s'", ': x', ' # c', '\\', '-'][r(6)]}`.trim();
  if (pick === 4) return Array.from({ length: r(4) }, () => randomData(r, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = 0; i < 1 + r(5); i++)
    out[['name', 'type', 'logicalType', 'description', 'x y', 'a-b', 'on', '1'][r(8)] + i] =
      randomData(r, depth + 1);
  return out;
}

/** Every path of a document, containers and leaves, up to `max` of them. */
function pathsOf(data: unknown, max = 400): PathSegment[][] {
  const out: PathSegment[][] = [[]];
  const walk = (v: unknown, path: PathSegment[]) => {
    if (out.length >= max || v === null || typeof v !== 'object') return;
    const entries: [PathSegment, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v as Record<string, unknown>);
    for (const [k, x] of entries) {
      out.push([...path, k]);
      walk(x, [...path, k]);
    }
  };
  walk(data, []);
  return out;
}

function mutate(text: string, r: (n: number) => number): string {
  const i = r(text.length + 1);
  const lines = text.split('\n');
  const l = r(lines.length);
  switch (r(8)) {
    case 0:
      return text.slice(0, i) + text.slice(i + 1);
    case 1:
      return (
        text.slice(0, i) +
        [':', '\t', ' ', '"', "'", '[', ']', '{', '}', ',', '#', '- ', '|', '>', '\n'][r(15)] +
        text.slice(i)
      );
    case 2:
      lines.splice(l, 0, lines[l]);
      return lines.join('\n');
    case 3:
      lines[l] = `  ${lines[l]}`;
      return lines.join('\n');
    case 4:
      lines[l] = lines[l].replace(/^ +/, '');
      return lines.join('\n');
    case 5:
      lines[l] = lines[l].replace(/^ /, '');
      return lines.join('\n');
    case 6:
      return `${text}${SCALARS[r(SCALARS.length)]}\n`;
    default:
      lines.splice(l, 0, `k${r(9)}: ${SCALARS[r(SCALARS.length)]}`);
      return lines.join('\n');
  }
}

/** Texts of every kind: generated documents in block and flow styles, scalars, mutations. */
function corpus(): string[] {
  const r = rng(Number(process.env.YAML_FUZZ_SEED ?? 20261130));
  const texts: string[] = [];
  for (const s of SCALARS)
    texts.push(`k: ${s}\n`, `- ${s}\n`, `${s}\n`, `a:\n  ${s}\nb: 2\n`, `{k: ${s}}\n`);
  for (let i = 0; i < 300; i++) {
    const data = randomData(r);
    const text = stringify(data, {
      lineWidth: [0, 20, 80][r(3)],
      defaultStringType: (['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'] as const)[
        r(4)
      ],
      collectionStyle: r(5) === 0 ? 'flow' : 'any',
    });
    texts.push(text);
    for (let k = 0; k < 8; k++) texts.push(mutate(text, r));
  }
  return texts;
}

describe('the fast YAML reader agrees with the full one or defers to it', () => {
  const texts = corpus();

  it('reads the same data and the same lines wherever it answers, on thousands of texts', () => {
    let answered = 0;
    for (const text of texts) {
      const full = parseDataDocuments(text);
      const fast = fastYaml(text, () => () => -1);
      if (!fast) continue;
      answered++;
      // It never accepts what the full reader refuses, or reads several documents as one (an
      // empty document is null data to parseData, as to the fast reader).
      expect(full.ok ? Math.max(full.value.length, 1) : 'refused', text).toBe(1);
      if (!full.ok) continue;
      const doc = full.value[0] ?? { data: null, lineOf: () => undefined };
      expect(fast.data, text).toEqual(doc.data);
      // Recording the lines while reading (a caller that expects findings) changes nothing.
      const recorded = fastYaml(text, () => () => -1, true);
      expect(recorded?.data, text).toEqual(doc.data);
      for (const path of pathsOf(doc.data)) {
        const line = fast.lineOf(path);
        expect(recorded?.lineOf(path), `${JSON.stringify(path)} in\n${text}`).toBe(line);
        // -1: the listener's record could not place the path; the full reader's lookup answers.
        if (line !== -1) expect(line, `${JSON.stringify(path)} in\n${text}`).toBe(doc.lineOf(path));
      }
    }
    // The agreement is checked on many texts, not vacuously.
    if (process.env.YAML_FUZZ_SEED) console.log(`answered ${answered} of ${texts.length}`);
    expect(answered).toBeGreaterThan(texts.length / 4);
  });

  it('defers texts where js-yaml and YAML 1.2 read differently', () => {
    const cases = [
      'a: 1_000\n', // js-yaml: 1000; YAML 1.2: text
      'a: 0b101\n',
      'a: -.5\n',
      'a: 018\n', // YAML 1.1 text, noted by the full reader
      'null: 1\n', // js-yaml key "null"; yaml ""
      '[a, b]: c\n',
      'a: &x 1\nb: *x\n',
      'a: !!binary aGk=\n',
      '%YAML 1.1\n---\na: yes\n',
      'a:\n  description: "first line\nsecond line"\n', // js-yaml folds what YAML 1.2 refuses
    ];
    for (const text of cases)
      expect(
        fastYaml(text, () => () => undefined),
        text,
      ).toBeNull();
  });

  it('finds quoted scalars that do not close on their line, skipping comments', () => {
    expect(hasMultilineQuote('a: "x"\nb: \'y\'\n')).toBe(false);
    expect(hasMultilineQuote("a: it's fine\n# don't\nb: 'it''s'\n")).toBe(false);
    expect(hasMultilineQuote('a: "x\n  y"\n')).toBe(true);
    expect(hasMultilineQuote("a: 'x\n  y'\n")).toBe(true);
    expect(hasMultilineQuote('a: "x\\"\n')).toBe(true);
  });
});

describe('parseData reads plain YAML with the fast reader', () => {
  /** An ODCS-shaped contract of thousands of columns. */
  const contract = (cols: number, extra = '') =>
    [
      'apiVersion: v3.1.0',
      'kind: DataContract',
      'id: urn:datacontract:test:wide',
      'schema:',
      '  - name: wide',
      '    properties:',
      ...Array.from({ length: cols }, (_, i) =>
        [
          `      - name: feature_${i}`,
          '        logicalType: number',
          `        description: Feature ${i}, "quoted" and plain # with a comment`,
        ].join('\n'),
      ),
    ].join('\n') + `\n${extra}`;

  it('gives the data and lines the full reader gives', () => {
    const text = contract(2000);
    const fast = parseData(text);
    const full = parseDataDocuments(text);
    if (!fast.ok || !full.ok) throw new Error('expected both to parse');
    expect(fast.value.data).toEqual(full.value[0].data);
    for (const path of [
      ['schema', 0, 'properties', 1500, 'logicalType'],
      ['schema', 0, 'properties', 0],
      ['kind'],
      ['schema', 0, 'properties', 1999, 'description'],
      ['schema', 0, 'missing'],
    ])
      expect(fast.value.lineOf(path)).toBe(full.value[0].lineOf(path));
  });

  it('keeps the full reader’s findings: duplicate keys, __proto__, YAML 1.1 notes', () => {
    const dup = parseData(contract(2000, 'kind: Again\n'));
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.message).toMatch(/duplicate key "kind"/);
    const proto = parseData(contract(2000, '__proto__: {}\n'));
    expect(proto.ok).toBe(false);
    const legacy = parseData(contract(2000, 'code: 018\n'), { yaml11: true });
    expect(legacy.ok && legacy.value.yaml11?.[0]?.message).toMatch(/YAML 1\.1/);
  });
});
