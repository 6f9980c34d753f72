// `npm run preview`: look at the golden comments as a reviewer does. Each golden markdown is
// rendered with cmark-gfm (GitHub's own markdown engine, from Debian: `apt-get install cmark-gfm`),
// its ```mermaid blocks with the npm `mermaid` package (installed on demand into .tmp/, so CI's
// `npm ci` stays small), in headless Chromium (Debian's `chromium`). It writes
//   docs/images/comment-<name>.png       the comment as GitHub first shows it (folds closed)
//   .tmp/preview/<name>-open.png         every fold open, to review the whole golden
// except for the goldens in OPEN_IN_DOCS (short ones whose point is inside the folds): their
// every-fold-open screenshot goes to docs/images/comment-<name>-open.png, the closed one to .tmp/.
// and prints each comment's characters, rendered height and the height above its first fold.
// A Mermaid block that does not render fails the run: a broken chart is caught here, not by a user.
// So that this check cannot silently stop working, every page also renders a known-broken chart
// and the run fails unless Mermaid rejects it.
// Not part of `npm test`: it needs the two Debian packages and a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const GOLDEN = join(ROOT, '__tests__/report/__golden__');
const OUT_DOCS = join(ROOT, 'docs/images');
const OUT_TMP = join(ROOT, '.tmp/preview');
const MERMAID_DIR = join(ROOT, '.tmp/mermaid');
const MERMAID_JS = join(MERMAID_DIR, 'node_modules/mermaid/dist/mermaid.min.js');
const NAMES = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const EXTRA = process.argv.filter((a) => a.startsWith('--md=')).map((a) => a.slice(5));
const WIDTH = 860; // about the width of a PR conversation column on a laptop
/** Goldens whose every-fold-open screenshot the docs show (the history gate's trend chart). */
const OPEN_IN_DOCS = new Set(['history']);

function need(cmd, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) {
    console.error(`preview: ${cmd} is missing; install it with: apt-get install -y ${pkg}`);
    process.exit(2);
  }
}
need('cmark-gfm', 'cmark-gfm');
need('chromium', 'chromium');

if (!existsSync(MERMAID_JS)) {
  console.error('preview: installing mermaid into .tmp/mermaid (once)…');
  mkdirSync(MERMAID_DIR, { recursive: true });
  writeFileSync(join(MERMAID_DIR, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', 'mermaid@11'], {
    cwd: MERMAID_DIR,
    stdio: 'inherit',
  });
}

/** GitHub's pipeline: cmark-gfm with its extensions; raw HTML kept (GitHub then sanitises it). */
function toHtml(markdown) {
  const html = execFileSync(
    'cmark-gfm',
    [
      '--unsafe',
      '--github-pre-lang',
      ...['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'].flatMap((e) => [
        '--extension',
        e,
      ]),
    ],
    { input: markdown, maxBuffer: 64 << 20 },
  ).toString();
  // GitHub turns ```mermaid blocks into diagrams, and `> [!NOTE]` quotes into alerts (cmark-gfm
  // has neither); so does this page.
  return html
    .replace(
      /<pre lang="mermaid"><code>([\s\S]*?)<\/code><\/pre>/g,
      (_, src) => `<div class="mermaid">${src}</div>`,
    )
    .replace(
      /<blockquote>\n<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\n?/g,
      (_, kind) =>
        `<blockquote class="alert ${kind.toLowerCase()}"><p class="alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</p><p>`,
    );
}

const CSS = `
body { margin: 0; background: #fff; color: #1f2328;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
.box { width: ${WIDTH - 34}px; margin: 8px; border: 1px solid #d0d7de; border-radius: 6px; }
.who { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; color: #59636e; }
.body { padding: 16px; overflow: hidden; }
.body > :first-child { margin-top: 0; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 24px 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
p, ul, ol, table, pre, details, blockquote { margin: 0 0 16px; }
ul, ol { padding-left: 2em; }
code { font: 85% ui-monospace, "DejaVu Sans Mono", monospace; background: rgba(129,139,152,.12);
  padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; display: block; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } tr:nth-child(2n) { background: #f6f8fa; }
th { font-weight: 600; }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; padding: 0 1em; }
hr { height: .25em; background: #d1d9e0; border: 0; margin: 24px 0; }
sub { font-size: 75%; }
summary { cursor: pointer; }
.mermaid { margin: 0 0 16px; }
.alert { color: inherit; border-left-color: #0969da; }
.alert.warning { border-left-color: #9a6700; } .alert.caution { border-left-color: #d1242f; }
.alert-title { margin: 0 0 4px; font-weight: 500; color: #0969da; }
.alert.warning .alert-title { color: #9a6700; } .alert.caution .alert-title { color: #d1242f; }
`;

