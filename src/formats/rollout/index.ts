/**
 * Rollout files: `(file, text) → normalised plan + issues`. A file may hold several YAML documents
 * (Kubernetes manifests, `kind: List`); mlgate picks the plan document — a native MlgateRollout
 * first, else an Argo `Rollout`, Flagger `Canary` or KServe `InferenceService` — and resolves
 * AnalysisTemplates from the same file and from the index of templates found elsewhere.
 */
import { isRecord, parseDataDocuments, type DataDoc } from '../data.js';
import { readAnalysisTemplate, readArgoRollout } from './argo.js';
import { classify, stringsIn } from './classify.js';
import { readFlaggerCanary } from './flagger.js';
import { readInferenceService } from './kserve.js';
import { readNative } from './native.js';
import { templateKey, type ReadIssue, type RolloutPlan, type TemplateIndex } from './types.js';
import { get, lineAt, list, str, type DocView } from './util.js';

export * from './types.js';
export { formatDuration, parseDuration } from './duration.js';

export interface RolloutRead {
  plan: RolloutPlan | null;
  issues: ReadIssue[];
  /** Template keys the plan names that are neither in the file nor in `external`. */
  missingTemplates: string[];
}

/** API groups per plan kind; KServe was KFServing (`serving.kubeflow.org`) before v0.7. */
const PLAN_KINDS: Record<string, string[]> = {
  MlgateRollout: [''],
  Rollout: ['argoproj.io/'],
  Canary: ['flagger.app/'],
  InferenceService: ['serving.kserve.io/', 'serving.kubeflow.org/'],
};

/** Every object in a file's documents, with `kind: List` items expanded. */
function views(file: string, docs: DataDoc[], issues: ReadIssue[]): DocView[] {
  const out: DocView[] = [];
  for (const doc of docs) {
    if (!isRecord(doc.data)) continue;
    if (doc.data.kind === 'List' && Array.isArray(doc.data.items)) {
      doc.data.items.forEach((item, i) => {
        if (isRecord(item)) out.push({ data: item, file, prefix: ['items', i], doc, issues });
      });
    } else out.push({ data: doc.data, file, prefix: [], doc, issues });
  }
  return out;
}

/** Templates defined in a set of views. */
function collectTemplates(all: DocView[]): TemplateIndex {
  const index: TemplateIndex = new Map();
  for (const v of all) {
    const kind = v.data.kind;
    if (kind === 'AnalysisTemplate' || kind === 'ClusterAnalysisTemplate') {
      const t = readAnalysisTemplate(v);
      if (t && !index.has(templateKey(t.kind, t.name))) index.set(templateKey(t.kind, t.name), t);
    } else if (kind === 'MetricTemplate') {
      const name = str(get(v.data, ['metadata', 'name']));
      if (!name) continue;
      const line = lineAt(v, []);
      const text = stringsIn(get(v.data, ['spec']));
      index.set(templateKey('MetricTemplate', name), {
        kind: 'MetricTemplate',
        name,
        file: v.file,
        ...(line ? { line } : {}),
        gates: [],
        text: `${text} ${classify(text).join(' ')}`,
      });
    }
  }
  return index;
}

/** Templates defined in another repository file (for the stage's repository scan). Never throws. */
export function templatesIn(file: string, text: string): TemplateIndex {
  const parsed = parseDataDocuments(text);
  if (!parsed.ok) return new Map();
  return collectTemplates(views(file, parsed.value, []));
}

