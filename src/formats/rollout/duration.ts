/**
 * Kubernetes / Go duration strings (`1h30m`, `10m`, `30s`, `1.5h`, `250ms`), as Argo Rollouts and
 * Flagger write them, plus `d` for days. Argo also accepts a bare number of seconds.
 */

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d)/gy;

/**
 * Milliseconds of a duration, or null when it is not one. `bareSeconds`: a plain number (or a
 * numeric string) counts as seconds, as in Argo's `pause: {duration: 10}`.
 */
export function parseDuration(value: unknown, bareSeconds = false): number | null {
  if (typeof value === 'number') {
    return bareSeconds && Number.isFinite(value) && value >= 0 ? value * 1000 : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return bareSeconds ? Number(text) * 1000 : null;
  PART.lastIndex = 0;
  let total = 0;
  let end = 0;
  let m: RegExpExecArray | null;
  while ((m = PART.exec(text)) !== null) {
    total += Number(m[1]) * UNIT_MS[m[2]];
    end = PART.lastIndex;
  }
  if (end !== text.length || end === 0 || !Number.isFinite(total)) return null;
  return total;
}

/** Compact form of a duration: `1h`, `24h`, `1h30m`, `45s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0s';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let rest = Math.round(ms / 1000);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}` || '0s';
}
