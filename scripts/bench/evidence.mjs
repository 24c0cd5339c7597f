#!/usr/bin/env node
// The evidence part of `npm run bench`, in headless Chromium:
// 1. Import: a generated 100,000-row, 30 MB survey CSV imported through the app's own dialog
//    (worker parse, then one undoable commit and the autosave), against raw papaparse plus a raw
//    Dexie bulkAdd of the same rows, in the same run; both times, their ratio (goal ≤ 1.5) and the
//    longest main-thread task of each (goal for the app: ≤ 200 ms).
// 2. Search: the app's search code over 100,000 excerpts, per query, against a plain scan of the
//    same folded texts (goal: every query under 100 ms).
// See docs/bench.md.
//
// Options (environment):
//   BENCH_IMPORT_ROWS=100000   rows of the survey file
//   BENCH_EXCERPTS=100000      excerpts searched
//   BENCH_IMPORT_REPEATS=3     import runs per side (median reported)
//   BENCH_NO_BUILD=1           reuse dist/ and dist-bench/ (also: the --reuse-build argument)
//   CHROMIUM_PATH=...          the browser (default /usr/bin/chromium)

import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build, preview } from "vite";
import { surveyCsv } from "../../bench/survey.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from "./chromium.mjs";
import { fmt, load, log, median } from "./report.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 100_000);
const EXCERPTS = Number(process.env.BENCH_EXCERPTS || 100_000);
const REPEATS = Math.max(1, Number(process.env.BENCH_IMPORT_REPEATS || 3));
const REUSE_BUILD = Boolean(process.env.BENCH_NO_BUILD) || process.argv.includes("--reuse-build");
const GOAL_RATIO = 1.5;
const GOAL_TASK_MS = 200;
const GOAL_SEARCH_MS = 100;
/** Long tasks are still collected this long after "Saved": the rolling snapshot follows a save. */
const AFTER_SAVE_MS = 5000;
const SEARCH_REPEATS = 7;
/** Typed as a user would: a common word, folded diacritics, a fragment, two words, a phrase, a miss. */
const QUERIES = [
  "handläggare",
  "forsakringskassan",
  "bokning",
  "tolken vecka",
  '"digitala bokningssystemet"',
  "arbetsformedlingen kontroll",
  "zzzz",
];

if (!REUSE_BUILD) {
  log("building the app (dist/) and the baseline pages (dist-bench/)");
  await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "error" });
  await build({ configFile: join(root, "scripts/bench/vite.bare.config.ts"), logLevel: "warn" });
}

const csvPath = join(tmpdir(), `journey-mapper-bench-survey-${ROWS}.csv`);
const csv = surveyCsv(ROWS);
writeFileSync(csvPath, csv);
const megabytes = Buffer.byteLength(csv) / 1e6;
log(`survey file: ${ROWS} rows, ${megabytes.toFixed(1)} MB at ${csvPath}`);

const servers = [];
async function serve(options) {
  const server = await preview({
    ...options,
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  servers.push(server);
  return server.resolvedUrls.local[0];
}
const appUrl = await serve({ root, configFile: join(root, "vite.config.ts") });
const benchUrl = await serve({ root, configFile: false, build: { outDir: join(root, "dist-bench") } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
log(`Chromium ${browser.version()}, load ${load()}`);

async function newPage() {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Runs in the page: collects every long task from now on. */
function watchLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  }).observe({ type: "longtask" });
}

/** The app: Evidence → Import → the file → Import → Add N sources → "Added …" → "Saved". */
async function importThroughApp() {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(appUrl);
    await page.getByRole("button", { name: "Evidence", exact: true }).click();
    await page.evaluate(watchLongTasks);
    const dialog = page.getByRole("dialog");
    const addButton = dialog.getByRole("button", { name: /^Add [\d,\u00a0\u202f ]+ sources?$/ });
    const t0 = Date.now();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByLabel("File to import").setInputFiles(csvPath);
    await dialog.getByLabel("Encoding", { exact: true }).waitFor();
    const previewMs = Date.now() - t0;
    const t1 = Date.now();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await addButton.waitFor();
    const parseMs = Date.now() - t1;
    const added = Number((await addButton.textContent()).replace(/\D/g, ""));
    const t2 = Date.now();
    await addButton.click();
    await page.getByText(/^Added [\d,\u00a0\u202f ]+ sources?/).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /^\s*Saved/ })
      .waitFor();
    const storeMs = Date.now() - t2;
    await page.waitForTimeout(AFTER_SAVE_MS);
    const tasks = await page.evaluate(() => window.__benchLongTasks);
    if (added !== ROWS) throw new Error(`the app offered ${added} sources for ${ROWS} rows`);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
    return {
      ms: previewMs + parseMs + storeMs,
      previewMs,
      parseMs,
      storeMs,
      rows: added,
      longestTaskMs: Math.max(0, ...tasks),
      longTasks: tasks.length,
    };
  } finally {
    await context.close();
  }
}

