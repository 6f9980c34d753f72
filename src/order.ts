/**
 * Code-unit order for names, paths and messages: the same on every machine, unlike localeCompare
 * (which follows the runner's locale, and whose first call loads ICU's collator at start-up).
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
