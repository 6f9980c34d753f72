/**
 * A hostile PR body (SPEC §7, §10): the checklist parser must neither throw nor hang, ids from
 * the body must not reach object prototypes, and whatever the body says is escaped in the comment.
 */
import { describe, expect, it } from 'vitest';
import { EVIL, PR_BODY, runCase } from './harness.js';

const MB = 1024 * 1024;
const item = (text: string, id = 'leakage') => `- [x] ${text} <!-- mlgate:${id} -->`;

const BODIES: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \n\t\n'],
  ['NUL bytes', `\u0000\u0000${PR_BODY}`],
  ['CRLF', PR_BODY.replace(/\n/g, '\r\n')],
  ['1 MB single line', 'x'.repeat(MB)],
  ['1 MB of `<!--` openers', '<!--'.repeat(MB / 4)],
  ['1 MB of `-->` closers', '-->'.repeat(MB / 3)],
  ['unclosed HTML comment before the checklist', `<!-- ${PR_BODY}`],
  ['unclosed code fence before the checklist', `\`\`\`\n${PR_BODY}`],
  ['100k task items', Array.from({ length: 100_000 }, (_, i) => `- [x] item ${i}`).join('\n')],
  [
    '100k ticked default items',
    Array.from({ length: 100_000 }, () => item('Leakage risks were checked')).join('\n'),
  ],
  [
    '10,000-deep nested list',
    Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- [x] x`).join('\n'),
  ],
  ['10,000-deep blockquote', `${'>'.repeat(10_000)} - [x] x`],
  ['__proto__ id', item('x', '__proto__')],
  [
    'constructor and prototype ids',
    `${item('x', 'constructor')}\n${item('y', 'prototype')}\n${item('z', 'hasownproperty')}`,
  ],
  ['hostile N/A reason', item(`Leakage risks were checked N/A: ${EVIL}`)],
  [
    'hostile waiver on every item',
    PR_BODY.replace(/<!-- mlgate:/g, `N/A: ${EVIL.replace(/\n/g, ' ')} <!-- mlgate:`),
  ],
  ['hostile item text', item(EVIL.replace(/\n/g, ' '), 'train-serve')],
  ['markers without items', '<!-- mlgate:leakage -->\n'.repeat(10_000)],
  ['task items with 1 MB text', item('y'.repeat(MB))],
];

describe('hostile PR body', () => {
  it.each(BODIES)('%s', async (_name, body) => {
    const { report, markdown } = await runCase({ prBody: body });
    expect(report.checklist).toBeDefined();
    expect(markdown).not.toContain('@evilbot');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a waiver reason with HTML and a mention is escaped', async () => {
    const { markdown } = await runCase({
      prBody: PR_BODY.replace(
        '- [x] Leakage risks were checked against prediction-time availability',
        `- [ ] Leakage risks were checked against prediction-time availability N/A: <img src=x onerror=alert(1)> @evilbot`,
      ),
    });
    expect(markdown).not.toMatch(/<img/);
  });
});
