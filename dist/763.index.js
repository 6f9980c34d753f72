export const id = 763;
export const ids = [763];
export const modules = {

/***/ 1763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findTemplates: () => (/* binding */ findTemplates),
  rolloutStage: () => (/* binding */ rolloutStage)
});

// EXTERNAL MODULE: ./src/formats/rollout/duration.ts
var rollout_duration = __webpack_require__(4196);
;// CONCATENATED MODULE: ./src/checks/rollout.ts

const ROLLOUT_DEFAULTS = {
    max_first_step: 10,
    min_bake: '10m',
    min_analysis: '5m',
    min_checks: 3,
    gate_before: 50,
};
function resolveRolloutPolicy(p) {
    const minBake = p?.min_bake ?? ROLLOUT_DEFAULTS.min_bake;
    const minAnalysis = p?.min_analysis ?? ROLLOUT_DEFAULTS.min_analysis;
    return {
        maxFirstStep: p?.max_first_step ?? ROLLOUT_DEFAULTS.max_first_step,
        minBakeMs: (0,rollout_duration/* parseDuration */.E)(minBake) ?? (0,rollout_duration/* parseDuration */.E)(ROLLOUT_DEFAULTS.min_bake),
        minBake,
        minAnalysisMs: (0,rollout_duration/* parseDuration */.E)(minAnalysis) ?? (0,rollout_duration/* parseDuration */.E)(ROLLOUT_DEFAULTS.min_analysis),
        minAnalysis,
        minChecks: p?.min_checks ?? ROLLOUT_DEFAULTS.min_checks,
        gateBefore: p?.gate_before ?? ROLLOUT_DEFAULTS.gate_before,
        requireRollout: p?.require_rollout ?? false,
    };
}
const FORMAT_NAME = {
    argo: 'Argo Rollout',
    flagger: 'Flagger Canary',
    kserve: 'KServe InferenceService',
    native: 'MlgateRollout',
};
/** The first stage that sends real traffic. */
function firstTraffic(plan) {
    return plan.stages.find((s) => s.traffic > 0);
}
const isMetric = (g) => g.kind === 'metric' || g.kind === 'analysis';
/** Does the plan's set of metric gates cover latency and errors? */
function guardrailCoverage(plan) {
    const covers = new Set(plan.guardrails.flatMap((g) => g.covers));
    return { latency: covers.has('latency'), errors: covers.has('errors') };
}
/** Check one plan against the policy. */
function checkRolloutPlan(plan, policy) {
    const out = [];
    const at = (line, level, rule, message, file = plan.file) => out.push({
        level,
        rule,
        message,
        file,
        ...((line ?? plan.line) ? { line: line ?? plan.line } : {}),
    });
    const what = FORMAT_NAME[plan.format];
    const stages = plan.stages;
    if (plan.action) {
        // Not a new plan: the file rolls the running rollout back (KServe canaryTrafficPercent: 0).
        at(plan.action.line, 'notice', 'rollout.rollback', plan.action.message);
        return out;
    }
    if (plan.skipAnalysis) {
        at(plan.skipAnalysis.line, 'error', 'rollout.skip-analysis', 'skipAnalysis: true promotes the canary without analysing it; expected skipAnalysis false or absent');
    }
    if (stages.length === 0) {
        at(plan.line, 'error', 'rollout.no-steps', `${what} has no traffic steps; expected steps that end at 100 %`);
        return out;
    }
    // Traffic strictly increasing, ending at 100 or a manual promotion.
    // A weighted Argo experiment adds traffic only while it runs; afterwards the canary is back at
    // its setWeight, so the next step is compared with the step before the experiment.
    for (let i = 1; i < stages.length; i++) {
        let p = i - 1;
        while (p > 0 && stages[p].label === 'experiment' && stages[i].label !== 'experiment')
            p--;
        const prev = stages[p];
        const cur = stages[i];
        if (cur.traffic <= prev.traffic) {
            at(cur.line, 'error', 'rollout.monotonic', `traffic ${cur.traffic}% does not increase over the previous step's ${prev.traffic}%; expected strictly increasing traffic`);
        }
    }
    const last = stages[stages.length - 1];
    if (last.traffic !== 100 && plan.promotion !== 'manual') {
        at(last.line, 'error', 'rollout.end', `traffic ends at ${last.traffic}%; expected the last step to reach 100% (or a manual promotion: hold "manual")`);
    }
    // First step.
    const first = firstTraffic(plan);
    if (first && first.traffic > policy.maxFirstStep) {
        const hint = plan.strategy === 'blue-green' || plan.strategy === 'ab-test'
            ? ` (${plan.strategy === 'ab-test' ? 'after the A/B test' : 'blue-green'} switches all traffic at once; set rollout_policy.max_first_step: 100 to allow it)`
            : '';
        at(first.line, 'error', 'rollout.first-step', `first traffic step is ${first.traffic}%; expected at most ${policy.maxFirstStep}% (rollout_policy.max_first_step)${hint}`);
    }
    if (plan.pacing === 'checks')
        checkAnalysis(plan, policy, at);
    // Holds. Stages generated from one line (Flagger's stepWeight) are reported once.
    const holdProblems = new Map();
    stages.forEach((s, i) => {
        if (s.traffic >= 100 || s.implicit || plan.pacing === 'checks')
            return;
        if (i === stages.length - 1 && plan.promotion === 'manual')
            return;
        if (s.hold === 'manual' || s.hold === 'invalid')
            return;
        let problem;
        if (s.hold === null)
            problem = 'has no hold';
        else if (s.hold < policy.minBakeMs)
            problem = `holds ${(0,rollout_duration/* formatDuration */.a)(s.hold)}`;
        else
            return;
        const key = `${s.line ?? ''}|${problem}`;
        const entry = holdProblems.get(key) ?? {
            ...(s.line ? { line: s.line } : {}),
            traffic: [],
            problem,
        };
        entry.traffic.push(s.traffic);
        holdProblems.set(key, entry);
        if (s.label)
            entry.problem = `${problem} (${s.label})`;
    });
    for (const p of holdProblems.values()) {
        const which = p.traffic.length === 1
            ? `step at ${p.traffic[0]}%`
            : `steps at ${p.traffic.map((t) => `${t}%`).join(', ')} each`;
        at(p.line, 'error', 'rollout.hold', `${which} ${p.problem}; expected a hold of at least ${policy.minBake} (rollout_policy.min_bake)`);
    }
    // A metric gate before traffic exceeds gate_before.
    const exceed = stages.findIndex((s) => s.traffic > policy.gateBefore);
    const before = exceed === -1 ? stages : stages.slice(0, exceed);
    if (!before.some((s) => s.gates.some(isMetric))) {
        const line = exceed === -1 ? plan.line : stages[exceed].line;
        at(line, 'error', 'rollout.gate-before', `no metric gate runs before traffic exceeds ${policy.gateBefore}% (rollout_policy.gate_before); expected an analysis or guardrail on a step at or below ${policy.gateBefore}%`);
    }
    // Guardrails cover latency and errors.
    const cov = guardrailCoverage(plan);
    const lacking = [!cov.latency && 'latency', !cov.errors && 'errors'].filter(Boolean);
    if (lacking.length > 0) {
        const unresolved = plan.stages.some((s) => s.gates.some((g) => g.kind === 'analysis'));
        at(plan.line, 'warning', 'rollout.guardrails', `guardrails do not cover ${lacking.join(' or ')}; expected at least one latency gate and one error-rate gate${unresolved ? ' (templates mlgate could not find are not counted)' : ''}`);
    }
    // Rollback.
    if (!plan.rollback.trigger) {
        const why = {
            argo: 'no analysis can abort this Rollout; expected an analysis step or background analysis',
            flagger: 'no metric or webhook check can fail this Canary; expected analysis.metrics',
            kserve: 'KServe canaryTrafficPercent has no automatic rollback; pair it with an MlgateRollout plan or a Flagger/Argo analysis',
            native: 'expected rollback.trigger, e.g. "error_rate > 2x control for 15m"',
        };
        at(plan.rollback.line, 'error', 'rollout.rollback-trigger', `no rollback trigger: ${why[plan.format]}`);
    }
    if (plan.format === 'native') {
        if (!plan.rollback.artifact) {
            at(plan.rollback.line, 'error', 'rollout.rollback-artifact', 'no rollback artifact; expected rollback.artifact naming the known-good model to switch back to');
        }
        else if (plan.candidate && plan.rollback.artifact.trim() === plan.candidate.trim()) {
            at(plan.rollback.line, 'error', 'rollout.rollback-artifact', `rollback.artifact "${plan.rollback.artifact}" is the candidate itself; expected the known-good artifact in production`);
        }
        if (plan.strategy === 'shadow-then-canary' && stages[0].traffic !== 0) {
            at(stages[0].line, 'warning', 'rollout.shadow', `strategy shadow-then-canary starts at ${stages[0].traffic}%; expected a first step with traffic 0 (shadow)`);
        }
    }
    return out;
}
/**
 * A plan that advances as soon as each check passes (Flagger: one analysis per `interval`, then
 * the next weight) bakes for interval × steps at the least — Flagger's own formula for the
 * minimum promotion time — and needs one successful check per step. A manual confirmation
 * (confirm-promotion, confirm-traffic-increase) leaves the timing to a person and satisfies both.
 */
function checkAnalysis(plan, policy, at) {
    const before = plan.stages.filter((s) => s.traffic < 100 && !s.implicit);
    if (before.length === 0 || before.some((s) => s.hold === 'invalid'))
        return;
    if (plan.promotion === 'manual' || plan.stages.some((s) => s.hold === 'manual' && s.traffic > 0))
        return;
    const ms = before.reduce((t, s) => t + (typeof s.hold === 'number' ? s.hold : 0), 0);
    const checks = before.reduce((t, s) => t + (s.checks ?? 0), 0);
    const first = before.find((s) => s.line)?.line;
    const how = `${checks} check${checks === 1 ? '' : 's'} over ${(0,rollout_duration/* formatDuration */.a)(ms)}`;
    if (ms < policy.minAnalysisMs)
        at(first, 'error', 'rollout.analysis-time', `analysis runs ${(0,rollout_duration/* formatDuration */.a)(ms)} before full traffic (${how}); expected at least ${policy.minAnalysis} (rollout_policy.min_analysis): raise the interval or add steps`);
    if (checks < policy.minChecks)
        at(first, 'error', 'rollout.checks', `${how} pass before full traffic; expected at least ${policy.minChecks} successful checks (rollout_policy.min_checks): lower stepWeight or raise iterations`);
}
/**
 * Base → head edits that act on a running rollout instead of planning a new one. KServe (docs
 * samples/v1beta1/rollout): removing `canaryTrafficPercent` (or setting 100) for the same model
 * promotes the canary the base evaluated; v1alpha2 promotes by moving `spec.canary` into
 * `spec.default` and rolls back by removing `spec.canary`. Such a head is reported as what it is,
 * not checked as a fresh 100 % rollout.
 */
