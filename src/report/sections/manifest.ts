/** The manifest section of the comment: the five evidences the manifest gives, and its findings. */
import { code, escapeText } from '../escape.js';
import { findingList } from '../findings.js';
import { sortFindings } from '../model.js';
import type { ModelSectionRenderer } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const manifestChecks = ['manifest'] as const;

const LABELS = [
  ['artifact', 'Artifact'],
  ['prediction-contract', 'Prediction contract'],
  ['serving', 'Serving'],
  ['monitoring', 'Monitoring'],
  ['reproducible', 'Reproducible run'],
] as const;

export const renderManifest: ModelSectionRenderer = (model, findings, ctx) => {
  const section = model.manifest;
  if (!section) return null;
  const own = findings.filter((f) => f.check === 'manifest');
  const m = section.manifest;
  const head = `#### Model manifest ${code(section.file)}${m?.name ? ` · ${code(m.name)}` : ''}${m?.version ? ` ${code(m.version)}` : ''}`;
  const parts = [head];
  if (m) {
    const items = LABELS.map(([key, label]) => {
      const ev = section.evidence[key];
      return `- ${ev.ok ? '✅' : '⚠️'} **${label}**: ${escapeText(ev.detail)}`;
    });
    const allOk = LABELS.every(([key]) => section.evidence[key].ok);
    const body = items.join('\n');
    parts.push(
      allOk && ctx.level >= 1
        ? `<details><summary>Manifest complete</summary>\n\n${body}\n\n</details>`
        : body,
    );
    if (m.fromCard.length > 0)
      parts.push(`<sub>From the model card: ${escapeText(m.fromCard.join(', '))}.</sub>`);
  }
  const list = findingList(sortFindings(own), ctx.maxRows);
  if (list) parts.push(list);
  return parts.join('\n\n');
};
