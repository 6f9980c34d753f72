/** Names and limits used across mlgate: inputs, outputs, the comment marker, size caps. */

export const VERSION = '0.1.0';

export const Inputs = {
  GitHubToken: 'github-token',
  Config: 'config',
  ConfigSource: 'config-source',
  Comment: 'comment',
  CommentKey: 'comment-key',
  FailOn: 'fail-on',
  Mode: 'mode',
  Report: 'report',
  Models: 'models',
  Reports: 'reports',
  ExpectedModels: 'expected-models',
  MaxFileMb: 'max-file-mb',
} as const;

export const Outputs = {
  Passed: 'passed',
  Errors: 'errors',
  Warnings: 'warnings',
  Waived: 'waived',
  Report: 'report',
  CommentId: 'comment-id',
  CommentUrl: 'comment-url',
  Models: 'models',
} as const;

/** Hidden first line of the sticky comment. */
export function commentMarker(key: string): string {
  return `<!-- mlgate:v1 key=${key} -->`;
}

export const Limits = {
  /**
   * Largest report JSON read by publish and merge: a model with 100,000 gated slice metrics writes
   * about 55 MB; the schema's caps keep any valid report's elements bounded.
   */
  reportBytes: 64 * 1024 * 1024,
  /** GitHub rejects issue comments over 65,536 characters. */
  commentChars: 65_536,
  /** The job summary is limited to 1 MiB per step. */
  summaryChars: 1_000_000,
  /**
   * Largest input file mlgate reads, by default (10 MiB: 100,000 metrics as JSON are about 7 MB).
   * `limits.max_file_mb` in the config, `--max-file-mb` or the `max-file-mb` input change it.
   */
  fileBytes: 10 * 1024 * 1024,
  /** The highest file cap that can be configured. */
  maxFileBytes: 64 * 1024 * 1024,
  /**
   * YAML text is parsed only up to this size, whatever the file cap: the YAML parser needs about
   * 200 bytes of memory per byte of input, so a larger hostile file could exhaust memory.
   * JSON (read with JSON.parse) is not bound by it.
   */
  yamlBytes: 5 * 1024 * 1024,
  /** Largest PR body considered. */
  prBodyChars: 262_144,
  /** YAML alias expansion cap (alias bombs). */
  yamlAliases: 100,
  /** Deepest nesting accepted in any data file. */
  depth: 64,
  /**
   * Most time publish and merge mode spend validating and rendering reports they did not make
   * (issue 9): a costlier report fails the job instead of holding a job that has a write token.
   * Rendering is linear; a report at the schema's caps takes a second or two.
   */
  reportBudgetMs: 30_000,
  /** Most flattened metrics per file (ranking models routinely have tens of thousands). */
  metrics: 250_000,
} as const;

export const DEFAULT_CONFIG = '.mlgate.yml';
export const DEFAULT_COMMENT_KEY = 'default';

/** Bytes for a `--max-file-mb` / `max-file-mb` value (MiB, > 0, ≤ 64), or null when it is not one. */
export function fileCapBytes(mb: string): number | null {
  const n = /^\d+(\.\d+)?$/.test(mb.trim()) ? Number(mb) : NaN;
  if (!(n > 0) || n * 1024 * 1024 > Limits.maxFileBytes) return null;
  return Math.floor(n * 1024 * 1024);
}
