/**
 * Escaping of user-supplied text in the comment: metric names, contract text, PR body, ledger.
 * HTML is neutralised, `@mentions` are broken so the bot never pings anyone, and table cells
 * cannot break out of their row.
 */

/** Longest user-supplied text printed in one place; longer text is cut with an ellipsis. */
export const CLIP = 300;

/** `text` cut to `max` characters with an ellipsis (bounds what one row or line can cost). */
export function clip(text: string, max = CLIP): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Bidirectional overrides and isolates, and zero-width characters: from file content they can
 * reorder or hide text in the comment (Trojan Source, CVE-2021-42574). Shown as `<U+202E>`-style
 * text instead, everywhere text is escaped (code spans and fences included).
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Make bidi controls and zero-width characters visible (`⟨U+202E⟩`). */
export function neutralise(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/**
 * Escape text for inline markdown: HTML entities, mentions, and markdown control characters that
 * could inject links or images. A `code span` (a pair of single backticks on one line, as the
 * messages of mlgate's own checks write names) stays a code span, through `code()`, instead of
 * showing as \`escaped\` backticks.
 */
export function escapeText(text: string): string {
  const s = neutralise(String(text));
  let out = '';
  let last = 0;
  for (const m of s.matchAll(/`([^`\r\n]+)`/g)) {
    out += plain(s.slice(last, m.index)) + code(m[1]);
    last = m.index + m[0].length;
  }
  return out + plain(s.slice(last));
}

/**
 * Inline text. Besides HTML, mentions and markdown syntax, the places where GitHub would turn bare
 * text into a link (its autolink extension: `scheme://…`, `www.…`) get their `:` or `.` escaped,
 * so a URL a PR wrote shows as text and the bot's comment carries no link a reviewer might take
 * for mlgate's own. E-mail addresses are already broken by the mention guard.
 */
function plain(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => HTML[c])
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b')
    .replace(/([\\`*_[\]!#~])/g, '\\$1')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(?<![A-Za-z0-9])(www)\./gi, '$1\\.')
    .replace(/\r?\n|\r/g, ' ');
}

/**
 * Escape text for raw HTML, such as a `<summary>` on a `<details>` line: GitHub reads no markdown
 * inside an HTML block, so a markdown backslash would show; HTML entities, mentions, newlines and
 * invisible characters are handled as in `escapeText`.
 */
export function escapeHtml(text: string): string {
  return neutralise(String(text))
    .replace(/[&<>"]/g, (c) => HTML[c])
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b')
    .replace(/\r?\n|\r/g, ' ');
}

/** Escape text for a table cell: as inline text, plus `|`. */
export function escapeCell(text: string): string {
  return escapeText(text).replace(/\|/g, '\\|');
}

/** Inline code that cannot be broken out of (backticks in the text lengthen the fence). */
export function code(text: string): string {
  const s = neutralise(String(text))
    .replace(/\r?\n|\r/g, ' ')
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b');
  const longest = longestRun(s, 0);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Inline code for a table cell: `|` must be escaped even inside backticks on GitHub. */
export function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/** A fenced block whose fence is longer than any backtick run inside, with mentions broken. */
export function fenced(text: string, lang = ''): string {
  const s = neutralise(String(text)).replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b');
  const longest = longestRun(s, 2);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${s.replace(/\n$/, '')}\n${fence}`;
}

/**
 * Longest run of backticks (at least `min`), in a loop: spreading every run into `Math.max`
 * overflows the stack on a hostile text with a few hundred thousand runs.
 */
function longestRun(s: string, min: number): number {
  let longest = min;
  for (const m of s.matchAll(/`+/g)) if (m[0].length > longest) longest = m[0].length;
  return longest;
}