function rolloutTransition(base, head) {
    if (base.format !== 'kserve' || head.format !== 'kserve' || head.action)
        return null;
    const canary = base.stages.find((s) => s.traffic > 0 && s.traffic < 100);
    const full = head.stages.length === 1 && head.stages[0].traffic === 100;
    if (!canary || !full || !head.candidate)
        return null;
    const line = head.stages[0].line ?? head.line;
    const where = { file: head.file, ...(line ? { line } : {}) };
    if (head.candidate === base.candidate)
        return {
            level: 'notice',
            rule: 'rollout.promotion',
            ...where,
            message: `promotes the canary the base ran at ${canary.traffic}% (${head.candidate}) to 100%; this ends the rollout checked at base, it is not a new plan`,
        };
    if (base.stable && head.candidate === base.stable)
        return {
            level: 'notice',
            rule: 'rollout.rollback',
            ...where,
            message: `rolls back: the canary the base ran at ${canary.traffic}% (${base.candidate ?? 'spec.canary'}) is removed and ${head.candidate} serves all traffic`,
        };
    return null;
}
/** Check the native plan's `model` against the model's name. */
function checkPlanModel(plan, model) {
    if (plan.format !== 'native' || !plan.model || plan.model === model)
        return [];
    return [
        {
            level: 'warning',
            rule: 'rollout.model',
            file: plan.file,
            ...(plan.line ? { line: plan.line } : {}),
            message: `plan is for model "${plan.model}", but it is configured for model "${model}"`,
        },
    ];
}
function totalBake(plan) {
    let ms = 0;
    let manual = false;
    for (const s of plan.stages) {
        if (s.traffic >= 100)
            continue;
        if (s.hold === 'manual')
            manual = true;
        else if (typeof s.hold === 'number')
            ms += s.hold;
    }
    return { ms, manual };
}
const gateKey = (g) => `${g.kind === 'analysis' ? 'metric' : g.kind}:${g.name}`;
/** Base → head: what makes the head plan looser than the base plan (warnings at head lines). */
function diffRolloutPlans(base, head) {
    const out = [];
    const at = (line, rule, message, file = head.file) => out.push({
        level: 'warning',
        rule,
        message,
        file,
        ...((line ?? head.line) ? { line: line ?? head.line } : {}),
    });
    const steps = (p) => p.stages.filter((s) => !s.implicit).length;
    if (steps(head) < steps(base)) {
        at(head.line, 'rollout.loosened.steps', `rollout loosened: ${steps(head)} steps, was ${steps(base)} at base; expected no fewer steps`);
    }
    const fb = firstTraffic(base);
    const fh = firstTraffic(head);
    if (fb && fh && fh.traffic > fb.traffic) {
        at(fh.line, 'rollout.loosened.first-step', `rollout loosened: first step ${fh.traffic}%, was ${fb.traffic}% at base; expected no bigger first step`);
    }
    const bb = totalBake(base);
    const hb = totalBake(head);
    if (bb.manual && !hb.manual)
        at(head.line, 'rollout.loosened.manual', 'rollout loosened: the manual pause at base was removed');
    if (hb.ms < bb.ms) {
        at(head.line, 'rollout.loosened.bake', `rollout loosened: total bake ${(0,rollout_duration/* formatDuration */.a)(hb.ms)}, was ${(0,rollout_duration/* formatDuration */.a)(bb.ms)} at base`);
    }
    if (base.promotion === 'manual' && head.promotion === 'auto' && !(bb.manual && !hb.manual)) {
        at(head.line, 'rollout.loosened.manual', 'rollout loosened: promotion was manual at base and is automatic now');
    }
    const headGates = new Map();
    for (const s of head.stages)
        for (const g of s.gates)
            if (g.kind !== 'manual')
                headGates.set(gateKey(g), g);
    const baseGates = new Map();
    for (const s of base.stages)
        for (const g of s.gates)
            if (g.kind !== 'manual')
                baseGates.set(gateKey(g), g);
    for (const [key, g] of [...baseGates].sort(([a], [b]) => a.localeCompare(b))) {
        const h = headGates.get(key);
        if (!h) {
            at(head.line, 'rollout.loosened.removed', `rollout loosened: gate "${g.name}" was removed (it was at base)`);
            continue;
        }
        const looser = [];
        if (g.max !== undefined && (h.max === undefined || h.max > g.max))
            looser.push(`max ${g.max} → ${h.max ?? 'none'}`);
        if (g.min !== undefined && (h.min === undefined || h.min < g.min))
            looser.push(`min ${g.min} → ${h.min ?? 'none'}`);
        if (g.maxRatio !== undefined && (h.maxRatio === undefined || h.maxRatio > g.maxRatio))
            looser.push(`max ratio vs control ${g.maxRatio} → ${h.maxRatio ?? 'none'}`);
        if ((h.failureLimit ?? 0) > (g.failureLimit ?? 0))
            looser.push(`failureLimit ${g.failureLimit ?? 0} → ${h.failureLimit}`);
        if (looser.length > 0)
            at(h.line, `rollout.loosened.threshold`, `rollout loosened: gate "${h.name}" threshold ${looser.join(', ')}`, h.file);
        // A gate that used to run at a lower traffic share now starts later.
        const firstAt = (p) => p.stages.find((s) => s.gates.some((x) => gateKey(x) === key))?.traffic;
        const fbAt = firstAt(base);
        const fhAt = firstAt(head);
        // Starting on the head's first traffic step is as early as it can be (a bigger first
        // step is its own finding).
        if (fbAt !== undefined && fhAt !== undefined && fhAt > fbAt && fhAt !== fh?.traffic)
            at(h.line, 'rollout.loosened.gate-later', `rollout loosened: gate "${h.name}" now starts at ${fhAt}% traffic, was ${fbAt}% at base`, h.file);
    }
    if (base.failureTolerance &&
        head.failureTolerance &&
        head.failureTolerance.value > base.failureTolerance.value) {
        at(head.failureTolerance.line, 'rollout.loosened.threshold', `rollout loosened: ${head.failureTolerance.value} failed checks tolerated before rollback, was ${base.failureTolerance.value} at base`);
    }
    if (!base.skipAnalysis && head.skipAnalysis) {
        at(head.skipAnalysis.line, 'rollout.loosened.skip', 'rollout loosened: skipAnalysis turned on');
    }
    return out;
}

