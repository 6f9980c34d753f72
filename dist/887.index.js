export const id = 887;
export const ids = [887];
export const modules = {

/***/ 4887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contractReport: () => (/* binding */ contractReport),
  contractStage: () => (/* binding */ contractStage)
});

// EXTERNAL MODULE: ./src/formats/data.ts + 5 modules
var formats_data = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/formats/contract/model.ts
const QUALITY_OPERATORS = [
    'mustBe',
    'mustNotBe',
    'mustBeGreaterThan',
    'mustBeGreaterOrEqualTo',
    'mustBeLessThan',
    'mustBeLessOrEqualTo',
    'mustBeBetween',
    'mustNotBeBetween',
];

;// CONCATENATED MODULE: ./src/formats/contract/common.ts
/** Helpers shared by the ODCS and DCS readers: defensive getters, quality rules, enums. */


function str(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function bool(value) {
    return typeof value === 'boolean' ? value : undefined;
}
function strings(value) {
    return (0,formats_data/* list */.p_)(value).filter((v) => typeof v === 'string');
}
function isScalar(value) {
    return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
/** JSON with sorted keys, so that two equal values always compare equal as text. */
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if ((0,formats_data/* isRecord */.u4)(value)) {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
const INTEGERS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'multipleOf'];
/** A bound as a number: numbers as they are, ISO dates/timestamps as epoch milliseconds. */
function boundValue(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
        const t = Date.parse(v);
        return Number.isNaN(t) ? undefined : t;
    }
    return undefined;
}
/**
 * One bound from its inclusive and exclusive keywords. ODCS 3.0.x writes the exclusive keyword as
 * a boolean qualifying the inclusive one (`maximum: 100, exclusiveMaximum: true` is `< 100`); JSON
 * Schema, ODCS 3.1+ and DCS write it as a number of its own (`exclusiveMaximum: 100`).
 */
function readBound(inclusive, exclusive, lower) {
    const value = (v) => (typeof v === 'number' || typeof v === 'string' ? v : undefined);
    const inc = value(inclusive);
    if (typeof exclusive === 'boolean')
        return inc === undefined ? undefined : { value: inc, exclusive };
    const exc = value(exclusive);
    if (exc === undefined)
        return inc === undefined ? undefined : { value: inc, exclusive: false };
    if (inc === undefined)
        return { value: exc, exclusive: true };
    // Both given: the tighter one binds (at equal values the exclusive one).
    const [i, e] = [boundValue(inc), boundValue(exc)];
    if (i === undefined || e === undefined)
        return { value: exc, exclusive: true };
    const excTighter = lower ? e >= i : e <= i;
    return excTighter ? { value: exc, exclusive: true } : { value: inc, exclusive: false };
}
/** Constraints from an object holding JSON-Schema-like keywords. */
function readConstraints(src) {
    const out = {};
    const lower = readBound(src.minimum, src.exclusiveMinimum, true);
    const upper = readBound(src.maximum, src.exclusiveMaximum, false);
    if (lower)
        out.lower = lower;
    if (upper)
        out.upper = upper;
    for (const key of INTEGERS) {
        const v = (0,formats_data/* num */.bu)(src[key]);
        if (v !== undefined)
            out[key] = v;
    }
    if (typeof src.pattern === 'string')
        out.pattern = src.pattern;
    if (typeof src.format === 'string')
        out.format = src.format;
    if (typeof src.uniqueItems === 'boolean')
        out.uniqueItems = src.uniqueItems;
    return out;
}
const QUALITY_META = new Set([
    'id',
    'name',
    'description',
    'dimension',
    'severity',
    'businessImpact',
    'schedule',
    'scheduler',
    'tags',
    'customProperties',
    'authoritativeDefinitions',
    'method',
    ...QUALITY_OPERATORS,
    'mustBeGreaterThanOrEqualTo',
    'mustBeLessThanOrEqualTo',
]);
/**
 * ODCS 3.0 library `rule` names and the 3.1 `metric` that replaced them (ODCS 3.1 deprecated
 * `rule`; the standard's full example migrated `nullCheck` → `nullValues`, `countCheck` →
 * `rowCount`; the 3.0 schema's examples name `duplicateCount` and `validValues`).
 */
const RULE_TO_METRIC = {
    nullCheck: 'nullValues',
    countCheck: 'rowCount',
    duplicateCount: 'duplicateValues',
    validValues: 'invalidValues',
};
/** The 3.1 metric a quality rule checks, whether written `metric:` or 3.0's `rule:`. */
function metricOf(raw) {
    const metric = str(raw.metric);
    if (metric)
        return metric;
    const rule = str(raw.rule);
    return rule && Object.hasOwn(RULE_TO_METRIC, rule) ? RULE_TO_METRIC[rule] : rule;
}
/** Quality rules of one element. `validValues` lists are left to the enum (see {@link enumFromQuality}). */
function readQuality(value, at) {
    const seen = new Map();
    const out = [];
    (0,formats_data/* list */.p_)(value).forEach((raw, i) => {
        if (!(0,formats_data/* isRecord */.u4)(raw))
            return;
        const metric = metricOf(raw);
        const named = str(raw.name) ?? str(raw.id);
        const base = named ?? metric ?? str(raw.type) ?? 'rule';
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const thresholds = {};
        for (const op of QUALITY_OPERATORS) {
            const v = raw[op];
            if (isScalar(v))
                thresholds[op] = v;
            else if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number'))
                thresholds[op] = [v[0], v[1]];
        }
        // Aliases some tools write.
        if (thresholds.mustBeGreaterOrEqualTo === undefined &&
            (0,formats_data/* num */.bu)(raw.mustBeGreaterThanOrEqualTo) !== undefined)
            thresholds.mustBeGreaterOrEqualTo = (0,formats_data/* num */.bu)(raw.mustBeGreaterThanOrEqualTo);
        if (thresholds.mustBeLessOrEqualTo === undefined &&
            (0,formats_data/* num */.bu)(raw.mustBeLessThanOrEqualTo) !== undefined)
            thresholds.mustBeLessOrEqualTo = (0,formats_data/* num */.bu)(raw.mustBeLessThanOrEqualTo);
        // What the rule checks, in 3.1 terms: `rule` reads as its `metric`, and `type: library` is
        // the default type, so a 3.0 → 3.1 rewrite of the same rule compares equal.
        const body = metric ? { metric } : {};
        for (const [k, v] of Object.entries(raw)) {
            if (QUALITY_META.has(k) || k === 'validValues' || k === 'rule' || k === 'metric')
                continue;
            if (k === 'type' && v === 'library')
                continue;
            if (k === 'arguments' && (0,formats_data/* isRecord */.u4)(v)) {
                const rest = Object.fromEntries(Object.entries(v).filter(([a]) => a !== 'validValues'));
                if (Object.keys(rest).length > 0)
                    body[k] = rest;
                continue;
            }
            body[k] = v;
        }
        out.push({
            key: n === 1 ? base : `${base}#${n}`,
            at: [...at, i],
            ...(metric ? { metric } : {}),
            thresholds,
            body: stableJson(body),
        });
    });
    return out;
}
/** Allowed values written as a quality rule: ODCS 3.1 `invalidValues` + `arguments.validValues`, or 3.0 `validValues`. */
function enumFromQuality(value) {
    for (const raw of (0,formats_data/* list */.p_)(value)) {
        if (!(0,formats_data/* isRecord */.u4)(raw))
            continue;
        const args = (0,formats_data/* isRecord */.u4)(raw.arguments) ? raw.arguments : {};
        const values = Array.isArray(args.validValues)
            ? args.validValues
            : Array.isArray(raw.validValues)
                ? raw.validValues
                : undefined;
        if (values)
            return values.filter(isScalar);
    }
    return undefined;
}
/** ODCS 3.2 `enum` entries are `{value, label, …}`; plain scalars are accepted too. */
function enumValues(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.map((v) => ((0,formats_data/* isRecord */.u4)(v) ? v.value : v)).filter(isScalar);
}


;// CONCATENATED MODULE: ./src/checks/contract-ml.ts
const TABLE_KEYS = [
    'mlEntityKeys',
    'mlEventTimestamp',
    'mlLabel',
    'mlLabelTimestamp',
    'mlLabelDelay',
    'mlSplitPolicy',
    'mlSplitColumn',
];
const COLUMN_KEYS = ['mlRole', 'mlAvailableAtPrediction', 'mlFeatureTimestamp'];
const CONTRACT_KEYS = ['mlDatasetSnapshot'];
const ML_KEYS = [...TABLE_KEYS, ...COLUMN_KEYS, ...CONTRACT_KEYS];
const ROLES = [
    'feature',
    'label',
    'entity',
    'event_timestamp',
    'label_timestamp',
    'feature_timestamp',
    'prediction',
    'metadata',
];
const SPLITS = ['temporal', 'group', 'random'];
const ISO_DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
/** True when the table carries any ML property (at table or column level). */
function isMlTable(table) {
    const ml = (custom) => {
        for (const k of custom.keys())
            if (ML_KEYS.includes(k))
                return true;
        return false;
    };
    return ml(table.custom) || table.columns.some((c) => c.custom.size > 0 && ml(c.custom));
}
/** Accept a value written as a boolean or as the text `true`/`false`. */
function asBool(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true' || value === 'false')
        return value === 'true';
    return undefined;
}
function asName(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function asNames(value) {
    if (typeof value === 'string')
        return value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== ''))
        return value.map((v) => v.trim());
    return undefined;
}
function columnWhere(table, column) {
    const name = typeof column === 'string' ? column : column?.name;
    return name === undefined ? `table ${table.name}` : `table ${table.name}, column ${name}`;
}
/** Resolve the ML roles of a table, reporting malformed values and unknown column references. */
function resolveRoles(table) {
    const issues = [];
    const byName = new Map(table.columns.map((c) => [c.name, c]));
    const tableWhere = columnWhere(table);
    const prop = (key) => table.custom.get(key);
    const issue = (rule, at, where, message, level = 'error') => issues.push({ rule, level, at, where, message });
    /** Resolve a column name (bare, or qualified with the table name). */
    const resolveColumn = (name) => {
        if (byName.has(name))
            return name;
        const bare = name.startsWith(`${table.name}.`) ? name.slice(table.name.length + 1) : name;
        return byName.has(bare) ? bare : undefined;
    };
    const tableRef = (key) => {
        const p = prop(key);
        if (!p)
            return undefined;
        const name = asName(p.value);
        if (name === undefined) {
            issue('structure.ml-value', p.at, tableWhere, `\`${key}\` must name one column, found ${JSON.stringify(p.value)}; fix: set it to the column name`);
            return undefined;
        }
        const col = resolveColumn(name);
        if (!col)
            issue('structure.unknown-column', p.at, tableWhere, `\`${key}\` names column \`${name}\`, which the table does not declare; fix: add the column to \`properties\` or correct the name`);
        return col;
    };
    const tableRefs = (key) => {
        const p = prop(key);
        if (!p)
            return undefined;
        const names = asNames(p.value);
        if (!names || names.length === 0) {
            issue('structure.ml-value', p.at, tableWhere, `\`${key}\` must be a list of column names, found ${JSON.stringify(p.value)}; fix: write e.g. \`value: [customer_id]\``);
            return undefined;
        }
        const out = [];
        for (const n of names) {
            const col = resolveColumn(n);
            if (col)
                out.push(col);
            else
                issue('structure.unknown-column', p.at, tableWhere, `\`${key}\` names column \`${n}\`, which the table does not declare; fix: add the column to \`properties\` or correct the name`);
        }
        return out;
    };
    // Column-level roles.
    const roleOf = new Map();
    const featureTs = new Set();
    for (const column of table.columns) {
        const where = columnWhere(table, column);
        const role = column.custom.get('mlRole');
        if (role) {
            if (typeof role.value === 'string' && ROLES.includes(role.value))
                roleOf.set(column.name, role.value);
            else
                issue('structure.ml-value', role.at, where, `\`mlRole\` ${JSON.stringify(role.value)} is not a known role; fix: use one of ${ROLES.join(', ')}`);
        }
        const avail = column.custom.get('mlAvailableAtPrediction');
        if (avail && asBool(avail.value) === undefined)
            issue('structure.ml-value', avail.at, where, `\`mlAvailableAtPrediction\` must be true or false, found ${JSON.stringify(avail.value)}`);
        const fts = column.custom.get('mlFeatureTimestamp');
        if (fts) {
            const name = asName(fts.value);
            if (name === undefined)
                issue('structure.ml-value', fts.at, where, `\`mlFeatureTimestamp\` must name a column, found ${JSON.stringify(fts.value)}`);
            else {
                const col = resolveColumn(name);
                // A feature timestamp that is not a declared column cannot be checked point-in-time.
                if (!col)
                    issue('leakage.feature-timestamp-undeclared', fts.at, where, `\`mlFeatureTimestamp\` names \`${name}\`, which is not a declared column, so point-in-time correctness of this feature cannot be checked; fix: declare \`${name}\` as a timestamp column or correct the name`);
                else
                    featureTs.add(col);
            }
        }
        for (const key of column.custom.keys())
            misplaced(key, 'column', column.custom.get(key).at, where, issues);
    }
    for (const key of table.custom.keys())
        misplaced(key, 'table', table.custom.get(key).at, tableWhere, issues);
    for (const [name, role] of roleOf)
        if (role === 'feature_timestamp')
            featureTs.add(name);
    const withRole = (role) => table.columns.filter((c) => roleOf.get(c.name) === role).map((c) => c.name);
    const single = (key, role) => {
        const declared = tableRef(key);
        const byRole = withRole(role);
        if (declared === undefined && byRole.length > 1)
            issue('structure.ml-conflict', table.at, tableWhere, `${byRole.length} columns have \`mlRole: ${role}\` (${byRole.join(', ')}); fix: keep one, or name it with \`${key}\``);
        for (const other of byRole)
            if (declared !== undefined && other !== declared)
                issue('structure.ml-conflict', byName.get(other).custom.get('mlRole').at, columnWhere(table, other), `\`mlRole: ${role}\` conflicts with \`${key}: ${declared}\`; fix: make them name the same column`);
        return declared ?? byRole[0];
    };
    const eventTimestamp = single('mlEventTimestamp', 'event_timestamp');
    const label = single('mlLabel', 'label');
    const labelTimestamp = single('mlLabelTimestamp', 'label_timestamp');
    let entityKeys = tableRefs('mlEntityKeys');
    let entitySource = entityKeys ? 'mlEntityKeys' : null;
    if (!entityKeys && withRole('entity').length > 0) {
        entityKeys = withRole('entity');
        entitySource = 'mlRole';
    }
    if (!entityKeys) {
        const pk = table.columns
            .filter((c) => c.primaryKey && c.name !== eventTimestamp)
            .sort((a, b) => (a.primaryKeyPosition ?? 1e9) - (b.primaryKeyPosition ?? 1e9))
            .map((c) => c.name);
        if (pk.length > 0) {
            entityKeys = pk;
            entitySource = 'primaryKey';
        }
    }
    const delayProp = prop('mlLabelDelay');
    let labelDelay;
    if (delayProp) {
        if (typeof delayProp.value === 'string' && ISO_DURATION.test(delayProp.value))
            labelDelay = delayProp.value;
        else
            issue('structure.ml-value', delayProp.at, tableWhere, `\`mlLabelDelay\` ${JSON.stringify(delayProp.value)} is not an ISO-8601 duration; fix: write e.g. \`P30D\` or \`PT12H\``);
    }
    const splitProp = prop('mlSplitPolicy');
    let splitPolicy;
    if (splitProp) {
        if (typeof splitProp.value === 'string' &&
            SPLITS.includes(splitProp.value))
            splitPolicy = splitProp.value;
        else
            issue('structure.ml-value', splitProp.at, tableWhere, `\`mlSplitPolicy\` ${JSON.stringify(splitProp.value)} is not a split policy; fix: use temporal, group or random`);
    }
    let splitColumns = tableRefs('mlSplitColumn') ?? [];
    if (splitColumns.length === 0 && splitPolicy === 'temporal' && eventTimestamp)
        splitColumns = [eventTimestamp];
    if (splitColumns.length === 0 && splitPolicy === 'group' && entityKeys)
        splitColumns = [...entityKeys];
    if (splitColumns.length === 0 &&
        (splitPolicy === 'temporal' || splitPolicy === 'group') &&
        splitProp)
        issue('structure.ml-value', splitProp.at, tableWhere, `\`mlSplitPolicy: ${splitPolicy}\` needs a split column; fix: add \`mlSplitColumn\` (or declare ${splitPolicy === 'temporal' ? '`mlEventTimestamp`' : '`mlEntityKeys`'})`);
    const explicit = table.columns.filter((c) => roleOf.get(c.name) === 'feature').map((c) => c.name);
    const assigned = new Set([
        ...(entityKeys ?? []),
        ...(eventTimestamp ? [eventTimestamp] : []),
        ...(label ? [label] : []),
        ...(labelTimestamp ? [labelTimestamp] : []),
        ...featureTs,
        ...splitColumns,
        ...roleOf.keys(),
    ]);
    const parents = new Set();
    for (const c of table.columns) {
        const dot = c.name.lastIndexOf('.');
        if (dot >= 0)
            parents.add(c.name.slice(0, dot));
    }
    const features = explicit.length > 0
        ? explicit
        : table.columns
            .filter((c) => !assigned.has(c.name) && !parents.has(c.name))
            .map((c) => c.name);
    // Timestamps must be temporal columns.
    const temporal = [
        [eventTimestamp, 'the event timestamp'],
        [labelTimestamp, 'the label timestamp'],
        ...[...featureTs].map((n) => [n, 'a feature timestamp']),
    ];
    const checked = new Set();
    for (const [name, what] of temporal) {
        if (!name || checked.has(name))
            continue;
        checked.add(name);
        const col = byName.get(name);
        const kind = temporalKind(col);
        if (kind === 'no')
            issue('structure.timestamp-type', col.at, columnWhere(table, col), `${what} has type ${col.logicalType ?? col.physicalType}; timestamps must be \`timestamp\` or \`date\`; fix: set \`logicalType: timestamp\` (or \`date\`)`);
        else if (kind === 'unknown')
            issue('structure.timestamp-type', col.at, columnWhere(table, col), `${what} declares no type; fix: set \`logicalType: timestamp\` (or \`date\`)`, 'warning');
    }
    return {
        roles: {
            table: table.name,
            at: table.at,
            entityKeys: entityKeys ?? [],
            entitySource,
            ...(eventTimestamp ? { eventTimestamp } : {}),
            ...(label ? { label } : {}),
            ...(labelTimestamp ? { labelTimestamp } : {}),
            ...(labelDelay ? { labelDelay } : {}),
            ...(splitPolicy ? { splitPolicy } : {}),
            splitColumns,
            features,
            implicitFeatures: explicit.length === 0,
            featureTimestamps: [...featureTs].sort(),
        },
        issues,
    };
}
function temporalKind(col) {
    if (col.logicalType)
        return col.logicalType === 'timestamp' || col.logicalType === 'date' ? 'yes' : 'no';
    if (col.physicalType)
        return /date|timestamp/i.test(col.physicalType) ? 'yes' : 'no';
    return 'unknown';
}
/** An `ml*` property written at the wrong level, or an unknown one (a typo would silently disable a check). */
function misplaced(key, level, at, where, issues) {
    if (!/^ml[A-Z]/.test(key))
        return;
    const expected = TABLE_KEYS.includes(key)
        ? 'table'
        : COLUMN_KEYS.includes(key)
            ? 'column'
            : CONTRACT_KEYS.includes(key)
                ? 'contract'
                : null;
    if (expected === level)
        return;
    const message = expected === null
        ? `\`${key}\` is not part of mlgate's ML convention and is ignored; fix: use one of ${ML_KEYS.join(', ')}`
        : `\`${key}\` belongs on the ${expected === 'table' ? 'schema object (table)' : expected === 'column' ? 'property (column)' : 'contract (top level)'}, not on the ${level}, and is ignored here; fix: move it`;
    issues.push({ rule: 'structure.ml-level', level: 'warning', at, where, message });
}
/** Contract-level ML properties: the dataset snapshot, and misplaced keys. */
function resolveContractMl(contract) {
    const issues = [];
    for (const [key, p] of contract.custom) {
        if (!/^ml[A-Z]/.test(key) || CONTRACT_KEYS.includes(key))
            continue;
        misplaced(key, 'contract', p.at, 'contract', issues);
    }
    const p = contract.custom.get('mlDatasetSnapshot');
    if (!p)
        return { issues };
    if ((typeof p.value === 'string' && p.value.trim() !== '') || typeof p.value === 'number')
        return { snapshot: String(p.value), issues };
    issues.push({
        rule: 'structure.ml-value',
        level: 'error',
        at: p.at,
        where: 'contract',
        message: `\`mlDatasetSnapshot\` must be a version or snapshot id, found ${JSON.stringify(p.value)}`,
    });
    return { issues };
}

;// CONCATENATED MODULE: ./src/checks/contract-changes.ts
/**
 * Breaking changes between the contract at the PR's base and at its head (SPEC §4), matched by
 * table and column NAME, never by position. Pure: two contracts in, a sorted change list out.
 *
 * Levels, before policy: removals, type changes, tightened constraints, removed enum values,
 * loosened classification, a changed primary key and any ML property change are errors; a new
 * required column and loosened quality or SLA are warnings; documentation, additions and
 * loosened constraints are notices.
 */


