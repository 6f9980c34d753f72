/** `mlgate init`: write starter files for a new repository. */
export async function runInit(_args: string[]): Promise<number> {
  process.stderr.write('mlgate init: not available yet\n');
  return 2;
}