async function importBaseline() {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${benchUrl}evidence.html`);
    await page.waitForFunction(() => document.title === "ready");
    await page.getByLabel("File").setInputFiles(csvPath);
    const result = await page.evaluate(() => window.baselineImport());
    if (result.rows !== ROWS) throw new Error(`the baseline stored ${result.rows} rows for ${ROWS}`);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
    return result;
  } finally {
    await context.close();
  }
}

async function searchRun() {
  const { context, page } = await newPage();
  try {
    await page.goto(`${benchUrl}evidence.html`);
    await page.waitForFunction(() => document.title === "ready");
    return await page.evaluate(
      ([n, queries, repeats]) => window.searchBench(n, queries, repeats),
      [EXCERPTS, QUERIES, SEARCH_REPEATS],
    );
  } finally {
    await context.close();
  }
}

let exitCode = 0;
const app = [];
const baseline = [];
for (let i = 1; i <= REPEATS; i++) {
  try {
    log(`import ${i}/${REPEATS}: app (load ${load()})`);
    app.push(await importThroughApp());
    log(`import ${i}/${REPEATS}: baseline (load ${load()})`);
    baseline.push(await importBaseline());
  } catch (error) {
    console.error(`bench: import run ${i} failed: ${error.message}`);
    exitCode = 1;
  }
}
log(`search: ${EXCERPTS} excerpts (load ${load()})`);
let searched;
try {
  searched = await searchRun();
} catch (error) {
  console.error(`bench: search failed: ${error.message}`);
  exitCode = 1;
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const appMs = app.length ? median(app.map((r) => r.ms)) : undefined;
const baseMs = baseline.length ? median(baseline.map((r) => r.ms)) : undefined;
const ratio = appMs !== undefined && baseMs !== undefined ? appMs / baseMs : undefined;
const appLongest = app.length ? Math.max(...app.map((r) => r.longestTaskMs)) : undefined;
const baseLongest = baseline.length ? Math.max(...baseline.map((r) => r.longestTaskMs)) : undefined;
const slowestQuery = searched ? Math.max(...searched.results.map((r) => r.appMs)) : undefined;

console.log(`\nImport of ${ROWS} rows (${megabytes.toFixed(1)} MB), median of ${app.length} runs`);
console.log(
  `  app:      ${fmt(appMs)} ms (preview ${fmt(median(app.map((r) => r.previewMs)))}, parse in the worker ${fmt(median(app.map((r) => r.parseMs)))}, add and save ${fmt(median(app.map((r) => r.storeMs)))}); longest main-thread task ${fmt(appLongest)} ms`,
);
console.log(
  `  baseline: ${fmt(baseMs)} ms (papaparse on the main thread + Dexie bulkAdd); longest main-thread task ${fmt(baseLongest)} ms`,
);
console.log(`  ratio app/baseline: ${fmt(ratio, 2)}`);
console.log(
  `  runs: app ${app.map((r) => fmt(r.ms)).join("/")} ms, baseline ${baseline.map((r) => fmt(r.ms)).join("/")} ms`,
);
if (searched) {
  console.log(
    `\nSearch over ${searched.excerpts} excerpts (${searched.docs} documents with the sources); index built in ${fmt(searched.buildMs)} ms`,
  );
  console.log("  query                          hits    app median (max)   plain scan");
  for (const r of searched.results) {
    console.log(
      `  ${r.query.padEnd(30)} ${String(r.hits).padStart(6)}    ${fmt(r.appMs, 1).padStart(6)} (${fmt(r.appMaxMs, 1)}) ms   ${fmt(r.scanMs, 1)} ms`,
    );
  }
}
const goals = [
  {
    goal: `import app/baseline ≤ ${GOAL_RATIO}`,
    value: ratio,
    met: ratio === undefined ? null : ratio <= GOAL_RATIO,
  },
  {
    goal: `longest main-thread task of the app's import ≤ ${GOAL_TASK_MS} ms`,
    value: appLongest,
    met: appLongest === undefined ? null : appLongest <= GOAL_TASK_MS,
  },
  {
    goal: `slowest search query < ${GOAL_SEARCH_MS} ms`,
    value: slowestQuery,
    met: slowestQuery === undefined ? null : slowestQuery < GOAL_SEARCH_MS,
  },
];
console.log("\nGoals");
for (const g of goals) {
  console.log(
    `  ${g.goal}: ${fmt(g.value, 2)} → ${g.met === null ? "not measured" : g.met ? "met" : "NOT met"}`,
  );
}
writeFileSync(
  join(root, "bench-evidence-results.json"),
  `${JSON.stringify({ rows: ROWS, megabytes, app, baseline, ratio, search: searched, goals, load: load() }, null, 2)}\n`,
);
process.exit(exitCode);