const show = (v) => v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v);
/** Compare two contracts; the result is sorted by path, then rule. */
function diffContracts(base, head) {
    const out = [];
    const emit = (rule, change, path, level, detail, at, where = 'contract') => out.push({ rule: `breaking.${rule}`, change, path, level, detail, at, where });
    if ((base.description ?? '') !== (head.description ?? ''))
        emit('docs-changed', 'description changed', 'description', 'notice', 'contract description changed', ['description']);
    statusDiff(base, head, emit);
    tagsDiff(base.tags, head.tags, 'tags', ['tags'], emit);
    customDiff(base.custom, head.custom, 'customProperties', [], emit);
    slaDiff(base.sla, head.sla, emit);
    qualityDiff(base.quality, head.quality, 'quality', ['quality'], emit);
    const headTables = new Map(head.tables.map((t) => [t.name, t]));
    const baseTables = new Map(base.tables.map((t) => [t.name, t]));
    for (const b of base.tables) {
        const h = headTables.get(b.name);
        if (!h)
            emit('table-removed', 'table removed', b.name, 'error', `table \`${b.name}\` was removed`, ['schema'], `table ${b.name}`);
        else
            tableDiff(b, h, emit);
    }
    for (const h of head.tables)
        if (!baseTables.has(h.name))
            emit('table-added', 'table added', h.name, 'notice', `table \`${h.name}\` was added`, h.at, `table ${h.name}`);
    return out.sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule));
}
/** Lifecycle: a contract being deprecated or re-identified is news for every consumer. */
function statusDiff(base, head, emit) {
    const statusAt = head.format === 'dcs' ? ['info', 'status'] : ['status'];
    if ((base.status ?? '') !== (head.status ?? '')) {
        const to = (head.status ?? '').toLowerCase();
        const why = to === 'deprecated' || to === 'retired'
            ? `: the producer is winding this contract down; plan the model's move to its successor`
            : '';
        emit('status-changed', 'status changed', 'status', 'notice', `contract status ${show(base.status)} → ${show(head.status)}${why}`, statusAt);
    }
    if (base.id && head.id && base.id !== head.id)
        emit('id-changed', 'id changed', 'id', 'notice', `contract id ${base.id} → ${head.id}: references to the old id (catalogs, lineage, ledgers) need updating`, ['id']);
}
function tableDiff(b, h, outer) {
    const p = b.name;
    const emit = (r, c, path, l, d, a, w) => outer(r, c, path, l, d, a, w ?? `table ${b.name}`);
    const inColumn = (name) => (r, c, path, l, d, a, w) => outer(r, c, path, l, d, a, w ?? `table ${b.name}, column ${name}`);
    if ((b.physicalName ?? '') !== (h.physicalName ?? '') && b.physicalName)
        emit('physical-name-changed', 'physical name changed', `${p}.physicalName`, 'error', `physical name ${show(b.physicalName)} → ${show(h.physicalName)}: readers of the old name break`, h.at);
    if (norm(b.physicalType) !== norm(h.physicalType) && b.physicalType && h.physicalType)
        emit('type-changed', 'type changed', `${p}.physicalType`, 'error', `physical type ${show(b.physicalType)} → ${show(h.physicalType)}`, h.at);
    if ((b.description ?? '') !== (h.description ?? ''))
        emit('docs-changed', 'description changed', `${p}.description`, 'notice', 'table description changed', h.at);
    tagsDiff(b.tags, h.tags, `${p}.tags`, h.at, emit);
    customDiff(b.custom, h.custom, `${p}.customProperties`, h.at, emit);
    if (b.quality.length > 0 || h.quality.length > 0)
        qualityDiff(b.quality, h.quality, `${p}.quality`, [...h.at, 'quality'], emit);
    const pk = (t) => t.columns
        .filter((c) => c.primaryKey)
        .sort((x, y) => (x.primaryKeyPosition ?? 1e9) - (y.primaryKeyPosition ?? 1e9) ||
        x.name.localeCompare(y.name))
        .map((c) => c.name);
    const [bk, hk] = [pk(b), pk(h)];
    if (bk.join(',') !== hk.join(','))
        emit('primary-key-changed', 'primary key changed', `${p}.primaryKey`, 'error', `primary key (${bk.join(', ') || 'none'}) → (${hk.join(', ') || 'none'}): the row grain changed`, h.at);
    const headCols = new Map();
    for (const c of h.columns)
        headCols.set(c.name, c);
    const baseCols = new Set();
    for (const c of b.columns)
        baseCols.add(c.name);
    for (const bc of b.columns) {
        const hc = headCols.get(bc.name);
        if (!hc)
            emit('column-removed', 'column removed', `${p}.${bc.name}`, 'error', `column \`${bc.name}\` was removed`, h.at, `table ${b.name}, column ${bc.name}`);
        else
            columnDiff(bc, hc, `${p}.${bc.name}`, inColumn(bc.name));
    }
    for (const hc of h.columns) {
        if (baseCols.has(hc.name))
            continue;
        if (hc.required)
            emit('required-column-added', 'required column added', `${p}.${hc.name}`, 'warning', `new required column \`${hc.name}\`: producers must now supply it`, hc.at, `table ${b.name}, column ${hc.name}`);
        else
            emit('column-added', 'column added', `${p}.${hc.name}`, 'notice', `new optional column \`${hc.name}\``, hc.at, `table ${b.name}, column ${hc.name}`);
    }
}
/** Physical types compare case- and space-insensitively (`VARCHAR(2)` = `varchar( 2 )`). */
function norm(type) {
    return (type ?? '').toLowerCase().replace(/\s+/g, '');
}
const SINGLE_TYPE = ['physicalType'];
const BOTH_TYPES = ['logicalType', 'physicalType'];
/**
 * Compare two columns. Runs once per column of a contract that may have tens of thousands, most
 * of them unchanged: each comparison first checks for plain equality and allocates nothing then.
 */
function columnDiff(b, h, p, emit) {
    const at = h.at;
    // A DCS field has one `type` (mlgate derives the logical type from it): one change, not two.
    const keys = b.singleType && h.singleType ? SINGLE_TYPE : BOTH_TYPES;
    for (let k = 0; k < keys.length; k++) {
        // Plain reads, not `[bv, hv] = [...]`: destructuring runs the iterator protocol until the
        // function is optimised, and this runs once per column.
        const key = keys[k];
        const bv = b[key];
        const hv = h[key];
        if (bv === hv || norm(bv) === norm(hv))
            continue;
        const name = b.singleType && h.singleType ? 'type' : key;
        if (bv && hv)
            emit('type-changed', 'type changed', `${p}.${name}`, 'error', `${name} ${bv} → ${hv}`, at);
        else if (bv)
            emit('type-removed', 'type no longer declared', `${p}.${key}`, 'warning', `${key} ${bv} is no longer declared`, at);
        else
            emit('type-declared', 'type declared', `${p}.${key}`, 'notice', `${key} ${hv} declared`, at);
    }
    if (b.required !== h.required && h.required)
        emit('required-tightened', 'required false → true', `${p}.required`, 'error', 'the column became required: existing rows with nulls violate the contract', at);
    else if (b.required !== h.required)
        emit('required-loosened', 'required true → false', `${p}.required`, 'notice', 'the column may now be null', at);
    if (b.unique !== h.unique && h.unique)
        emit('unique-tightened', 'unique became true', `${p}.unique`, 'error', 'the column became unique: existing duplicates violate the contract', at);
    else if (b.unique !== h.unique)
        emit('unique-loosened', 'unique dropped', `${p}.unique`, 'notice', 'the column may now repeat values', at);
    constraintDiff(b.constraints, h.constraints, p, at, emit);
    enumDiff(b.enumValues, h.enumValues, p, at, emit);
    if (b.pii !== h.pii || b.classification !== h.classification)
        classificationDiff(b, h, p, at, emit);
    if ((b.description ?? '') !== (h.description ?? ''))
        emit('docs-changed', 'description changed', `${p}.description`, 'notice', 'column description changed', at);
    tagsDiff(b.tags, h.tags, `${p}.tags`, at, emit);
    customDiff(b.custom, h.custom, `${p}.customProperties`, at, emit);
    if (b.quality.length > 0 || h.quality.length > 0)
        qualityDiff(b.quality, h.quality, `${p}.quality`, [...at, 'quality'], emit);
}
const LOWER = ['minLength', 'minItems'];
const BOUNDS = [
    ['minimum', true],
    ['maximum', false],
];
const UPPER = ['maxLength', 'maxItems'];
const boundText = (b, lower) => b ? `${lower ? (b.exclusive ? '>' : '≥') : b.exclusive ? '<' : '≤'} ${show(b.value)}` : '(none)';
/**
 * -1 when the head bound admits less than the base bound (tighter), 1 when more, 0 when the same,
 * null when the two cannot be compared. A bound compares by value, then exclusive over inclusive.
 */
function compareBound(b, h, lower) {
    const [bn, hn] = [boundValue(b.value), boundValue(h.value)];
    if (bn === undefined || hn === undefined)
        return b.value === h.value && b.exclusive === h.exclusive ? 0 : null;
    if (bn !== hn)
        return (lower ? hn > bn : hn < bn) ? -1 : 1;
    if (b.exclusive === h.exclusive)
        return 0;
    return h.exclusive ? -1 : 1;
}
/** True when the constraints declare nothing. */
function noConstraints(c) {
    for (const _ in c)
        return false;
    return true;
}
function constraintDiff(b, h, p, at, emit) {
    if (noConstraints(b) && noConstraints(h))
        return;
    const tight = (path, desc) => emit('constraint-tightened', 'constraint tightened', path, 'error', `${desc}: existing data may violate it`, at);
    const loose = (path, desc) => emit('constraint-loosened', 'constraint loosened', path, 'notice', desc, at);
    // Bounds compare as ranges, so that `maximum: 100, exclusiveMaximum: true` (ODCS 3.0) and
    // `exclusiveMaximum: 100` (3.1) are the same bound and a real move of either is seen.
    for (const [key, lower] of BOUNDS) {
        const [bb, hb] = lower ? [b.lower, h.lower] : [b.upper, h.upper];
        if (!bb && !hb)
            continue;
        const path = `${p}.${key}`;
        const desc = `${key} ${boundText(bb, lower)} → ${boundText(hb, lower)}`;
        if (!hb)
            loose(path, desc);
        else if (!bb)
            tight(path, desc);
        else {
            const cmp = compareBound(bb, hb, lower);
            if (cmp === -1)
                tight(path, desc);
            else if (cmp === 1)
                loose(path, desc);
            else if (cmp === null)
                emit('constraint-changed', 'constraint changed', path, 'warning', `${desc}: cannot tell whether it is tighter`, at);
        }
    }
    const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])]
        .filter((k) => k !== 'lower' && k !== 'upper')
        .sort();
    for (const key of keys) {
        const [bv, hv] = [b[key], h[key]];
        if (bv === hv)
            continue;
        const path = `${p}.${key}`;
        const desc = `${key} ${show(bv)} → ${show(hv)}`;
        if (hv === undefined) {
            loose(path, desc);
            continue;
        }
        if (bv === undefined) {
            if (key === 'uniqueItems' && hv === false)
                loose(path, desc);
            else
                tight(path, desc);
            continue;
        }
        if (LOWER.includes(key) || UPPER.includes(key)) {
            const tighter = LOWER.includes(key) ? hv > bv : hv < bv;
            if (tighter)
                tight(path, desc);
            else
                loose(path, desc);
        }
        else if (key === 'multipleOf' && typeof bv === 'number' && typeof hv === 'number') {
            if (bv % hv === 0)
                loose(path, desc);
            else
                tight(path, desc);
        }
        else if (key === 'uniqueItems') {
            if (hv === true)
                tight(path, desc);
            else
                loose(path, desc);
        }
        else
            tight(path, desc); // pattern, format: a different rule may reject existing values
    }
}
function enumDiff(b, h, p, at, emit) {
    if (!b && !h)
        return;
    const path = `${p}.enum`;
    if (!b) {
        emit('enum-added', 'enum added', path, 'error', `values now restricted to ${show(h)}: existing values may fall outside`, at);
        return;
    }
    if (!h) {
        emit('enum-dropped', 'enum dropped', path, 'notice', 'the column no longer restricts its values', at);
        return;
    }
    const key = (v) => JSON.stringify(v);
    const hs = new Set(h.map(key));
    const bs = new Set(b.map(key));
    const removed = b.filter((v) => !hs.has(key(v)));
    const added = h.filter((v) => !bs.has(key(v)));
    if (removed.length > 0)
        emit('enum-values-removed', 'enum values removed', path, 'error', `allowed values removed: ${removed.map((v) => show(v)).join(', ')}`, at);
    if (added.length > 0)
        emit('enum-values-added', 'enum values added', path, 'notice', `allowed values added: ${added.map((v) => show(v)).join(', ')}`, at);
}
/** Rank of a classification; null when mlgate cannot place it. */
function classificationRank(value) {
    if (value === undefined)
        return 0;
    const v = value.toLowerCase();
    if (/secret|restricted|highly|pii|sensitive|personal/.test(v))
        return 3;
    if (/confidential/.test(v))
        return 2;
    if (/internal|private/.test(v))
        return 1;
    if (/public|open|unclassified|none/.test(v))
        return 0;
    return null;
}
function classificationDiff(b, h, p, at, emit) {
    if (b.pii === true && h.pii !== true)
        emit('classification-loosened', 'classification loosened', `${p}.pii`, 'error', 'the column is no longer marked `pii: true`', at);
    else if (b.pii !== true && h.pii === true)
        emit('classification-tightened', 'classification tightened', `${p}.pii`, 'notice', 'the column is now marked `pii: true`', at);
    if ((b.classification ?? '').toLowerCase() === (h.classification ?? '').toLowerCase())
        return;
    const path = `${p}.classification`;
    const desc = `classification ${show(b.classification)} → ${show(h.classification)}`;
    const [br, hr] = [classificationRank(b.classification), classificationRank(h.classification)];
    if (b.classification === undefined)
        emit('classification-tightened', 'classification added', path, 'notice', desc, at);
    else if (h.classification === undefined || (br !== null && hr !== null && hr < br))
        emit('classification-loosened', 'classification loosened', path, 'error', `${desc}: data is now handled under weaker rules`, at);
    else if (br !== null && hr !== null)
        emit('classification-tightened', 'classification tightened', path, 'notice', desc, at);
    else
        emit('classification-changed', 'classification changed', path, 'warning', `${desc}: mlgate cannot rank these values; confirm it is not a loosening`, at);
}
function tagsDiff(b, h, path, at, emit) {
    if (b.length === h.length && b.every((t, i) => t === h[i]))
        return;
    const [bs, hs] = [[...b].sort().join(','), [...h].sort().join(',')];
    if (bs !== hs)
        emit('docs-changed', 'tags changed', path, 'notice', `tags [${bs}] → [${hs}]`, at);
}
function customDiff(b, h, path, fallback, emit) {
    if (b.size === 0 && h.size === 0)
        return;
    const keys = [...new Set([...b.keys(), ...h.keys()])].sort();
    for (const key of keys) {
        const [bv, hv] = [b.get(key), h.get(key)];
        if (JSON.stringify(bv?.value) === JSON.stringify(hv?.value))
            continue;
        const at = hv?.at ?? fallback;
        const desc = `${key} ${show(bv?.value)} → ${show(hv?.value)}`;
        if (ML_KEYS.includes(key))
            emit('ml-property-changed', 'ML property changed', `${path}.${key}`, 'error', `${desc}: models trained on the old semantics are no longer comparable`, at);
        else
            emit('metadata-changed', 'custom property changed', `${path}.${key}`, 'notice', desc, at);
    }
}
const OPS_UP = ['mustBeLessThan', 'mustBeLessOrEqualTo'];
const OPS_DOWN = ['mustBeGreaterThan', 'mustBeGreaterOrEqualTo'];
function qualityDiff(b, h, path, fallback, emit) {
    const hm = new Map(h.map((r) => [r.key, r]));
    const bm = new Map(b.map((r) => [r.key, r]));
    const loosened = (p, d, at) => emit('quality-loosened', 'quality loosened', p, 'warning', d, at);
    const tightened = (p, d, at) => emit('quality-tightened', 'quality tightened', p, 'notice', d, at);
    for (const br of b) {
        const hr = hm.get(br.key);
        const p = `${path}.${br.key}`;
        if (!hr) {
            loosened(p, `quality rule \`${br.key}\` was removed`, fallback);
            continue;
        }
        if (br.body !== hr.body)
            emit('quality-changed', 'quality rule changed', p, 'warning', `what quality rule \`${br.key}\` checks changed; confirm it is not weaker`, hr.at);
        const ops = [
            ...new Set([...Object.keys(br.thresholds), ...Object.keys(hr.thresholds)]),
        ].sort();
        for (const op of ops) {
            const [bv, hv] = [br.thresholds[op], hr.thresholds[op]];
            if (JSON.stringify(bv) === JSON.stringify(hv))
                continue;
            const d = `${br.key} ${op} ${show(bv)} → ${show(hv)}`;
            if (hv === undefined)
                loosened(`${p}.${op}`, d, hr.at);
            else if (bv === undefined)
                tightened(`${p}.${op}`, d, hr.at);
            else if (typeof bv === 'number' &&
                typeof hv === 'number' &&
                OPS_UP.includes(op))
                (hv > bv ? loosened : tightened)(`${p}.${op}`, d, hr.at);
            else if (typeof bv === 'number' &&
                typeof hv === 'number' &&
                OPS_DOWN.includes(op))
                (hv < bv ? loosened : tightened)(`${p}.${op}`, d, hr.at);
            else if (op === 'mustBeBetween' && Array.isArray(bv) && Array.isArray(hv)) {
                if (hv[0] <= bv[0] && hv[1] >= bv[1])
                    loosened(`${p}.${op}`, d, hr.at);
                else if (hv[0] >= bv[0] && hv[1] <= bv[1])
                    tightened(`${p}.${op}`, d, hr.at);
                else
                    emit('quality-changed', 'quality rule changed', `${p}.${op}`, 'warning', `${d}: neither wider nor narrower`, hr.at);
            }
            else
                emit('quality-changed', 'quality rule changed', `${p}.${op}`, 'warning', `${d}: cannot tell whether it is weaker`, hr.at);
        }
    }
    for (const hr of h)
        if (!bm.has(hr.key))
            tightened(`${path}.${hr.key}`, `quality rule \`${hr.key}\` was added`, hr.at);
}
const UNIT_SECONDS = {
    s: 1,
    sec: 1,
    second: 1,
    seconds: 1,
    m: 60,
    min: 60,
    minute: 60,
    minutes: 60,
    h: 3600,
    hr: 3600,
    hour: 3600,
    hours: 3600,
    d: 86400,
    day: 86400,
    days: 86400,
    w: 604800,
    week: 604800,
    weeks: 604800,
    mo: 2592000,
    month: 2592000,
    months: 2592000,
    y: 31536000,
    yr: 31536000,
    year: 31536000,
    years: 31536000,
};
/** An SLA value as one comparable number: seconds for durations, the number for percentages. */
function slaNumber(value, unit) {
    const factor = unit ? UNIT_SECONDS[unit.toLowerCase()] : 1;
    if (typeof value === 'number')
        return factor === undefined ? value : value * factor;
    if (typeof value !== 'string')
        return undefined;
    const v = value.trim();
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
    if (pct)
        return Number(pct[1]);
    const simple = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(v);
    if (simple && UNIT_SECONDS[simple[2].toLowerCase()] !== undefined)
        return Number(simple[1]) * UNIT_SECONDS[simple[2].toLowerCase()];
    const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(v);
    if (iso && v !== 'P') {
        const [, y, mo, w, d, h, mi, s] = iso.map((x) => Number(x ?? 0));
        return y * 31536000 + mo * 2592000 + w * 604800 + d * 86400 + h * 3600 + mi * 60 + s;
    }
    if (/^\d+(\.\d+)?$/.test(v))
        return Number(v) * (factor ?? 1);
    return undefined;
}
/** SLA properties where a larger value is a weaker promise, and where a smaller one is. */
const LARGER_IS_LOOSER = /latency|freshness|frequency|interval|timeto|responsetime|recoverytime|recoverypoint|threshold|delay/i;
const SMALLER_IS_LOOSER = /retention|availability|uptime|percentage/i;
function slaDiff(b, h, emit) {
    const hm = new Map(h.map((s) => [s.key, s]));
    const bm = new Map(b.map((s) => [s.key, s]));
    for (const bs of b) {
        const hs = hm.get(bs.key);
        const path = `sla.${bs.key}`;
        if (!hs) {
            emit('sla-loosened', 'SLA loosened', path, 'warning', `SLA \`${bs.key}\` was removed`, [
                'slaProperties',
            ]);
            continue;
        }
        if (JSON.stringify([bs.value, bs.unit]) === JSON.stringify([hs.value, hs.unit]))
            continue;
        const desc = `${bs.key} ${show(bs.value)}${bs.unit ? ` ${bs.unit}` : ''} → ${show(hs.value)}${hs.unit ? ` ${hs.unit}` : ''}`;
        const [bn, hn] = [slaNumber(bs.value, bs.unit), slaNumber(hs.value, hs.unit)];
        const name = bs.key.split('@')[0];
        const direction = LARGER_IS_LOOSER.test(name) ? 1 : SMALLER_IS_LOOSER.test(name) ? -1 : 0;
        if (bn !== undefined && hn !== undefined && direction !== 0 && bn !== hn) {
            const looser = direction > 0 ? hn > bn : hn < bn;
            if (looser)
                emit('sla-loosened', 'SLA loosened', path, 'warning', `${desc}: a weaker promise to consumers`, hs.at);
            else
                emit('sla-tightened', 'SLA tightened', path, 'notice', desc, hs.at);
        }
        else if (bn !== undefined && bn === hn) {
            emit('sla-restated', 'SLA restated', path, 'notice', `${desc} (same value)`, hs.at);
        }
        else
            emit('sla-changed', 'SLA changed', path, 'warning', `${desc}: cannot tell whether it is weaker`, hs.at);
    }
    for (const hs of h)
        if (!bm.has(hs.key))
            emit('sla-tightened', 'SLA added', `sla.${hs.key}`, 'notice', `SLA \`${hs.key}\` was added`, hs.at);
}
/** Semantic-version major of a contract version (`2.1.0`, `v2`), or null. */
function majorOf(version) {
    const m = /^v?(\d+)(?:\.|$)/.exec(version ?? '');
    return m ? Number(m[1]) : null;
}

;// CONCATENATED MODULE: ./src/checks/contract.ts

