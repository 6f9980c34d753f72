/** Gate policy changes between the base config and the head config (SPEC §1 `config-source`). */
import type { Config } from '../config/types.js';

export interface PolicyChange {
  model: string;
  metric: string;
  kind: 'added' | 'removed' | 'loosened' | 'tightened' | 'changed';
  before?: string;
  after?: string;
}

/** Compare the policy in force (base) with the PR's proposed policy (head). */
export function diffPolicy(_base: Config, _head: Config): PolicyChange[] {
  return [];
}