/** Template keys an Argo Rollout or Flagger Canary refers to. */
function referencedTemplates(v: DocView): string[] {
  const out: string[] = [];
  const fromBlock = (block: unknown) => {
    for (const ref of list(get(block, ['templates']))) {
      const name = str(get(ref, ['templateName']));
      if (name)
        out.push(
          templateKey(
            get(ref, ['clusterScope']) === true ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate',
            name,
          ),
        );
    }
  };
  const canary = get(v.data, ['spec', 'strategy', 'canary']);
  for (const step of list(get(canary, ['steps']))) {
    fromBlock(get(step, ['analysis']));
    for (const a of list(get(step, ['experiment', 'analyses']))) fromBlock({ templates: [a] });
  }
  fromBlock(get(canary, ['analysis']));
  const bg = get(v.data, ['spec', 'strategy', 'blueGreen']);
  fromBlock(get(bg, ['prePromotionAnalysis']));
  fromBlock(get(bg, ['postPromotionAnalysis']));
  for (const m of list(get(v.data, ['spec', 'analysis', 'metrics']))) {
    const name = str(get(m, ['templateRef', 'name']));
    if (name) out.push(templateKey('MetricTemplate', name));
  }
  return out;
}

function isPlanDoc(v: DocView): boolean {
  const kind = typeof v.data.kind === 'string' ? v.data.kind : '';
  if (!Object.hasOwn(PLAN_KINDS, kind)) return false;
  const api = typeof v.data.apiVersion === 'string' ? v.data.apiVersion : '';
  return api === '' || PLAN_KINDS[kind].some((group) => group === '' || api.startsWith(group));
}

/** Read a rollout file into a normalised plan. Never throws. */
export function readRollout(
  file: string,
  text: string,
  opts: { model?: string; external?: TemplateIndex } = {},
): RolloutRead {
  const issues: ReadIssue[] = [];
  const parsed = parseDataDocuments(text);
  if (!parsed.ok) {
    issues.push({
      level: 'error',
      rule: 'rollout.parse',
      file,
      ...(parsed.line ? { line: parsed.line } : {}),
      message: `${file}: ${parsed.message}`,
    });
    return { plan: null, issues, missingTemplates: [] };
  }
  const all = views(file, parsed.value, issues);
  const local = collectTemplates(all);
  const templates: TemplateIndex = new Map([...(opts.external ?? new Map()), ...local]);
  const candidates = all.filter(isPlanDoc);
  const native = candidates.filter((v) => v.data.kind === 'MlgateRollout');
  const pool = native.length > 0 ? native : candidates;
  const chosen =
    pool.find(
      (v) =>
        opts.model &&
        (v.data.model === opts.model || get(v.data, ['metadata', 'name']) === opts.model),
    ) ?? pool[0];
  if (!chosen) {
    issues.push({
      level: 'error',
      rule: 'rollout.none',
      file,
      line: 1,
      message: `${file}: no rollout plan found; expected a document of kind MlgateRollout, Rollout (argoproj.io), Canary (flagger.app) or InferenceService (serving.kserve.io, serving.kubeflow.org)`,
    });
    return { plan: null, issues, missingTemplates: [] };
  }
  if (candidates.length > 1) {
    const names = candidates.map((v) =>
      `${String(v.data.kind)} ${str(get(v.data, ['metadata', 'name'])) ?? str(v.data.model) ?? ''}`.trim(),
    );
    const line = lineAt(chosen, []);
    issues.push({
      level: 'notice',
      rule: 'rollout.several',
      file,
      ...(line ? { line } : {}),
      message: `${file} holds ${candidates.length} rollout plans (${names.join(', ')}); mlgate checks the ${String(chosen.data.kind)} at line ${line ?? '?'}`,
    });
  }
  const missingTemplates = [...new Set(referencedTemplates(chosen))]
    .filter((k) => !templates.has(k))
    .sort();
  let plan: RolloutPlan;
  switch (chosen.data.kind) {
    case 'MlgateRollout':
      plan = readNative(chosen);
      break;
    case 'Rollout':
      plan = readArgoRollout(chosen, templates);
      break;
    case 'Canary':
      plan = readFlaggerCanary(chosen, templates);
      break;
    default:
      plan = readInferenceService(chosen);
  }
  return { plan, issues, missingTemplates };
}