const SENSITIVE = /\b(pii|restricted|confidential|sensitive|secret|personal)\b/i;
/** Why a column counts as sensitive, or null. */
function sensitivity(column) {
    if (column.pii)
        return '`pii: true`';
    if (column.classification && SENSITIVE.test(column.classification))
        return `classification \`${column.classification}\``;
    if (column.tags.some((t) => t.toLowerCase() === 'pii'))
        return 'tag `pii`';
    return null;
}
/** Run every check on a readable contract. */
function checkContract(contract, opts = {}) {
    const findings = [];
    const add = (level, rule, line, where, message) => findings.push({
        level,
        check: 'contract',
        ...(opts.model ? { model: opts.model } : {}),
        file: contract.file,
        ...(line ? { line } : {}),
        message: `${where}: ${message} (rule ${rule})`,
        rule,
    });
    const fromIssue = (i) => add(i.level, i.rule, contract.lineOf(i.at), i.where, i.message);
    const contractMl = resolveContractMl(contract);
    contractMl.issues.forEach(fromIssue);
    const mlTables = contract.tables.filter(isMlTable);
    const ml = [];
    const missing = [];
    for (const table of mlTables) {
        const { roles, issues } = resolveRoles(table);
        issues.forEach(fromIssue);
        ml.push(roles);
        missing.push(...completeness(table, roles, contract, opts, add));
        leakage(table, roles, contract, add);
        privacy(table, roles, contract, add);
    }
    if (!contractMl.snapshot && mlTables.length > 0) {
        missing.push('dataset snapshot');
        if (opts.requireMl)
            add('error', 'completeness.snapshot', contract.lineOf(['customProperties']) ?? 1, 'contract', 'no dataset snapshot is declared, so the training data cannot be reproduced; fix: add `customProperties: [{property: mlDatasetSnapshot, value: <dataset version>}]` at the top level');
    }
    if (mlTables.length === 0 && opts.requireMl)
        add('error', 'completeness.ml', contract.lineOf(contract.tables[0]?.at ?? []) ?? 1, contract.tables[0] ? `table ${contract.tables[0].name}` : 'contract', 'no table declares ML semantics (`contract_policy.require_ml` is on); fix: add `mlEntityKeys`, `mlEventTimestamp`, `mlLabel`, `mlLabelTimestamp` and `mlSplitPolicy` to the training table’s `customProperties` (see docs/contracts.md)');
    const structural = findings.some((f) => f.level === 'error' && f.rule?.startsWith('structure.'));
    const has = (prefix) => findings.some((f) => f.rule?.startsWith(prefix));
    const noMl = 'no table declares ML semantics (customProperties `ml*`)';
    const dataContract = mlTables.length === 0
        ? { ok: false, detail: noMl }
        : missing.length > 0 || structural
            ? {
                ok: false,
                detail: missing.length
                    ? `missing: ${[...new Set(missing)].join(', ')}`
                    : 'ML properties have structural errors',
            }
            : { ok: true, detail: ml.map((r) => summary(r, contractMl.snapshot)).join('; ') };
    const leakageOk = mlTables.length > 0 && !has('leakage.') && !structural;
    const noEventTime = ml.filter((r) => !r.eventTimestamp).map((r) => r.table);
    const leakageEvidence = !leakageOk
        ? {
            ok: false,
            detail: mlTables.length === 0 ? noMl : 'leakage findings in the contract',
        }
        : noEventTime.length > 0
            ? {
                ok: false,
                detail: `no event timestamp on ${noEventTime.join(', ')}: point-in-time availability cannot be checked`,
            }
            : {
                ok: true,
                detail: `${ml.reduce((n, r) => n + r.features.length, 0)} features checked for prediction-time availability, label use and split`,
            };
    const classified = mlTables.some((t) => t.columns.some((c) => c.classification || c.pii !== undefined));
    const privacyEvidence = mlTables.length === 0
        ? { ok: false, detail: noMl }
        : has('privacy.')
            ? { ok: false, detail: 'a PII/restricted/confidential column is used as a feature' }
            : !classified
                ? {
                    ok: false,
                    detail: 'no column carries a classification, so sensitive features cannot be seen',
                }
                : { ok: true, detail: 'no feature is classified PII, restricted or confidential' };
    return {
        findings,
        ml,
        ...(contractMl.snapshot ? { snapshot: contractMl.snapshot } : {}),
        evidence: {
            'data-contract': dataContract,
            leakage: leakageEvidence,
            'sensitive-data': privacyEvidence,
        },
    };
}
function summary(r, snapshot) {
    return `${r.table}: entity ${r.entityKeys.join('+')}, event time ${r.eventTimestamp}, label ${r.label} known at ${r.labelTimestamp}, split ${r.splitPolicy}, snapshot ${snapshot}`;
}
/** The declarations a reviewer needs to judge a training set; findings only with `require_ml`. */
function completeness(table, r, contract, opts, add) {
    const missing = [];
    const custom = (key) => `\`customProperties: [{property: ${key}, value: …}]\``;
    if (r.entityKeys.length === 0)
        missing.push([
            'entity grain',
            'completeness.entity',
            `no entity grain: declare ${custom('mlEntityKeys')} (or a primary key)`,
        ]);
    if (!r.eventTimestamp)
        missing.push([
            'event timestamp',
            'completeness.event-timestamp',
            `no event timestamp ("as of" time): declare ${custom('mlEventTimestamp')}`,
        ]);
    if (!r.label)
        missing.push(['label', 'completeness.label', `no label: declare ${custom('mlLabel')}`]);
    else if (!r.labelTimestamp)
        missing.push([
            'label timestamp',
            'completeness.label-timestamp',
            `label \`${r.label}\` has no label timestamp (when it became known): declare ${custom('mlLabelTimestamp')}`,
        ]);
    if (!r.splitPolicy)
        missing.push([
            'split policy',
            'completeness.split',
            `no split policy: declare ${custom('mlSplitPolicy')} (temporal, group or random)`,
        ]);
    if (opts.requireMl)
        for (const [, rule, message] of missing)
            add('error', rule, contract.lineOf(table.at), columnWhere(table), `${message}; fix: add it to the table`);
    return missing.map(([what]) => `${what} (${table.name})`);
}
function leakage(table, r, contract, add) {
    const byName = new Map(table.columns.map((c) => [c.name, c]));
    const implicit = r.implicitFeatures
        ? ' (no column has `mlRole: feature`, so every unassigned column is a feature)'
        : '';
    for (const name of r.features) {
        const column = byName.get(name);
        const avail = column.custom.get('mlAvailableAtPrediction');
        if (avail && asBool(avail.value) === false)
            add('error', 'leakage.unavailable-at-prediction', contract.lineOf(avail.at), columnWhere(table, column), `used as a feature${implicit} but marked \`mlAvailableAtPrediction: false\`: the model would train on information it will not have when predicting; fix: drop it from the features (\`mlRole: metadata\`) or replace it with a value known at prediction time`);
    }
    for (const [name, what] of [
        [r.label, 'the label'],
        [r.labelTimestamp, 'the label timestamp'],
    ]) {
        if (!name || !r.features.includes(name))
            continue;
        const column = byName.get(name);
        add('error', 'leakage.label-as-feature', contract.lineOf(column.custom.get('mlRole')?.at ?? column.at), columnWhere(table, column), `${what} is also used as a feature, so the model sees the answer; fix: remove \`mlRole: feature\` from this column`);
    }
    if (r.splitPolicy === 'random' && r.eventTimestamp)
        add('error', 'leakage.random-split', contract.lineOf(table.custom.get('mlSplitPolicy')?.at ?? table.at), columnWhere(table), `\`mlSplitPolicy: random\` on data with an event timestamp (\`${r.eventTimestamp}\`) lets rows from the future train a model evaluated on the past; fix: use \`mlSplitPolicy: temporal\` (split on \`${r.eventTimestamp}\`) or \`group\` by entity`);
}
function privacy(table, r, contract, add) {
    const byName = new Map(table.columns.map((c) => [c.name, c]));
    for (const name of r.features) {
        const column = byName.get(name);
        const why = sensitivity(column);
        if (!why)
            continue;
        add('error', 'privacy.sensitive-feature', contract.lineOf(column.at), columnWhere(table, column), `a column with ${why} is used as a feature${r.implicitFeatures ? ' (no column has `mlRole: feature`, so every unassigned column is a feature)' : ''}; fix: exclude it (\`mlRole: metadata\`) or feed a de-identified derivative that is classified accordingly`);
    }
}

// EXTERNAL MODULE: ./src/generated/dcs.validate.cjs
var dcs_validate = __webpack_require__(8588);
var dcs_validate_default = /*#__PURE__*/__webpack_require__.n(dcs_validate);
// EXTERNAL MODULE: ./src/generated/odcs.validate.cjs
var odcs_validate = __webpack_require__(9671);
var odcs_validate_default = /*#__PURE__*/__webpack_require__.n(odcs_validate);
// EXTERNAL MODULE: ./src/formats/schema-errors.ts
var schema_errors = __webpack_require__(5337);
;// CONCATENATED MODULE: ./src/formats/contract/dcs.ts
/**
 * Map a (deprecated) Data Contract Specification `datacontract.yaml` onto the normalised contract
 * model. DCS has no `customProperties`; the ML convention is read from `ml*` keys written on the
 * contract, `info`, a model or a field directly (DCS allows extension keys) or inside their `config`.
 */


/** DCS field types onto ODCS logical types. */
const LOGICAL = {
    string: 'string',
    text: 'string',
    varchar: 'string',
    bytes: 'string',
    number: 'number',
    decimal: 'number',
    numeric: 'number',
    float: 'number',
    double: 'number',
    int: 'integer',
    integer: 'integer',
    long: 'integer',
    bigint: 'integer',
    boolean: 'boolean',
    timestamp: 'timestamp',
    timestamp_tz: 'timestamp',
    timestamp_ntz: 'timestamp',
    date: 'date',
    time: 'time',
    object: 'object',
    record: 'object',
    struct: 'object',
    array: 'array',
    map: 'map',
};
/** `ml*` keys written directly on an element or in its `config` map. */
function readMl(raw, at) {
    const out = new Map();
    for (const [k, v] of Object.entries(raw))
        if (/^ml[A-Z]/.test(k))
            out.set(k, { value: v, at: [...at, k] });
    if ((0,formats_data/* isRecord */.u4)(raw.config))
        for (const [k, v] of Object.entries(raw.config))
            if (/^ml[A-Z]/.test(k) && !out.has(k))
                out.set(k, { value: v, at: [...at, 'config', k] });
    return out;
}
/** Resolve a local `$ref: '#/definitions/name'`; the field's own keys win. */
function resolve(raw, definitions) {
    const ref = typeof raw.$ref === 'string' ? raw.$ref : undefined;
    const match = ref ? /^#\/definitions\/([^/]+)$/.exec(ref) : null;
    const def = match && Object.hasOwn(definitions, match[1]) ? definitions[match[1]] : undefined;
    return (0,formats_data/* isRecord */.u4)(def) ? { ...def, ...raw } : raw;
}
function readFields(fields, at, prefix, definitions, pk, out) {
    if (!(0,formats_data/* isRecord */.u4)(fields))
        return;
    for (const [key, value] of Object.entries(fields)) {
        if (!(0,formats_data/* isRecord */.u4)(value))
            continue;
        const raw = resolve(value, definitions);
        const here = [...at, key];
        const name = prefix + key;
        out.push(readField(raw, here, name, pk.has(name)));
        if ((0,formats_data/* isRecord */.u4)(raw.fields))
            readFields(raw.fields, [...here, 'fields'], `${name}.`, definitions, pk, out);
        if ((0,formats_data/* isRecord */.u4)(raw.items) && (0,formats_data/* isRecord */.u4)(raw.items.fields))
            readFields(raw.items.fields, [...here, 'items', 'fields'], `${name}.`, definitions, pk, out);
    }
}
function readField(raw, at, name, inModelKey) {
    const type = str(raw.type);
    const logical = type ? LOGICAL[type.toLowerCase()] : undefined;
    const enumList = enumValues(raw.enum);
    return {
        name,
        at,
        ...(str(raw.description) ? { description: str(raw.description) } : {}),
        tags: strings(raw.tags),
        custom: readMl(raw, at),
        quality: readQuality(raw.quality, [...at, 'quality']),
        ...(logical ? { logicalType: logical } : {}),
        ...(type ? { physicalType: type, singleType: true } : {}),
        required: bool(raw.required) ?? false,
        unique: bool(raw.unique) ?? false,
        primaryKey: inModelKey || (bool(raw.primaryKey) ?? bool(raw.primary) ?? false),
        ...(str(raw.classification) ? { classification: str(raw.classification) } : {}),
        ...(raw.pii === true ? { pii: true } : {}),
        constraints: readConstraints(raw),
        ...(enumList ? { enumValues: enumList } : {}),
    };
}
const SLA_VALUE = ['percentage', 'period', 'threshold', 'interval', 'cron', 'responseTime', 'time'];
function readSla(levels, key) {
    if (!(0,formats_data/* isRecord */.u4)(levels))
        return [];
    return Object.entries(levels).flatMap(([name, raw]) => {
        if (!(0,formats_data/* isRecord */.u4)(raw))
            return [];
        const field = SLA_VALUE.find((f) => raw[f] !== undefined);
        const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'description'));
        const value = raw.unlimited === true ? 'unlimited' : field ? raw[field] : stableJson(rest);
        return [{ key: name, at: [key, name, ...(field ? [field] : [])], value }];
    });
}
/** Read a schema-valid DCS document. */
function readDcs(file, doc) {
    const data = (0,formats_data/* isRecord */.u4)(doc.data) ? doc.data : {};
    const info = (0,formats_data/* isRecord */.u4)(data.info) ? data.info : {};
    const definitions = (0,formats_data/* isRecord */.u4)(data.definitions) ? data.definitions : {};
    const custom = readMl(info, ['info']);
    for (const [k, v] of readMl(data, []))
        if (!custom.has(k))
            custom.set(k, v);
    const tables = [];
    const models = (0,formats_data/* isRecord */.u4)(data.models) ? data.models : {};
    for (const [name, raw] of Object.entries(models)) {
        if (!(0,formats_data/* isRecord */.u4)(raw))
            continue;
        const at = ['models', name];
        const columns = [];
        const pk = new Set(strings(raw.primaryKey));
        readFields(raw.fields, [...at, 'fields'], '', definitions, pk, columns);
        tables.push({
            name,
            at,
            ...(str(raw.description) ? { description: str(raw.description) } : {}),
            tags: strings(raw.tags),
            custom: readMl(raw, at),
            quality: readQuality(raw.quality, [...at, 'quality']),
            ...(str(raw.type) ? { physicalType: str(raw.type) } : {}),
            columns,
        });
    }
    const slaKey = (0,formats_data/* isRecord */.u4)(data.servicelevels) ? 'servicelevels' : 'serviceLevels';
    const sla = readSla(data[slaKey], slaKey);
    // The top-level DCS `quality` block is tool-specific (SodaCL, …): compared as one opaque rule.
    const topQuality = (0,formats_data/* isRecord */.u4)(data.quality)
        ? [{ key: 'quality', at: ['quality'], thresholds: {}, body: stableJson(data.quality) }]
        : [];
    return {
        format: 'dcs',
        file,
        formatVersion: str(data.dataContractSpecification) ?? '',
        ...(str(data.id) ? { id: str(data.id) } : {}),
        ...(str(info.title) ? { name: str(info.title) } : {}),
        ...(str(info.version) ? { version: str(info.version) } : {}),
        ...(str(info.status) ? { status: str(info.status) } : {}),
        ...(str(info.description) ? { description: str(info.description) } : {}),
        tags: strings(data.tags),
        custom,
        sla,
        tables,
        quality: topQuality,
        lineOf: doc.lineOf,
    };
}

;// CONCATENATED MODULE: ./src/formats/contract/odcs.ts
/** Map an ODCS v3 contract (already schema-checked) onto the normalised contract model. */


/** `customProperties: [{property, value}]` as a map; the first entry of a name wins (duplicates are reported by the checks). */
function readCustom(value, at) {
    const out = new Map();
    (0,formats_data/* list */.p_)(value).forEach((entry, i) => {
        if (!(0,formats_data/* isRecord */.u4)(entry) || typeof entry.property !== 'string')
            return;
        if (!out.has(entry.property))
            out.set(entry.property, { value: entry.value, at: [...at, i] });
    });
    return out;
}
function description(value) {
    if (typeof value === 'string')
        return value;
    if (!(0,formats_data/* isRecord */.u4)(value))
        return undefined;
    const parts = ['purpose', 'usage', 'limitations']
        .map((k) => (typeof value[k] === 'string' ? `${k}: ${value[k]}` : null))
        .filter((p) => p !== null);
    return parts.length > 0 ? parts.join('\n') : undefined;
}
function readColumns(props, at, prefix, out) {
    if (!Array.isArray(props))
        return;
    for (let i = 0; i < props.length; i++) {
        const raw = props[i];
        if (!(0,formats_data/* isRecord */.u4)(raw) || typeof raw.name !== 'string')
            continue;
        const here = at.concat(i);
        const name = prefix + raw.name;
        out.push(readColumn(raw, here, name));
        readNested(raw, here, name, out);
    }
}
/** Nested object properties and array item properties become `parent.child` columns. */
function readNested(raw, at, name, out) {
    if (Array.isArray(raw.properties))
        readColumns(raw.properties, [...at, 'properties'], `${name}.`, out);
    if ((0,formats_data/* isRecord */.u4)(raw.items) && Array.isArray(raw.items.properties))
        readColumns(raw.items.properties, [...at, 'items', 'properties'], `${name}.`, out);
}
/**
 * One column. Built key by key rather than with conditional spreads, and the nested readers run
 * only when their key is there: a contract can have tens of thousands of columns.
 */
function readColumn(raw, at, name) {
    const options = (0,formats_data/* isRecord */.u4)(raw.logicalTypeOptions) ? raw.logicalTypeOptions : undefined;
    const enumList = enumValues(raw.enum) ??
        (options ? enumValues(options.enum) : undefined) ??
        (raw.quality === undefined ? undefined : enumFromQuality(raw.quality));
    const position = (0,formats_data/* num */.bu)(raw.primaryKeyPosition);
    const column = { name, at };
    const desc = str(raw.description);
    if (desc)
        column.description = desc;
    column.tags = raw.tags === undefined ? [] : strings(raw.tags);
    column.custom = Array.isArray(raw.customProperties)
        ? readCustom(raw.customProperties, [...at, 'customProperties'])
        : new Map();
    column.quality = Array.isArray(raw.quality) ? readQuality(raw.quality, [...at, 'quality']) : [];
    const logicalType = str(raw.logicalType);
    if (logicalType)
        column.logicalType = logicalType;
    const physicalType = str(raw.physicalType);
    if (physicalType)
        column.physicalType = physicalType;
    column.required = bool(raw.required) ?? false;
    column.unique = bool(raw.unique) ?? false;
    column.primaryKey = bool(raw.primaryKey) ?? false;
    if (position !== undefined && position > 0)
        column.primaryKeyPosition = position;
    const classification = str(raw.classification);
    if (classification)
        column.classification = classification;
    column.constraints = options ? readConstraints(options) : {};
    if (enumList)
        column.enumValues = enumList;
    return column;
}
function readTable(raw, at) {
    const columns = [];
    readColumns(raw.properties, [...at, 'properties'], '', columns);
    return {
        name: str(raw.name) ?? '',
        at,
        ...(str(raw.description) ? { description: str(raw.description) } : {}),
        tags: strings(raw.tags),
        custom: readCustom(raw.customProperties, [...at, 'customProperties']),
        quality: readQuality(raw.quality, [...at, 'quality']),
        ...(str(raw.physicalName) ? { physicalName: str(raw.physicalName) } : {}),
        ...(str(raw.physicalType) ? { physicalType: str(raw.physicalType) } : {}),
        columns,
    };
}
function odcs_readSla(value) {
    const seen = new Map();
    const out = [];
    (0,formats_data/* list */.p_)(value).forEach((raw, i) => {
        if (!(0,formats_data/* isRecord */.u4)(raw) || typeof raw.property !== 'string')
            return;
        const base = raw.property + (typeof raw.element === 'string' ? `@${raw.element}` : '');
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        out.push({
            key: n === 1 ? base : `${base}#${n}`,
            at: ['slaProperties', i],
            value: raw.value,
            ...(typeof raw.unit === 'string' ? { unit: raw.unit } : {}),
        });
    });
    return out;
}
/** Read a schema-valid ODCS document. */
function readOdcs(file, doc) {
    const data = (0,formats_data/* isRecord */.u4)(doc.data) ? doc.data : {};
    const desc = description(data.description);
    return {
        format: 'odcs',
        file,
        formatVersion: str(data.apiVersion) ?? '',
        ...(str(data.id) ? { id: str(data.id) } : {}),
        ...(str(data.name) ? { name: str(data.name) } : {}),
        ...(str(data.version) ? { version: str(data.version) } : {}),
        ...(str(data.status) ? { status: str(data.status) } : {}),
        ...(desc ? { description: desc } : {}),
        tags: strings(data.tags),
        custom: readCustom(data.customProperties, ['customProperties']),
        sla: odcs_readSla(data.slaProperties),
        quality: [],
        tables: (0,formats_data/* list */.p_)(data.schema).flatMap((raw, i) => (0,formats_data/* isRecord */.u4)(raw) ? [readTable(raw, ['schema', i])] : []),
        lineOf: doc.lineOf,
    };
}

;// CONCATENATED MODULE: ./src/formats/contract/index.ts






// Precompiled from schemas/{odcs,dcs}.schema.json (draft 2019-09) by scripts/compile-schemas.mjs.
const validators = { odcs: (odcs_validate_default()), dcs: (dcs_validate_default()) };
function finding(file, level, line, message, rule) {
    return { level, check: 'contract', file, ...(line ? { line } : {}), message, rule };
}
/**
 * Parse and validate a contract file. `lines`: the caller expects findings on this contract (a
 * changed head to compare), so a large file's lines are recorded while it is read (see data.ts).
 */
