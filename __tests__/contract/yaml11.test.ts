/**
 * YAML 1.1 files (issue 11). Contract producers write YAML with YAML 1.1 tools; what they read is
 * checked here against PyYAML's resolvers (yaml/resolver.py: an int is `0[0-7_]+` octal or a
 * decimal without leading zero, so `018` is a str; `0o17` is not an int pattern in 1.1) and its
 * scanner (a quoted scalar's continuation lines need no indentation), versus YAML 1.2's core
 * schema (`[-+]?[0-9]+` is an int; `0o` is octal) and its rule that flow scalar continuation lines
 * in block context are indented.
 */
import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/formats/data.js';
import { parseContract } from '../../src/formats/contract/index.js';

const contract = (columns: string, tableExtra = '') => `apiVersion: v3.1.0
kind: DataContract
id: survey
version: 1.0.0
status: active
schema:
  - name: answers
${tableExtra}    properties:
${columns}`;

describe('YAML 1.1 files', () => {
  it('reads an unquoted 018 as the column name "018", with a warning at its line', () => {
    const text = contract(
      '      - name: respondent\n        logicalType: string\n      - name: 018\n        logicalType: integer\n      - name: q17\n        logicalType: integer\n',
    );
    const r = parseContract('c.odcs.yaml', text);
    expect(r.contract?.tables[0].columns.map((c) => c.name)).toEqual(['respondent', '018', 'q17']);
    expect(r.findings.map((f) => `${f.level} ${f.rule} ${f.line}`)).toEqual([
      'warning structure.yaml11 11',
    ]);
    expect(r.findings[0].message).toMatch(
      /`018` is read as the text "018".*YAML 1\.2 reads the number 18/,
    );
  });

  it.each([
    ['0o17', '0o17'],
    ['+018', '+018'],
  ])('reads %s as YAML 1.1 does (text)', (raw, name) => {
    const r = parseContract(
      'c.odcs.yaml',
      contract(`      - name: ${raw}\n        logicalType: string\n`),
    );
    expect(r.contract?.tables[0].columns[0].name).toBe(name);
  });

  it('leaves numbers both versions agree on alone, and other files read YAML 1.2', () => {
    const r = parseContract(
      'c.odcs.yaml',
      contract(
        '      - name: amount\n        logicalType: number\n        logicalTypeOptions: { minimum: 0, maximum: 1000 }\n',
      ),
    );
    expect(r.findings).toEqual([]);
    expect(r.contract?.tables[0].columns[0].constraints.upper).toEqual({
      value: 1000,
      exclusive: false,
    });
    const plain = parseData('seed: 018\n');
    expect(plain.ok && plain.value.data).toEqual({ seed: 18 });
  });

  it('reads a quoted description whose continuation is not indented, with a warning', () => {
    const text = contract(
      '      - name: respondent\n        logicalType: string\n',
      '    description: "Answers to the 2026 survey,\none row per respondent and question."\n',
    );
    const r = parseContract('c.odcs.yaml', text);
    expect(r.contract?.tables[0].description).toBe(
      'Answers to the 2026 survey, one row per respondent and question.',
    );
    expect(r.findings.map((f) => `${f.level} ${f.rule} ${f.line}`)).toEqual([
      'warning structure.yaml11 9',
    ]);
    expect(r.findings[0].message).toMatch(
      /opened on line 8 continues on line 9 without indentation/,
    );
  });

  it("single-quoted values with '' escapes are repaired too", () => {
    const text = contract(
      '      - name: respondent\n        logicalType: string\n',
      "    description: 'The respondent''s answers,\nlatest first.'\n",
    );
    const r = parseContract('c.odcs.yaml', text);
    expect(r.contract?.tables[0].description).toBe("The respondent's answers, latest first.");
  });

  it('names the real cause when refusing: a quote never closed', () => {
    const text = contract(
      '      - name: respondent\n        logicalType: string\n',
      '    description: "Answers to the survey\n',
    );
    const r = parseContract('c.odcs.yaml', text);
    expect(r.contract).toBeNull();
    expect(r.findings[0].message).toMatch(/the quoted value opened on line 8 is never closed/);
  });

  it('other files are not repaired, but the message says what is wrong', () => {
    const r = parseData('model: churn\nnote: "first line\nsecond line"\nother: 1\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(
      /opened on line 2 continues on line 3 without indentation: indent its continuation lines/,
    );
  });
});
