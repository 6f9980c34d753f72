/** What GitHub shows of a comment before its first `<details>`, as lines (for the fold tests). */
export function firstFoldLines(markdown: string): string[] {
  const i = markdown.indexOf('<details>');
  const top = (i < 0 ? markdown : markdown.slice(0, i)).replace(/<!--[\s\S]*?-->/g, '');
  return top
    .split('\n')
    .flatMap((l) => l.split(/<br\s*\/?>/))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !(/^[\s|:-]+$/.test(l) && l.includes('-')));
}
