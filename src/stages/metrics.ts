/** The metrics stage: head, base, production and baseline metrics for one model. */
import type { ModelConfig } from '../config/types.js';
import { parseMetrics } from '../formats/metrics/index.js';
import type { FileSource } from '../sources/types.js';
import type { Config } from '../config/types.js';
import type { Finding, MetricSet } from '../types.js';
import { readOrFinding, type ModelMetrics } from './context.js';

async function load(
  source: FileSource,
  path: string,
  model: string,
  config: Config,
  missingLevel: Finding['level'] | null,
): Promise<{ set: MetricSet | null; findings: Finding[] }> {
  const read = await readOrFinding(source, path, 'metrics', model, missingLevel ?? 'notice');
  if (!read.ok) {
    const silent = missingLevel === null && read.result.reason === 'missing';
    return { set: null, findings: silent ? [] : [read.finding] };
  }
  return parseMetrics(read.path, read.text, {
    model,
    psiEpsilon: config.metrics_policy?.psi_epsilon,
  });
}

/** Read every metrics file the model names. A missing head file is an error; a missing base file means a new model. */
export async function metricsStage(
  model: ModelConfig,
  config: Config,
  head: FileSource,
  base: FileSource | null,
): Promise<{ metrics: ModelMetrics; findings: Finding[] }> {
  const findings: Finding[] = [];
  const headRes = await load(head, model.metrics, model.name, config, 'error');
  findings.push(...headRes.findings);
  let baseRes: { set: MetricSet | null; findings: Finding[] } = { set: null, findings: [] };
  if (base) {
    baseRes = await load(base, model.metrics, model.name, config, null);
    // Problems in the base file are the base's, not this PR's: show them without blocking.
    findings.push(
      ...baseRes.findings.map((f) => ({
        ...f,
        level: 'warning' as const,
        message: `at base: ${f.message}`,
      })),
    );
  }
  let production = baseRes.set;
  if (model.production && model.production !== 'base') {
    const prod = await load(head, model.production, model.name, config, 'error');
    findings.push(...prod.findings);
    production = prod.set;
  }
  let baseline: MetricSet | null = null;
  if (model.baseline) {
    const bl = await load(head, model.baseline, model.name, config, 'error');
    findings.push(...bl.findings);
    baseline = bl.set;
  }
  return { metrics: { head: headRes.set, base: baseRes.set, production, baseline }, findings };
}
