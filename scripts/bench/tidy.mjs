#!/usr/bin/env node
// The tidy-up part of `npm run bench`: "Tidy up" on the 300-step worst case
// (bench/tidy-journey.mjs) in the production build, in headless Chromium. Timed: the click on
// "Tidy up" → the "Tidied up N steps" notice (the change applied and drawn), and the longest
// main-thread task in that time (Long Tasks API). See docs/bench.md.
//
// Options (environment):
//   BENCH_TIDY_STEPS=300     steps of the journey
//   BENCH_TIDY_REPEATS=3     runs (median reported)
//   BENCH_NO_BUILD=1         reuse dist/ (also: the --reuse-build argument)
//   CHROMIUM_PATH=...        the browser (default /usr/bin/chromium)

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build, preview } from "vite";
import { TIDY_STEPS, tidyJourneyName, tidyWorstCase } from "../../bench/tidy-journey.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from "./chromium.mjs";
import { fmt, load, log, median } from "./report.mjs";
import { seed } from "./seed.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const STEPS = Number(process.env.BENCH_TIDY_STEPS || TIDY_STEPS);
const REPEATS = Math.max(1, Number(process.env.BENCH_TIDY_REPEATS || 3));
const REUSE_BUILD = Boolean(process.env.BENCH_NO_BUILD) || process.argv.includes("--reuse-build");

if (!REUSE_BUILD) {
  log("building the app (dist/)");
  await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "error" });
}
const server = await preview({
  root,
  configFile: join(root, "vite.config.ts"),
  logLevel: "warn",
  preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
});
const appUrl = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
log(`Chromium ${browser.version()}, load ${load()}`);

/**
 * Runs in the page: clicks "Tidy up" and waits for the "Tidied up" notice, watching long tasks
 * meanwhile. The notice is looked for on every frame, so the time is when it was drawn.
 */
async function timeTidy() {
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, ms: entry.duration });
  });
  observer.observe({ type: "longtask" });
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Tidy up");
  if (!button) throw new Error("no Tidy up button");
  const t0 = performance.now();
  button.click();
  const appliedAt = await new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error("no 'Tidied up' notice in 120 s")), 120_000);
    const look = () => {
      const notice = document.querySelector(".notice")?.textContent ?? "";
      if (/^Tidied up \d+ steps?/.test(notice)) {
        clearTimeout(timeout);
        resolve(performance.now());
      } else if (/already tidy/.test(notice)) {
        clearTimeout(timeout);
        reject(new Error("the map was already tidy"));
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  // Long-task entries arrive after their task ended.
  await new Promise((resolve) => setTimeout(resolve, 300));
  observer.disconnect();
  const during = tasks.filter((task) => task.start + task.ms > t0 && task.start < appliedAt);
  return {
    appliedMs: appliedAt - t0,
    longestTaskMs: Math.max(0, ...during.map((task) => task.ms)),
    longTasks: during.length,
  };
}

async function run() {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(appUrl);
    await page.getByRole("button", { name: "New journey" }).waitFor();
    const { journey, steps, edges } = tidyWorstCase(STEPS, new Date().toISOString());
    await page.evaluate(seed, { records: [journey, ...steps, ...edges] });
    await page.reload();
    await page.getByRole("button", { name: tidyJourneyName(STEPS), exact: true }).click();
    await page.getByRole("button", { name: "Tidy up" }).waitFor();
    // Let the map settle after opening.
    await page.waitForTimeout(1500);
    const result = await page.evaluate(timeTidy);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
    return result;
  } finally {
    await context.close();
  }
}

let exitCode = 0;
const runs = [];
for (let i = 1; i <= REPEATS; i++) {
  try {
    log(`tidy up ${i}/${REPEATS} (load ${load()})`);
    runs.push(await run());
  } catch (error) {
    console.error(`bench: tidy run ${i} failed: ${error.message}`);
    exitCode = 1;
  }
}
await browser.close();
await server.close();

const appliedMs = runs.length ? median(runs.map((r) => r.appliedMs)) : undefined;
const longest = runs.length ? Math.max(...runs.map((r) => r.longestTaskMs)) : undefined;
console.log(`\nTidy up of the ${STEPS}-step worst case, median of ${runs.length} runs`);
console.log(
  `  time until applied: ${fmt(appliedMs)} ms; longest main-thread task meanwhile: ${fmt(longest)} ms`,
);
console.log(
  `  runs: ${runs.map((r) => `${fmt(r.appliedMs)} ms (longest task ${fmt(r.longestTaskMs)} ms, ${r.longTasks} long tasks)`).join(", ")}`,
);
writeFileSync(
  join(root, "bench-tidy-results.json"),
  `${JSON.stringify({ steps: STEPS, runs, appliedMs, longestTaskMs: longest, load: load() }, null, 2)}\n`,
);
process.exit(exitCode);