function parseContract(file, text, opts = {}) {
    // Contract producers write YAML 1.1 (PyYAML): read it as they do, with a warning per line.
    const parsed = (0,formats_data/* parseData */._0)(text, { yaml11: true, lines: opts.lines === true });
    if (!parsed.ok)
        return {
            contract: null,
            format: null,
            findings: [
                finding(file, 'error', parsed.line, `${file}: ${parsed.message}`, 'structure.parse'),
            ],
        };
    const doc = parsed.value;
    const data = doc.data;
    if (!(0,formats_data/* isRecord */.u4)(data))
        return {
            contract: null,
            format: null,
            findings: [
                finding(file, 'error', 1, `${file}: expected a data contract mapping (ODCS \`apiVersion: v3.x.x\`, \`kind: DataContract\`), found ${data === null ? 'an empty file' : Array.isArray(data) ? 'a list' : typeof data}`, 'structure.format'),
            ],
        };
    const format = detect(data);
    if (format === null) {
        const v2 = typeof data.apiVersion === 'string' && /^v2\./.test(data.apiVersion);
        return {
            contract: null,
            format: null,
            findings: [
                finding(file, 'error', doc.lineOf(['apiVersion']) ?? 1, v2
                    ? `${file}: ODCS ${String(data.apiVersion)} is not supported; migrate the contract to ODCS v3 (\`apiVersion: v3.1.0\`, tables under \`schema:\`)`
                    : `${file}: not a data contract; expected ODCS v3 (\`apiVersion: v3.1.0\`, \`kind: DataContract\`) or a Data Contract Specification file (\`dataContractSpecification: 1.1.0\`)`, 'structure.format'),
            ],
        };
    }
    const validate = validators[format];
    const findings = (doc.yaml11 ?? []).map((n) => finding(file, 'warning', n.line, `${file}: ${n.message}`, 'structure.yaml11'));
    if (!validate(data))
        findings.push(...schemaFindings(file, format, doc, validate.errors ?? []));
    if (findings.some((f) => f.level === 'error'))
        return { contract: null, format, findings };
    const contract = format === 'odcs' ? readOdcs(file, doc) : readDcs(file, doc);
    findings.push(...duplicateNames(contract));
    if (findings.some((f) => f.level === 'error'))
        return { contract: null, format, findings };
    return { contract, format, findings };
}
function detect(data) {
    if ('dataContractSpecification' in data)
        return 'dcs';
    const api = data.apiVersion;
    if (typeof api === 'string' && /^v2\./.test(api))
        return null;
    if ('apiVersion' in data || data.kind === 'DataContract')
        return 'odcs';
    return null;
}
/** Table and column names must be unique: base → head changes are matched by name. */
function duplicateNames(contract) {
    const out = [];
    const tables = new Set();
    for (const table of contract.tables) {
        if (tables.has(table.name))
            out.push(finding(contract.file, 'error', contract.lineOf(table.at), `table ${table.name}: the name is used by two schema objects; give each table a unique name (changes are matched by name)`, 'structure.duplicate-name'));
        tables.add(table.name);
        const columns = new Set();
        for (const column of table.columns) {
            if (columns.has(column.name))
                out.push(finding(contract.file, 'error', contract.lineOf(column.at), `table ${table.name}, column ${column.name}: the name is used twice; give each column a unique name`, 'structure.duplicate-name'));
            columns.add(column.name);
        }
    }
    return out;
}
/** Where in the contract a path points, in the reader's words: `table orders, column id`. */
function describeLocation(format, data, path) {
    const parts = [];
    let node = data;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        node = Array.isArray(node) ? node[seg] : (0,formats_data/* isRecord */.u4)(node) ? node[seg] : undefined;
        const parent = path[i - 1];
        if (format === 'odcs' &&
            typeof seg === 'number' &&
            (0,formats_data/* isRecord */.u4)(node) &&
            typeof node.name === 'string') {
            if (parent === 'schema')
                parts.push(`table ${node.name}`);
            else if (parent === 'properties')
                parts.push(`column ${node.name}`);
        }
        if (format === 'dcs' && typeof seg === 'string') {
            if (parent === 'models' && i === 1)
                parts.push(`table ${seg}`);
            else if (parent === 'fields')
                parts.push(`column ${seg}`);
        }
    }
    return parts.join(', ');
}
const ROOT_FIX = {
    apiVersion: 'set `apiVersion: v3.1.0`',
    kind: 'set `kind: DataContract`',
    id: 'add a unique `id` (e.g. a UUID or urn)',
    version: 'add the contract `version` (semantic versioning, e.g. `1.0.0`)',
    status: 'add `status` (e.g. `active`, `draft`)',
    dataContractSpecification: 'set `dataContractSpecification: 1.1.0`',
    info: 'add `info:` with `title` and `version`',
    title: 'add `info.title`',
    name: 'add a `name`',
};
function schemaFindings(file, format, doc, errors) {
    const std = format === 'odcs' ? 'ODCS v3' : 'the Data Contract Specification';
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        // `if`/`allOf` wrappers repeat the error that caused them.
        if (e.keyword === 'if' || e.keyword === 'allOf')
            continue;
        const path = (0,schema_errors/* pointerToPath */.ox)(e.instancePath);
        let target = path;
        let level = 'error';
        let message;
        const at = (0,formats_data/* formatPath */.jV)(path);
        if (e.keyword === 'additionalProperties') {
            const key = String(e.params.additionalProperty);
            target = [...path, key];
            // ODCS is strict at the top level; inside tables and columns an unknown key is more often a
            // newer standard version than a typo, so it warns instead of failing the contract.
            level = path.length === 0 ? 'error' : 'warning';
            const known = Object.keys(e.parentSchema?.properties ?? {});
            const near = (0,schema_errors/* closest */.kp)(key, known);
            message = `unknown key \`${key}\`${path.length ? ` in ${at}` : ' at the top level'}: ${std} does not define it; ${near ? `did you mean \`${near}\`?` : 'remove it or move it into `customProperties`'}`;
        }
        else if (e.keyword === 'required') {
            const key = String(e.params.missingProperty);
            message = `${path.length ? `${at}: ` : ''}missing required key \`${key}\`; ${ROOT_FIX[key] ?? `add \`${key}\``}`;
            // ODCS before 3.1 did not require `property` in a custom property; mlgate skips the entry.
            if (key === 'property' && path[path.length - 2] === 'customProperties') {
                level = 'warning';
                message += ' (mlgate skips this entry)';
            }
        }
        else if (e.keyword === 'type') {
            message = `${at}: must be ${String(e.params.type).replace(',', ' or ')} (${std})`;
        }
        else if (e.keyword === 'enum' || e.keyword === 'const') {
            const allowed = e.params.allowedValues ?? [e.params.allowedValue];
            message = `${at}: must be one of ${allowed.map((v) => `\`${String(v)}\``).join(', ')}`;
        }
        else if (e.keyword === 'pattern' && path.join('.') === 'apiVersion') {
            message = `apiVersion: expected an ODCS v3 version such as \`v3.1.0\``;
        }
        else {
            message = `${at}: ${e.message ?? 'is invalid'}`;
        }
        const where = describeLocation(format, doc.data, path);
        const text = `${file}: ${where ? `${where}: ` : ''}${message}`;
        if (seen.has(text))
            continue;
        seen.add(text);
        out.push(finding(file, level, doc.lineOf(target), text, 'structure.schema'));
    }
    return out;
}

// EXTERNAL MODULE: ./src/stages/context.ts
var context = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/stages/offload.ts + 1 modules
var offload = __webpack_require__(1863);
;// CONCATENATED MODULE: ./src/stages/contract.ts
/**
 * The contract stage: reads the model's `contract:` file at head and at base, checks the head
 * contract (structure, ML completeness, leakage, privacy) and reports breaking changes base → head.
 */





const UNREADABLE = {
    'data-contract': { ok: false, detail: 'the contract could not be read' },
    leakage: { ok: false, detail: 'the contract could not be read' },
    'sensitive-data': { ok: false, detail: 'the contract could not be read' },
};
/**
 * Read the contract at head and at base, then judge it: in a worker thread when the texts are
 * large (stages/offload.ts), so a contract of thousands of columns is read while the metrics are.
 */
async function contractStage(ctx) {
    const path = ctx.model.contract;
    if (!path)
        return { findings: [] };
    const model = ctx.model.name;
    const policy = ctx.config.contract_policy ?? {};
    const [read, base] = await Promise.all([
        (0,context/* readOrFinding */.X)(ctx.head, path, 'contract', model),
        ctx.base ? ctx.base.read(path) : null,
    ]);
    if (!read.ok)
        return {
            section: emptySection(path, policy, ctx.base !== null),
            findings: [{ ...read.finding, rule: 'structure.read' }],
        };
    const input = {
        file: path,
        model,
        policy,
        head: { path: read.path, text: read.text },
        base,
    };
    const chars = read.text.length + (base?.ok ? base.text.length : 0);
    return (0,offload/* offload */.Um)('contract', input, chars, () => contractReport(input));
}
function emptySection(path, policy, hasBase) {
    return {
        file: path,
        format: null,
        tables: [],
        comparison: hasBase ? 'new' : 'none',
        majorBump: false,
        breaking: policy.breaking ?? 'error',
        changes: [],
        evidence: UNREADABLE,
    };
}
/** The contract section and findings for texts already read: pure and synchronous. */
function contractReport(input) {
    const { file: path, model, policy, head: read, base: baseRead } = input;
    const breaking = policy.breaking ?? 'error';
    const section = emptySection(path, policy, baseRead !== null);
    // An unchanged contract is read once; a changed one records its lines while it is read (its
    // changes will point at them).
    const same = baseRead?.ok === true && baseRead.text === read.text && baseRead.path === read.path;
    const parsed = parseContract(read.path, read.text, { lines: baseRead?.ok === true && !same });
    const findings = parsed.findings.map((f) => ({ ...f, model }));
    section.format = parsed.format;
    const head = parsed.contract;
    if (!head)
        return { section, findings };
    Object.assign(section, {
        formatVersion: head.formatVersion,
        ...(head.id ? { id: head.id } : {}),
        ...(head.name ? { name: head.name } : {}),
        ...(head.version ? { version: head.version } : {}),
        ...(head.status ? { status: head.status } : {}),
    });
    const checked = checkContract(head, { requireMl: policy.require_ml === true, model });
    findings.push(...checked.findings);
    section.tables = checked.ml.map(({ at: _at, ...rest }) => rest);
    if (checked.snapshot)
        section.snapshot = checked.snapshot;
    section.evidence = checked.evidence;
    if (!baseRead)
        return { section, findings };
    if (!baseRead.ok) {
        if (baseRead.reason !== 'missing') {
            section.comparison = 'unreadable';
            findings.push(baseProblem(path, model, baseRead.message));
        }
        return { section, findings };
    }
    // Parsing is deterministic: the same text at the same path reads as the same contract.
    const baseParsed = same ? parsed : parseContract(baseRead.path, baseRead.text);
    const base = baseParsed.contract;
    if (!base) {
        section.comparison = 'unreadable';
        const why = baseParsed.findings.find((f) => f.level === 'error');
        const at = why ? ` (${why.line ? `line ${why.line}: ` : ''}${why.message})` : '';
        findings.push(baseProblem(path, model, `the contract at the base commit is not a valid contract${at}`));
        return { section, findings };
    }
    section.comparison = 'compared';
    if (base.version)
        section.baseVersion = base.version;
    const [bm, hm] = [majorOf(base.version), majorOf(head.version)];
    section.majorBump = bm !== null && hm !== null && hm > bm;
    const changes = diffContracts(base, head);
    section.changes = changes.map((c) => ({
        change: c.change,
        path: c.path,
        level: applyPolicy(c.level, section.majorBump, breaking),
        computed: c.level,
        rule: c.rule,
        detail: c.detail,
    }));
    if (breaking !== 'off')
        findings.push(...changes.map((c, i) => changeFinding(c, section.changes[i].level, head.lineOf(c.at), read.path, model, section)));
    return { section, findings };
}
function applyPolicy(level, majorBump, breaking) {
    if (level !== 'error')
        return level;
    return majorBump || breaking === 'warning' ? 'warning' : 'error';
}
function changeFinding(c, level, line, file, model, section) {
    let fix = '';
    if (c.level === 'error')
        fix = section.majorBump
            ? `; reported as a warning because the major version went up (${section.baseVersion} → ${section.version})`
            : `; fix: keep the base definition, or bump the contract's major \`version\`${section.baseVersion ? ` (now ${section.baseVersion})` : ''} to announce the break`;
    else if (c.level === 'warning')
        fix = '; confirm that every consumer accepts it';
    return {
        level,
        check: 'contract-change',
        model,
        file,
        ...(line ? { line } : {}),
        message: `${c.where}: ${c.change} at ${c.path}: ${c.detail} (rule ${c.rule})${fix}`,
        rule: c.rule,
    };
}
function baseProblem(file, model, why) {
    return {
        level: 'warning',
        check: 'contract-change',
        model,
        file,
        message: `${file}: breaking changes were not checked: ${why}`,
        rule: 'breaking.base-unreadable',
    };
}


/***/ }),