function page(html, open) {
  const mermaid = readFileSync(MERMAID_JS, 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="box"><div class="who"><b>github-actions</b> bot commented</div><div class="body">${html}</div></div>
<script>${mermaid}</script>
<script>
(async () => {
  const errors = [];
  if (${open}) document.querySelectorAll('details').forEach((d) => (d.open = true));
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
  for (const el of document.querySelectorAll('.mermaid')) {
    try {
      const { svg } = await mermaid.render('m' + Math.random().toString(36).slice(2), el.textContent);
      el.innerHTML = svg;
    } catch (e) { errors.push(String(e && e.message || e).split('\\n')[0]); el.textContent = 'MERMAID ERROR: ' + e; }
  }
  // The canary: a chart Mermaid must reject. If it renders, errors are no longer being caught.
  let canary = 'accepted';
  try {
    await mermaid.render('canary', 'xychart-beta\\n  x-axis ["a", "b"\\n  line [1, 2');
  } catch {
    canary = 'rejected';
  }
  document.getElementById('canary')?.remove();
  document.getElementById('dcanary')?.remove();
  const box = document.querySelector('.box').getBoundingClientRect();
  const fold = document.querySelector('.body details');
  document.body.dataset.height = Math.ceil(box.bottom + 8);
  document.body.dataset.fold = fold ? Math.ceil(fold.getBoundingClientRect().top - box.top) : -1;
  document.body.dataset.charts = document.querySelectorAll('.mermaid svg').length;
  document.body.dataset.errors = JSON.stringify(errors);
  document.body.dataset.canary = canary;
  document.body.dataset.done = '1';
})();
</script></body></html>`;
}

const CHROME = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  '--virtual-time-budget=20000',
];

function chromium(args, profile) {
  const res = spawnSync('chromium', [...CHROME, `--user-data-dir=${profile}`, ...args], {
    maxBuffer: 256 << 20,
    timeout: 120_000,
  });
  if (res.status !== 0) throw new Error(`chromium failed: ${res.stderr}`);
  return res.stdout.toString();
}

function shoot(name, markdown, open, pngPath) {
  const profile = mkdtempSync(join(tmpdir(), 'mlgate-preview-'));
  try {
    const htmlPath = join(OUT_TMP, `${name}${open ? '-open' : ''}.html`);
    writeFileSync(htmlPath, page(toHtml(markdown), open));
    const url = `file://${htmlPath}`;
    const dom = chromium(['--window-size=' + WIDTH + ',2000', '--dump-dom', url], profile);
    const attr = (k) => (dom.match(new RegExp(`data-${k}="([^"]*)"`)) ?? [])[1];
    if (attr('done') !== '1') throw new Error(`${name}: the page did not finish rendering`);
    const height = Number(attr('height'));
    const errors = JSON.parse(attr('errors').replace(/&quot;/g, '"'));
    if (attr('canary') !== 'rejected')
      errors.push('a known-broken chart rendered: this run cannot tell a broken chart');
    chromium([`--window-size=${WIDTH},${height}`, `--screenshot=${pngPath}`, url], profile);
    return { height, fold: Number(attr('fold')), charts: Number(attr('charts')), errors };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

mkdirSync(OUT_DOCS, { recursive: true });
mkdirSync(OUT_TMP, { recursive: true });
const inputs = [
  ...(NAMES.length ? NAMES : EXTRA.length ? [] : ['passing', 'failing', 'mixed', 'history']).map(
    (n) => [n, join(GOLDEN, `${n}.md`)],
  ),
  ...EXTRA.map((p) => [p.replace(/^.*\//, '').replace(/\.md$/, ''), resolve(p)]),
];
let failed = false;
console.log('comment        chars  height(px)  above fold(px)  charts  screenshots');
for (const [name, path] of inputs) {
  const markdown = readFileSync(path, 'utf8');
  const golden = path.startsWith(GOLDEN);
  const closedPng =
    golden && !OPEN_IN_DOCS.has(name)
      ? join(OUT_DOCS, `comment-${name}.png`)
      : join(OUT_TMP, `${name}.png`);
  const openPng =
    golden && OPEN_IN_DOCS.has(name)
      ? join(OUT_DOCS, `comment-${name}-open.png`)
      : join(OUT_TMP, `${name}-open.png`);
  const expected = (markdown.match(/^`{3,}mermaid$/gm) ?? []).length;
  let closed, open;
  try {
    closed = shoot(name, markdown, false, closedPng);
    open = shoot(name, markdown, true, openPng);
  } catch (e) {
    console.error(`  ${name}: FAILED: ${e instanceof Error ? e.message : String(e)}`);
    failed = true;
    continue;
  }
  console.log(
    `${name.padEnd(12)} ${String(markdown.length).padStart(7)} ${String(closed.height).padStart(11)} ${String(closed.fold).padStart(15)} ${String(open.charts).padStart(7)}  ${closedPng.replace(ROOT + '/', '')}, ${openPng.replace(ROOT + '/', '')} (open: ${open.height}px)`,
  );
  for (const e of open.errors) {
    console.error(`  ${name}: FAILED: a Mermaid chart did not render: ${e}`);
    failed = true;
  }
  if (open.errors.length === 0 && open.charts !== expected) {
    console.error(`  ${name}: FAILED: ${open.charts} of ${expected} Mermaid charts rendered`);
    failed = true;
  }
}
if (failed)
  console.error(
    'preview: FAILED (see above); the screenshots of failed comments are not to be trusted',
  );
process.exit(failed ? 1 : 0);
