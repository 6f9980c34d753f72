/** Error text helpers, kept free of imports so that any entry point can load them cheaply. */

/** Text of any thrown value; non-Error throws are kept, not dropped. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
