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
  /** GitHub rejects issue comments over 65,536 characters. */
  commentChars: 65_536,
  /** The job summary is limited to 1 MiB per step. */
  summaryChars: 1_000_000,
  /** Largest input file mlgate reads. */
  fileBytes: 5 * 1024 * 1024,
  /** Largest PR body considered. */
  prBodyChars: 262_144,
  /** YAML alias expansion cap (alias bombs). */
  yamlAliases: 100,
  /** Deepest nesting accepted in any data file. */
  depth: 64,
  /** Most flattened metrics per file. */
  metrics: 20_000,
} as const;

export const DEFAULT_CONFIG = '.mlgate.yml';
export const DEFAULT_COMMENT_KEY = 'default';
