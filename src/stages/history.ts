/**
 * The history stage: for a model with `vs: history` gates, the metrics file at the last N commits
 * of the base branch that changed it (one `git log`, then the source's own `git cat-file` process),
 * parsed like any metrics file. A version that does not parse is left out, as it holds no value to
 * compare with.
 */
import { historyWindows, type MetricHistory } from '../checks/history.js';
import type { Config, ModelConfig } from '../config/types.js';
import { isDvcYaml } from '../formats/metrics/dvc.js';
import { parseMetrics } from '../formats/metrics/index.js';
import type { FileSource } from '../sources/types.js';
import { metricsPaths } from './metrics.js';

/** The history the model's gates need, or null when no gate compares with history. */
export async function historyStage(
  model: ModelConfig,
  config: Config,
  base: FileSource | null,
): Promise<MetricHistory | null> {
  const windows = historyWindows(model.gates);
  if (windows.length === 0) return null;
  const none = (unavailable: string): MetricHistory => ({
    versions: [],
    shallow: false,
    unavailable,
  });
  if (!base) return none('no base commit to read the base branch history from');
  const paths = metricsPaths(model);
  if (paths.length > 1)
    return none(
      `\`metrics:\` lists ${paths.length} files; history follows one metrics file, so name one model per file`,
    );
  const path = paths[0];
  if (isDvcYaml(path))
    return none(
      `${path} is a dvc.yaml; history follows one metrics file, so name it in \`metrics:\``,
    );
  if (!base.history)
    return none(
      `the base branch is read without git history (${base.label}); check out the repository with \`fetch-depth: 0\``,
    );
  const read = await base.history(path, Math.max(...windows));
  if (!read.ok) return none(read.message);
  const opts = { model: model.name, psiEpsilon: config.metrics_policy?.psi_epsilon };
  const versions = read.versions
    .map((v) => ({ sha: v.sha, set: parseMetrics(path, v.text, opts).set }))
    .filter((v): v is MetricHistory['versions'][number] => v.set !== null)
    .reverse();
  return { versions, shallow: read.shallow };
}
