/**
 * Map and Set keys for text read from a report. V8 hashes a string longer than 16,383 characters
 * by its length alone, so a Map keyed by many such strings of one length (a forged report's
 * model names or messages) keeps them in one bucket and compares whole strings on every lookup:
 * quadratic. Long text is keyed by its SHA-256 (of the UTF-16 code units, so no two strings
 * share a key) instead.
 */
import { createHash } from 'node:crypto';

/** Longest text used as its own key; V8 hashes up to 16,383 characters. */
const LONG = 1024;

/** A short key that is equal for two texts exactly when the texts are equal. */
export function textKey(text: string): string {
  if (text.length <= LONG) return `=${text}`;
  return `#${text.length}:${createHash('sha256').update(text, 'utf16le').digest('base64')}`;
}

/** One key for several fields (`JSON.stringify` keeps them apart), short however long they are. */
export function fieldsKey(fields: readonly unknown[]): string {
  return textKey(JSON.stringify(fields));
}
