/**
 * A small git repository built in the test: each commit is a map of files (a `null` value
 * deletes the file). The pipeline then reads it through the real git and workspace sources.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runPipeline } from '../../src/pipeline.js';
import type { Report } from '../../src/report/model.js';
import { GitSource } from '../../src/sources/git.js';
import { WorkspaceSource } from '../../src/sources/workspace.js';

export type Files = Record<string, string | object | null>;

export interface TestRepo {
  dir: string;
  shas: string[];
  git(...args: string[]): string;
  write(files: Files): void;
  commit(files: Files, message?: string): string;
  remove(): void;
}

export function buildRepo(commits: Files[]): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-dvc-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir })
      .toString()
      .trim();
  git('init', '--quiet', '-b', 'main');
  const write = (files: Files) => {
    for (const [path, content] of Object.entries(files)) {
      const full = join(dir, path);
      if (content === null) {
        rmSync(full, { force: true });
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(
        full,
        typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n',
      );
    }
  };
  const commit = (files: Files, message = 'commit') => {
    write(files);
    git('add', '-A');
    git('commit', '--quiet', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  const shas = commits.map((c, i) => commit(c, `commit ${i}`));
  return {
    dir,
    shas,
    git,
    write,
    commit,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Run the pipeline on base → head commits (or the working tree as head). */
export function check(
  repo: TestRepo,
  base: string | null,
  head: string | 'workspace',
  configSource: 'base' | 'head' = 'base',
): Promise<Report> {
  return runPipeline({
    head: head === 'workspace' ? new WorkspaceSource(repo.dir) : new GitSource(repo.dir, head),
    base: base ? new GitSource(repo.dir, base) : null,
    configPath: '.mlgate.yml',
    configSource,
    prBody: null,
    pr: { number: null, base, head: head === 'workspace' ? null : head },
    failOn: 'error',
  });
}
