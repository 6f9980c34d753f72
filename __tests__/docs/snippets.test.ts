// Every copy-paste YAML example in README.md and docs/*.md goes through the real loaders, so a doc
// snippet a user pastes can never be rejected by the version of mlgate it documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { parseContract } from '../../src/formats/contract/index.js';
import { parseData, isRecord } from '../../src/formats/data.js';
import { parseLedger } from '../../src/formats/ledger.js';
import { readManifest } from '../../src/formats/manifest.js';
import { readRollout } from '../../src/formats/rollout/index.js';

const root = join(import.meta.dirname, '..', '..');
const docFiles = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

interface Snippet {
  /** `docs/gates.md:47`: where the fence opens, for the failure message. */
  where: string;
  text: string;
}

/** Fenced ```yaml / ```yml blocks, dedented (README nests some under a numbered list). */
function yamlBlocks(file: string): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++)
      body.push(lines[j].slice(indent));
    out.push({ where: `${file}:${i + 1}`, text: body.join('\n') + '\n' });
    i = j;
  }
  return out;
}

const snippets = docFiles.flatMap(yamlBlocks);

/** Top-level keys of `.mlgate.yml` other than `version` and `models`. */
const POLICY_KEYS = new Set([
  'rollout_policy',
  'contract_policy',
  'metrics_policy',
  'checklist',
  'ledger_policy',
  'waivers',
]);
const STUB_MODEL = 'models:\n  - name: m\n    metrics: m.json\n';

/** A complete config, or a policy / gate-list fragment completed with a stub model. */
function asConfig(s: Snippet): string | null {
  if (/^version: 1\s*$/m.test(s.text)) return s.text;
  const parsed = parseData(s.text);
  if (!parsed.ok) return null;
  const data = parsed.value.data;
  if (
    isRecord(data) &&
    Object.keys(data).length > 0 &&
    Object.keys(data).every((k) => POLICY_KEYS.has(k))
  )
    return `version: 1\n${STUB_MODEL}${s.text}`;
  if (Array.isArray(data) && data.length > 0 && data.every((g) => isRecord(g) && 'metric' in g)) {
    const gates = s.text.replace(/^(?=\S)/gm, '      ');
    return `version: 1\n${STUB_MODEL}    gates:\n${gates}`;
  }
  return null;
}

const configs = snippets.flatMap((s) => {
  const text = asConfig(s);
  return text === null ? [] : [{ where: s.where, text }];
});
const contracts = snippets.filter((s) =>
  /^(kind: DataContract|dataContractSpecification:)/m.test(s.text),
);
const rollouts = snippets.filter((s) => /^kind: MlgateRollout\s*$/m.test(s.text));
// A model.yaml has a top-level `name:` and at least one manifest block, and is not a workflow.
const manifests = snippets.filter(
  (s) =>
    /^name: /m.test(s.text) &&
    /^(prediction|serving|monitoring|run|datasets):/m.test(s.text) &&
    !/^(on|jobs|kind):/m.test(s.text),
);

// A YAML ledger: a list of entries with `iteration`.
const ledgers = snippets.filter((s) => /^- iteration: /m.test(s.text));

describe('doc snippets', () => {
  it('finds the examples it is meant to check', () => {
    // Guards the extraction itself: if a regex stops matching, these fail instead of passing empty.
    expect(configs.filter((c) => /^version: 1$/m.test(c.text)).length).toBeGreaterThanOrEqual(3);
    expect(configs.length).toBeGreaterThanOrEqual(7);
    expect(contracts.length).toBeGreaterThanOrEqual(1);
    expect(rollouts.length).toBeGreaterThanOrEqual(1);
    expect(manifests.length).toBeGreaterThanOrEqual(1);
    expect(ledgers.length).toBeGreaterThanOrEqual(1);
  });

  it.each(configs)('$where is a valid .mlgate.yml', ({ where, text }) => {
    const result = loadConfig('.mlgate.yml', text);
    expect(result.findings.map((f) => `${where} line ${f.line}: ${f.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(contracts)('$where parses as a data contract', ({ text }) => {
    const read = parseContract('contract.yaml', text);
    expect(read.findings.filter((f) => f.level === 'error').map((f) => f.message)).toEqual([]);
    expect(read.contract).not.toBeNull();
  });

  it.each(rollouts)('$where parses as a rollout plan', ({ text }) => {
    const read = readRollout('rollout.yaml', text);
    expect(read.issues.filter((i) => i.level === 'error').map((i) => i.message)).toEqual([]);
    expect(read.plan).not.toBeNull();
  });

  it.each(manifests)('$where parses as a model manifest', ({ text }) => {
    const read = readManifest('model.yaml', text);
    expect(read.issues.filter((i) => i.level === 'error').map((i) => i.message)).toEqual([]);
    expect(read.manifest).not.toBeNull();
  });

  it.each(ledgers)('$where parses as a YAML ledger', ({ text }) => {
    const read = parseLedger('LEDGER.yaml', text);
    expect(read.ok ? read.doc.entries.length : read.message).toBeGreaterThan(0);
  });
});