// EXTERNAL MODULE: ./src/formats/rollout/describe.ts
var describe = __webpack_require__(9241);
// EXTERNAL MODULE: ./src/formats/data.ts + 5 modules
var data = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/formats/rollout/classify.ts
const LATENCY = /latency|duration|response[_ -]?time|\bp\d{2,3}\b|(^|[_.-])p\d{2,3}([_.-]|$)|_ms\b|_seconds|histogram_quantile|slow/i;
const ERRORS = /error|err[_-]?rate|5xx|5\.\.|\bsuccess|success[_-]?rate|fail|availability|exception|status(_code)?[!=]~?"?5|response_code/i;
/** Coverage of a gate judged from its name and any query text. */
function classify(...texts) {
    const text = texts.filter(Boolean).join(' ');
    const out = [];
    if (LATENCY.test(text))
        out.push('latency');
    if (ERRORS.test(text))
        out.push('errors');
    return out;
}
/** Every string inside a value (a provider block), joined: the text a query lives in. */
function stringsIn(value, depth = 0) {
    if (depth > 8)
        return '';
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.map((v) => stringsIn(v, depth + 1)).join(' ');
    if (value && typeof value === 'object')
        return Object.entries(value)
            .map(([k, v]) => `${k} ${stringsIn(v, depth + 1)}`)
            .join(' ');
    return '';
}
const CMP = /(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/g;
const CMP_REVERSED = /(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*(<=|>=|<|>)\s*[A-Za-z(]/g;
/**
 * The bound an Argo condition sets when it is one comparison with a number: a success condition
 * `result[0] >= 0.95` is a minimum, a failure condition `result[0] > 500` a maximum. Conditions with
 * several comparisons are shown but not compared (null).
 */
function conditionBound(condition, kind) {
    const forward = [...condition.matchAll(CMP)];
    const reversed = [...condition.matchAll(CMP_REVERSED)];
    if (forward.length + reversed.length !== 1)
        return null;
    let op;
    let value;
    if (forward.length === 1) {
        op = forward[0][1];
        value = Number(forward[0][2]);
    }
    else {
        // `0.95 <= result` reads as `result >= 0.95`.
        value = Number(reversed[0][1]);
        op = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }[reversed[0][2]] ?? reversed[0][2];
    }
    if (!Number.isFinite(value))
        return null;
    const greater = op === '>' || op === '>=';
    if (kind === 'success')
        return greater ? { min: value } : { max: value };
    return greater ? { max: value } : { min: value };
}

;// CONCATENATED MODULE: ./src/formats/rollout/types.ts
function templateKey(kind, name) {
    return `${kind}/${name}`;
}

;// CONCATENATED MODULE: ./src/formats/rollout/util.ts
/** Small helpers shared by the rollout readers: typed field access with line lookup. */

function lineAt(view, path) {
    return view.doc.lineOf([...view.prefix, ...path]);
}
function issue(view, level, rule, path, message) {
    const line = lineAt(view, path);
    view.issues.push({ level, rule, message, file: view.file, ...(line ? { line } : {}) });
}
/** The value at a path, or undefined. */
function get(value, path) {
    let node = value;
    for (const seg of path) {
        if (Array.isArray(node) && typeof seg === 'number')
            node = node[seg];
        else if ((0,data/* isRecord */.u4)(node) && typeof seg === 'string')
            node = node[seg];
        else
            return undefined;
    }
    return node;
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** A number, or a numeric string (Kubernetes often quotes them). */
function numLike(value) {
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()))
        return Number(value);
    return (0,data/* num */.bu)(value);
}
/** Check a traffic percentage; report and return undefined when it is not 0–100. */
function percent(view, value, path, what) {
    const n = numLike(value);
    if (n === undefined || n < 0 || n > 100) {
        issue(view, 'error', 'rollout.traffic', path, `${what}: ${JSON.stringify(value) ?? 'nothing'} is not a traffic percentage; expected a number from 0 to 100`);
        return undefined;
    }
    return n;
}


;// CONCATENATED MODULE: ./src/formats/rollout/argo.ts
/**
 * Argo Rollouts: a `Rollout` (canary steps or blueGreen) and the AnalysisTemplates /
 * ClusterAnalysisTemplates its analyses name, normalised to stages and gates.
 *
 * Canary: `setWeight` opens a stage; `pause` adds its `duration` (none = indefinite, a manual
 * promotion) to the stage's hold; an inline `analysis` step adds its templates' metrics as gates
 * (and, when every metric has a `count`, its run time to the hold); the background
 * `canary.analysis` gates every stage from `startingStep` on. After the last step Argo promotes to
 * 100 %, so mlgate adds that stage. A failed analysis aborts the rollout back to the stable
 * ReplicaSet: that is the rollback trigger.
 */





const ARG = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;
/** Replace `{{args.NAME}}` in every string of a value (Argo resolves args before it runs). */
function substitute(value, args, depth = 0) {
    if (typeof value === 'string')
        return value.replace(ARG, (whole, name) => Object.hasOwn(args, name) ? args[name] : whole);
    if (depth > 16)
        return value;
    if (Array.isArray(value))
        return value.map((v) => substitute(v, args, depth + 1));
    if ((0,data/* isRecord */.u4)(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = substitute(v, args, depth + 1);
        return out;
    }
    return value;
}
/** `args: [{name, value}]` as a map; `valueFrom` (a pod hash, a field of the Rollout) is unknown. */
function argValues(raw) {
    const out = Object.create(null);
    for (const a of (0,data/* list */.p_)(raw)) {
        const name = (0,data/* isRecord */.u4)(a) ? str(a.name) : undefined;
        if (!name || !(0,data/* isRecord */.u4)(a))
            continue;
        if (typeof a.value === 'string' || typeof a.value === 'number' || typeof a.value === 'boolean')
            out[name] = String(a.value);
    }
    return out;
}
/** Read the metrics of an AnalysisTemplate or ClusterAnalysisTemplate. */
function readAnalysisTemplate(view) {
    const kind = view.data.kind;
    const name = str(get(view.data, ['metadata', 'name']));
    if (!name)
        return null;
    const defaults = argValues(get(view.data, ['spec', 'args']));
    const line = lineAt(view, []);
    return {
        kind,
        name,
        file: view.file,
        ...(line ? { line } : {}),
        // Problems are reported once, when reading with the defaults.
        gates: templateGates(view, kind, name, defaults, true),
        withArgs: (args) => templateGates(view, kind, name, Object.assign(Object.create(null), defaults, args), false),
    };
}
function templateGates(view, kind, name, args, report) {
    const gates = [];
    (0,data/* list */.p_)(get(view.data, ['spec', 'metrics'])).forEach((raw, i) => {
        const metric = substitute(raw, args);
        if (!(0,data/* isRecord */.u4)(metric))
            return;
        const path = ['spec', 'metrics', i];
        const metricName = str(metric.name) ?? `metrics[${i}]`;
        const provider = (0,data/* isRecord */.u4)(metric.provider) ? metric.provider : {};
        const providerKind = Object.keys(provider)[0];
        const success = str(metric.successCondition);
        const failure = str(metric.failureCondition);
        const isJob = providerKind === 'job';
        if (report && !success && !failure && !isJob) {
            issue(view, 'warning', 'rollout.condition', path, `${kind} ${name}: metric "${metricName}" has neither successCondition nor failureCondition, so it cannot fail; expected a condition such as "result[0] >= 0.95"`);
        }
        const bound = {
            ...(success ? conditionBound(success, 'success') : null),
            ...(failure ? conditionBound(failure, 'failure') : null),
        };
        const failureLimit = numLike(metric.failureLimit);
        const count = numLike(metric.count);
        const interval = metric.interval === undefined ? 0 : (0,rollout_duration/* parseDuration */.E)(metric.interval, true);
        const delay = metric.initialDelay === undefined ? 0 : (0,rollout_duration/* parseDuration */.E)(metric.initialDelay, true);
        let duration;
        if (interval !== null && delay !== null) {
            if (count !== undefined)
                duration = delay + interval * count;
            else if (metric.interval === undefined)
                duration = delay;
        }
        const line = lineAt(view, path);
        gates.push({
            name: metricName,
            kind: isJob ? 'check' : 'metric',
            ...bound,
            ...(failureLimit !== undefined ? { failureLimit } : {}),
            ...(success || failure
                ? { condition: [success, failure && `fail if ${failure}`].filter(Boolean).join('; ') }
                : {}),
            covers: isJob ? [] : classify(metricName, stringsIn(provider)),
            file: view.file,
            ...(line ? { line } : {}),
            ...(duration !== undefined ? { durationMs: duration } : {}),
        });
    });
    return gates;
}
/** Resolve an analysis block's `templates` (with `dryRun` metrics left out) into gates. */
function resolveAnalysis(view, block, path, templates, notes) {
    const out = { gates: [], durationMs: 0, names: [] };
    if (!(0,data/* isRecord */.u4)(block))
        return out;
    const dry = (0,data/* list */.p_)(block.dryRun)
        .map((d) => ((0,data/* isRecord */.u4)(d) ? str(d.metricName) : undefined))
        .filter((d) => d !== undefined);
    if (dry.length > 0)
        notes.add(`dry-run metrics do not gate: ${dry.join(', ')}`);
    const isDry = (name) => dry.some((d) => d === name || d === '.*');
    const refs = (0,data/* list */.p_)(block.templates);
    if (refs.length === 0) {
        issue(view, 'error', 'rollout.analysis', path, 'analysis names no templates; expected templates: [{templateName: ...}]');
    }
    refs.forEach((ref, i) => {
        const name = (0,data/* isRecord */.u4)(ref) ? str(ref.templateName) : undefined;
        if (!name || !(0,data/* isRecord */.u4)(ref)) {
            issue(view, 'error', 'rollout.analysis', [...path, 'templates', i], 'analysis template has no templateName');
            return;
        }
        const cluster = ref.clusterScope === true;
        const kind = cluster ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
        out.names.push(name);
        const found = templates.get(templateKey(kind, name));
        if (!found) {
            const line = lineAt(view, [...path, 'templates', i]);
            issue(view, 'warning', 'rollout.template-missing', [...path, 'templates', i], `${kind} "${name}" is not in this file or elsewhere in the repository; mlgate cannot see its metrics, so it counts as a gate but not as a latency/error guardrail`);
            out.gates.push({
                name,
                kind: 'analysis',
                covers: [],
                file: view.file,
                ...(line ? { line } : {}),
            });
            out.durationMs = null;
            return;
        }
        const args = argValues(block.args);
        const gates = found.withArgs && Object.keys(args).length > 0 ? found.withArgs(args) : found.gates;
        for (const gate of gates) {
            if (isDry(gate.name))
                continue;
            out.gates.push(gate);
            const d = gate.durationMs;
            if (d === undefined)
                out.durationMs = null;
            else if (out.durationMs !== null)
                out.durationMs = Math.max(out.durationMs, d);
        }
    });
    return out;
}
function addHold(stage, ms, text) {
    if (stage.hold === 'invalid' || ms === 'invalid')
        stage.hold = 'invalid';
    else if (stage.hold === 'manual' || ms === 'manual')
        stage.hold = 'manual';
    else
        stage.hold = (stage.hold ?? 0) + ms;
    stage.holdText = stage.holdText ? `${stage.holdText} + ${text}` : text;
}
/** Read an Argo `Rollout` into a plan. */
function readArgoRollout(view, templates) {
    const notes = new Set();
    const strategy = get(view.data, ['spec', 'strategy']);
    const image = str(get(view.data, ['spec', 'template', 'spec', 'containers', 0, 'image']));
    const line = lineAt(view, []);
    const plan = {
        format: 'argo',
        kind: 'Rollout',
        ...(str(get(view.data, ['metadata', 'name']))
            ? { name: str(get(view.data, ['metadata', 'name'])) }
            : {}),
        file: view.file,
        ...(line ? { line } : {}),
        strategy: 'canary',
        ...(image ? { candidate: image } : {}),
        stages: [],
        promotion: 'auto',
        guardrails: [],
        rollback: {},
        notes: [],
    };
    if ((0,data/* isRecord */.u4)(strategy) && (0,data/* isRecord */.u4)(strategy.canary))
        readCanary(view, strategy.canary, plan, templates, notes);
    else if ((0,data/* isRecord */.u4)(strategy) && (0,data/* isRecord */.u4)(strategy.blueGreen))
        readBlueGreen(view, strategy.blueGreen, plan, templates, notes);
    else {
        issue(view, 'error', 'rollout.strategy', ['spec', 'strategy'], 'Rollout has no spec.strategy.canary or spec.strategy.blueGreen; expected one of them');
    }
    const all = plan.stages.flatMap((s) => s.gates);
    plan.guardrails = unique(all.filter((g) => g.kind === 'metric'));
    if (all.some((g) => g.kind !== 'manual')) {
        plan.rollback = {
            trigger: 'a failed analysis aborts the rollout',
            artifact: 'the stable ReplicaSet',
        };
    }
    plan.notes = [...notes].sort();
    return plan;
}
function readCanary(view, canary, plan, templates, notes) {
    const base = ['spec', 'strategy', 'canary'];
    const steps = (0,data/* list */.p_)(canary.steps);
    const stageAtStep = [];
    // Index of a weighted experiment stage that just ended: traffic returns to the last setWeight.
    let afterExperiment = -1;
    let weightStage = -1;
    const current = (i) => {
        if (afterExperiment >= 0 && afterExperiment === plan.stages.length - 1 && weightStage >= 0)
            return plan.stages[weightStage];
        if (plan.stages.length === 0) {
            const line = lineAt(view, [...base, 'steps', i]);
            plan.stages.push({
                traffic: 0,
                hold: null,
                gates: [],
                label: 'before traffic',
                ...(line ? { line } : {}),
            });
            weightStage = 0;
        }
        return plan.stages[plan.stages.length - 1];
    };
    steps.forEach((step, i) => {
        const path = [...base, 'steps', i];
        stageAtStep[i] = Math.max(0, plan.stages.length - 1);
        if (!(0,data/* isRecord */.u4)(step)) {
            issue(view, 'error', 'rollout.step', path, `step ${i + 1} is not an object; expected setWeight, pause or analysis`);
            return;
        }
        const keys = Object.keys(step);
        if ('setWeight' in step) {
            const traffic = percent(view, step.setWeight, [...path, 'setWeight'], `step ${i + 1} setWeight`);
            if (traffic === undefined)
                return;
            const line = lineAt(view, path);
            plan.stages.push({ traffic, hold: null, gates: [], ...(line ? { line } : {}) });
            stageAtStep[i] = plan.stages.length - 1;
            weightStage = plan.stages.length - 1;
            afterExperiment = -1;
        }
        else if ('pause' in step) {
            const pause = step.pause;
            const stage = current(i);
            const duration = (0,data/* isRecord */.u4)(pause) ? pause.duration : undefined;
            if (duration === undefined)
                addHold(stage, 'manual', 'manual');
            else {
                const ms = (0,rollout_duration/* parseDuration */.E)(duration, true);
                if (ms === null) {
                    issue(view, 'error', 'rollout.hold', [...path, 'pause', 'duration'], `step ${i + 1}: pause duration ${JSON.stringify(duration)} is not a duration; expected e.g. 30s, 10m, 1h or a number of seconds`);
                    addHold(stage, 'invalid', String(duration));
                }
                else
                    addHold(stage, ms, (0,rollout_duration/* formatDuration */.a)(ms));
            }
        }
        else if ('analysis' in step) {
            const stage = current(i);
            const res = resolveAnalysis(view, step.analysis, [...path, 'analysis'], templates, notes);
            stage.gates.push(...res.gates);
            if (res.durationMs !== null && res.durationMs > 0)
                addHold(stage, res.durationMs, `analysis ${(0,rollout_duration/* formatDuration */.a)(res.durationMs)}`);
        }
        else if ('experiment' in step) {
            readExperiment(view, step.experiment, path, i, templates, notes, {
                routed: (0,data/* isRecord */.u4)(canary.trafficRouting),
                weightStage: () => current(i),
                push: (stage) => {
                    plan.stages.push(stage);
                    afterExperiment = plan.stages.length - 1;
                },
            });
            stageAtStep[i] = plan.stages.length - 1;
        }
        else {
            const known = ['setCanaryScale', 'setHeaderRoute', 'setMirrorRoute', 'plugin'];
            const key = keys.find((k) => known.includes(k));
            if (key)
                notes.add(`${key} steps are not traffic steps and are not checked`);
            else
                issue(view, 'warning', 'rollout.step', path, `step ${i + 1} (${keys.join(', ') || 'empty'}) is not a step mlgate knows; expected setWeight, pause, analysis or experiment`);
        }
    });
    if (plan.stages.some((s) => s.hold === 'manual')) {
        notes.add('an indefinite pause waits for `kubectl argo rollouts promote`');
    }
    // Background analysis: from `startingStep` until the rollout completes.
    if ((0,data/* isRecord */.u4)(canary.analysis)) {
        const startRaw = canary.analysis.startingStep;
        const start = startRaw === undefined ? 0 : numLike(startRaw);
        const res = resolveAnalysis(view, canary.analysis, [...base, 'analysis'], templates, notes);
        let from = 0;
        if (start === undefined || start < 0 || !Number.isInteger(start)) {
            issue(view, 'error', 'rollout.analysis', [...base, 'analysis', 'startingStep'], `startingStep ${JSON.stringify(startRaw)} is not a step index; expected an integer from 0`);
            from = plan.stages.length;
        }
        else if (start >= steps.length && steps.length > 0) {
            issue(view, 'warning', 'rollout.analysis', [...base, 'analysis', 'startingStep'], `startingStep ${start} is past the last step (${steps.length - 1}); the background analysis never gates traffic`);
            from = plan.stages.length;
        }
        else
            from = stageAtStep[start] ?? 0;
        if (plan.stages.length === 0 && res.gates.length > 0) {
            plan.stages.push({ traffic: 0, hold: null, gates: [], label: 'before traffic' });
        }
        for (let s = from; s < plan.stages.length; s++)
            plan.stages[s].gates.push(...res.gates);
    }
    const last = plan.stages[plan.stages.length - 1];
    if (!last || last.traffic < 100)
        plan.stages.push({ traffic: 100, hold: null, gates: [], implicit: true });
    if (steps.length === 0)
        notes.add('no canary steps: the new version takes all traffic as soon as it is ready');
}
/**
 * An `experiment` step (Argo docs features/experiment.md) blocks the rollout until the experiment
 * ends: after `duration`, or when its `requiredForCompletion` analyses finish, or (neither set)
 * when someone terminates or promotes it. Its analyses are gates. Under `trafficRouting`, a
 * template's `weight` sends that share to the experiment's ReplicaSet on top of the canary's
 * current setWeight (rollout/trafficrouting.go): `specRef: canary` templates expose the candidate,
 * `specRef: stable` ones run the old version. Without weights the canary keeps its current weight
 * for the experiment's duration.
 */
function readExperiment(view, raw, path, i, templates, notes, at) {
    const exp = (0,data/* isRecord */.u4)(raw) ? raw : {};
    const gates = [];
    let analysisMs = 0;
    let required = false;
    (0,data/* list */.p_)(exp.analyses).forEach((a, j) => {
        if (!(0,data/* isRecord */.u4)(a))
            return;
        if (a.requiredForCompletion === true)
            required = true;
        const res = resolveAnalysis(view, { templates: [a], ...(a.args !== undefined ? { args: a.args } : {}) }, [...path, 'experiment', 'analyses', j], templates, notes);
        gates.push(...res.gates);
        if (a.requiredForCompletion === true) {
            if (res.durationMs === null || analysisMs === null)
                analysisMs = null;
            else
                analysisMs = Math.max(analysisMs, res.durationMs);
        }
    });
    let hold;
    let holdText;
    if (exp.duration !== undefined) {
        const ms = (0,rollout_duration/* parseDuration */.E)(exp.duration, true);
        if (ms === null) {
            issue(view, 'error', 'rollout.hold', [...path, 'experiment', 'duration'], `step ${i + 1}: experiment duration ${JSON.stringify(exp.duration)} is not a duration; expected e.g. 30m or 1h`);
            hold = 'invalid';
            holdText = String(exp.duration);
        }
        else {
            hold = required && analysisMs !== null ? Math.max(ms, analysisMs) : ms;
            holdText = `experiment ${(0,rollout_duration/* formatDuration */.a)(hold)}`;
        }
    }
    else if (required && analysisMs !== null && analysisMs > 0) {
        hold = analysisMs;
        holdText = `experiment analysis ${(0,rollout_duration/* formatDuration */.a)(analysisMs)}`;
    }
    else {
        // No duration and nothing required to complete: it runs until terminated or promoted.
        hold = 'manual';
        holdText = 'manual (experiment without duration)';
    }
    let weight = 0;
    (0,data/* list */.p_)(exp.templates).forEach((t, j) => {
        if (!(0,data/* isRecord */.u4)(t) || t.weight === undefined)
            return;
        const w = percent(view, t.weight, [...path, 'experiment', 'templates', j, 'weight'], `step ${i + 1} experiment weight`);
        if (w === undefined)
            return;
        if (!at.routed) {
            notes.add('experiment template weights need canary.trafficRouting; without it they route nothing');
            return;
        }
        if (t.specRef !== 'stable')
            weight += w;
    });
    // The rollout blocks on the step, so the canary holds its current setWeight meanwhile.
    const base = at.weightStage();
    if (weight > 0) {
        addHold(base, hold, holdText);
        const line = lineAt(view, path);
        const stage = {
            traffic: Math.min(100, base.traffic + weight),
            hold: null,
            gates,
            label: 'experiment',
            ...(line ? { line } : {}),
        };
        addHold(stage, hold, holdText);
        at.push(stage);
    }
    else {
        base.gates.push(...gates);
        addHold(base, hold, holdText);
    }
}
function readBlueGreen(view, bg, plan, templates, notes) {
    const base = ['spec', 'strategy', 'blueGreen'];
    plan.strategy = 'blue-green';
    const pre = (0,data/* isRecord */.u4)(bg.prePromotionAnalysis)
        ? resolveAnalysis(view, bg.prePromotionAnalysis, [...base, 'prePromotionAnalysis'], templates, notes)
        : null;
    const post = (0,data/* isRecord */.u4)(bg.postPromotionAnalysis)
        ? resolveAnalysis(view, bg.postPromotionAnalysis, [...base, 'postPromotionAnalysis'], templates, notes)
        : null;
    const line = lineAt(view, base);
    const preview = {
        traffic: 0,
        hold: null,
        gates: pre?.gates ?? [],
        label: 'preview',
        ...(line ? { line } : {}),
    };
    if (pre && pre.durationMs)
        addHold(preview, pre.durationMs, `analysis ${(0,rollout_duration/* formatDuration */.a)(pre.durationMs)}`);
    if (bg.autoPromotionEnabled === false) {
        addHold(preview, 'manual', 'manual');
        plan.promotion = 'manual';
    }
    else if (bg.autoPromotionSeconds !== undefined) {
        const s = (0,data/* num */.bu)(bg.autoPromotionSeconds);
        if (s === undefined || s < 0)
            issue(view, 'error', 'rollout.hold', [...base, 'autoPromotionSeconds'], 'autoPromotionSeconds is not a number of seconds');
        else
            addHold(preview, s * 1000, (0,rollout_duration/* formatDuration */.a)(s * 1000));
    }
    const activeLine = lineAt(view, [...base, 'activeService']);
    plan.stages.push(preview, {
        traffic: 100,
        hold: null,
        gates: post?.gates ?? [],
        ...(activeLine ? { line: activeLine } : {}),
    });
    if (post)
        notes.add('postPromotionAnalysis runs after the switch to 100 %');
}
/** Gates once each, by file, line and name. */
function unique(gates) {
    const seen = new Set();
    return gates.filter((g) => {
        const key = `${g.file}:${g.line ?? ''}:${g.name}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/formats/rollout/flagger.ts
/**
 * Flagger `Canary`: `spec.analysis` (or the deprecated `spec.canaryAnalysis`) normalised to stages.
 * `stepWeights` lists the weights; otherwise `stepWeight` steps up to `maxWeight` (default 100);
 * otherwise `iterations` is a blue/green (or, with `match`, an A/B) run at no weighted traffic.
 * Each stage holds for one `interval` (default 60s) and is gated by every metric. After the last
 * weight Flagger promotes to 100 %. `threshold` failed checks (default 1) roll back to the primary.
 */





const DEFAULT_INTERVAL_MS = 60_000;
const MAX_STAGES = 100;
function readFlaggerCanary(view, templates) {
    const notes = new Set();
    const line = lineAt(view, []);
    const name = str(get(view.data, ['metadata', 'name']));
    const plan = {
        format: 'flagger',
        kind: 'Canary',
        ...(name ? { name } : {}),
        file: view.file,
        ...(line ? { line } : {}),
        strategy: 'canary',
        stages: [],
        promotion: 'auto',
        guardrails: [],
        rollback: {},
        notes: [],
    };
    const spec = (0,data/* isRecord */.u4)(view.data.spec) ? view.data.spec : {};
    if (spec.skipAnalysis === true)
        plan.skipAnalysis = {
            ...(lineAt(view, ['spec', 'skipAnalysis'])
                ? { line: lineAt(view, ['spec', 'skipAnalysis']) }
                : {}),
        };
    let key = 'analysis';
    if (!(0,data/* isRecord */.u4)(spec.analysis) && (0,data/* isRecord */.u4)(spec.canaryAnalysis)) {
        key = 'canaryAnalysis';
        notes.add('spec.canaryAnalysis is deprecated; read as spec.analysis');
    }
    const analysis = spec[key];
    const base = ['spec', key];
    if (!(0,data/* isRecord */.u4)(analysis)) {
        issue(view, 'error', 'rollout.analysis', ['spec'], 'Canary has no spec.analysis; Flagger would promote without analysis. Expected analysis with interval, threshold, stepWeight and metrics');
        plan.stages.push({ traffic: 100, hold: null, gates: [], implicit: true });
        return plan;
    }
    let interval = DEFAULT_INTERVAL_MS;
    let intervalText = (0,rollout_duration/* formatDuration */.a)(DEFAULT_INTERVAL_MS);
    let intervalBad = false;
    if (analysis.interval !== undefined) {
        const ms = (0,rollout_duration/* parseDuration */.E)(analysis.interval);
        if (ms === null) {
            intervalBad = true;
            issue(view, 'error', 'rollout.hold', [...base, 'interval'], `analysis interval ${JSON.stringify(analysis.interval)} is not a duration; expected e.g. 1m or 30s`);
        }
        else {
            // Flagger never schedules faster than every 10s.
            interval = Math.max(ms, 10_000);
            intervalText = (0,rollout_duration/* formatDuration */.a)(interval);
        }
    }
    else
        notes.add('analysis.interval not set: Flagger uses 1m');
    const thresholdRaw = analysis.threshold;
    const threshold = numLike(thresholdRaw);
    if (thresholdRaw !== undefined && (threshold === undefined || threshold < 0)) {
        issue(view, 'error', 'rollout.threshold', [...base, 'threshold'], `threshold ${JSON.stringify(thresholdRaw)} is not a number of failed checks`);
    }
    const tolerance = threshold && threshold > 0 ? threshold : 1;
    if (threshold === undefined)
        notes.add('analysis.threshold not set: Flagger rolls back after 1 failed check');
    const toleranceLine = lineAt(view, [...base, 'threshold']);
    plan.failureTolerance = { value: tolerance, ...(toleranceLine ? { line: toleranceLine } : {}) };
    const metricGates = (0,data/* list */.p_)(analysis.metrics).flatMap((m, i) => metricGate(view, m, [...base, 'metrics', i], templates, notes));
    const every = [...metricGates];
    const first = [];
    const confirm = { rollout: [], increase: [], promotion: [] };
    const rollbackHooks = [];
    (0,data/* list */.p_)(analysis.webhooks).forEach((w, i) => {
        if (!(0,data/* isRecord */.u4)(w))
            return;
        const type = str(w.type) ?? 'rollout';
        const name = str(w.name) ?? `webhooks[${i}]`;
        const wline = lineAt(view, [...base, 'webhooks', i]);
        const gate = (kind) => ({
            name,
            kind,
            covers: [],
            file: view.file,
            ...(wline ? { line: wline } : {}),
        });
        switch (type) {
            case 'rollout':
                every.push(gate('check'));
                break;
            case 'pre-rollout':
                first.push(gate('check'));
                break;
            case 'confirm-rollout':
                confirm.rollout.push(gate('manual'));
                break;
            case 'confirm-traffic-increase':
                confirm.increase.push(gate('manual'));
                break;
            case 'confirm-promotion':
                confirm.promotion.push(gate('manual'));
                break;
            case 'rollback':
                rollbackHooks.push(name);
                break;
            case 'post-rollout':
            case 'event':
                notes.add(`${type} webhooks run after the decision and do not gate`);
                break;
            default:
                issue(view, 'warning', 'rollout.webhook', [...base, 'webhooks', i, 'type'], `webhook "${name}" has unknown type "${type}"; expected rollout, pre-rollout, confirm-rollout, confirm-traffic-increase, confirm-promotion, rollback, post-rollout or event`);
        }
    });
    const hold = () => intervalBad
        ? { hold: 'invalid', holdText: String(analysis.interval) }
        : { hold: interval, holdText: intervalText };
    const weights = readWeights(view, analysis, base, notes);
    plan.pacing = 'checks';
    if (weights.kind === 'weights') {
        // With `mirror: true` Flagger first mirrors traffic for one interval (analysed) before it
        // shifts any weight (scheduler.go runCanary).
        if (analysis.mirror === true && weights.list.length > 0)
            plan.stages.push({ traffic: 0, ...hold(), gates: [...every], label: 'mirrored', checks: 1 });
        for (const { traffic, line: wl } of weights.list)
            plan.stages.push({
                traffic,
                ...hold(),
                gates: [...every],
                checks: 1,
                ...(wl ? { line: wl } : {}),
            });
        // confirm-traffic-increase runs before every weight increase, the promotion included.
        if (confirm.increase.length > 0)
            for (const s of plan.stages)
                manualHold(s, confirm.increase, 'confirm-traffic-increase');
    }
    else if (weights.kind === 'iterations') {
        const match = (0,data/* list */.p_)(analysis.match).length > 0;
        plan.strategy = match ? 'ab-test' : 'blue-green';
        const label = match ? 'A/B header match' : analysis.mirror === true ? 'mirrored' : 'preview';
        plan.stages.push({
            traffic: 0,
            hold: intervalBad ? 'invalid' : interval * weights.iterations,
            holdText: `${weights.iterations} × ${intervalText}`,
            gates: [...every],
            label,
            checks: weights.iterations,
            ...(weights.line ? { line: weights.line } : {}),
        });
        if (confirm.increase.length > 0)
            notes.add('confirm-traffic-increase webhooks do not run for blue/green or A/B (iterations)');
    }
    if (plan.stages.length > 0)
        plan.stages[0].gates.unshift(...first);
    // confirm-rollout halts the canary before it gets any traffic, like Argo's leading `pause: {}`.
    if (confirm.rollout.length > 0 && plan.stages.length > 0) {
        const head = plan.stages[0];
        if (head.traffic === 0)
            manualHold(head, confirm.rollout, 'confirm-rollout');
        else
            plan.stages.unshift({
                traffic: 0,
                hold: 'manual',
                holdText: 'manual (confirm-rollout)',
                gates: [...confirm.rollout],
                label: 'before traffic',
                ...(line ? { line: confirm.rollout[0].line ?? line } : {}),
            });
    }
    // confirm-promotion holds the last step (its checks keep running) until a person approves.
    if (confirm.promotion.length > 0) {
        plan.promotion = 'manual';
        const last = plan.stages[plan.stages.length - 1];
        if (last)
            manualHold(last, confirm.promotion, 'confirm-promotion');
    }
    // At maxWeight Flagger analyses once more, then promotes: a plan already at 100 % ends there.
    const last = plan.stages[plan.stages.length - 1];
    if (!last || last.traffic < 100)
        plan.stages.push({ traffic: 100, hold: null, gates: [], implicit: true });
    if (analysis.stepWeightPromotion !== undefined)
        notes.add('stepWeightPromotion (promotion in steps) is not modelled');
    plan.guardrails = metricGates.filter((g) => g.kind === 'metric');
    const checks = every.length + first.length;
    if (checks > 0) {
        plan.rollback = {
            trigger: `${tolerance} failed check${tolerance === 1 ? '' : 's'} (threshold) roll back`,
            artifact: 'the primary (current) version',
            ...(toleranceLine ? { line: toleranceLine } : {}),
        };
    }
    if (rollbackHooks.length > 0) {
        plan.rollback.trigger = [plan.rollback.trigger, `rollback webhook ${rollbackHooks.join(', ')}`]
            .filter(Boolean)
            .join('; ');
        plan.rollback.artifact ??= 'the primary (current) version';
    }
    plan.notes = [...notes].sort();
    return plan;
}
/** A confirm webhook waits for a person at this stage: the stage's hold becomes manual. */
function manualHold(stage, gates, what) {
    stage.gates.push(...gates);
    if (stage.hold === 'invalid')
        return;
    stage.holdText = `${stage.holdText ? `${stage.holdText} + ` : ''}manual (${what})`;
    stage.hold = 'manual';
}
function metricGate(view, m, path, templates, notes) {
    if (!(0,data/* isRecord */.u4)(m))
        return [];
    const name = str(m.name) ?? String(path[path.length - 1]);
    const range = (0,data/* isRecord */.u4)(m.thresholdRange) ? m.thresholdRange : undefined;
    let min = range ? (0,data/* num */.bu)(range.min) : undefined;
    let max = range ? (0,data/* num */.bu)(range.max) : undefined;
    if (!range && (0,data/* num */.bu)(m.threshold) !== undefined) {
        // Deprecated `threshold`: a minimum for the success rate, a maximum otherwise.
        if (name === 'request-success-rate')
            min = (0,data/* num */.bu)(m.threshold);
        else
            max = (0,data/* num */.bu)(m.threshold);
        notes.add('metrics[].threshold is deprecated; read as thresholdRange');
    }
    if (min === undefined && max === undefined) {
        issue(view, 'warning', 'rollout.condition', path, `metric "${name}" has no thresholdRange, so it cannot fail; expected thresholdRange: {min: ...} or {max: ...}`);
    }
    const ref = (0,data/* isRecord */.u4)(m.templateRef) ? str(m.templateRef.name) : undefined;
    const template = ref ? templates.get(templateKey('MetricTemplate', ref)) : undefined;
    const line = lineAt(view, path);
    return [
        {
            name,
            kind: 'metric',
            ...(min !== undefined ? { min } : {}),
            ...(max !== undefined ? { max } : {}),
            covers: classify(name, ref, template?.text, str(m.query)),
            file: view.file,
            ...(line ? { line } : {}),
        },
    ];
}
function readWeights(view, a, base, notes) {
    if (Array.isArray(a.stepWeights) && a.stepWeights.length > 0) {
        if (a.stepWeight !== undefined)
            notes.add('stepWeights is set, so stepWeight and maxWeight are ignored (as Flagger does)');
        const out = [];
        a.stepWeights.slice(0, MAX_STAGES).forEach((w, i) => {
            const t = percent(view, w, [...base, 'stepWeights', i], `stepWeights[${i}]`);
            const line = lineAt(view, [...base, 'stepWeights', i]);
            if (t !== undefined)
                out.push({ traffic: t, ...(line ? { line } : {}) });
        });
        return { kind: 'weights', list: out };
    }
    if (a.stepWeight !== undefined) {
        const step = percent(view, a.stepWeight, [...base, 'stepWeight'], 'stepWeight');
        const max = a.maxWeight === undefined
            ? 100
            : percent(view, a.maxWeight, [...base, 'maxWeight'], 'maxWeight');
        if (step === undefined || max === undefined)
            return { kind: 'none' };
        if (step <= 0) {
            issue(view, 'error', 'rollout.traffic', [...base, 'stepWeight'], 'stepWeight must be greater than 0');
            return { kind: 'none' };
        }
        const line = lineAt(view, [...base, 'stepWeight']);
        const out = [];
        // Flagger adds stepWeight (capped at 100, not at maxWeight) until the weight reaches
        // maxWeight, then promotes (scheduler.go runCanary): stepWeight 20, maxWeight 50 runs at 60.
        for (let w = step; out.length < MAX_STAGES; w += step) {
            out.push({ traffic: Math.min(w, 100), ...(line ? { line } : {}) });
            if (w >= max)
                break;
        }
        return { kind: 'weights', list: out };
    }
    if (a.iterations !== undefined) {
        const n = numLike(a.iterations);
        if (n === undefined || n < 1 || !Number.isInteger(n)) {
            issue(view, 'error', 'rollout.hold', [...base, 'iterations'], `iterations ${JSON.stringify(a.iterations)} is not a positive integer`);
            return { kind: 'none' };
        }
        const line = lineAt(view, [...base, 'iterations']);
        return { kind: 'iterations', iterations: n, ...(line ? { line } : {}) };
    }
    issue(view, 'error', 'rollout.traffic', base, 'analysis has no stepWeight, stepWeights or iterations; expected one of them');
    return { kind: 'none' };
}

;// CONCATENATED MODULE: ./src/formats/rollout/kserve.ts
/**
 * KServe `InferenceService`. v1beta1 (`serving.kserve.io`, and `serving.kubeflow.org` before the
 * rename): `spec.predictor.canaryTrafficPercent` sends that share to the latest revision while
 * KServe keeps the last revision rolled out at 100 %; a person promotes (removes the field or sets
 * 100) or rolls back (sets 0) (KServe docs, samples/v1beta1/rollout). v1alpha2 (KFServing):
 * `spec.default` serves, `spec.canary` is the candidate and `spec.canaryTrafficPercent` its share;
 * promotion moves the canary into `default`. There are no metric gates and no automatic rollback,
 * and mlgate says so rather than inventing them.
 */


/** The first `storageUri` of a predictor (`model.storageUri` or a framework block's). */
function storageUri(predictor) {
    if (!(0,data/* isRecord */.u4)(predictor))
        return undefined;
    return (str(get(predictor, ['model', 'storageUri'])) ??
        Object.values(predictor)
            .map((v) => ((0,data/* isRecord */.u4)(v) ? str(v.storageUri) : undefined))
            .find(Boolean));
}
function readInferenceService(view) {
    const notes = [];
    const line = lineAt(view, []);
    const name = str(get(view.data, ['metadata', 'name']));
    const spec = get(view.data, ['spec']);
    const v1alpha2 = (0,data/* isRecord */.u4)(spec) &&
        !(0,data/* isRecord */.u4)(spec.predictor) &&
        ((0,data/* isRecord */.u4)(spec.default) || (0,data/* isRecord */.u4)(spec.canary));
    const hasCanary = v1alpha2 && (0,data/* isRecord */.u4)(get(spec, ['canary']));
    const predictor = v1alpha2
        ? get(spec, [hasCanary ? 'canary' : 'default', 'predictor'])
        : get(spec, ['predictor']);
    const candidate = storageUri(predictor);
    const stable = v1alpha2 && hasCanary ? storageUri(get(spec, ['default', 'predictor'])) : undefined;
    const path = v1alpha2
        ? ['spec', 'canaryTrafficPercent']
        : ['spec', 'predictor', 'canaryTrafficPercent'];
    const plan = {
        format: 'kserve',
        kind: 'InferenceService',
        ...(name ? { name } : {}),
        file: view.file,
        ...(line ? { line } : {}),
        strategy: 'canary',
        ...(candidate ? { candidate } : {}),
        ...(stable ? { stable } : {}),
        stages: [],
        promotion: 'auto',
        pacing: 'hold',
        guardrails: [],
        rollback: { artifact: v1alpha2 ? 'the default predictor' : 'the last rolled-out revision' },
        notes,
    };
    if (v1alpha2)
        notes.push('v1alpha2 InferenceService: spec.canary is the candidate, spec.default serves the rest');
    let raw = get(view.data, path);
    if (v1alpha2 && !hasCanary) {
        if (raw !== undefined)
            notes.push('canaryTrafficPercent without spec.canary routes nothing');
        raw = undefined;
    }
    else if (v1alpha2 && raw === undefined) {
        // KFServing v1alpha2 sends no traffic to a canary without a percentage.
        raw = 0;
        notes.push('spec.canary without canaryTrafficPercent receives no traffic');
    }
    if (raw === undefined) {
        notes.push('no canaryTrafficPercent: the new revision takes all traffic once it is ready');
        plan.stages.push({ traffic: 100, hold: null, gates: [], ...(line ? { line } : {}) });
        return withPartNotes(view, plan);
    }
    const traffic = percent(view, raw, path, 'canaryTrafficPercent');
    const tline = lineAt(view, path) ?? line;
    if (traffic === 0 && !v1alpha2) {
        plan.action = {
            kind: 'rollback',
            message: 'canaryTrafficPercent: 0 rolls back: all traffic returns to the last rolled-out revision (KServe pins it); this is not a new rollout plan',
            ...(tline ? { line: tline } : {}),
        };
        plan.stages.push({
            traffic: 0,
            hold: 'manual',
            holdText: 'pinned',
            gates: [],
            ...(tline ? { line: tline } : {}),
        });
    }
    else if (traffic !== undefined && traffic < 100) {
        plan.promotion = 'manual';
        plan.stages.push({
            traffic,
            hold: 'manual',
            holdText: 'manual',
            gates: [],
            ...(tline ? { line: tline } : {}),
        });
        notes.push(v1alpha2
            ? 'promotion and rollback are manual: move spec.canary into spec.default to promote, remove it to roll back'
            : 'promotion and rollback are manual: edit canaryTrafficPercent (100 promotes, 0 rolls back)');
    }
    else if (traffic !== undefined) {
        plan.stages.push({ traffic, hold: null, gates: [], ...(tline ? { line: tline } : {}) });
    }
    return withPartNotes(view, plan);
}
function withPartNotes(view, plan) {
    for (const part of ['transformer', 'explainer']) {
        if (get(view.data, ['spec', part, 'canaryTrafficPercent']) !== undefined)
            plan.notes.push(`spec.${part}.canaryTrafficPercent is not checked (the predictor's is)`);
    }
    return plan;
}

// EXTERNAL MODULE: ./src/generated/rollout.validate.cjs
var rollout_validate = __webpack_require__(4471);
var rollout_validate_default = /*#__PURE__*/__webpack_require__.n(rollout_validate);
// EXTERNAL MODULE: ./src/formats/schema-errors.ts
var schema_errors = __webpack_require__(5337);
;// CONCATENATED MODULE: ./src/formats/rollout/native.ts
/**
 * The native mlgate plan (`kind: MlgateRollout`, SPEC §5) for teams without Kubernetes, validated
 * against `schemas/rollout.schema.json`. Guardrails gate every step; a step may add its own gates;
 * `hold: manual` waits for a person. The rollback names the known-good artifact and the trigger.
 */






// `validate` is precompiled from schemas/rollout.schema.json by scripts/compile-schemas.mjs.
function guardrail(view, g, path) {
    if (!(0,data/* isRecord */.u4)(g) || !str(g.metric))
        return null;
    const name = g.metric;
    const line = lineAt(view, path);
    const declared = (0,data/* list */.p_)(g.covers).filter((c) => c === 'latency' || c === 'errors');
    return {
        name,
        kind: 'metric',
        ...(typeof g.min === 'number' ? { min: g.min } : {}),
        ...(typeof g.max === 'number' ? { max: g.max } : {}),
        ...(typeof g.max_ratio_vs_control === 'number' ? { maxRatio: g.max_ratio_vs_control } : {}),
        covers: declared.length > 0 ? declared : classify(name),
        file: view.file,
        ...(line ? { line } : {}),
    };
}
function readNative(view) {
    const d = view.data;
    const line = lineAt(view, []);
    if (!rollout_validate_default()(d)) {
        for (const p of (0,schema_errors/* schemaProblems */.Ic)((rollout_validate_default()).errors)) {
            issue(view, 'error', 'rollout.schema', p.path, `MlgateRollout ${p.message}`);
        }
    }
    const strategy = d.strategy === 'shadow-then-canary' || d.strategy === 'blue-green' ? d.strategy : 'canary';
    const guardrails = (0,data/* list */.p_)(d.guardrails)
        .map((g, i) => guardrail(view, g, ['guardrails', i]))
        .filter((g) => g !== null);
    const stages = [];
    (0,data/* list */.p_)(d.steps).forEach((step, i) => {
        if (!(0,data/* isRecord */.u4)(step) || typeof step.traffic !== 'number' || !Number.isFinite(step.traffic))
            return;
        const sline = lineAt(view, ['steps', i]);
        const own = (0,data/* list */.p_)(step.gates)
            .map((g, j) => guardrail(view, g, ['steps', i, 'gates', j]))
            .filter((g) => g !== null);
        const stage = {
            traffic: step.traffic,
            hold: null,
            gates: [...guardrails, ...own],
            ...(sline ? { line: sline } : {}),
            ...(step.shadow === true ? { label: 'shadow' } : {}),
        };
        if (typeof step.hold === 'string') {
            if (step.hold.trim() === 'manual') {
                stage.hold = 'manual';
                stage.holdText = 'manual';
            }
            else {
                const ms = (0,rollout_duration/* parseDuration */.E)(step.hold);
                if (ms === null) {
                    issue(view, 'error', 'rollout.hold', ['steps', i, 'hold'], `steps[${i}].hold "${step.hold}" is not a duration; expected e.g. 30m, 4h, 1h30m or "manual"`);
                    stage.hold = 'invalid';
                    stage.holdText = step.hold;
                }
                else {
                    stage.hold = ms;
                    stage.holdText = (0,rollout_duration/* formatDuration */.a)(ms);
                }
            }
        }
        stages.push(stage);
    });
    const last = stages[stages.length - 1];
    const rollback = (0,data/* isRecord */.u4)(d.rollback) ? d.rollback : {};
    const rline = lineAt(view, ['rollback']);
    const trigger = str(rollback.trigger);
    const artifact = str(rollback.artifact);
    return {
        format: 'native',
        kind: 'MlgateRollout',
        ...(str(d.model) ? { name: str(d.model), model: str(d.model) } : {}),
        file: view.file,
        ...(line ? { line } : {}),
        strategy,
        ...(str(d.candidate) ? { candidate: str(d.candidate) } : {}),
        stages,
        promotion: last && last.traffic < 100 && last.hold === 'manual' ? 'manual' : 'auto',
        guardrails,
        rollback: {
            ...(trigger ? { trigger } : {}),
            ...(artifact ? { artifact } : {}),
            ...(rline ? { line: rline } : {}),
        },
        notes: [],
    };
}

;// CONCATENATED MODULE: ./src/formats/rollout/index.ts
/**
 * Rollout files: `(file, text) → normalised plan + issues`. A file may hold several YAML documents
 * (Kubernetes manifests, `kind: List`); mlgate picks the plan document — a native MlgateRollout
 * first, else an Argo `Rollout`, Flagger `Canary` or KServe `InferenceService` — and resolves
 * AnalysisTemplates from the same file and from the index of templates found elsewhere.
 */










/** API groups per plan kind; KServe was KFServing (`serving.kubeflow.org`) before v0.7. */
const PLAN_KINDS = {
    MlgateRollout: [''],
    Rollout: ['argoproj.io/'],
    Canary: ['flagger.app/'],
    InferenceService: ['serving.kserve.io/', 'serving.kubeflow.org/'],
};
/** Every object in a file's documents, with `kind: List` items expanded. */
function views(file, docs, issues) {
    const out = [];
    for (const doc of docs) {
        if (!(0,data/* isRecord */.u4)(doc.data))
            continue;
        if (doc.data.kind === 'List' && Array.isArray(doc.data.items)) {
            doc.data.items.forEach((item, i) => {
                if ((0,data/* isRecord */.u4)(item))
                    out.push({ data: item, file, prefix: ['items', i], doc, issues });
            });
        }
        else
            out.push({ data: doc.data, file, prefix: [], doc, issues });
    }
    return out;
}
/** Templates defined in a set of views. */
function collectTemplates(all) {
    const index = new Map();
    for (const v of all) {
        const kind = v.data.kind;
        if (kind === 'AnalysisTemplate' || kind === 'ClusterAnalysisTemplate') {
            const t = readAnalysisTemplate(v);
            if (t && !index.has(templateKey(t.kind, t.name)))
                index.set(templateKey(t.kind, t.name), t);
        }
        else if (kind === 'MetricTemplate') {
            const name = str(get(v.data, ['metadata', 'name']));
            if (!name)
                continue;
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
function templatesIn(file, text) {
    const parsed = (0,data/* parseDataDocuments */.eJ)(text);
    if (!parsed.ok)
        return new Map();
    return collectTemplates(views(file, parsed.value, []));
}
/** Template keys an Argo Rollout or Flagger Canary refers to. */
function referencedTemplates(v) {
    const out = [];
    const fromBlock = (block) => {
        for (const ref of (0,data/* list */.p_)(get(block, ['templates']))) {
            const name = str(get(ref, ['templateName']));
            if (name)
                out.push(templateKey(get(ref, ['clusterScope']) === true ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate', name));
        }
    };
    const canary = get(v.data, ['spec', 'strategy', 'canary']);
    for (const step of (0,data/* list */.p_)(get(canary, ['steps']))) {
        fromBlock(get(step, ['analysis']));
        for (const a of (0,data/* list */.p_)(get(step, ['experiment', 'analyses'])))
            fromBlock({ templates: [a] });
    }
    fromBlock(get(canary, ['analysis']));
    const bg = get(v.data, ['spec', 'strategy', 'blueGreen']);
    fromBlock(get(bg, ['prePromotionAnalysis']));
    fromBlock(get(bg, ['postPromotionAnalysis']));
    for (const m of (0,data/* list */.p_)(get(v.data, ['spec', 'analysis', 'metrics']))) {
        const name = str(get(m, ['templateRef', 'name']));
        if (name)
            out.push(templateKey('MetricTemplate', name));
    }
    return out;
}
function isPlanDoc(v) {
    const kind = typeof v.data.kind === 'string' ? v.data.kind : '';
    if (!Object.hasOwn(PLAN_KINDS, kind))
        return false;
    const api = typeof v.data.apiVersion === 'string' ? v.data.apiVersion : '';
    return api === '' || PLAN_KINDS[kind].some((group) => group === '' || api.startsWith(group));
}
/** Read a rollout file into a normalised plan. Never throws. */
function readRollout(file, text, opts = {}) {
    const issues = [];
    const parsed = (0,data/* parseDataDocuments */.eJ)(text);
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
    const templates = new Map([...(opts.external ?? new Map()), ...local]);
    const candidates = all.filter(isPlanDoc);
    const native = candidates.filter((v) => v.data.kind === 'MlgateRollout');
    const pool = native.length > 0 ? native : candidates;
    const chosen = pool.find((v) => opts.model &&
        (v.data.model === opts.model || get(v.data, ['metadata', 'name']) === opts.model)) ?? pool[0];
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
        const names = candidates.map((v) => `${String(v.data.kind)} ${str(get(v.data, ['metadata', 'name'])) ?? str(v.data.model) ?? ''}`.trim());
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
    let plan;
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

// EXTERNAL MODULE: ./src/stages/context.ts
var context = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/stages/rollout.ts
/**
 * The rollout stage: reads the model's rollout file at head and base (resolving AnalysisTemplates
 * from other repository files when the plan names templates its own file lacks), checks the head
 * plan against `rollout_policy`, and flags what loosened since base.
 */





/** Most repository files considered when looking for AnalysisTemplates. */
const SCAN_LIMIT = 400;
const dirOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
/**
 * Find the templates a plan names outside its own file, deterministically (issue 9), level by
 * level: the YAML files under the plan's directory, then the files the model's `templates:` key
 * names, then the rest of the repository (SPEC §5: "in the same file or repo"). A template
 * defined by two files of one level is ambiguous: it is reported and left unresolved (its gate
 * then counts as "template not found") instead of being picked by file order, so adding
 * `examples/guard.yaml` can never silently change what is evaluated.
 */
async function findTemplates(source, wanted, planPath, explicit = []) {
    const found = new Map();
    const issues = [];
    if (wanted.length === 0)
        return { found, issues };
    const dir = dirOf(planPath);
    const yaml = (await source.list('')).filter((f) => /\.ya?ml$/i.test(f) && f !== planPath);
    const under = (f) => dir === '' || f.startsWith(`${dir}/`);
    const siblings = yaml.filter(under).slice(0, SCAN_LIMIT);
    const rest = yaml.filter((f) => !under(f) && !explicit.includes(f)).slice(0, SCAN_LIMIT);
    /** Keys two files of one level define: only the explicit `templates:` list can settle them. */
    const ambiguous = new Map();
    for (const level of [siblings, [...explicit], rest]) {
        const seen = new Map();
        const defs = new Map();
        for (const file of level) {
            const read = await source.read(file);
            if (!read.ok) {
                if (level !== siblings && level !== rest)
                    issues.push({
                        level: 'error',
                        rule: 'rollout.template-file',
                        message: `${read.message}; expected the file named in \`templates:\``,
                        file,
                    });
                continue;
            }
            if (!/AnalysisTemplate|MetricTemplate/.test(read.text))
                continue;
            for (const [key, t] of templatesIn(read.path, read.text)) {
                if (found.has(key) || !wanted.includes(key))
                    continue;
                if (ambiguous.has(key) && level === rest)
                    continue;
                const files = seen.get(key) ?? [];
                if (!files.includes(read.path))
                    files.push(read.path);
                seen.set(key, files);
                if (!defs.has(key))
                    defs.set(key, t);
            }
        }
        for (const [key, files] of [...seen].sort(([a], [b]) => (0,order/* byCodeUnit */.X)(a, b))) {
            if (files.length === 1) {
                found.set(key, defs.get(key));
                ambiguous.delete(key);
            }
            else
                ambiguous.set(key, {
                    level: 'error',
                    rule: 'rollout.template-ambiguous',
                    message: `${key} is defined in ${files.join(' and ')}; name the one to use in the model's \`templates:\` (or keep one definition next to ${planPath})`,
                    file: planPath,
                });
        }
        if (wanted.every((k) => found.has(k) || (ambiguous.has(k) && level !== siblings)))
            break;
    }
    return { found, issues: [...issues, ...ambiguous.values()] };
}
async function loadPlan(source, path, model, templates = []) {
    const read = await (0,context/* readOrFinding */.X)(source, path, 'rollout', model);
    if (!read.ok)
        return { failure: read.finding };
    let res = readRollout(read.path, read.text, { model });
    const extra = [];
    if (res.missingTemplates.length > 0) {
        const external = await findTemplates(source, res.missingTemplates, read.path, templates);
        extra.push(...external.issues);
        if (external.found.size > 0)
            res = readRollout(read.path, read.text, { model, external: external.found });
    }
    return { plan: res.plan, issues: [...res.issues, ...extra] };
}
function evidence(plan) {
    if (!plan) {
        const none = { ok: false, detail: 'the rollout plan could not be read' };
        return { rollback: none, guardrails: none };
    }
    const cov = guardrailCoverage(plan);
    const names = [...new Set(plan.guardrails.map((g) => g.name))].sort();
    const missing = [!cov.latency && 'latency', !cov.errors && 'errors']
        .filter(Boolean)
        .join(' and ');
    return {
        rollback: {
            ok: Boolean(plan.rollback.trigger && plan.rollback.artifact) && !plan.skipAnalysis,
            detail: `rollback ${(0,describe/* rollbackText */.Ew)(plan)}`,
        },
        guardrails: {
            ok: cov.latency && cov.errors,
            detail: names.length === 0
                ? 'no metric guardrails'
                : `guardrails ${names.join(', ')}${missing ? `; nothing covers ${missing}` : ' cover latency and errors'}`,
        },
    };
}
function policyView(p) {
    return { max_first_step: p.maxFirstStep, min_bake: p.minBake, gate_before: p.gateBefore };
}
async function rolloutStage(ctx) {
    const policy = resolveRolloutPolicy(ctx.config.rollout_policy);
    const model = ctx.model.name;
    const path = ctx.model.rollout;
    if (!path) {
        if (!policy.requireRollout)
            return { findings: [] };
        const line = ctx.loaded.modelLine(ctx.index);
        return {
            findings: [
                {
                    level: 'error',
                    check: 'rollout',
                    model,
                    file: ctx.loaded.file,
                    ...(line ? { line } : {}),
                    message: `model "${model}" has no rollout plan, and rollout_policy.require_rollout is true; expected \`rollout: deploy/${model}-rollout.yaml\``,
                    rule: 'rollout.required',
                },
            ],
        };
    }
    const findings = [];
    const templates = [].concat(ctx.model.templates ?? []);
    const head = await loadPlan(ctx.head, path, model, templates);
    if ('failure' in head) {
        return {
            section: { file: path, policy: policyView(policy), evidence: evidence(null) },
            findings: [head.failure],
        };
    }
    findings.push(...head.issues.map((i) => (0,context/* issueFinding */.$)(i, 'rollout', model)));
    const plan = head.plan;
    const section = {
        file: path,
        policy: policyView(policy),
        evidence: evidence(plan),
    };
    // Problems in the base plan are the base's: only a readable base plan is compared.
    const basePlan = ctx.base && plan ? await loadPlan(ctx.base, path, model, templates) : null;
    const base = basePlan && !('failure' in basePlan) ? basePlan.plan : null;
    if (plan) {
        section.format = plan.format;
        section.plan = plan;
        section.summary = (0,describe/* planLine */.od)(plan);
        const transition = base ? rolloutTransition(base, plan) : null;
        const issues = transition
            ? [transition]
            : [...checkRolloutPlan(plan, policy), ...checkPlanModel(plan, model)];
        findings.push(...issues.map((i) => (0,context/* issueFinding */.$)(i, 'rollout', model)));
        if (base) {
            const baseSummary = (0,describe/* planLine */.od)(base);
            if (baseSummary !== section.summary) {
                section.baseSummary = baseSummary;
                section.baseStages = base.stages;
            }
            if (!transition && !plan.action)
                findings.push(...diffRolloutPlans(base, plan).map((i) => (0,context/* issueFinding */.$)(i, 'rollout', model)));
        }
    }
    return { section, findings };
}


/***/ }),

/***/ 4471:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs from schemas/rollout.schema.json; do not edit.
module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mlgate.dev/schemas/rollout.schema.json","title":"mlgate native rollout plan (MlgateRollout)","type":"object","additionalProperties":false,"required":["kind","candidate","steps"],"properties":{"apiVersion":{"type":"string"},"kind":{"const":"MlgateRollout"},"model":{"type":"string","minLength":1},"candidate":{"type":"string","minLength":1},"strategy":{"enum":["canary","shadow-then-canary","blue-green"]},"steps":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["traffic"],"properties":{"traffic":{"type":"number","minimum":0,"maximum":100},"hold":{"type":"string","minLength":1},"shadow":{"type":"boolean"},"gates":{"type":"array","items":{"$ref":"#/definitions/guardrail"}}}}},"guardrails":{"type":"array","items":{"$ref":"#/definitions/guardrail"}},"rollback":{"type":"object","additionalProperties":false,"properties":{"artifact":{"type":"string","minLength":1},"trigger":{"type":"string","minLength":1}}},"owner":{"type":"string"},"description":{"type":"string"}},"definitions":{"guardrail":{"type":"object","additionalProperties":false,"required":["metric"],"anyOf":[{"required":["max"]},{"required":["min"]},{"required":["max_ratio_vs_control"]}],"properties":{"metric":{"type":"string","minLength":1},"max":{"type":"number"},"min":{"type":"number"},"max_ratio_vs_control":{"type":"number","exclusiveMinimum":0},"window":{"type":"string"},"covers":{"type":"array","items":{"enum":["latency","errors"]},"uniqueItems":true}}}}};const schema12 = {"type":"object","additionalProperties":false,"required":["metric"],"anyOf":[{"required":["max"]},{"required":["min"]},{"required":["max_ratio_vs_control"]}],"properties":{"metric":{"type":"string","minLength":1},"max":{"type":"number"},"min":{"type":"number"},"max_ratio_vs_control":{"type":"number","exclusiveMinimum":0},"window":{"type":"string"},"covers":{"type":"array","items":{"enum":["latency","errors"]},"uniqueItems":true}}};const func2 = Object.prototype.hasOwnProperty;const func3 = (__webpack_require__(6214)/* ["default"] */ .A);const func0 = (__webpack_require__(4951)/* ["default"] */ .A);function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://mlgate.dev/schemas/rollout.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.kind === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.candidate === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidate"},message:"must have required property '"+"candidate"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.steps === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.apiVersion !== undefined){if(typeof data.apiVersion !== "string"){const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.kind !== undefined){if("MlgateRollout" !== data.kind){const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "MlgateRollout"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.model !== undefined){let data2 = data.model;if(typeof data2 === "string"){if(func3(data2) < 1){const err6 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.candidate !== undefined){let data3 = data.candidate;if(typeof data3 === "string"){if(func3(data3) < 1){const err8 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/candidate",schemaPath:"#/properties/candidate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.strategy !== undefined){let data4 = data.strategy;if(!(((data4 === "canary") || (data4 === "shadow-then-canary")) || (data4 === "blue-green"))){const err10 = {instancePath:instancePath+"/strategy",schemaPath:"#/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema11.properties.strategy.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.steps !== undefined){let data5 = data.steps;if(Array.isArray(data5)){if(data5.length < 1){const err11 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.traffic === undefined){const err12 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "traffic"},message:"must have required property '"+"traffic"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key1 in data6){if(!((((key1 === "traffic") || (key1 === "hold")) || (key1 === "shadow")) || (key1 === "gates"))){const err13 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.traffic !== undefined){let data7 = data6.traffic;if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 100 || isNaN(data7)){const err14 = {instancePath:instancePath+"/steps/" + i0+"/traffic",schemaPath:"#/properties/steps/items/properties/traffic/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data7 < 0 || isNaN(data7)){const err15 = {instancePath:instancePath+"/steps/" + i0+"/traffic",schemaPath:"#/properties/steps/items/properties/traffic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/steps/" + i0+"/traffic",schemaPath:"#/properties/steps/items/properties/traffic/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data6.hold !== undefined){let data8 = data6.hold;if(typeof data8 === "string"){if(func3(data8) < 1){const err17 = {instancePath:instancePath+"/steps/" + i0+"/hold",schemaPath:"#/properties/steps/items/properties/hold/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/steps/" + i0+"/hold",schemaPath:"#/properties/steps/items/properties/hold/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data6.shadow !== undefined){if(typeof data6.shadow !== "boolean"){const err19 = {instancePath:instancePath+"/steps/" + i0+"/shadow",schemaPath:"#/properties/steps/items/properties/shadow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data6.gates !== undefined){let data10 = data6.gates;if(Array.isArray(data10)){const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];const _errs26 = errors;let valid7 = false;const _errs27 = errors;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.max === undefined){const err20 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1,schemaPath:"#/definitions/guardrail/anyOf/0/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}var _valid0 = _errs27 === errors;valid7 = valid7 || _valid0;if(!valid7){const _errs28 = errors;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.min === undefined){const err21 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1,schemaPath:"#/definitions/guardrail/anyOf/1/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}var _valid0 = _errs28 === errors;valid7 = valid7 || _valid0;if(!valid7){const _errs29 = errors;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.max_ratio_vs_control === undefined){const err22 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1,schemaPath:"#/definitions/guardrail/anyOf/2/required",keyword:"required",params:{missingProperty: "max_ratio_vs_control"},message:"must have required property '"+"max_ratio_vs_control"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}var _valid0 = _errs29 === errors;valid7 = valid7 || _valid0;}}if(!valid7){const err23 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1,schemaPath:"#/definitions/guardrail/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs26;if(vErrors !== null){if(_errs26){vErrors.length = _errs26;}else {vErrors = null;}}}if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.metric === undefined){const err24 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1,schemaPath:"#/definitions/guardrail/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key2 in data11){if(!((((((key2 === "metric") || (key2 === "max")) || (key2 === "min")) || (key2 === "max_ratio_vs_control")) || (key2 === "window")) || (key2 === "covers"))){const err25 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1,schemaPath:"#/definitions/guardrail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data11.metric !== undefined){let data12 = data11.metric;if(typeof data12 === "string"){if(func3(data12) < 1){const err26 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/metric",schemaPath:"#/definitions/guardrail/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/metric",schemaPath:"#/definitions/guardrail/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data11.max !== undefined){let data13 = data11.max;if(!((typeof data13 == "number") && (isFinite(data13)))){const err28 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/max",schemaPath:"#/definitions/guardrail/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data11.min !== undefined){let data14 = data11.min;if(!((typeof data14 == "number") && (isFinite(data14)))){const err29 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/min",schemaPath:"#/definitions/guardrail/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data11.max_ratio_vs_control !== undefined){let data15 = data11.max_ratio_vs_control;if((typeof data15 == "number") && (isFinite(data15))){if(data15 <= 0 || isNaN(data15)){const err30 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/max_ratio_vs_control",schemaPath:"#/definitions/guardrail/properties/max_ratio_vs_control/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/max_ratio_vs_control",schemaPath:"#/definitions/guardrail/properties/max_ratio_vs_control/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data11.window !== undefined){if(typeof data11.window !== "string"){const err32 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/window",schemaPath:"#/definitions/guardrail/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data11.covers !== undefined){let data17 = data11.covers;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){let data18 = data17[i2];if(!((data18 === "latency") || (data18 === "errors"))){const err33 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/covers/" + i2,schemaPath:"#/definitions/guardrail/properties/covers/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.covers.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}let i3 = data17.length;let j0;if(i3 > 1){outer0:for(;i3--;){for(j0 = i3; j0--;){if(func0(data17[i3], data17[j0])){const err34 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/covers",schemaPath:"#/definitions/guardrail/properties/covers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;break outer0;}}}}}else {const err35 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1+"/covers",schemaPath:"#/definitions/guardrail/properties/covers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/steps/" + i0+"/gates/" + i1,schemaPath:"#/definitions/guardrail/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/steps/" + i0+"/gates",schemaPath:"#/properties/steps/items/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.guardrails !== undefined){let data19 = data.guardrails;if(Array.isArray(data19)){const len3 = data19.length;for(let i4=0; i4<len3; i4++){let data20 = data19[i4];const _errs49 = errors;let valid15 = false;const _errs50 = errors;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.max === undefined){const err40 = {instancePath:instancePath+"/guardrails/" + i4,schemaPath:"#/definitions/guardrail/anyOf/0/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}var _valid1 = _errs50 === errors;valid15 = valid15 || _valid1;if(!valid15){const _errs51 = errors;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.min === undefined){const err41 = {instancePath:instancePath+"/guardrails/" + i4,schemaPath:"#/definitions/guardrail/anyOf/1/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}var _valid1 = _errs51 === errors;valid15 = valid15 || _valid1;if(!valid15){const _errs52 = errors;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.max_ratio_vs_control === undefined){const err42 = {instancePath:instancePath+"/guardrails/" + i4,schemaPath:"#/definitions/guardrail/anyOf/2/required",keyword:"required",params:{missingProperty: "max_ratio_vs_control"},message:"must have required property '"+"max_ratio_vs_control"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}var _valid1 = _errs52 === errors;valid15 = valid15 || _valid1;}}if(!valid15){const err43 = {instancePath:instancePath+"/guardrails/" + i4,schemaPath:"#/definitions/guardrail/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}else {errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}}if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.metric === undefined){const err44 = {instancePath:instancePath+"/guardrails/" + i4,schemaPath:"#/definitions/guardrail/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}for(const key3 in data20){if(!((((((key3 === "metric") || (key3 === "max")) || (key3 === "min")) || (key3 === "max_ratio_vs_control")) || (key3 === "window")) || (key3 === "covers"))){const err45 = {instancePath:instancePath+"/guardrails/" + i4,schemaPath:"#/definitions/guardrail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data20.metric !== undefined){let data21 = data20.metric;if(typeof data21 === "string"){if(func3(data21) < 1){const err46 = {instancePath:instancePath+"/guardrails/" + i4+"/metric",schemaPath:"#/definitions/guardrail/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/guardrails/" + i4+"/metric",schemaPath:"#/definitions/guardrail/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data20.max !== undefined){let data22 = data20.max;if(!((typeof data22 == "number") && (isFinite(data22)))){const err48 = {instancePath:instancePath+"/guardrails/" + i4+"/max",schemaPath:"#/definitions/guardrail/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data20.min !== undefined){let data23 = data20.min;if(!((typeof data23 == "number") && (isFinite(data23)))){const err49 = {instancePath:instancePath+"/guardrails/" + i4+"/min",schemaPath:"#/definitions/guardrail/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data20.max_ratio_vs_control !== undefined){let data24 = data20.max_ratio_vs_control;if((typeof data24 == "number") && (isFinite(data24))){if(data24 <= 0 || isNaN(data24)){const err50 = {instancePath:instancePath+"/guardrails/" + i4+"/max_ratio_vs_control",schemaPath:"#/definitions/guardrail/properties/max_ratio_vs_control/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/guardrails/" + i4+"/max_ratio_vs_control",schemaPath:"#/definitions/guardrail/properties/max_ratio_vs_control/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data20.window !== undefined){if(typeof data20.window !== "string"){const err52 = {instancePath:instancePath+"/guardrails/" + i4+"/window",schemaPath:"#/definitions/guardrail/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data20.covers !== undefined){let data26 = data20.covers;if(Array.isArray(data26)){const len4 = data26.length;for(let i5=0; i5<len4; i5++){let data27 = data26[i5];if(!((data27 === "latency") || (data27 === "errors"))){const err53 = {instancePath:instancePath+"/guardrails/" + i4+"/covers/" + i5,schemaPath:"#/definitions/guardrail/properties/covers/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.covers.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}let i6 = data26.length;let j1;if(i6 > 1){outer1:for(;i6--;){for(j1 = i6; j1--;){if(func0(data26[i6], data26[j1])){const err54 = {instancePath:instancePath+"/guardrails/" + i4+"/covers",schemaPath:"#/definitions/guardrail/properties/covers/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i6+" are identical)"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;break outer1;}}}}}else {const err55 = {instancePath:instancePath+"/guardrails/" + i4+"/covers",schemaPath:"#/definitions/guardrail/properties/covers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/guardrails/" + i4,schemaPath:"#/definitions/guardrail/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/guardrails",schemaPath:"#/properties/guardrails/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.rollback !== undefined){let data28 = data.rollback;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key4 in data28){if(!((key4 === "artifact") || (key4 === "trigger"))){const err58 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data28.artifact !== undefined){let data29 = data28.artifact;if(typeof data29 === "string"){if(func3(data29) < 1){const err59 = {instancePath:instancePath+"/rollback/artifact",schemaPath:"#/properties/rollback/properties/artifact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/rollback/artifact",schemaPath:"#/properties/rollback/properties/artifact/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data28.trigger !== undefined){let data30 = data28.trigger;if(typeof data30 === "string"){if(func3(data30) < 1){const err61 = {instancePath:instancePath+"/rollback/trigger",schemaPath:"#/properties/rollback/properties/trigger/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/rollback/trigger",schemaPath:"#/properties/rollback/properties/trigger/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.owner !== undefined){if(typeof data.owner !== "string"){const err64 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err65 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
