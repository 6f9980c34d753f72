/** Character codes the text scanners (data.ts, json.ts, yaml-fast.ts) compare with `charCodeAt`. */
export const TAB = 0x09;
export const NEWLINE = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const HASH = 0x23;
export const APOSTROPHE = 0x27;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACKET = 0x5b;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACKET = 0x5d;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;

/** A space, tab, newline or carriage return. */
export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === CR;
}