/***/ 8588:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs from schemas/dcs.schema.json; do not edit.
module.exports = validate18;module.exports["default"] = validate18;const schema21 = {"$schema":"https://json-schema.org/draft/2019-09/schema","$id":"https://mlgate.dev/schemas/dcs.schema.json","title":"Data Contract Specification (datacontract.yaml), as mlgate reads it","description":"mlgate's own structural schema for the deprecated Data Contract Specification (0.9-1.2). The specification allows extensions almost everywhere, so only the types of the keys mlgate reads are checked.","type":"object","required":["dataContractSpecification","id","info"],"properties":{"dataContractSpecification":{"type":"string","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$"},"id":{"type":"string","minLength":1},"info":{"type":"object","required":["title","version"],"properties":{"title":{"type":"string"},"version":{"type":"string","minLength":1},"status":{"type":"string"},"description":{"type":"string"},"owner":{"type":"string"},"contact":{"type":"object"}}},"servers":{"type":"object"},"terms":{"type":"object"},"models":{"type":"object","additionalProperties":{"$ref":"#/$defs/model"}},"definitions":{"type":"object","additionalProperties":{"$ref":"#/$defs/field"}},"servicelevels":{"$ref":"#/$defs/servicelevels"},"serviceLevels":{"$ref":"#/$defs/servicelevels"},"quality":{"type":"object"},"tags":{"$ref":"#/$defs/tags"},"links":{"type":"object"},"examples":{"type":"array"}},"$defs":{"tags":{"type":"array","items":{"type":"string"}},"model":{"type":"object","properties":{"description":{"type":"string"},"type":{"type":"string"},"title":{"type":"string"},"namespace":{"type":"string"},"fields":{"type":"object","additionalProperties":{"$ref":"#/$defs/field"}},"primaryKey":{"type":"array","items":{"type":"string"}},"quality":{"$ref":"#/$defs/quality"},"tags":{"$ref":"#/$defs/tags"},"config":{"type":"object"}}},"quality":{"type":"array","items":{"type":"object"}},"field":{"type":"object","properties":{"$ref":{"type":"string"},"title":{"type":"string"},"type":{"type":"string"},"format":{"type":"string"},"description":{"type":"string"},"required":{"type":"boolean"},"unique":{"type":"boolean"},"primaryKey":{"type":"boolean"},"primary":{"type":"boolean"},"references":{"type":"string"},"pii":{"type":"boolean"},"classification":{"type":"string"},"enum":{"type":"array","items":{"type":["string","number","boolean"]}},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string"},"minimum":{"type":"number"},"maximum":{"type":"number"},"exclusiveMinimum":{"type":["number","boolean"]},"exclusiveMaximum":{"type":["number","boolean"]},"precision":{"type":"number"},"scale":{"type":"number"},"tags":{"$ref":"#/$defs/tags"},"quality":{"$ref":"#/$defs/quality"},"fields":{"type":"object","additionalProperties":{"$ref":"#/$defs/field"}},"items":{"$ref":"#/$defs/field"},"keys":{"$ref":"#/$defs/field"},"values":{"$ref":"#/$defs/field"},"config":{"type":"object"}}},"servicelevels":{"type":"object","additionalProperties":{"type":"object"}}}};const schema28 = {"type":"object","additionalProperties":{"type":"object"}};const schema24 = {"type":"array","items":{"type":"string"}};const pattern2 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u");const func1 = (__webpack_require__(6214)/* ["default"] */ .A);const schema22 = {"type":"object","properties":{"description":{"type":"string"},"type":{"type":"string"},"title":{"type":"string"},"namespace":{"type":"string"},"fields":{"type":"object","additionalProperties":{"$ref":"#/$defs/field"}},"primaryKey":{"type":"array","items":{"type":"string"}},"quality":{"$ref":"#/$defs/quality"},"tags":{"$ref":"#/$defs/tags"},"config":{"type":"object"}}};const schema25 = {"type":"array","items":{"type":"object"}};const schema23 = {"type":"object","properties":{"$ref":{"type":"string"},"title":{"type":"string"},"type":{"type":"string"},"format":{"type":"string"},"description":{"type":"string"},"required":{"type":"boolean"},"unique":{"type":"boolean"},"primaryKey":{"type":"boolean"},"primary":{"type":"boolean"},"references":{"type":"string"},"pii":{"type":"boolean"},"classification":{"type":"string"},"enum":{"type":"array","items":{"type":["string","number","boolean"]}},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string"},"minimum":{"type":"number"},"maximum":{"type":"number"},"exclusiveMinimum":{"type":["number","boolean"]},"exclusiveMaximum":{"type":["number","boolean"]},"precision":{"type":"number"},"scale":{"type":"number"},"tags":{"$ref":"#/$defs/tags"},"quality":{"$ref":"#/$defs/quality"},"fields":{"type":"object","additionalProperties":{"$ref":"#/$defs/field"}},"items":{"$ref":"#/$defs/field"},"keys":{"$ref":"#/$defs/field"},"values":{"$ref":"#/$defs/field"},"config":{"type":"object"}}};const wrapper0 = {validate: validate20};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.$ref !== undefined){let data0 = data.$ref;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.$ref.type,parentSchema:schema23.properties.$ref,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.title.type,parentSchema:schema23.properties.title,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.type !== undefined){let data2 = data.type;if(typeof data2 !== "string"){const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.type.type,parentSchema:schema23.properties.type,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.format !== undefined){let data3 = data.format;if(typeof data3 !== "string"){const err3 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.format.type,parentSchema:schema23.properties.format,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.description !== undefined){let data4 = data.description;if(typeof data4 !== "string"){const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.description.type,parentSchema:schema23.properties.description,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.required !== undefined){let data5 = data.required;if(typeof data5 !== "boolean"){const err5 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.required.type,parentSchema:schema23.properties.required,data:data5};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.unique !== undefined){let data6 = data.unique;if(typeof data6 !== "boolean"){const err6 = {instancePath:instancePath+"/unique",schemaPath:"#/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.unique.type,parentSchema:schema23.properties.unique,data:data6};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.primaryKey !== undefined){let data7 = data.primaryKey;if(typeof data7 !== "boolean"){const err7 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/properties/primaryKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.primaryKey.type,parentSchema:schema23.properties.primaryKey,data:data7};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.primary !== undefined){let data8 = data.primary;if(typeof data8 !== "boolean"){const err8 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.primary.type,parentSchema:schema23.properties.primary,data:data8};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.references !== undefined){let data9 = data.references;if(typeof data9 !== "string"){const err9 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.references.type,parentSchema:schema23.properties.references,data:data9};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.pii !== undefined){let data10 = data.pii;if(typeof data10 !== "boolean"){const err10 = {instancePath:instancePath+"/pii",schemaPath:"#/properties/pii/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.pii.type,parentSchema:schema23.properties.pii,data:data10};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.classification !== undefined){let data11 = data.classification;if(typeof data11 !== "string"){const err11 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.classification.type,parentSchema:schema23.properties.classification,data:data11};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.enum !== undefined){let data12 = data.enum;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(((typeof data13 !== "string") && (!(typeof data13 == "number"))) && (typeof data13 !== "boolean")){const err12 = {instancePath:instancePath+"/enum/" + i0,schemaPath:"#/properties/enum/items/type",keyword:"type",params:{type: schema23.properties.enum.items.type},message:"must be string,number,boolean",schema:schema23.properties.enum.items.type,parentSchema:schema23.properties.enum.items,data:data13};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.enum.type,parentSchema:schema23.properties.enum,data:data12};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.minLength !== undefined){let data14 = data.minLength;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){const err14 = {instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.minLength.type,parentSchema:schema23.properties.minLength,data:data14};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(typeof data14 == "number"){if(data14 < 0 || isNaN(data14)){const err15 = {instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.properties.minLength,data:data14};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.maxLength !== undefined){let data15 = data.maxLength;if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){const err16 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.maxLength.type,parentSchema:schema23.properties.maxLength,data:data15};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(typeof data15 == "number"){if(data15 < 0 || isNaN(data15)){const err17 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.properties.maxLength,data:data15};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.pattern !== undefined){let data16 = data.pattern;if(typeof data16 !== "string"){const err18 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.pattern.type,parentSchema:schema23.properties.pattern,data:data16};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.minimum !== undefined){let data17 = data.minimum;if(!(typeof data17 == "number")){const err19 = {instancePath:instancePath+"/minimum",schemaPath:"#/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.minimum.type,parentSchema:schema23.properties.minimum,data:data17};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.maximum !== undefined){let data18 = data.maximum;if(!(typeof data18 == "number")){const err20 = {instancePath:instancePath+"/maximum",schemaPath:"#/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.maximum.type,parentSchema:schema23.properties.maximum,data:data18};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.exclusiveMinimum !== undefined){let data19 = data.exclusiveMinimum;if((!(typeof data19 == "number")) && (typeof data19 !== "boolean")){const err21 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/properties/exclusiveMinimum/type",keyword:"type",params:{type: schema23.properties.exclusiveMinimum.type},message:"must be number,boolean",schema:schema23.properties.exclusiveMinimum.type,parentSchema:schema23.properties.exclusiveMinimum,data:data19};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.exclusiveMaximum !== undefined){let data20 = data.exclusiveMaximum;if((!(typeof data20 == "number")) && (typeof data20 !== "boolean")){const err22 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/properties/exclusiveMaximum/type",keyword:"type",params:{type: schema23.properties.exclusiveMaximum.type},message:"must be number,boolean",schema:schema23.properties.exclusiveMaximum.type,parentSchema:schema23.properties.exclusiveMaximum,data:data20};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.precision !== undefined){let data21 = data.precision;if(!(typeof data21 == "number")){const err23 = {instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.precision.type,parentSchema:schema23.properties.precision,data:data21};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.scale !== undefined){let data22 = data.scale;if(!(typeof data22 == "number")){const err24 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.scale.type,parentSchema:schema23.properties.scale,data:data22};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.tags !== undefined){let data23 = data.tags;if(Array.isArray(data23)){const len1 = data23.length;for(let i1=0; i1<len1; i1++){let data24 = data23[i1];if(typeof data24 !== "string"){const err25 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/$defs/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data24};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data23};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.quality !== undefined){let data25 = data.quality;if(Array.isArray(data25)){const len2 = data25.length;for(let i2=0; i2<len2; i2++){let data26 = data25[i2];if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){const err27 = {instancePath:instancePath+"/quality/" + i2,schemaPath:"#/$defs/quality/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.items.type,parentSchema:schema25.items,data:data26};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/quality",schemaPath:"#/$defs/quality/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.type,parentSchema:schema25,data:data25};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.fields !== undefined){let data27 = data.fields;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key0 in data27){if(!(wrapper0.validate(data27[key0], {instancePath:instancePath+"/fields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data27,parentDataProperty:key0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}}else {const err29 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.fields.type,parentSchema:schema23.properties.fields,data:data27};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.items !== undefined){if(!(wrapper0.validate(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}if(data.keys !== undefined){if(!(wrapper0.validate(data.keys, {instancePath:instancePath+"/keys",parentData:data,parentDataProperty:"keys",rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}if(data.values !== undefined){if(!(wrapper0.validate(data.values, {instancePath:instancePath+"/values",parentData:data,parentDataProperty:"values",rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}if(data.config !== undefined){let data32 = data.config;if(!(data32 && typeof data32 == "object" && !Array.isArray(data32))){const err30 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.config.type,parentSchema:schema23.properties.config,data:data32};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":{"$ref":true,"title":true,"type":true,"format":true,"description":true,"required":true,"unique":true,"primaryKey":true,"primary":true,"references":true,"pii":true,"classification":true,"enum":true,"minLength":true,"maxLength":true,"pattern":true,"minimum":true,"maximum":true,"exclusiveMinimum":true,"exclusiveMaximum":true,"precision":true,"scale":true,"tags":true,"quality":true,"fields":true,"items":true,"keys":true,"values":true,"config":true},"dynamicProps":false,"dynamicItems":false};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate19.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.description !== undefined){let data0 = data.description;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.description.type,parentSchema:schema22.properties.description,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.type !== undefined){let data1 = data.type;if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.type.type,parentSchema:schema22.properties.type,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.title !== undefined){let data2 = data.title;if(typeof data2 !== "string"){const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.title.type,parentSchema:schema22.properties.title,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.namespace !== undefined){let data3 = data.namespace;if(typeof data3 !== "string"){const err3 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.namespace.type,parentSchema:schema22.properties.namespace,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.fields !== undefined){let data4 = data.fields;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key0 in data4){if(!(validate20(data4[key0], {instancePath:instancePath+"/fields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.fields.type,parentSchema:schema22.properties.fields,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.primaryKey !== undefined){let data6 = data.primaryKey;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(typeof data7 !== "string"){const err5 = {instancePath:instancePath+"/primaryKey/" + i0,schemaPath:"#/properties/primaryKey/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.primaryKey.items.type,parentSchema:schema22.properties.primaryKey.items,data:data7};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/properties/primaryKey/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.primaryKey.type,parentSchema:schema22.properties.primaryKey,data:data6};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.quality !== undefined){let data8 = data.quality;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){const err7 = {instancePath:instancePath+"/quality/" + i1,schemaPath:"#/$defs/quality/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.items.type,parentSchema:schema25.items,data:data9};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/quality",schemaPath:"#/$defs/quality/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.type,parentSchema:schema25,data:data8};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.tags !== undefined){let data10 = data.tags;if(Array.isArray(data10)){const len2 = data10.length;for(let i2=0; i2<len2; i2++){let data11 = data10[i2];if(typeof data11 !== "string"){const err9 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data11};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data10};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.config !== undefined){let data12 = data.config;if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){const err11 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.config.type,parentSchema:schema22.properties.config,data:data12};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate19.errors = vErrors;return errors === 0;}validate19.evaluated = {"props":{"description":true,"type":true,"title":true,"namespace":true,"fields":true,"primaryKey":true,"quality":true,"tags":true,"config":true},"dynamicProps":false,"dynamicItems":false};function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://mlgate.dev/schemas/dcs.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate18.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.dataContractSpecification === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataContractSpecification"},message:"must have required property '"+"dataContractSpecification"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.id === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.info === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "info"},message:"must have required property '"+"info"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.dataContractSpecification !== undefined){let data0 = data.dataContractSpecification;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err3 = {instancePath:instancePath+"/dataContractSpecification",schemaPath:"#/properties/dataContractSpecification/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\"",schema:"^[0-9]+\\.[0-9]+\\.[0-9]+$",parentSchema:schema21.properties.dataContractSpecification,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/dataContractSpecification",schemaPath:"#/properties/dataContractSpecification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.dataContractSpecification.type,parentSchema:schema21.properties.dataContractSpecification,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(func1(data1) < 1){const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.id,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.id.type,parentSchema:schema21.properties.id,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.info !== undefined){let data2 = data.info;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.title === undefined){const err7 = {instancePath:instancePath+"/info",schemaPath:"#/properties/info/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema21.properties.info.required,parentSchema:schema21.properties.info,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data2.version === undefined){const err8 = {instancePath:instancePath+"/info",schemaPath:"#/properties/info/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema21.properties.info.required,parentSchema:schema21.properties.info,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data2.title !== undefined){let data3 = data2.title;if(typeof data3 !== "string"){const err9 = {instancePath:instancePath+"/info/title",schemaPath:"#/properties/info/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.info.properties.title.type,parentSchema:schema21.properties.info.properties.title,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data2.version !== undefined){let data4 = data2.version;if(typeof data4 === "string"){if(func1(data4) < 1){const err10 = {instancePath:instancePath+"/info/version",schemaPath:"#/properties/info/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.info.properties.version,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/info/version",schemaPath:"#/properties/info/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.info.properties.version.type,parentSchema:schema21.properties.info.properties.version,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data2.status !== undefined){let data5 = data2.status;if(typeof data5 !== "string"){const err12 = {instancePath:instancePath+"/info/status",schemaPath:"#/properties/info/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.info.properties.status.type,parentSchema:schema21.properties.info.properties.status,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data2.description !== undefined){let data6 = data2.description;if(typeof data6 !== "string"){const err13 = {instancePath:instancePath+"/info/description",schemaPath:"#/properties/info/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.info.properties.description.type,parentSchema:schema21.properties.info.properties.description,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data2.owner !== undefined){let data7 = data2.owner;if(typeof data7 !== "string"){const err14 = {instancePath:instancePath+"/info/owner",schemaPath:"#/properties/info/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.info.properties.owner.type,parentSchema:schema21.properties.info.properties.owner,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data2.contact !== undefined){let data8 = data2.contact;if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){const err15 = {instancePath:instancePath+"/info/contact",schemaPath:"#/properties/info/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.info.properties.contact.type,parentSchema:schema21.properties.info.properties.contact,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/info",schemaPath:"#/properties/info/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.info.type,parentSchema:schema21.properties.info,data:data2};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.servers !== undefined){let data9 = data.servers;if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){const err17 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.servers.type,parentSchema:schema21.properties.servers,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.terms !== undefined){let data10 = data.terms;if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){const err18 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.terms.type,parentSchema:schema21.properties.terms,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.models !== undefined){let data11 = data.models;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key0 in data11){if(!(validate19(data11[key0], {instancePath:instancePath+"/models/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data11,parentDataProperty:key0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err19 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.models.type,parentSchema:schema21.properties.models,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.definitions !== undefined){let data13 = data.definitions;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key1 in data13){if(!(validate20(data13[key1], {instancePath:instancePath+"/definitions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}}else {const err20 = {instancePath:instancePath+"/definitions",schemaPath:"#/properties/definitions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.definitions.type,parentSchema:schema21.properties.definitions,data:data13};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.servicelevels !== undefined){let data15 = data.servicelevels;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key2 in data15){let data16 = data15[key2];if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){const err21 = {instancePath:instancePath+"/servicelevels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/servicelevels/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.additionalProperties.type,parentSchema:schema28.additionalProperties,data:data16};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/servicelevels",schemaPath:"#/$defs/servicelevels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data:data15};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.serviceLevels !== undefined){let data17 = data.serviceLevels;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key3 in data17){let data18 = data17[key3];if(!(data18 && typeof data18 == "object" && !Array.isArray(data18))){const err23 = {instancePath:instancePath+"/serviceLevels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/servicelevels/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.additionalProperties.type,parentSchema:schema28.additionalProperties,data:data18};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/serviceLevels",schemaPath:"#/$defs/servicelevels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data:data17};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.quality !== undefined){let data19 = data.quality;if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){const err25 = {instancePath:instancePath+"/quality",schemaPath:"#/properties/quality/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.quality.type,parentSchema:schema21.properties.quality,data:data19};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.tags !== undefined){let data20 = data.tags;if(Array.isArray(data20)){const len0 = data20.length;for(let i0=0; i0<len0; i0++){let data21 = data20[i0];if(typeof data21 !== "string"){const err26 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/$defs/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data21};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data20};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.links !== undefined){let data22 = data.links;if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){const err28 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.links.type,parentSchema:schema21.properties.links,data:data22};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.examples !== undefined){let data23 = data.examples;if(!(Array.isArray(data23))){const err29 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.examples.type,parentSchema:schema21.properties.examples,data:data23};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate18.errors = vErrors;return errors === 0;}validate18.evaluated = {"props":{"dataContractSpecification":true,"id":true,"info":true,"servers":true,"terms":true,"models":true,"definitions":true,"servicelevels":true,"serviceLevels":true,"quality":true,"tags":true,"links":true,"examples":true},"dynamicProps":false,"dynamicItems":false};


/***/ }),

/***/ 9671:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs from schemas/odcs.schema.json; do not edit.
module.exports = validate18;module.exports["default"] = validate18;const schema21 = {"$schema":"https://json-schema.org/draft/2019-09/schema","$id":"https://mlgate.dev/schemas/odcs.schema.json","title":"ODCS v3 data contract, as mlgate reads it","description":"mlgate's own structural schema for Open Data Contract Standard v3.0-v3.2 contracts. Strict where ODCS is strict (unknown top-level keys, types of the keys mlgate reads); unknown keys inside schema objects and properties are reported by mlgate as warnings rather than errors.","type":"object","required":["apiVersion","kind","id","version"],"additionalProperties":false,"properties":{"apiVersion":{"type":"string","pattern":"^v3\\.[0-9]+\\.[0-9]+$"},"kind":{"const":"DataContract"},"id":{"type":"string","minLength":1},"name":{"type":"string"},"version":{"type":"string","minLength":1},"status":{"type":"string"},"tenant":{"type":"string"},"domain":{"type":"string"},"dataProduct":{"type":"string"},"tags":{"$ref":"#/$defs/tags"},"description":{"type":"object","properties":{"usage":{"type":"string"},"purpose":{"type":"string"},"limitations":{"type":"string"},"authoritativeDefinitions":{"description":"ODCS 3.0.0 left this key undefined and its examples wrote one object; 3.0.1+ define a list.","anyOf":[{"$ref":"#/$defs/authoritativeDefinitions"},{"type":"object"}]},"customProperties":{"$ref":"#/$defs/customProperties"}}},"context":{"type":["string","object"]},"servers":{"type":"array","items":{"$ref":"#/$defs/server"}},"schema":{"type":"array","items":{"$ref":"#/$defs/schemaObject"}},"support":{"type":["array","object"]},"price":{"type":"object"},"team":{"type":["array","object"]},"roles":{"type":"array","items":{"type":"object"}},"slaDefaultElement":{"type":"string"},"slaProperties":{"type":"array","items":{"$ref":"#/$defs/slaProperty"}},"authoritativeDefinitions":{"$ref":"#/$defs/authoritativeDefinitions"},"customProperties":{"$ref":"#/$defs/customProperties"},"contractCreatedTs":{"type":"string"}},"if":{"properties":{"apiVersion":{"pattern":"^v3\\.[01]\\."}},"required":["apiVersion"]},"then":{"required":["status"]},"$defs":{"tags":{"type":"array","items":{"type":"string"}},"authoritativeDefinitions":{"type":"array","items":{"type":"object","required":["url","type"],"properties":{"url":{"type":"string"},"type":{"type":"string"},"description":{"type":"string"},"id":{"type":"string"}}}},"synonyms":{"description":"ODCS 3.1 wrote plain names; 3.2.0 (RFC 0041) writes objects {synonym, locale, description, source, id}.","type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","required":["synonym"],"properties":{"synonym":{"type":"string"},"id":{"type":"string"},"description":{"type":"string"},"locale":{"type":"string"},"source":{"type":"string"}}}]}},"customProperties":{"type":"array","items":{"type":"object","required":["property"],"properties":{"property":{"type":"string","minLength":1},"value":true,"description":{"type":"string"},"id":{"type":"string"}},"additionalProperties":false}},"server":{"type":"object","required":["server","type"],"properties":{"server":{"type":"string"},"type":{"type":"string"},"description":{"type":"string"},"environment":{"type":"string"},"customProperties":{"$ref":"#/$defs/customProperties"}}},"slaProperty":{"type":"object","required":["property","value"],"properties":{"id":{"type":"string"},"property":{"type":"string","minLength":1},"value":{"type":["string","number","boolean","null"]},"valueExt":{"type":["string","number","boolean","null"]},"unit":{"type":"string"},"element":{"type":"string"},"driver":{"type":"string"},"description":{"type":"string"},"scheduler":{"type":"string"},"schedule":{"type":"string"}}},"quality":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"type":{"type":"string"},"metric":{"type":"string"},"rule":{"type":"string"},"arguments":{"type":"object"},"validValues":{"type":"array"},"unit":{"type":"string"},"query":{"type":"string"},"engine":{"type":"string"},"implementation":{"type":["string","object"]},"dimension":{"type":"string"},"method":{"type":"string"},"severity":{"type":"string"},"businessImpact":{"type":"string"},"schedule":{"type":"string"},"scheduler":{"type":"string"},"tags":{"$ref":"#/$defs/tags"},"customProperties":{"$ref":"#/$defs/customProperties"},"authoritativeDefinitions":{"$ref":"#/$defs/authoritativeDefinitions"},"mustBe":{"type":["number","string","boolean"]},"mustNotBe":{"type":["number","string","boolean"]},"mustBeGreaterThan":{"type":"number"},"mustBeGreaterOrEqualTo":{"type":"number"},"mustBeGreaterThanOrEqualTo":{"type":"number"},"mustBeLessThan":{"type":"number"},"mustBeLessOrEqualTo":{"type":"number"},"mustBeLessThanOrEqualTo":{"type":"number"},"mustBeBetween":{"$ref":"#/$defs/range"},"mustNotBeBetween":{"$ref":"#/$defs/range"}}}},"range":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2},"relationships":{"type":"array","items":{"type":"object"}},"schemaObject":{"type":"object","required":["name"],"properties":{"id":{"type":"string"},"name":{"type":"string","minLength":1},"physicalName":{"type":"string"},"physicalType":{"type":"string"},"logicalType":{"enum":["object","array"]},"businessName":{"type":"string"},"description":{"type":["string","null"]},"dataGranularityDescription":{"type":"string"},"authoritativeDefinitions":{"$ref":"#/$defs/authoritativeDefinitions"},"tags":{"$ref":"#/$defs/tags"},"synonyms":{"$ref":"#/$defs/synonyms"},"deprecated":{"type":"boolean"},"context":{"type":["string","object"]},"relationships":{"$ref":"#/$defs/relationships"},"quality":{"$ref":"#/$defs/quality"},"customProperties":{"$ref":"#/$defs/customProperties"},"properties":{"type":"array","items":{"$ref":"#/$defs/property"}}},"additionalProperties":false},"property":{"type":"object","required":["name"],"allOf":[{"$ref":"#/$defs/propertyBody"}]},"item":{"$ref":"#/$defs/propertyBody"},"propertyBody":{"type":"object","properties":{"name":{"type":"string","minLength":1},"id":{"type":"string"},"physicalName":{"type":"string"},"physicalType":{"type":"string"},"logicalType":{"enum":["string","date","timestamp","time","number","integer","object","array","boolean","map"]},"logicalTypeOptions":{"$ref":"#/$defs/logicalTypeOptions"},"businessName":{"type":"string"},"description":{"type":["string","null"]},"required":{"type":"boolean"},"unique":{"type":"boolean"},"primaryKey":{"type":"boolean"},"primaryKeyPosition":{"type":"integer"},"partitioned":{"type":"boolean"},"partitionKeyPosition":{"type":"integer"},"classification":{"type":"string"},"encryptedName":{"type":"string"},"criticalDataElement":{"type":"boolean"},"semanticType":{"type":"string"},"deprecated":{"type":"boolean"},"synonyms":{"$ref":"#/$defs/synonyms"},"transformSourceObjects":{"type":"array","items":{"type":"string"}},"transformLogic":{"type":"string"},"transformDescription":{"type":"string"},"examples":{"type":"array"},"enum":{"type":"array","minItems":1},"map":{"type":"object"},"authoritativeDefinitions":{"$ref":"#/$defs/authoritativeDefinitions"},"tags":{"$ref":"#/$defs/tags"},"relationships":{"$ref":"#/$defs/relationships"},"quality":{"$ref":"#/$defs/quality"},"customProperties":{"$ref":"#/$defs/customProperties"},"context":{"type":["string","object"]},"items":{"$ref":"#/$defs/item"},"properties":{"type":"array","items":{"$ref":"#/$defs/property"}}},"additionalProperties":false},"logicalTypeOptions":{"type":"object","properties":{"format":{"type":"string"},"minimum":{"type":["number","string"]},"maximum":{"type":["number","string"]},"exclusiveMinimum":{"type":["number","string","boolean"]},"exclusiveMaximum":{"type":["number","string","boolean"]},"multipleOf":{"type":"number","exclusiveMinimum":0},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string"},"minItems":{"type":"integer","minimum":0},"maxItems":{"type":"integer","minimum":0},"uniqueItems":{"type":"boolean"},"minProperties":{"type":"integer","minimum":0},"maxProperties":{"type":"integer","minimum":0},"required":{"type":"array","items":{"type":"string"}},"timezone":{"type":"boolean"},"defaultTimezone":{"type":"string"},"enum":{"type":"array","minItems":1}},"additionalProperties":false}}};const schema22 = {"type":"array","items":{"type":"string"}};const schema23 = {"type":"array","items":{"type":"object","required":["url","type"],"properties":{"url":{"type":"string"},"type":{"type":"string"},"description":{"type":"string"},"id":{"type":"string"}}}};const schema24 = {"type":"array","items":{"type":"object","required":["property"],"properties":{"property":{"type":"string","minLength":1},"value":true,"description":{"type":"string"},"id":{"type":"string"}},"additionalProperties":false}};const schema47 = {"type":"object","required":["property","value"],"properties":{"id":{"type":"string"},"property":{"type":"string","minLength":1},"value":{"type":["string","number","boolean","null"]},"valueExt":{"type":["string","number","boolean","null"]},"unit":{"type":"string"},"element":{"type":"string"},"driver":{"type":"string"},"description":{"type":"string"},"scheduler":{"type":"string"},"schedule":{"type":"string"}}};const pattern2 = new RegExp("^v3\\.[01]\\.", "u");const pattern3 = new RegExp("^v3\\.[0-9]+\\.[0-9]+$", "u");const func1 = Object.prototype.hasOwnProperty;const func2 = (__webpack_require__(6214)/* ["default"] */ .A);const schema25 = {"type":"object","required":["server","type"],"properties":{"server":{"type":"string"},"type":{"type":"string"},"description":{"type":"string"},"environment":{"type":"string"},"customProperties":{"$ref":"#/$defs/customProperties"}}};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate19.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.server === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'",schema:schema25.required,parentSchema:schema25,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.type === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema25.required,parentSchema:schema25,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.server !== undefined){let data0 = data.server;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.server.type,parentSchema:schema25.properties.server,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){let data1 = data.type;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.type.type,parentSchema:schema25.properties.type,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 !== "string"){const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.environment !== undefined){let data3 = data.environment;if(typeof data3 !== "string"){const err5 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.environment.type,parentSchema:schema25.properties.environment,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.customProperties !== undefined){let data4 = data.customProperties;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.property === undefined){const err6 = {instancePath:instancePath+"/customProperties/" + i0,schemaPath:"#/$defs/customProperties/items/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema24.items.required,parentSchema:schema24.items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data5){if(!((((key0 === "property") || (key0 === "value")) || (key0 === "description")) || (key0 === "id"))){const err7 = {instancePath:instancePath+"/customProperties/" + i0,schemaPath:"#/$defs/customProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24.items,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data5.property !== undefined){let data6 = data5.property;if(typeof data6 === "string"){if(func2(data6) < 1){const err8 = {instancePath:instancePath+"/customProperties/" + i0+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.items.properties.property,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/customProperties/" + i0+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.property.type,parentSchema:schema24.items.properties.property,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data5.description !== undefined){let data7 = data5.description;if(typeof data7 !== "string"){const err10 = {instancePath:instancePath+"/customProperties/" + i0+"/description",schemaPath:"#/$defs/customProperties/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.description.type,parentSchema:schema24.items.properties.description,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data5.id !== undefined){let data8 = data5.id;if(typeof data8 !== "string"){const err11 = {instancePath:instancePath+"/customProperties/" + i0+"/id",schemaPath:"#/$defs/customProperties/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.id.type,parentSchema:schema24.items.properties.id,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/customProperties/" + i0,schemaPath:"#/$defs/customProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.items.type,parentSchema:schema24.items,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/customProperties",schemaPath:"#/$defs/customProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate19.errors = vErrors;return errors === 0;}validate19.evaluated = {"props":{"server":true,"type":true,"description":true,"environment":true,"customProperties":true},"dynamicProps":false,"dynamicItems":false};const schema27 = {"type":"object","required":["name"],"properties":{"id":{"type":"string"},"name":{"type":"string","minLength":1},"physicalName":{"type":"string"},"physicalType":{"type":"string"},"logicalType":{"enum":["object","array"]},"businessName":{"type":"string"},"description":{"type":["string","null"]},"dataGranularityDescription":{"type":"string"},"authoritativeDefinitions":{"$ref":"#/$defs/authoritativeDefinitions"},"tags":{"$ref":"#/$defs/tags"},"synonyms":{"$ref":"#/$defs/synonyms"},"deprecated":{"type":"boolean"},"context":{"type":["string","object"]},"relationships":{"$ref":"#/$defs/relationships"},"quality":{"$ref":"#/$defs/quality"},"customProperties":{"$ref":"#/$defs/customProperties"},"properties":{"type":"array","items":{"$ref":"#/$defs/property"}}},"additionalProperties":false};const schema30 = {"description":"ODCS 3.1 wrote plain names; 3.2.0 (RFC 0041) writes objects {synonym, locale, description, source, id}.","type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","required":["synonym"],"properties":{"synonym":{"type":"string"},"id":{"type":"string"},"description":{"type":"string"},"locale":{"type":"string"},"source":{"type":"string"}}}]}};const schema31 = {"type":"array","items":{"type":"object"}};const schema32 = {"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"type":{"type":"string"},"metric":{"type":"string"},"rule":{"type":"string"},"arguments":{"type":"object"},"validValues":{"type":"array"},"unit":{"type":"string"},"query":{"type":"string"},"engine":{"type":"string"},"implementation":{"type":["string","object"]},"dimension":{"type":"string"},"method":{"type":"string"},"severity":{"type":"string"},"businessImpact":{"type":"string"},"schedule":{"type":"string"},"scheduler":{"type":"string"},"tags":{"$ref":"#/$defs/tags"},"customProperties":{"$ref":"#/$defs/customProperties"},"authoritativeDefinitions":{"$ref":"#/$defs/authoritativeDefinitions"},"mustBe":{"type":["number","string","boolean"]},"mustNotBe":{"type":["number","string","boolean"]},"mustBeGreaterThan":{"type":"number"},"mustBeGreaterOrEqualTo":{"type":"number"},"mustBeGreaterThanOrEqualTo":{"type":"number"},"mustBeLessThan":{"type":"number"},"mustBeLessOrEqualTo":{"type":"number"},"mustBeLessThanOrEqualTo":{"type":"number"},"mustBeBetween":{"$ref":"#/$defs/range"},"mustNotBeBetween":{"$ref":"#/$defs/range"}}}};const schema36 = {"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.id !== undefined){let data1 = data0.id;if(typeof data1 !== "string"){const err0 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.id.type,parentSchema:schema32.items.properties.id,data:data1};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data0.name !== undefined){let data2 = data0.name;if(typeof data2 !== "string"){const err1 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.name.type,parentSchema:schema32.items.properties.name,data:data2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.description !== undefined){let data3 = data0.description;if(typeof data3 !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/description",schemaPath:"#/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.description.type,parentSchema:schema32.items.properties.description,data:data3};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.type !== undefined){let data4 = data0.type;if(typeof data4 !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.type.type,parentSchema:schema32.items.properties.type,data:data4};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.metric !== undefined){let data5 = data0.metric;if(typeof data5 !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/metric",schemaPath:"#/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.metric.type,parentSchema:schema32.items.properties.metric,data:data5};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.rule !== undefined){let data6 = data0.rule;if(typeof data6 !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/rule",schemaPath:"#/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.rule.type,parentSchema:schema32.items.properties.rule,data:data6};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.arguments !== undefined){let data7 = data0.arguments;if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){const err6 = {instancePath:instancePath+"/" + i0+"/arguments",schemaPath:"#/items/properties/arguments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.items.properties.arguments.type,parentSchema:schema32.items.properties.arguments,data:data7};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.validValues !== undefined){let data8 = data0.validValues;if(!(Array.isArray(data8))){const err7 = {instancePath:instancePath+"/" + i0+"/validValues",schemaPath:"#/items/properties/validValues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.items.properties.validValues.type,parentSchema:schema32.items.properties.validValues,data:data8};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.unit !== undefined){let data9 = data0.unit;if(typeof data9 !== "string"){const err8 = {instancePath:instancePath+"/" + i0+"/unit",schemaPath:"#/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.unit.type,parentSchema:schema32.items.properties.unit,data:data9};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0.query !== undefined){let data10 = data0.query;if(typeof data10 !== "string"){const err9 = {instancePath:instancePath+"/" + i0+"/query",schemaPath:"#/items/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.query.type,parentSchema:schema32.items.properties.query,data:data10};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.engine !== undefined){let data11 = data0.engine;if(typeof data11 !== "string"){const err10 = {instancePath:instancePath+"/" + i0+"/engine",schemaPath:"#/items/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.engine.type,parentSchema:schema32.items.properties.engine,data:data11};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data0.implementation !== undefined){let data12 = data0.implementation;if((typeof data12 !== "string") && (!(data12 && typeof data12 == "object" && !Array.isArray(data12)))){const err11 = {instancePath:instancePath+"/" + i0+"/implementation",schemaPath:"#/items/properties/implementation/type",keyword:"type",params:{type: schema32.items.properties.implementation.type},message:"must be string,object",schema:schema32.items.properties.implementation.type,parentSchema:schema32.items.properties.implementation,data:data12};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data0.dimension !== undefined){let data13 = data0.dimension;if(typeof data13 !== "string"){const err12 = {instancePath:instancePath+"/" + i0+"/dimension",schemaPath:"#/items/properties/dimension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.dimension.type,parentSchema:schema32.items.properties.dimension,data:data13};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data0.method !== undefined){let data14 = data0.method;if(typeof data14 !== "string"){const err13 = {instancePath:instancePath+"/" + i0+"/method",schemaPath:"#/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.method.type,parentSchema:schema32.items.properties.method,data:data14};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data0.severity !== undefined){let data15 = data0.severity;if(typeof data15 !== "string"){const err14 = {instancePath:instancePath+"/" + i0+"/severity",schemaPath:"#/items/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.severity.type,parentSchema:schema32.items.properties.severity,data:data15};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data0.businessImpact !== undefined){let data16 = data0.businessImpact;if(typeof data16 !== "string"){const err15 = {instancePath:instancePath+"/" + i0+"/businessImpact",schemaPath:"#/items/properties/businessImpact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.businessImpact.type,parentSchema:schema32.items.properties.businessImpact,data:data16};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data0.schedule !== undefined){let data17 = data0.schedule;if(typeof data17 !== "string"){const err16 = {instancePath:instancePath+"/" + i0+"/schedule",schemaPath:"#/items/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.schedule.type,parentSchema:schema32.items.properties.schedule,data:data17};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data0.scheduler !== undefined){let data18 = data0.scheduler;if(typeof data18 !== "string"){const err17 = {instancePath:instancePath+"/" + i0+"/scheduler",schemaPath:"#/items/properties/scheduler/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.items.properties.scheduler.type,parentSchema:schema32.items.properties.scheduler,data:data18};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data0.tags !== undefined){let data19 = data0.tags;if(Array.isArray(data19)){const len1 = data19.length;for(let i1=0; i1<len1; i1++){let data20 = data19[i1];if(typeof data20 !== "string"){const err18 = {instancePath:instancePath+"/" + i0+"/tags/" + i1,schemaPath:"#/$defs/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.type,parentSchema:schema22.items,data:data20};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/" + i0+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.type,parentSchema:schema22,data:data19};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data0.customProperties !== undefined){let data21 = data0.customProperties;if(Array.isArray(data21)){const len2 = data21.length;for(let i2=0; i2<len2; i2++){let data22 = data21[i2];if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.property === undefined){const err20 = {instancePath:instancePath+"/" + i0+"/customProperties/" + i2,schemaPath:"#/$defs/customProperties/items/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema24.items.required,parentSchema:schema24.items,data:data22};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key0 in data22){if(!((((key0 === "property") || (key0 === "value")) || (key0 === "description")) || (key0 === "id"))){const err21 = {instancePath:instancePath+"/" + i0+"/customProperties/" + i2,schemaPath:"#/$defs/customProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24.items,data:data22};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data22.property !== undefined){let data23 = data22.property;if(typeof data23 === "string"){if(func2(data23) < 1){const err22 = {instancePath:instancePath+"/" + i0+"/customProperties/" + i2+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.items.properties.property,data:data23};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/" + i0+"/customProperties/" + i2+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.property.type,parentSchema:schema24.items.properties.property,data:data23};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data22.description !== undefined){let data24 = data22.description;if(typeof data24 !== "string"){const err24 = {instancePath:instancePath+"/" + i0+"/customProperties/" + i2+"/description",schemaPath:"#/$defs/customProperties/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.description.type,parentSchema:schema24.items.properties.description,data:data24};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data22.id !== undefined){let data25 = data22.id;if(typeof data25 !== "string"){const err25 = {instancePath:instancePath+"/" + i0+"/customProperties/" + i2+"/id",schemaPath:"#/$defs/customProperties/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.id.type,parentSchema:schema24.items.properties.id,data:data25};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/" + i0+"/customProperties/" + i2,schemaPath:"#/$defs/customProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.items.type,parentSchema:schema24.items,data:data22};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/" + i0+"/customProperties",schemaPath:"#/$defs/customProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data21};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data0.authoritativeDefinitions !== undefined){let data26 = data0.authoritativeDefinitions;if(Array.isArray(data26)){const len3 = data26.length;for(let i3=0; i3<len3; i3++){let data27 = data26[i3];if(data27 && typeof data27 == "object" && !Array.isArray(data27)){if(data27.url === undefined){const err28 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions/" + i3,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data27};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data27.type === undefined){const err29 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions/" + i3,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data27};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data27.url !== undefined){let data28 = data27.url;if(typeof data28 !== "string"){const err30 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions/" + i3+"/url",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.url.type,parentSchema:schema23.items.properties.url,data:data28};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data27.type !== undefined){let data29 = data27.type;if(typeof data29 !== "string"){const err31 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions/" + i3+"/type",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.type.type,parentSchema:schema23.items.properties.type,data:data29};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data27.description !== undefined){let data30 = data27.description;if(typeof data30 !== "string"){const err32 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions/" + i3+"/description",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.description.type,parentSchema:schema23.items.properties.description,data:data30};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data27.id !== undefined){let data31 = data27.id;if(typeof data31 !== "string"){const err33 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions/" + i3+"/id",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.id.type,parentSchema:schema23.items.properties.id,data:data31};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions/" + i3,schemaPath:"#/$defs/authoritativeDefinitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.items.type,parentSchema:schema23.items,data:data27};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/" + i0+"/authoritativeDefinitions",schemaPath:"#/$defs/authoritativeDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data26};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data0.mustBe !== undefined){let data32 = data0.mustBe;if(((!(typeof data32 == "number")) && (typeof data32 !== "string")) && (typeof data32 !== "boolean")){const err36 = {instancePath:instancePath+"/" + i0+"/mustBe",schemaPath:"#/items/properties/mustBe/type",keyword:"type",params:{type: schema32.items.properties.mustBe.type},message:"must be number,string,boolean",schema:schema32.items.properties.mustBe.type,parentSchema:schema32.items.properties.mustBe,data:data32};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data0.mustNotBe !== undefined){let data33 = data0.mustNotBe;if(((!(typeof data33 == "number")) && (typeof data33 !== "string")) && (typeof data33 !== "boolean")){const err37 = {instancePath:instancePath+"/" + i0+"/mustNotBe",schemaPath:"#/items/properties/mustNotBe/type",keyword:"type",params:{type: schema32.items.properties.mustNotBe.type},message:"must be number,string,boolean",schema:schema32.items.properties.mustNotBe.type,parentSchema:schema32.items.properties.mustNotBe,data:data33};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data0.mustBeGreaterThan !== undefined){let data34 = data0.mustBeGreaterThan;if(!(typeof data34 == "number")){const err38 = {instancePath:instancePath+"/" + i0+"/mustBeGreaterThan",schemaPath:"#/items/properties/mustBeGreaterThan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.items.properties.mustBeGreaterThan.type,parentSchema:schema32.items.properties.mustBeGreaterThan,data:data34};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data0.mustBeGreaterOrEqualTo !== undefined){let data35 = data0.mustBeGreaterOrEqualTo;if(!(typeof data35 == "number")){const err39 = {instancePath:instancePath+"/" + i0+"/mustBeGreaterOrEqualTo",schemaPath:"#/items/properties/mustBeGreaterOrEqualTo/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.items.properties.mustBeGreaterOrEqualTo.type,parentSchema:schema32.items.properties.mustBeGreaterOrEqualTo,data:data35};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data0.mustBeGreaterThanOrEqualTo !== undefined){let data36 = data0.mustBeGreaterThanOrEqualTo;if(!(typeof data36 == "number")){const err40 = {instancePath:instancePath+"/" + i0+"/mustBeGreaterThanOrEqualTo",schemaPath:"#/items/properties/mustBeGreaterThanOrEqualTo/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.items.properties.mustBeGreaterThanOrEqualTo.type,parentSchema:schema32.items.properties.mustBeGreaterThanOrEqualTo,data:data36};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data0.mustBeLessThan !== undefined){let data37 = data0.mustBeLessThan;if(!(typeof data37 == "number")){const err41 = {instancePath:instancePath+"/" + i0+"/mustBeLessThan",schemaPath:"#/items/properties/mustBeLessThan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.items.properties.mustBeLessThan.type,parentSchema:schema32.items.properties.mustBeLessThan,data:data37};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data0.mustBeLessOrEqualTo !== undefined){let data38 = data0.mustBeLessOrEqualTo;if(!(typeof data38 == "number")){const err42 = {instancePath:instancePath+"/" + i0+"/mustBeLessOrEqualTo",schemaPath:"#/items/properties/mustBeLessOrEqualTo/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.items.properties.mustBeLessOrEqualTo.type,parentSchema:schema32.items.properties.mustBeLessOrEqualTo,data:data38};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data0.mustBeLessThanOrEqualTo !== undefined){let data39 = data0.mustBeLessThanOrEqualTo;if(!(typeof data39 == "number")){const err43 = {instancePath:instancePath+"/" + i0+"/mustBeLessThanOrEqualTo",schemaPath:"#/items/properties/mustBeLessThanOrEqualTo/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.items.properties.mustBeLessThanOrEqualTo.type,parentSchema:schema32.items.properties.mustBeLessThanOrEqualTo,data:data39};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data0.mustBeBetween !== undefined){let data40 = data0.mustBeBetween;if(Array.isArray(data40)){if(data40.length > 2){const err44 = {instancePath:instancePath+"/" + i0+"/mustBeBetween",schemaPath:"#/$defs/range/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema36,data:data40};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data40.length < 2){const err45 = {instancePath:instancePath+"/" + i0+"/mustBeBetween",schemaPath:"#/$defs/range/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema36,data:data40};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}const len4 = data40.length;for(let i4=0; i4<len4; i4++){let data41 = data40[i4];if(!(typeof data41 == "number")){const err46 = {instancePath:instancePath+"/" + i0+"/mustBeBetween/" + i4,schemaPath:"#/$defs/range/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema36.items.type,parentSchema:schema36.items,data:data41};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/" + i0+"/mustBeBetween",schemaPath:"#/$defs/range/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.type,parentSchema:schema36,data:data40};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data0.mustNotBeBetween !== undefined){let data42 = data0.mustNotBeBetween;if(Array.isArray(data42)){if(data42.length > 2){const err48 = {instancePath:instancePath+"/" + i0+"/mustNotBeBetween",schemaPath:"#/$defs/range/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema36,data:data42};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data42.length < 2){const err49 = {instancePath:instancePath+"/" + i0+"/mustNotBeBetween",schemaPath:"#/$defs/range/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema36,data:data42};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}const len5 = data42.length;for(let i5=0; i5<len5; i5++){let data43 = data42[i5];if(!(typeof data43 == "number")){const err50 = {instancePath:instancePath+"/" + i0+"/mustNotBeBetween/" + i5,schemaPath:"#/$defs/range/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema36.items.type,parentSchema:schema36.items,data:data43};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/" + i0+"/mustNotBeBetween",schemaPath:"#/$defs/range/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.type,parentSchema:schema36,data:data42};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.items.type,parentSchema:schema32.items,data:data0};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const schema39 = {"type":"object","required":["name"],"allOf":[{"$ref":"#/$defs/propertyBody"}]};const schema40 = {"type":"object","properties":{"name":{"type":"string","minLength":1},"id":{"type":"string"},"physicalName":{"type":"string"},"physicalType":{"type":"string"},"logicalType":{"enum":["string","date","timestamp","time","number","integer","object","array","boolean","map"]},"logicalTypeOptions":{"$ref":"#/$defs/logicalTypeOptions"},"businessName":{"type":"string"},"description":{"type":["string","null"]},"required":{"type":"boolean"},"unique":{"type":"boolean"},"primaryKey":{"type":"boolean"},"primaryKeyPosition":{"type":"integer"},"partitioned":{"type":"boolean"},"partitionKeyPosition":{"type":"integer"},"classification":{"type":"string"},"encryptedName":{"type":"string"},"criticalDataElement":{"type":"boolean"},"semanticType":{"type":"string"},"deprecated":{"type":"boolean"},"synonyms":{"$ref":"#/$defs/synonyms"},"transformSourceObjects":{"type":"array","items":{"type":"string"}},"transformLogic":{"type":"string"},"transformDescription":{"type":"string"},"examples":{"type":"array"},"enum":{"type":"array","minItems":1},"map":{"type":"object"},"authoritativeDefinitions":{"$ref":"#/$defs/authoritativeDefinitions"},"tags":{"$ref":"#/$defs/tags"},"relationships":{"$ref":"#/$defs/relationships"},"quality":{"$ref":"#/$defs/quality"},"customProperties":{"$ref":"#/$defs/customProperties"},"context":{"type":["string","object"]},"items":{"$ref":"#/$defs/item"},"properties":{"type":"array","items":{"$ref":"#/$defs/property"}}},"additionalProperties":false};const schema41 = {"type":"object","properties":{"format":{"type":"string"},"minimum":{"type":["number","string"]},"maximum":{"type":["number","string"]},"exclusiveMinimum":{"type":["number","string","boolean"]},"exclusiveMaximum":{"type":["number","string","boolean"]},"multipleOf":{"type":"number","exclusiveMinimum":0},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string"},"minItems":{"type":"integer","minimum":0},"maxItems":{"type":"integer","minimum":0},"uniqueItems":{"type":"boolean"},"minProperties":{"type":"integer","minimum":0},"maxProperties":{"type":"integer","minimum":0},"required":{"type":"array","items":{"type":"string"}},"timezone":{"type":"boolean"},"defaultTimezone":{"type":"string"},"enum":{"type":"array","minItems":1}},"additionalProperties":false};const wrapper0 = {validate: validate25};const wrapper1 = {validate: validate24};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema40.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(func2(data0) < 1){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.name,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.name.type,parentSchema:schema40.properties.name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.id.type,parentSchema:schema40.properties.id,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.physicalName !== undefined){let data2 = data.physicalName;if(typeof data2 !== "string"){const err4 = {instancePath:instancePath+"/physicalName",schemaPath:"#/properties/physicalName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.physicalName.type,parentSchema:schema40.properties.physicalName,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.physicalType !== undefined){let data3 = data.physicalType;if(typeof data3 !== "string"){const err5 = {instancePath:instancePath+"/physicalType",schemaPath:"#/properties/physicalType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.physicalType.type,parentSchema:schema40.properties.physicalType,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.logicalType !== undefined){let data4 = data.logicalType;if(!((((((((((data4 === "string") || (data4 === "date")) || (data4 === "timestamp")) || (data4 === "time")) || (data4 === "number")) || (data4 === "integer")) || (data4 === "object")) || (data4 === "array")) || (data4 === "boolean")) || (data4 === "map"))){const err6 = {instancePath:instancePath+"/logicalType",schemaPath:"#/properties/logicalType/enum",keyword:"enum",params:{allowedValues: schema40.properties.logicalType.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.logicalType.enum,parentSchema:schema40.properties.logicalType,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.logicalTypeOptions !== undefined){let data5 = data.logicalTypeOptions;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(func1.call(schema41.properties, key1))){const err7 = {instancePath:instancePath+"/logicalTypeOptions",schemaPath:"#/$defs/logicalTypeOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data5.format !== undefined){let data6 = data5.format;if(typeof data6 !== "string"){const err8 = {instancePath:instancePath+"/logicalTypeOptions/format",schemaPath:"#/$defs/logicalTypeOptions/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.format.type,parentSchema:schema41.properties.format,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data5.minimum !== undefined){let data7 = data5.minimum;if((!(typeof data7 == "number")) && (typeof data7 !== "string")){const err9 = {instancePath:instancePath+"/logicalTypeOptions/minimum",schemaPath:"#/$defs/logicalTypeOptions/properties/minimum/type",keyword:"type",params:{type: schema41.properties.minimum.type},message:"must be number,string",schema:schema41.properties.minimum.type,parentSchema:schema41.properties.minimum,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data5.maximum !== undefined){let data8 = data5.maximum;if((!(typeof data8 == "number")) && (typeof data8 !== "string")){const err10 = {instancePath:instancePath+"/logicalTypeOptions/maximum",schemaPath:"#/$defs/logicalTypeOptions/properties/maximum/type",keyword:"type",params:{type: schema41.properties.maximum.type},message:"must be number,string",schema:schema41.properties.maximum.type,parentSchema:schema41.properties.maximum,data:data8};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data5.exclusiveMinimum !== undefined){let data9 = data5.exclusiveMinimum;if(((!(typeof data9 == "number")) && (typeof data9 !== "string")) && (typeof data9 !== "boolean")){const err11 = {instancePath:instancePath+"/logicalTypeOptions/exclusiveMinimum",schemaPath:"#/$defs/logicalTypeOptions/properties/exclusiveMinimum/type",keyword:"type",params:{type: schema41.properties.exclusiveMinimum.type},message:"must be number,string,boolean",schema:schema41.properties.exclusiveMinimum.type,parentSchema:schema41.properties.exclusiveMinimum,data:data9};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data5.exclusiveMaximum !== undefined){let data10 = data5.exclusiveMaximum;if(((!(typeof data10 == "number")) && (typeof data10 !== "string")) && (typeof data10 !== "boolean")){const err12 = {instancePath:instancePath+"/logicalTypeOptions/exclusiveMaximum",schemaPath:"#/$defs/logicalTypeOptions/properties/exclusiveMaximum/type",keyword:"type",params:{type: schema41.properties.exclusiveMaximum.type},message:"must be number,string,boolean",schema:schema41.properties.exclusiveMaximum.type,parentSchema:schema41.properties.exclusiveMaximum,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.multipleOf !== undefined){let data11 = data5.multipleOf;if(typeof data11 == "number"){if(data11 <= 0 || isNaN(data11)){const err13 = {instancePath:instancePath+"/logicalTypeOptions/multipleOf",schemaPath:"#/$defs/logicalTypeOptions/properties/multipleOf/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.multipleOf,data:data11};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/logicalTypeOptions/multipleOf",schemaPath:"#/$defs/logicalTypeOptions/properties/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.multipleOf.type,parentSchema:schema41.properties.multipleOf,data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data5.minLength !== undefined){let data12 = data5.minLength;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){const err15 = {instancePath:instancePath+"/logicalTypeOptions/minLength",schemaPath:"#/$defs/logicalTypeOptions/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.minLength.type,parentSchema:schema41.properties.minLength,data:data12};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(typeof data12 == "number"){if(data12 < 0 || isNaN(data12)){const err16 = {instancePath:instancePath+"/logicalTypeOptions/minLength",schemaPath:"#/$defs/logicalTypeOptions/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.minLength,data:data12};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data5.maxLength !== undefined){let data13 = data5.maxLength;if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){const err17 = {instancePath:instancePath+"/logicalTypeOptions/maxLength",schemaPath:"#/$defs/logicalTypeOptions/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.maxLength.type,parentSchema:schema41.properties.maxLength,data:data13};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(typeof data13 == "number"){if(data13 < 0 || isNaN(data13)){const err18 = {instancePath:instancePath+"/logicalTypeOptions/maxLength",schemaPath:"#/$defs/logicalTypeOptions/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.maxLength,data:data13};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data5.pattern !== undefined){let data14 = data5.pattern;if(typeof data14 !== "string"){const err19 = {instancePath:instancePath+"/logicalTypeOptions/pattern",schemaPath:"#/$defs/logicalTypeOptions/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.pattern.type,parentSchema:schema41.properties.pattern,data:data14};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data5.minItems !== undefined){let data15 = data5.minItems;if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){const err20 = {instancePath:instancePath+"/logicalTypeOptions/minItems",schemaPath:"#/$defs/logicalTypeOptions/properties/minItems/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.minItems.type,parentSchema:schema41.properties.minItems,data:data15};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(typeof data15 == "number"){if(data15 < 0 || isNaN(data15)){const err21 = {instancePath:instancePath+"/logicalTypeOptions/minItems",schemaPath:"#/$defs/logicalTypeOptions/properties/minItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.minItems,data:data15};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data5.maxItems !== undefined){let data16 = data5.maxItems;if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){const err22 = {instancePath:instancePath+"/logicalTypeOptions/maxItems",schemaPath:"#/$defs/logicalTypeOptions/properties/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.maxItems.type,parentSchema:schema41.properties.maxItems,data:data16};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(typeof data16 == "number"){if(data16 < 0 || isNaN(data16)){const err23 = {instancePath:instancePath+"/logicalTypeOptions/maxItems",schemaPath:"#/$defs/logicalTypeOptions/properties/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.maxItems,data:data16};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data5.uniqueItems !== undefined){let data17 = data5.uniqueItems;if(typeof data17 !== "boolean"){const err24 = {instancePath:instancePath+"/logicalTypeOptions/uniqueItems",schemaPath:"#/$defs/logicalTypeOptions/properties/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.uniqueItems.type,parentSchema:schema41.properties.uniqueItems,data:data17};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data5.minProperties !== undefined){let data18 = data5.minProperties;if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){const err25 = {instancePath:instancePath+"/logicalTypeOptions/minProperties",schemaPath:"#/$defs/logicalTypeOptions/properties/minProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.minProperties.type,parentSchema:schema41.properties.minProperties,data:data18};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(typeof data18 == "number"){if(data18 < 0 || isNaN(data18)){const err26 = {instancePath:instancePath+"/logicalTypeOptions/minProperties",schemaPath:"#/$defs/logicalTypeOptions/properties/minProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.minProperties,data:data18};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data5.maxProperties !== undefined){let data19 = data5.maxProperties;if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){const err27 = {instancePath:instancePath+"/logicalTypeOptions/maxProperties",schemaPath:"#/$defs/logicalTypeOptions/properties/maxProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.maxProperties.type,parentSchema:schema41.properties.maxProperties,data:data19};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(typeof data19 == "number"){if(data19 < 0 || isNaN(data19)){const err28 = {instancePath:instancePath+"/logicalTypeOptions/maxProperties",schemaPath:"#/$defs/logicalTypeOptions/properties/maxProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.maxProperties,data:data19};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}if(data5.required !== undefined){let data20 = data5.required;if(Array.isArray(data20)){const len0 = data20.length;for(let i0=0; i0<len0; i0++){let data21 = data20[i0];if(typeof data21 !== "string"){const err29 = {instancePath:instancePath+"/logicalTypeOptions/required/" + i0,schemaPath:"#/$defs/logicalTypeOptions/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.required.items.type,parentSchema:schema41.properties.required.items,data:data21};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/logicalTypeOptions/required",schemaPath:"#/$defs/logicalTypeOptions/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.required.type,parentSchema:schema41.properties.required,data:data20};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data5.timezone !== undefined){let data22 = data5.timezone;if(typeof data22 !== "boolean"){const err31 = {instancePath:instancePath+"/logicalTypeOptions/timezone",schemaPath:"#/$defs/logicalTypeOptions/properties/timezone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.timezone.type,parentSchema:schema41.properties.timezone,data:data22};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data5.defaultTimezone !== undefined){let data23 = data5.defaultTimezone;if(typeof data23 !== "string"){const err32 = {instancePath:instancePath+"/logicalTypeOptions/defaultTimezone",schemaPath:"#/$defs/logicalTypeOptions/properties/defaultTimezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.defaultTimezone.type,parentSchema:schema41.properties.defaultTimezone,data:data23};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data5.enum !== undefined){let data24 = data5.enum;if(Array.isArray(data24)){if(data24.length < 1){const err33 = {instancePath:instancePath+"/logicalTypeOptions/enum",schemaPath:"#/$defs/logicalTypeOptions/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.enum,data:data24};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/logicalTypeOptions/enum",schemaPath:"#/$defs/logicalTypeOptions/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.enum.type,parentSchema:schema41.properties.enum,data:data24};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/logicalTypeOptions",schemaPath:"#/$defs/logicalTypeOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data5};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.businessName !== undefined){let data25 = data.businessName;if(typeof data25 !== "string"){const err36 = {instancePath:instancePath+"/businessName",schemaPath:"#/properties/businessName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.businessName.type,parentSchema:schema40.properties.businessName,data:data25};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.description !== undefined){let data26 = data.description;if((typeof data26 !== "string") && (data26 !== null)){const err37 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema40.properties.description.type},message:"must be string,null",schema:schema40.properties.description.type,parentSchema:schema40.properties.description,data:data26};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.required !== undefined){let data27 = data.required;if(typeof data27 !== "boolean"){const err38 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.required.type,parentSchema:schema40.properties.required,data:data27};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.unique !== undefined){let data28 = data.unique;if(typeof data28 !== "boolean"){const err39 = {instancePath:instancePath+"/unique",schemaPath:"#/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.unique.type,parentSchema:schema40.properties.unique,data:data28};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.primaryKey !== undefined){let data29 = data.primaryKey;if(typeof data29 !== "boolean"){const err40 = {instancePath:instancePath+"/primaryKey",schemaPath:"#/properties/primaryKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.primaryKey.type,parentSchema:schema40.properties.primaryKey,data:data29};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.primaryKeyPosition !== undefined){let data30 = data.primaryKeyPosition;if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){const err41 = {instancePath:instancePath+"/primaryKeyPosition",schemaPath:"#/properties/primaryKeyPosition/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.primaryKeyPosition.type,parentSchema:schema40.properties.primaryKeyPosition,data:data30};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.partitioned !== undefined){let data31 = data.partitioned;if(typeof data31 !== "boolean"){const err42 = {instancePath:instancePath+"/partitioned",schemaPath:"#/properties/partitioned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.partitioned.type,parentSchema:schema40.properties.partitioned,data:data31};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.partitionKeyPosition !== undefined){let data32 = data.partitionKeyPosition;if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){const err43 = {instancePath:instancePath+"/partitionKeyPosition",schemaPath:"#/properties/partitionKeyPosition/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.partitionKeyPosition.type,parentSchema:schema40.properties.partitionKeyPosition,data:data32};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.classification !== undefined){let data33 = data.classification;if(typeof data33 !== "string"){const err44 = {instancePath:instancePath+"/classification",schemaPath:"#/properties/classification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.classification.type,parentSchema:schema40.properties.classification,data:data33};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.encryptedName !== undefined){let data34 = data.encryptedName;if(typeof data34 !== "string"){const err45 = {instancePath:instancePath+"/encryptedName",schemaPath:"#/properties/encryptedName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.encryptedName.type,parentSchema:schema40.properties.encryptedName,data:data34};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.criticalDataElement !== undefined){let data35 = data.criticalDataElement;if(typeof data35 !== "boolean"){const err46 = {instancePath:instancePath+"/criticalDataElement",schemaPath:"#/properties/criticalDataElement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.criticalDataElement.type,parentSchema:schema40.properties.criticalDataElement,data:data35};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.semanticType !== undefined){let data36 = data.semanticType;if(typeof data36 !== "string"){const err47 = {instancePath:instancePath+"/semanticType",schemaPath:"#/properties/semanticType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.semanticType.type,parentSchema:schema40.properties.semanticType,data:data36};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.deprecated !== undefined){let data37 = data.deprecated;if(typeof data37 !== "boolean"){const err48 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.deprecated.type,parentSchema:schema40.properties.deprecated,data:data37};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.synonyms !== undefined){let data38 = data.synonyms;if(Array.isArray(data38)){const len1 = data38.length;for(let i1=0; i1<len1; i1++){let data39 = data38[i1];const _errs83 = errors;let valid8 = false;const _errs84 = errors;if(typeof data39 !== "string"){const err49 = {instancePath:instancePath+"/synonyms/" + i1,schemaPath:"#/$defs/synonyms/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[0].type,parentSchema:schema30.items.anyOf[0],data:data39};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var _valid0 = _errs84 === errors;valid8 = valid8 || _valid0;const _errs86 = errors;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.synonym === undefined){const err50 = {instancePath:instancePath+"/synonyms/" + i1,schemaPath:"#/$defs/synonyms/items/anyOf/1/required",keyword:"required",params:{missingProperty: "synonym"},message:"must have required property '"+"synonym"+"'",schema:schema30.items.anyOf[1].required,parentSchema:schema30.items.anyOf[1],data:data39};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data39.synonym !== undefined){let data40 = data39.synonym;if(typeof data40 !== "string"){const err51 = {instancePath:instancePath+"/synonyms/" + i1+"/synonym",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/synonym/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.synonym.type,parentSchema:schema30.items.anyOf[1].properties.synonym,data:data40};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data39.id !== undefined){let data41 = data39.id;if(typeof data41 !== "string"){const err52 = {instancePath:instancePath+"/synonyms/" + i1+"/id",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.id.type,parentSchema:schema30.items.anyOf[1].properties.id,data:data41};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data39.description !== undefined){let data42 = data39.description;if(typeof data42 !== "string"){const err53 = {instancePath:instancePath+"/synonyms/" + i1+"/description",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.description.type,parentSchema:schema30.items.anyOf[1].properties.description,data:data42};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data39.locale !== undefined){let data43 = data39.locale;if(typeof data43 !== "string"){const err54 = {instancePath:instancePath+"/synonyms/" + i1+"/locale",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.locale.type,parentSchema:schema30.items.anyOf[1].properties.locale,data:data43};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data39.source !== undefined){let data44 = data39.source;if(typeof data44 !== "string"){const err55 = {instancePath:instancePath+"/synonyms/" + i1+"/source",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.source.type,parentSchema:schema30.items.anyOf[1].properties.source,data:data44};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/synonyms/" + i1,schemaPath:"#/$defs/synonyms/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.items.anyOf[1].type,parentSchema:schema30.items.anyOf[1],data:data39};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var _valid0 = _errs86 === errors;valid8 = valid8 || _valid0;if(_valid0){var props0 = {};props0.synonym = true;props0.id = true;props0.description = true;props0.locale = true;props0.source = true;}if(!valid8){const err57 = {instancePath:instancePath+"/synonyms/" + i1,schemaPath:"#/$defs/synonyms/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema30.items.anyOf,parentSchema:schema30.items,data:data39};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}else {errors = _errs83;if(vErrors !== null){if(_errs83){vErrors.length = _errs83;}else {vErrors = null;}}}}}else {const err58 = {instancePath:instancePath+"/synonyms",schemaPath:"#/$defs/synonyms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.type,parentSchema:schema30,data:data38};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.transformSourceObjects !== undefined){let data45 = data.transformSourceObjects;if(Array.isArray(data45)){const len2 = data45.length;for(let i2=0; i2<len2; i2++){let data46 = data45[i2];if(typeof data46 !== "string"){const err59 = {instancePath:instancePath+"/transformSourceObjects/" + i2,schemaPath:"#/properties/transformSourceObjects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.transformSourceObjects.items.type,parentSchema:schema40.properties.transformSourceObjects.items,data:data46};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/transformSourceObjects",schemaPath:"#/properties/transformSourceObjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.transformSourceObjects.type,parentSchema:schema40.properties.transformSourceObjects,data:data45};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.transformLogic !== undefined){let data47 = data.transformLogic;if(typeof data47 !== "string"){const err61 = {instancePath:instancePath+"/transformLogic",schemaPath:"#/properties/transformLogic/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.transformLogic.type,parentSchema:schema40.properties.transformLogic,data:data47};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.transformDescription !== undefined){let data48 = data.transformDescription;if(typeof data48 !== "string"){const err62 = {instancePath:instancePath+"/transformDescription",schemaPath:"#/properties/transformDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.transformDescription.type,parentSchema:schema40.properties.transformDescription,data:data48};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.examples !== undefined){let data49 = data.examples;if(!(Array.isArray(data49))){const err63 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.examples.type,parentSchema:schema40.properties.examples,data:data49};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.enum !== undefined){let data50 = data.enum;if(Array.isArray(data50)){if(data50.length < 1){const err64 = {instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.enum,data:data50};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.enum.type,parentSchema:schema40.properties.enum,data:data50};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data.map !== undefined){let data51 = data.map;if(!(data51 && typeof data51 == "object" && !Array.isArray(data51))){const err66 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.map.type,parentSchema:schema40.properties.map,data:data51};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.authoritativeDefinitions !== undefined){let data52 = data.authoritativeDefinitions;if(Array.isArray(data52)){const len3 = data52.length;for(let i3=0; i3<len3; i3++){let data53 = data52[i3];if(data53 && typeof data53 == "object" && !Array.isArray(data53)){if(data53.url === undefined){const err67 = {instancePath:instancePath+"/authoritativeDefinitions/" + i3,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data53};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data53.type === undefined){const err68 = {instancePath:instancePath+"/authoritativeDefinitions/" + i3,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data53};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data53.url !== undefined){let data54 = data53.url;if(typeof data54 !== "string"){const err69 = {instancePath:instancePath+"/authoritativeDefinitions/" + i3+"/url",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.url.type,parentSchema:schema23.items.properties.url,data:data54};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data53.type !== undefined){let data55 = data53.type;if(typeof data55 !== "string"){const err70 = {instancePath:instancePath+"/authoritativeDefinitions/" + i3+"/type",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.type.type,parentSchema:schema23.items.properties.type,data:data55};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data53.description !== undefined){let data56 = data53.description;if(typeof data56 !== "string"){const err71 = {instancePath:instancePath+"/authoritativeDefinitions/" + i3+"/description",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.description.type,parentSchema:schema23.items.properties.description,data:data56};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data53.id !== undefined){let data57 = data53.id;if(typeof data57 !== "string"){const err72 = {instancePath:instancePath+"/authoritativeDefinitions/" + i3+"/id",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.id.type,parentSchema:schema23.items.properties.id,data:data57};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/authoritativeDefinitions/" + i3,schemaPath:"#/$defs/authoritativeDefinitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.items.type,parentSchema:schema23.items,data:data53};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/authoritativeDefinitions",schemaPath:"#/$defs/authoritativeDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data52};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data.tags !== undefined){let data58 = data.tags;if(Array.isArray(data58)){const len4 = data58.length;for(let i4=0; i4<len4; i4++){let data59 = data58[i4];if(typeof data59 !== "string"){const err75 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.type,parentSchema:schema22.items,data:data59};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.type,parentSchema:schema22,data:data58};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.relationships !== undefined){let data60 = data.relationships;if(Array.isArray(data60)){const len5 = data60.length;for(let i5=0; i5<len5; i5++){let data61 = data60[i5];if(!(data61 && typeof data61 == "object" && !Array.isArray(data61))){const err77 = {instancePath:instancePath+"/relationships/" + i5,schemaPath:"#/$defs/relationships/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.items.type,parentSchema:schema31.items,data:data61};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/relationships",schemaPath:"#/$defs/relationships/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data:data60};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.quality !== undefined){if(!(validate22(data.quality, {instancePath:instancePath+"/quality",parentData:data,parentDataProperty:"quality",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.customProperties !== undefined){let data63 = data.customProperties;if(Array.isArray(data63)){const len6 = data63.length;for(let i6=0; i6<len6; i6++){let data64 = data63[i6];if(data64 && typeof data64 == "object" && !Array.isArray(data64)){if(data64.property === undefined){const err79 = {instancePath:instancePath+"/customProperties/" + i6,schemaPath:"#/$defs/customProperties/items/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema24.items.required,parentSchema:schema24.items,data:data64};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}for(const key2 in data64){if(!((((key2 === "property") || (key2 === "value")) || (key2 === "description")) || (key2 === "id"))){const err80 = {instancePath:instancePath+"/customProperties/" + i6,schemaPath:"#/$defs/customProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema24.items,data:data64};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data64.property !== undefined){let data65 = data64.property;if(typeof data65 === "string"){if(func2(data65) < 1){const err81 = {instancePath:instancePath+"/customProperties/" + i6+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.items.properties.property,data:data65};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}else {const err82 = {instancePath:instancePath+"/customProperties/" + i6+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.property.type,parentSchema:schema24.items.properties.property,data:data65};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data64.description !== undefined){let data66 = data64.description;if(typeof data66 !== "string"){const err83 = {instancePath:instancePath+"/customProperties/" + i6+"/description",schemaPath:"#/$defs/customProperties/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.description.type,parentSchema:schema24.items.properties.description,data:data66};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data64.id !== undefined){let data67 = data64.id;if(typeof data67 !== "string"){const err84 = {instancePath:instancePath+"/customProperties/" + i6+"/id",schemaPath:"#/$defs/customProperties/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.id.type,parentSchema:schema24.items.properties.id,data:data67};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/customProperties/" + i6,schemaPath:"#/$defs/customProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.items.type,parentSchema:schema24.items,data:data64};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/customProperties",schemaPath:"#/$defs/customProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data63};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.context !== undefined){let data68 = data.context;if((typeof data68 !== "string") && (!(data68 && typeof data68 == "object" && !Array.isArray(data68)))){const err87 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: schema40.properties.context.type},message:"must be string,object",schema:schema40.properties.context.type,parentSchema:schema40.properties.context,data:data68};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data.items !== undefined){if(!(wrapper0.validate(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}if(data.properties !== undefined){let data70 = data.properties;if(Array.isArray(data70)){const len7 = data70.length;for(let i7=0; i7<len7; i7++){if(!(wrapper1.validate(data70[i7], {instancePath:instancePath+"/properties/" + i7,parentData:data70,parentDataProperty:i7,rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);errors = vErrors.length;}}}else {const err88 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.properties.type,parentSchema:schema40.properties.properties,data:data70};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate24.errors = vErrors;return errors === 0;}validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema27.required,parentSchema:schema27,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema27.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.id.type,parentSchema:schema27.properties.id,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(func2(data1) < 1){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.name,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.name.type,parentSchema:schema27.properties.name,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.physicalName !== undefined){let data2 = data.physicalName;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/physicalName",schemaPath:"#/properties/physicalName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.physicalName.type,parentSchema:schema27.properties.physicalName,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.physicalType !== undefined){let data3 = data.physicalType;if(typeof data3 !== "string"){const err6 = {instancePath:instancePath+"/physicalType",schemaPath:"#/properties/physicalType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.physicalType.type,parentSchema:schema27.properties.physicalType,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.logicalType !== undefined){let data4 = data.logicalType;if(!((data4 === "object") || (data4 === "array"))){const err7 = {instancePath:instancePath+"/logicalType",schemaPath:"#/properties/logicalType/enum",keyword:"enum",params:{allowedValues: schema27.properties.logicalType.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.logicalType.enum,parentSchema:schema27.properties.logicalType,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.businessName !== undefined){let data5 = data.businessName;if(typeof data5 !== "string"){const err8 = {instancePath:instancePath+"/businessName",schemaPath:"#/properties/businessName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.businessName.type,parentSchema:schema27.properties.businessName,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.description !== undefined){let data6 = data.description;if((typeof data6 !== "string") && (data6 !== null)){const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema27.properties.description.type},message:"must be string,null",schema:schema27.properties.description.type,parentSchema:schema27.properties.description,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.dataGranularityDescription !== undefined){let data7 = data.dataGranularityDescription;if(typeof data7 !== "string"){const err10 = {instancePath:instancePath+"/dataGranularityDescription",schemaPath:"#/properties/dataGranularityDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.dataGranularityDescription.type,parentSchema:schema27.properties.dataGranularityDescription,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.authoritativeDefinitions !== undefined){let data8 = data.authoritativeDefinitions;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.url === undefined){const err11 = {instancePath:instancePath+"/authoritativeDefinitions/" + i0,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data9};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data9.type === undefined){const err12 = {instancePath:instancePath+"/authoritativeDefinitions/" + i0,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data9};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data9.url !== undefined){let data10 = data9.url;if(typeof data10 !== "string"){const err13 = {instancePath:instancePath+"/authoritativeDefinitions/" + i0+"/url",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.url.type,parentSchema:schema23.items.properties.url,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data9.type !== undefined){let data11 = data9.type;if(typeof data11 !== "string"){const err14 = {instancePath:instancePath+"/authoritativeDefinitions/" + i0+"/type",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.type.type,parentSchema:schema23.items.properties.type,data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data9.description !== undefined){let data12 = data9.description;if(typeof data12 !== "string"){const err15 = {instancePath:instancePath+"/authoritativeDefinitions/" + i0+"/description",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.description.type,parentSchema:schema23.items.properties.description,data:data12};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data9.id !== undefined){let data13 = data9.id;if(typeof data13 !== "string"){const err16 = {instancePath:instancePath+"/authoritativeDefinitions/" + i0+"/id",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.id.type,parentSchema:schema23.items.properties.id,data:data13};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/authoritativeDefinitions/" + i0,schemaPath:"#/$defs/authoritativeDefinitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.items.type,parentSchema:schema23.items,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/authoritativeDefinitions",schemaPath:"#/$defs/authoritativeDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.tags !== undefined){let data14 = data.tags;if(Array.isArray(data14)){const len1 = data14.length;for(let i1=0; i1<len1; i1++){let data15 = data14[i1];if(typeof data15 !== "string"){const err19 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/$defs/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.type,parentSchema:schema22.items,data:data15};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.type,parentSchema:schema22,data:data14};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.synonyms !== undefined){let data16 = data.synonyms;if(Array.isArray(data16)){const len2 = data16.length;for(let i2=0; i2<len2; i2++){let data17 = data16[i2];const _errs39 = errors;let valid11 = false;const _errs40 = errors;if(typeof data17 !== "string"){const err21 = {instancePath:instancePath+"/synonyms/" + i2,schemaPath:"#/$defs/synonyms/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[0].type,parentSchema:schema30.items.anyOf[0],data:data17};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid0 = _errs40 === errors;valid11 = valid11 || _valid0;const _errs42 = errors;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.synonym === undefined){const err22 = {instancePath:instancePath+"/synonyms/" + i2,schemaPath:"#/$defs/synonyms/items/anyOf/1/required",keyword:"required",params:{missingProperty: "synonym"},message:"must have required property '"+"synonym"+"'",schema:schema30.items.anyOf[1].required,parentSchema:schema30.items.anyOf[1],data:data17};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data17.synonym !== undefined){let data18 = data17.synonym;if(typeof data18 !== "string"){const err23 = {instancePath:instancePath+"/synonyms/" + i2+"/synonym",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/synonym/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.synonym.type,parentSchema:schema30.items.anyOf[1].properties.synonym,data:data18};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data17.id !== undefined){let data19 = data17.id;if(typeof data19 !== "string"){const err24 = {instancePath:instancePath+"/synonyms/" + i2+"/id",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.id.type,parentSchema:schema30.items.anyOf[1].properties.id,data:data19};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data17.description !== undefined){let data20 = data17.description;if(typeof data20 !== "string"){const err25 = {instancePath:instancePath+"/synonyms/" + i2+"/description",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.description.type,parentSchema:schema30.items.anyOf[1].properties.description,data:data20};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data17.locale !== undefined){let data21 = data17.locale;if(typeof data21 !== "string"){const err26 = {instancePath:instancePath+"/synonyms/" + i2+"/locale",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.locale.type,parentSchema:schema30.items.anyOf[1].properties.locale,data:data21};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data17.source !== undefined){let data22 = data17.source;if(typeof data22 !== "string"){const err27 = {instancePath:instancePath+"/synonyms/" + i2+"/source",schemaPath:"#/$defs/synonyms/items/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.items.anyOf[1].properties.source.type,parentSchema:schema30.items.anyOf[1].properties.source,data:data22};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/synonyms/" + i2,schemaPath:"#/$defs/synonyms/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.items.anyOf[1].type,parentSchema:schema30.items.anyOf[1],data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid0 = _errs42 === errors;valid11 = valid11 || _valid0;if(_valid0){var props0 = {};props0.synonym = true;props0.id = true;props0.description = true;props0.locale = true;props0.source = true;}if(!valid11){const err29 = {instancePath:instancePath+"/synonyms/" + i2,schemaPath:"#/$defs/synonyms/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema30.items.anyOf,parentSchema:schema30.items,data:data17};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {errors = _errs39;if(vErrors !== null){if(_errs39){vErrors.length = _errs39;}else {vErrors = null;}}}}}else {const err30 = {instancePath:instancePath+"/synonyms",schemaPath:"#/$defs/synonyms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.type,parentSchema:schema30,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.deprecated !== undefined){let data23 = data.deprecated;if(typeof data23 !== "boolean"){const err31 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.deprecated.type,parentSchema:schema27.properties.deprecated,data:data23};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.context !== undefined){let data24 = data.context;if((typeof data24 !== "string") && (!(data24 && typeof data24 == "object" && !Array.isArray(data24)))){const err32 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: schema27.properties.context.type},message:"must be string,object",schema:schema27.properties.context.type,parentSchema:schema27.properties.context,data:data24};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.relationships !== undefined){let data25 = data.relationships;if(Array.isArray(data25)){const len3 = data25.length;for(let i3=0; i3<len3; i3++){let data26 = data25[i3];if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){const err33 = {instancePath:instancePath+"/relationships/" + i3,schemaPath:"#/$defs/relationships/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.items.type,parentSchema:schema31.items,data:data26};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/relationships",schemaPath:"#/$defs/relationships/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.type,parentSchema:schema31,data:data25};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.quality !== undefined){if(!(validate22(data.quality, {instancePath:instancePath+"/quality",parentData:data,parentDataProperty:"quality",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.customProperties !== undefined){let data28 = data.customProperties;if(Array.isArray(data28)){const len4 = data28.length;for(let i4=0; i4<len4; i4++){let data29 = data28[i4];if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.property === undefined){const err35 = {instancePath:instancePath+"/customProperties/" + i4,schemaPath:"#/$defs/customProperties/items/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema24.items.required,parentSchema:schema24.items,data:data29};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}for(const key1 in data29){if(!((((key1 === "property") || (key1 === "value")) || (key1 === "description")) || (key1 === "id"))){const err36 = {instancePath:instancePath+"/customProperties/" + i4,schemaPath:"#/$defs/customProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema24.items,data:data29};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data29.property !== undefined){let data30 = data29.property;if(typeof data30 === "string"){if(func2(data30) < 1){const err37 = {instancePath:instancePath+"/customProperties/" + i4+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.items.properties.property,data:data30};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/customProperties/" + i4+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.property.type,parentSchema:schema24.items.properties.property,data:data30};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data29.description !== undefined){let data31 = data29.description;if(typeof data31 !== "string"){const err39 = {instancePath:instancePath+"/customProperties/" + i4+"/description",schemaPath:"#/$defs/customProperties/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.description.type,parentSchema:schema24.items.properties.description,data:data31};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data29.id !== undefined){let data32 = data29.id;if(typeof data32 !== "string"){const err40 = {instancePath:instancePath+"/customProperties/" + i4+"/id",schemaPath:"#/$defs/customProperties/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.id.type,parentSchema:schema24.items.properties.id,data:data32};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/customProperties/" + i4,schemaPath:"#/$defs/customProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.items.type,parentSchema:schema24.items,data:data29};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/customProperties",schemaPath:"#/$defs/customProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data28};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.properties !== undefined){let data33 = data.properties;if(Array.isArray(data33)){const len5 = data33.length;for(let i5=0; i5<len5; i5++){if(!(validate24(data33[i5], {instancePath:instancePath+"/properties/" + i5,parentData:data33,parentDataProperty:i5,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}else {const err43 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.properties.type,parentSchema:schema27.properties.properties,data:data33};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://mlgate.dev/schemas/odcs.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate18.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.apiVersion === undefined) && (missing0 = "apiVersion")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.apiVersion !== undefined){let data0 = data.apiVersion;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.status === undefined){const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema21.then.required,parentSchema:schema21.then,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;valid0 = _valid0;}if(!valid0){const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema21.if,parentSchema:schema21,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.apiVersion === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.kind === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.id === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.version === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key0 in data){if(!(func1.call(schema21.properties, key0))){const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.apiVersion !== undefined){let data1 = data.apiVersion;if(typeof data1 === "string"){if(!pattern3.test(data1)){const err9 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/pattern",keyword:"pattern",params:{pattern: "^v3\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^v3\\.[0-9]+\\.[0-9]+$"+"\"",schema:"^v3\\.[0-9]+\\.[0-9]+$",parentSchema:schema21.properties.apiVersion,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.apiVersion.type,parentSchema:schema21.properties.apiVersion,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.kind !== undefined){let data2 = data.kind;if("DataContract" !== data2){const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "DataContract"},message:"must be equal to constant",schema:"DataContract",parentSchema:schema21.properties.kind,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.id !== undefined){let data3 = data.id;if(typeof data3 === "string"){if(func2(data3) < 1){const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.id,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.id.type,parentSchema:schema21.properties.id,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.name !== undefined){let data4 = data.name;if(typeof data4 !== "string"){const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.version !== undefined){let data5 = data.version;if(typeof data5 === "string"){if(func2(data5) < 1){const err15 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.version,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.version.type,parentSchema:schema21.properties.version,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.status !== undefined){let data6 = data.status;if(typeof data6 !== "string"){const err17 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.status.type,parentSchema:schema21.properties.status,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.tenant !== undefined){let data7 = data.tenant;if(typeof data7 !== "string"){const err18 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.tenant.type,parentSchema:schema21.properties.tenant,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.domain !== undefined){let data8 = data.domain;if(typeof data8 !== "string"){const err19 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.domain.type,parentSchema:schema21.properties.domain,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.dataProduct !== undefined){let data9 = data.dataProduct;if(typeof data9 !== "string"){const err20 = {instancePath:instancePath+"/dataProduct",schemaPath:"#/properties/dataProduct/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.dataProduct.type,parentSchema:schema21.properties.dataProduct,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.tags !== undefined){let data10 = data.tags;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(typeof data11 !== "string"){const err21 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/$defs/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.type,parentSchema:schema22.items,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.type,parentSchema:schema22,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.description !== undefined){let data12 = data.description;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.usage !== undefined){let data13 = data12.usage;if(typeof data13 !== "string"){const err23 = {instancePath:instancePath+"/description/usage",schemaPath:"#/properties/description/properties/usage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.description.properties.usage.type,parentSchema:schema21.properties.description.properties.usage,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data12.purpose !== undefined){let data14 = data12.purpose;if(typeof data14 !== "string"){const err24 = {instancePath:instancePath+"/description/purpose",schemaPath:"#/properties/description/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.description.properties.purpose.type,parentSchema:schema21.properties.description.properties.purpose,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data12.limitations !== undefined){let data15 = data12.limitations;if(typeof data15 !== "string"){const err25 = {instancePath:instancePath+"/description/limitations",schemaPath:"#/properties/description/properties/limitations/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.description.properties.limitations.type,parentSchema:schema21.properties.description.properties.limitations,data:data15};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data12.authoritativeDefinitions !== undefined){let data16 = data12.authoritativeDefinitions;const _errs37 = errors;let valid7 = false;const _errs38 = errors;if(Array.isArray(data16)){const len1 = data16.length;for(let i1=0; i1<len1; i1++){let data17 = data16[i1];if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.url === undefined){const err26 = {instancePath:instancePath+"/description/authoritativeDefinitions/" + i1,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data17};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data17.type === undefined){const err27 = {instancePath:instancePath+"/description/authoritativeDefinitions/" + i1,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data17};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data17.url !== undefined){let data18 = data17.url;if(typeof data18 !== "string"){const err28 = {instancePath:instancePath+"/description/authoritativeDefinitions/" + i1+"/url",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.url.type,parentSchema:schema23.items.properties.url,data:data18};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data17.type !== undefined){let data19 = data17.type;if(typeof data19 !== "string"){const err29 = {instancePath:instancePath+"/description/authoritativeDefinitions/" + i1+"/type",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.type.type,parentSchema:schema23.items.properties.type,data:data19};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data17.description !== undefined){let data20 = data17.description;if(typeof data20 !== "string"){const err30 = {instancePath:instancePath+"/description/authoritativeDefinitions/" + i1+"/description",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.description.type,parentSchema:schema23.items.properties.description,data:data20};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data17.id !== undefined){let data21 = data17.id;if(typeof data21 !== "string"){const err31 = {instancePath:instancePath+"/description/authoritativeDefinitions/" + i1+"/id",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.id.type,parentSchema:schema23.items.properties.id,data:data21};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/description/authoritativeDefinitions/" + i1,schemaPath:"#/$defs/authoritativeDefinitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.items.type,parentSchema:schema23.items,data:data17};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/description/authoritativeDefinitions",schemaPath:"#/$defs/authoritativeDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data16};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}var _valid1 = _errs38 === errors;valid7 = valid7 || _valid1;const _errs51 = errors;if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){const err34 = {instancePath:instancePath+"/description/authoritativeDefinitions",schemaPath:"#/properties/description/properties/authoritativeDefinitions/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.description.properties.authoritativeDefinitions.anyOf[1].type,parentSchema:schema21.properties.description.properties.authoritativeDefinitions.anyOf[1],data:data16};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}var _valid1 = _errs51 === errors;valid7 = valid7 || _valid1;if(!valid7){const err35 = {instancePath:instancePath+"/description/authoritativeDefinitions",schemaPath:"#/properties/description/properties/authoritativeDefinitions/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema21.properties.description.properties.authoritativeDefinitions.anyOf,parentSchema:schema21.properties.description.properties.authoritativeDefinitions,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}else {errors = _errs37;if(vErrors !== null){if(_errs37){vErrors.length = _errs37;}else {vErrors = null;}}}}if(data12.customProperties !== undefined){let data22 = data12.customProperties;if(Array.isArray(data22)){const len2 = data22.length;for(let i2=0; i2<len2; i2++){let data23 = data22[i2];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.property === undefined){const err36 = {instancePath:instancePath+"/description/customProperties/" + i2,schemaPath:"#/$defs/customProperties/items/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema24.items.required,parentSchema:schema24.items,data:data23};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}for(const key1 in data23){if(!((((key1 === "property") || (key1 === "value")) || (key1 === "description")) || (key1 === "id"))){const err37 = {instancePath:instancePath+"/description/customProperties/" + i2,schemaPath:"#/$defs/customProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema24.items,data:data23};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data23.property !== undefined){let data24 = data23.property;if(typeof data24 === "string"){if(func2(data24) < 1){const err38 = {instancePath:instancePath+"/description/customProperties/" + i2+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.items.properties.property,data:data24};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/description/customProperties/" + i2+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.property.type,parentSchema:schema24.items.properties.property,data:data24};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data23.description !== undefined){let data25 = data23.description;if(typeof data25 !== "string"){const err40 = {instancePath:instancePath+"/description/customProperties/" + i2+"/description",schemaPath:"#/$defs/customProperties/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.description.type,parentSchema:schema24.items.properties.description,data:data25};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data23.id !== undefined){let data26 = data23.id;if(typeof data26 !== "string"){const err41 = {instancePath:instancePath+"/description/customProperties/" + i2+"/id",schemaPath:"#/$defs/customProperties/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.id.type,parentSchema:schema24.items.properties.id,data:data26};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/description/customProperties/" + i2,schemaPath:"#/$defs/customProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.items.type,parentSchema:schema24.items,data:data23};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/description/customProperties",schemaPath:"#/$defs/customProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data22};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.description.type,parentSchema:schema21.properties.description,data:data12};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.context !== undefined){let data27 = data.context;if((typeof data27 !== "string") && (!(data27 && typeof data27 == "object" && !Array.isArray(data27)))){const err45 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: schema21.properties.context.type},message:"must be string,object",schema:schema21.properties.context.type,parentSchema:schema21.properties.context,data:data27};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.servers !== undefined){let data28 = data.servers;if(Array.isArray(data28)){const len3 = data28.length;for(let i3=0; i3<len3; i3++){if(!(validate19(data28[i3], {instancePath:instancePath+"/servers/" + i3,parentData:data28,parentDataProperty:i3,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err46 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.servers.type,parentSchema:schema21.properties.servers,data:data28};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.schema !== undefined){let data30 = data.schema;if(Array.isArray(data30)){const len4 = data30.length;for(let i4=0; i4<len4; i4++){if(!(validate21(data30[i4], {instancePath:instancePath+"/schema/" + i4,parentData:data30,parentDataProperty:i4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err47 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.schema.type,parentSchema:schema21.properties.schema,data:data30};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.support !== undefined){let data32 = data.support;if(!data32 || typeof data32 != "object"){const err48 = {instancePath:instancePath+"/support",schemaPath:"#/properties/support/type",keyword:"type",params:{type: schema21.properties.support.type},message:"must be array,object",schema:schema21.properties.support.type,parentSchema:schema21.properties.support,data:data32};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.price !== undefined){let data33 = data.price;if(!(data33 && typeof data33 == "object" && !Array.isArray(data33))){const err49 = {instancePath:instancePath+"/price",schemaPath:"#/properties/price/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.price.type,parentSchema:schema21.properties.price,data:data33};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.team !== undefined){let data34 = data.team;if(!data34 || typeof data34 != "object"){const err50 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: schema21.properties.team.type},message:"must be array,object",schema:schema21.properties.team.type,parentSchema:schema21.properties.team,data:data34};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data.roles !== undefined){let data35 = data.roles;if(Array.isArray(data35)){const len5 = data35.length;for(let i5=0; i5<len5; i5++){let data36 = data35[i5];if(!(data36 && typeof data36 == "object" && !Array.isArray(data36))){const err51 = {instancePath:instancePath+"/roles/" + i5,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.roles.items.type,parentSchema:schema21.properties.roles.items,data:data36};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.roles.type,parentSchema:schema21.properties.roles,data:data35};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.slaDefaultElement !== undefined){let data37 = data.slaDefaultElement;if(typeof data37 !== "string"){const err53 = {instancePath:instancePath+"/slaDefaultElement",schemaPath:"#/properties/slaDefaultElement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.slaDefaultElement.type,parentSchema:schema21.properties.slaDefaultElement,data:data37};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.slaProperties !== undefined){let data38 = data.slaProperties;if(Array.isArray(data38)){const len6 = data38.length;for(let i6=0; i6<len6; i6++){let data39 = data38[i6];if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.property === undefined){const err54 = {instancePath:instancePath+"/slaProperties/" + i6,schemaPath:"#/$defs/slaProperty/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema47.required,parentSchema:schema47,data:data39};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data39.value === undefined){const err55 = {instancePath:instancePath+"/slaProperties/" + i6,schemaPath:"#/$defs/slaProperty/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema47.required,parentSchema:schema47,data:data39};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data39.id !== undefined){let data40 = data39.id;if(typeof data40 !== "string"){const err56 = {instancePath:instancePath+"/slaProperties/" + i6+"/id",schemaPath:"#/$defs/slaProperty/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.id.type,parentSchema:schema47.properties.id,data:data40};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data39.property !== undefined){let data41 = data39.property;if(typeof data41 === "string"){if(func2(data41) < 1){const err57 = {instancePath:instancePath+"/slaProperties/" + i6+"/property",schemaPath:"#/$defs/slaProperty/properties/property/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.property,data:data41};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/slaProperties/" + i6+"/property",schemaPath:"#/$defs/slaProperty/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.property.type,parentSchema:schema47.properties.property,data:data41};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data39.value !== undefined){let data42 = data39.value;if((((typeof data42 !== "string") && (!(typeof data42 == "number"))) && (typeof data42 !== "boolean")) && (data42 !== null)){const err59 = {instancePath:instancePath+"/slaProperties/" + i6+"/value",schemaPath:"#/$defs/slaProperty/properties/value/type",keyword:"type",params:{type: schema47.properties.value.type},message:"must be string,number,boolean,null",schema:schema47.properties.value.type,parentSchema:schema47.properties.value,data:data42};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data39.valueExt !== undefined){let data43 = data39.valueExt;if((((typeof data43 !== "string") && (!(typeof data43 == "number"))) && (typeof data43 !== "boolean")) && (data43 !== null)){const err60 = {instancePath:instancePath+"/slaProperties/" + i6+"/valueExt",schemaPath:"#/$defs/slaProperty/properties/valueExt/type",keyword:"type",params:{type: schema47.properties.valueExt.type},message:"must be string,number,boolean,null",schema:schema47.properties.valueExt.type,parentSchema:schema47.properties.valueExt,data:data43};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data39.unit !== undefined){let data44 = data39.unit;if(typeof data44 !== "string"){const err61 = {instancePath:instancePath+"/slaProperties/" + i6+"/unit",schemaPath:"#/$defs/slaProperty/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.unit.type,parentSchema:schema47.properties.unit,data:data44};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data39.element !== undefined){let data45 = data39.element;if(typeof data45 !== "string"){const err62 = {instancePath:instancePath+"/slaProperties/" + i6+"/element",schemaPath:"#/$defs/slaProperty/properties/element/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.element.type,parentSchema:schema47.properties.element,data:data45};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data39.driver !== undefined){let data46 = data39.driver;if(typeof data46 !== "string"){const err63 = {instancePath:instancePath+"/slaProperties/" + i6+"/driver",schemaPath:"#/$defs/slaProperty/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.driver.type,parentSchema:schema47.properties.driver,data:data46};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data39.description !== undefined){let data47 = data39.description;if(typeof data47 !== "string"){const err64 = {instancePath:instancePath+"/slaProperties/" + i6+"/description",schemaPath:"#/$defs/slaProperty/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.description.type,parentSchema:schema47.properties.description,data:data47};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data39.scheduler !== undefined){let data48 = data39.scheduler;if(typeof data48 !== "string"){const err65 = {instancePath:instancePath+"/slaProperties/" + i6+"/scheduler",schemaPath:"#/$defs/slaProperty/properties/scheduler/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.scheduler.type,parentSchema:schema47.properties.scheduler,data:data48};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data39.schedule !== undefined){let data49 = data39.schedule;if(typeof data49 !== "string"){const err66 = {instancePath:instancePath+"/slaProperties/" + i6+"/schedule",schemaPath:"#/$defs/slaProperty/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.schedule.type,parentSchema:schema47.properties.schedule,data:data49};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/slaProperties/" + i6,schemaPath:"#/$defs/slaProperty/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data39};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/slaProperties",schemaPath:"#/properties/slaProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.slaProperties.type,parentSchema:schema21.properties.slaProperties,data:data38};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.authoritativeDefinitions !== undefined){let data50 = data.authoritativeDefinitions;if(Array.isArray(data50)){const len7 = data50.length;for(let i7=0; i7<len7; i7++){let data51 = data50[i7];if(data51 && typeof data51 == "object" && !Array.isArray(data51)){if(data51.url === undefined){const err69 = {instancePath:instancePath+"/authoritativeDefinitions/" + i7,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data51};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data51.type === undefined){const err70 = {instancePath:instancePath+"/authoritativeDefinitions/" + i7,schemaPath:"#/$defs/authoritativeDefinitions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema23.items.required,parentSchema:schema23.items,data:data51};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data51.url !== undefined){let data52 = data51.url;if(typeof data52 !== "string"){const err71 = {instancePath:instancePath+"/authoritativeDefinitions/" + i7+"/url",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.url.type,parentSchema:schema23.items.properties.url,data:data52};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data51.type !== undefined){let data53 = data51.type;if(typeof data53 !== "string"){const err72 = {instancePath:instancePath+"/authoritativeDefinitions/" + i7+"/type",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.type.type,parentSchema:schema23.items.properties.type,data:data53};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data51.description !== undefined){let data54 = data51.description;if(typeof data54 !== "string"){const err73 = {instancePath:instancePath+"/authoritativeDefinitions/" + i7+"/description",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.description.type,parentSchema:schema23.items.properties.description,data:data54};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data51.id !== undefined){let data55 = data51.id;if(typeof data55 !== "string"){const err74 = {instancePath:instancePath+"/authoritativeDefinitions/" + i7+"/id",schemaPath:"#/$defs/authoritativeDefinitions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.properties.id.type,parentSchema:schema23.items.properties.id,data:data55};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/authoritativeDefinitions/" + i7,schemaPath:"#/$defs/authoritativeDefinitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.items.type,parentSchema:schema23.items,data:data51};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/authoritativeDefinitions",schemaPath:"#/$defs/authoritativeDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data50};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.customProperties !== undefined){let data56 = data.customProperties;if(Array.isArray(data56)){const len8 = data56.length;for(let i8=0; i8<len8; i8++){let data57 = data56[i8];if(data57 && typeof data57 == "object" && !Array.isArray(data57)){if(data57.property === undefined){const err77 = {instancePath:instancePath+"/customProperties/" + i8,schemaPath:"#/$defs/customProperties/items/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'",schema:schema24.items.required,parentSchema:schema24.items,data:data57};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}for(const key2 in data57){if(!((((key2 === "property") || (key2 === "value")) || (key2 === "description")) || (key2 === "id"))){const err78 = {instancePath:instancePath+"/customProperties/" + i8,schemaPath:"#/$defs/customProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema24.items,data:data57};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data57.property !== undefined){let data58 = data57.property;if(typeof data58 === "string"){if(func2(data58) < 1){const err79 = {instancePath:instancePath+"/customProperties/" + i8+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.items.properties.property,data:data58};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/customProperties/" + i8+"/property",schemaPath:"#/$defs/customProperties/items/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.property.type,parentSchema:schema24.items.properties.property,data:data58};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data57.description !== undefined){let data59 = data57.description;if(typeof data59 !== "string"){const err81 = {instancePath:instancePath+"/customProperties/" + i8+"/description",schemaPath:"#/$defs/customProperties/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.description.type,parentSchema:schema24.items.properties.description,data:data59};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data57.id !== undefined){let data60 = data57.id;if(typeof data60 !== "string"){const err82 = {instancePath:instancePath+"/customProperties/" + i8+"/id",schemaPath:"#/$defs/customProperties/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.properties.id.type,parentSchema:schema24.items.properties.id,data:data60};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath:instancePath+"/customProperties/" + i8,schemaPath:"#/$defs/customProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.items.type,parentSchema:schema24.items,data:data57};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/customProperties",schemaPath:"#/$defs/customProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data56};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data.contractCreatedTs !== undefined){let data61 = data.contractCreatedTs;if(typeof data61 !== "string"){const err85 = {instancePath:instancePath+"/contractCreatedTs",schemaPath:"#/properties/contractCreatedTs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.contractCreatedTs.type,parentSchema:schema21.properties.contractCreatedTs,data:data61};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}validate18.errors = vErrors;return errors === 0;}validate18.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/***/ })

};
