/**
 * The one precision policy for numbers mlgate prints (gate messages, gates table, metric diff,
 * suggested ledger entry, text output):
 *
 * - A number alone is compact: integers as they are, at most 4 significant digits below 1, 3
 *   decimals from 1 to 1000, 1 decimal from 1000, and an exponent below 0.0001.
 * - Numbers shown side by side (a value and its threshold, base and head, a drop and the allowed
 *   drop) get as many more significant digits as it takes for two different numbers to print
 *   differently: `0.849996 < min 0.85`, never `0.85 < min 0.85`. Equal numbers print equal, and so
 *   do numbers that agree to 12 significant digits (floating-point noise).
 *
 * Pure: checks import it to word their messages; renderers to fill their cells.
 */

/** Compact formatting of one number; `-` for none. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined) return '-';
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Infinity' : '-Infinity';
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1000) return n.toFixed(1);
  // Both are plain decimals here; dropping their trailing zeros is what a round trip through
  // Number would print, at a third of the cost (a wildcard gate formats 100,000 values).
  if (abs >= 1) return trimZeros(n.toFixed(3));
  if (abs >= 0.0001) return trimZeros(n.toPrecision(4));
  return n.toExponential(2);
}

/** `0.6900` → `0.69`, `2.000` → `2`: trailing zeros after a decimal point, and a bare point. */
function trimZeros(decimal: string): string {
  if (!decimal.includes('.')) return decimal;
  let end = decimal.length;
  while (decimal.charCodeAt(end - 1) === 0x30) end--;
  if (decimal.charCodeAt(end - 1) === 0x2e) end--;
  return decimal.slice(0, end);
}

/** `n` with `digits` significant digits, trailing zeros dropped (plain notation where it reads). */
function withDigits(n: number, digits: number): string {
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 0.0001 || abs >= 1e15)) return n.toExponential(digits - 1);
  return String(Number(n.toPrecision(digits)));
}

/**
 * Binary floating-point noise (0.831 − 0.826 = 0.005000000000000004) is not a difference: numbers
 * that agree to 12 significant digits are the same number for printing.
 */
const NOISE_DIGITS = 12;
const same = (a: number, b: number): boolean =>
  a === b || a.toPrecision(NOISE_DIGITS) === b.toPrecision(NOISE_DIGITS);

const finite = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n);

/**
 * Format numbers that are read together so that any two that differ print differently. Each
 * number keeps its compact form unless it collides with a different number's, in which case the
 * colliding ones get the fewest significant digits (up to 12) that separate them.
 */
export function fmtAll(ns: readonly (number | null | undefined)[]): string[] {
  const out = ns.map(fmt);
  for (let i = 0; i < ns.length; i++) {
    for (let j = i + 1; j < ns.length; j++) {
      const a = ns[i];
      const b = ns[j];
      // Cheapest test first: most pairs already print differently.
      if (out[i] !== out[j] || !finite(a) || !finite(b) || same(a, b)) continue;
      for (let digits = 5; digits <= NOISE_DIGITS; digits++) {
        const [x, y] = [withDigits(a, digits), withDigits(b, digits)];
        if (x !== y) {
          out[i] = x;
          out[j] = y;
          break;
        }
      }
    }
  }
  return out;
}

/** Two numbers read together (value and threshold, base and head): see `fmtAll`. */
export function fmtPair(
  a: number | null | undefined,
  b: number | null | undefined,
): [string, string] {
  const [x, y] = fmtAll([a, b]);
  return [x, y];
}
