/**
 * Task-list items in a pull-request body: `(body) → items`, no I/O. Only what a reader sees as a
 * checklist counts: fenced and indented code blocks, blockquotes and HTML comments are skipped,
 * except the hidden id marker (`<!-- mlgate:leakage -->`) on an item's own line.
 */
import { Limits } from '../constants.js';

/** One `- [ ]` / `- [x]` item of the body. */
export interface TaskItem {
  checked: boolean;
  /** The item's text without the id marker and without the `N/A: reason` part. */
  text: string;
  /** From `<!-- mlgate:<id> -->` on the item's line. */
  id?: string;
  /** Set when the item says `N/A: <reason>`; '' when the reason is empty. */
  na?: string;
  /** 1-based line in the body. */
  line: number;
}

const FENCE = /^ *(`{3,}|~{3,})/;
const TASK = /^([-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]+(.*))?$/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const ID_MARKER = /^<!--\s*mlgate:([a-z0-9][a-z0-9-]*)\s*-->$/;
const NA = /(?:^|[\s(—–:-])n\/a:/i;

/** Columns of leading whitespace (a tab advances to the next multiple of 4). */
function indentOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** Text and markers of one line once HTML comments are removed; tracks comments that span lines. */
function stripComments(
  line: string,
  state: { inComment: boolean },
): { text: string; markers: string[] } {
  let rest = line;
  let text = '';
  const markers: string[] = [];
  while (rest.length > 0) {
    if (state.inComment) {
      const end = rest.indexOf('-->');
      if (end < 0) return { text, markers };
      rest = rest.slice(end + 3);
      state.inComment = false;
      continue;
    }
    const start = rest.indexOf('<!--');
    if (start < 0) {
      text += rest;
      break;
    }
    text += rest.slice(0, start);
    const end = rest.indexOf('-->', start + 4);
    if (end < 0) {
      state.inComment = true;
      break;
    }
    const marker = ID_MARKER.exec(rest.slice(start, end + 3));
    if (marker) markers.push(marker[1]);
    rest = rest.slice(end + 3);
  }
  return { text, markers };
}

/** Split an item's text into the text proper and an `N/A: reason` waiver. */
export function splitWaiver(raw: string): { text: string; na?: string } {
  const m = NA.exec(raw);
  if (!m) return { text: raw.trim() };
  const at = m.index + m[0].length - 4;
  const text = raw
    .slice(0, at)
    .replace(/[\s(—–:-]+$/, '')
    .trim();
  let reason = raw.slice(at + 4).trim();
  if (/\(\s*$/.test(raw.slice(0, at)) && reason.endsWith(')')) reason = reason.slice(0, -1).trim();
  return { text, na: reason };
}

/** Normalised item text for matching: whitespace collapsed, case and a trailing period ignored. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();
}

/** A line a reader of the rendered markdown sees as text: not code, quote or HTML comment. */
export interface VisibleLine {
  /** 1-based line in the body. */
  line: number;
  /** The line without HTML comments and leading whitespace. */
  text: string;
  /** Ids of `<!-- mlgate:<id> -->` markers on the line. */
  markers: string[];
}

/**
 * The lines of a markdown body that render as text: fenced and indented code blocks, blockquotes
 * (quoted replies) and HTML comments are skipped. Shared by the checklist and waiver commands, so a
 * quoted or fenced command never counts.
 */
export function* visibleLines(body: string): Generator<VisibleLine> {
  const lines = body.slice(0, Limits.prBodyChars).split(/\r\n|\r|\n/);
  const comment = { inComment: false };
  let fence: { char: string; len: number } | null = null;
  /** Content columns of the open list items, innermost last. */
  const lists: number[] = [];
  let prevBlank = true;
  let prevParagraph = false;

  for (const [i, raw] of lines.entries()) {
    if (fence) {
      const close = /^(`{3,}|~{3,})\s*$/.exec(raw.trim());
      if (close && close[1][0] === fence.char && close[1].length >= fence.len) fence = null;
      prevBlank = false;
      prevParagraph = false;
      continue;
    }
    const wasInComment = comment.inComment;
    const { text: line, markers } = stripComments(raw, comment);
    if (line.trim() === '') {
      // A line that held only a comment is neither blank nor text for the block structure.
      if (!wasInComment && !/<!--/.test(raw)) {
        prevBlank = true;
        prevParagraph = false;
      }
      continue;
    }
    const indent = indentOf(line);
    const body = line.trimStart();
    while (lists.length > 0 && indent < lists[lists.length - 1] && prevBlank) lists.pop();
    const column = lists.length > 0 ? lists[lists.length - 1] : 0;
    // An indented code block: 4+ columns past the enclosing content, not a paragraph continuation.
    if (indent - column >= 4 && !prevParagraph) {
      prevBlank = false;
      continue;
    }
    const fenceOpen = FENCE.exec(body);
    if (fenceOpen) {
      fence = { char: fenceOpen[1][0], len: fenceOpen[1].length };
      prevBlank = false;
      prevParagraph = false;
      continue;
    }
    if (body.startsWith('>')) {
      prevBlank = false;
      prevParagraph = false;
      continue;
    }
    const listItem = LIST_ITEM.exec(body);
    if (listItem) {
      while (lists.length > 0 && indent < lists[lists.length - 1]) lists.pop();
      lists.push(indent + listItem[0].length);
    } else if (indent < column && prevBlank) {
      lists.length = 0;
    }
    prevBlank = false;
    prevParagraph = true;
    yield { line: i + 1, text: body, markers };
  }
}

/** Every task-list item a reader of the rendered body would see. */
export function parseTaskItems(body: string): TaskItem[] {
  const items: TaskItem[] = [];
  for (const { line, text: visible, markers } of visibleLines(body)) {
    const task = TASK.exec(visible.trimEnd());
    if (!task) continue;
    const { text, na } = splitWaiver(task[3] ?? '');
    items.push({
      checked: task[2] !== ' ',
      text: text.replace(/\s+/g, ' ').trim(),
      ...(markers.length > 0 ? { id: markers[0] } : {}),
      ...(na !== undefined ? { na } : {}),
      line,
    });
  }
  return items;
}
