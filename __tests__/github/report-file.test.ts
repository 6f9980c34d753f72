/**
 * Issue 9, points 5 and 6: the report files publish and merge mode read come from artifacts a
 * fork's code may have written. Publish opens its file without following a symlink, checks the
 * size before reading, and never echoes the content; merge reads its files one at a time, with a
 * cap on all of them together.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, readReportFile } from '../../src/github/publish.js';
import { readReports } from '../../src/merge.js';

const SECRET = 'ghs_notARealTokenButSecret';

const report = (model: string) =>
  JSON.stringify({
    version: 1,
    passed: true,
    counts: { errors: 0, warnings: 0 },
    pr: { number: 7, base: null, head: 'a'.repeat(40) },
    config: { file: '.mlgate.yml', source: 'base' },
    policyChanges: [],
    models: [
      { name: model, state: 'existing', metricsFile: 'm.json', gates: [], metrics: [], notes: [] },
    ],
    findings: [],
    tool: { name: 'mlgate', version: '0.1.0' },
  });

describe('report files from artifacts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-report-file-'));
    writeFileSync(join(dir, 'ok.json'), report('churn'));
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'link.json'));
    mkdirSync(join(dir, 'dir.json'));
    writeFileSync(join(dir, 'broken.json'), `{"version": 1, "token": "${SECRET}"`);
    // Sparse: the size is over the cap without writing 64 MB.
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), MAX_REPORT_BYTES + 1);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads and validates a report', async () => {
    expect((await readReportFile(join(dir, 'ok.json'))).models[0].name).toBe('churn');
  });

  it.each([
    [
      'a symlink (to a runner file)',
      'link.json',
      /is a symbolic link; mlgate reads only a regular file/,
    ],
    ['a directory', 'dir.json', /is not a regular file/],
    ['a file over the cap, refused before it is read', 'huge.json', /over the 67108864-byte limit/],
    ['broken JSON, not echoed', 'broken.json', /is not a valid mlgate report: not valid JSON/],
    ['a missing file', 'nope.json', /cannot be read \(ENOENT\)/],
  ])('refuses %s, naming the input', async (_name, file, message) => {
    const error = await readReportFile(join(dir, file)).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/^input "report": /);
    expect(error?.message).not.toContain(SECRET);
  });

  it('merge reads files one at a time, up to a total; the rest are named, not read', async () => {
    const files = ['a', 'b', 'c'].map((m) => {
      const path = join(dir, `merge-${m}.json`);
      writeFileSync(path, report(m));
      return path;
    });
    const size = report('a').length;
    const inputs = await readReports(files, dir, undefined, 2 * size);
    expect(inputs.map((i) => ('report' in i ? i.report.models[0].name : i.error))).toEqual([
      'a',
      'b',
      `not read: the reports before it already hold ${2 * size} bytes`,
    ]);
  });
});
