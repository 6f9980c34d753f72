import { describe, expect, it } from 'vitest';
import { parseTaskItems, splitWaiver } from '../../src/formats/pr-body.js';

const ticked = (body: string) =>
  parseTaskItems(body)
    .filter((t) => t.checked)
    .map((t) => t.id ?? t.text);

describe('parseTaskItems', () => {
  it.each([
    ['dash, lower x', '- [x] Alpha', ['Alpha']],
    ['star, upper X', '* [X] Alpha', ['Alpha']],
    ['plus', '+ [x] Alpha', ['Alpha']],
    ['ordered list', '1. [x] Alpha\n2) [x] Beta', ['Alpha', 'Beta']],
    ['unticked', '- [ ] Alpha', []],
    ['nested list', '- [ ] Parent\n  - [x] Child\n    - [x] Grandchild', ['Child', 'Grandchild']],
    ['nested after a blank line', '- [ ] Parent\n\n    - [x] Child', ['Child']],
    ['CRLF line endings', '- [x] Alpha\r\n- [ ] Beta\r\n* [x] Gamma\r\n', ['Alpha', 'Gamma']],
    ['CR line endings', '- [x] Alpha\r- [x] Beta', ['Alpha', 'Beta']],
    ['no space after ] is not a task', '- [x]Alpha', []],
    ['a link is not a task', '- [x](https://example.com)', []],
    ['tab after the bullet', '-\t[x] Alpha', ['Alpha']],
  ])('%s', (_name, body, expected) => {
    expect(ticked(body)).toEqual(expected);
  });

  it.each([
    ['backtick fence', '```\n- [x] Alpha\n```\n- [x] Beta'],
    ['tilde fence', '~~~md\n- [x] Alpha\n~~~\n- [x] Beta'],
    ['longer closing fence', '````\n- [x] Alpha\n```\n- [x] Alpha\n`````\n- [x] Beta'],
    ['fence inside a list item', '- notes\n  ```\n  - [x] Alpha\n  ```\n- [x] Beta'],
    ['indented code block', 'Intro.\n\n    - [x] Alpha\n\n- [x] Beta'],
    ['blockquote', '> - [x] Alpha\n\n- [x] Beta'],
    ['nested blockquote', '> > - [x] Alpha\n- [x] Beta'],
    ['quote inside a list', '- quoted:\n  > - [x] Alpha\n- [x] Beta'],
    ['one-line HTML comment', '<!-- - [x] Alpha -->\n- [x] Beta'],
    ['multi-line HTML comment', '<!--\n- [x] Alpha\n-->\n- [x] Beta'],
    ['comment closing mid-line', '<!-- note\n- [x] Alpha --> - [x] Beta'],
  ])('ignores items in a %s', (_name, body) => {
    expect(ticked(body)).toEqual(['Beta']);
  });

  it('reads the id marker on the item line only', () => {
    const items = parseTaskItems(
      '<!-- mlgate:leakage -->\n- [x] Something else\n- [x] Renamed box <!-- mlgate:slices -->',
    );
    expect(items.map((i) => [i.id, i.text])).toEqual([
      [undefined, 'Something else'],
      ['slices', 'Renamed box'],
    ]);
  });

  it('drops other comments from the text and keeps line numbers', () => {
    const items = parseTaskItems('Intro\n\n- [x] Alpha <!-- reviewer: bob --> text');
    expect(items).toEqual([{ checked: true, text: 'Alpha text', line: 3 }]);
  });

  it('an edited body is re-read from scratch: unticking removes the attestation', () => {
    const before = '- [x] Alpha <!-- mlgate:a -->\n- [ ] Beta <!-- mlgate:b -->';
    const after = '- [ ] Alpha <!-- mlgate:a -->\n- [x] Beta <!-- mlgate:b -->\n\nAdded a note.';
    expect(ticked(before)).toEqual(['a']);
    expect(ticked(after)).toEqual(['b']);
  });

  it('an item with only a marker has empty text', () => {
    expect(parseTaskItems('- [x] <!-- mlgate:leakage -->')).toEqual([
      { checked: true, text: '', id: 'leakage', line: 1 },
    ]);
  });

  it('never hangs on a large adversarial body', () => {
    const body =
      '- [x] ' + '<!--'.repeat(20_000) + '\n' + '`'.repeat(50_000) + '\n- [ '.repeat(20_000);
    expect(Array.isArray(parseTaskItems(body))).toBe(true);
  });
});

describe('N/A waivers', () => {
  it.each([
    ['Serving path — N/A: batch only', 'Serving path', 'batch only'],
    ['Serving path - N/A: batch only', 'Serving path', 'batch only'],
    ['Serving path (N/A: batch only)', 'Serving path', 'batch only'],
    ['Serving path n/a: batch only', 'Serving path', 'batch only'],
    ['N/A: not applicable here', '', 'not applicable here'],
    ['Serving path N/A:', 'Serving path', ''],
    ['Serving path', 'Serving path', undefined],
    ['Serving path is BN/A: no', 'Serving path is BN/A: no', undefined],
  ])('%s', (raw, text, na) => {
    expect(splitWaiver(raw)).toEqual(na === undefined ? { text } : { text, na });
  });

  it('is read from a task item, ticked or not', () => {
    const items = parseTaskItems(
      '- [ ] Monitoring covers X — N/A: offline model <!-- mlgate:monitoring -->',
    );
    expect(items[0]).toMatchObject({ checked: false, id: 'monitoring', na: 'offline model' });
  });
});
