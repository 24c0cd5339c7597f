#!/usr/bin/env node
// The source list (bench/sources.html): the app's Sources tab mounted over
// BENCH_SOURCES generated sources (default 100,000), then "98765" typed into its search one key
// at a time and cut back to "9" (keystroke → filtered list committed), in a fresh page per run,
// median of BENCH_REPEATS (default 5). Builds dist-bench/ unless BENCH_NO_BUILD=1 or --reuse-build.
// See docs/bench.md.
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from "./chromium.mjs";
import { median } from "./report.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const N = Number(process.env.BENCH_SOURCES || 100_000);
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS || 5));

if (!process.env.BENCH_NO_BUILD && !process.argv.includes("--reuse-build")) {
  await build({ configFile: join(root, "scripts/bench/vite.bare.config.ts"), logLevel: "warn" });
}
const server = await preview({
  root,
  configFile: false,
  logLevel: "warn",
  build: { outDir: join(root, "dist-bench") },
  preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
});
const url = `${server.resolvedUrls.local[0]}sources.html`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const runs = [];
for (let i = 0; i < REPEATS; i++) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  await page.goto(url);
  await page.waitForFunction(() => document.title === "ready");
  runs.push(await page.evaluate((n) => window.mountSources(n), N));
  await context.close();
}
await browser.close();
await server.close();

console.log(`Sources tab over ${N} sources, ${REPEATS} runs, load ${loadavg()[0].toFixed(2)}`);
console.log(`  render (mount → committed): median ${median(runs.map((r) => r.renderMs)).toFixed(0)} ms`);
console.log(`  to the next frame:          median ${median(runs.map((r) => r.paintMs)).toFixed(0)} ms`);
console.log(`  of which sorting by title:  median ${median(runs.map((r) => r.sortMs)).toFixed(0)} ms`);
console.log(`  mounted again, to the next frame: median ${median(runs.map((r) => r.againMs)).toFixed(0)} ms`);
const ends = runs.map((r) => r.endMs).filter((ms) => ms !== null);
console.log(
  `  End → the last source focused: ${ends.length ? `median ${median(ends).toFixed(0)} ms` : "no End key in this list"}`,
);
const firstKeys = runs.map((r) => r.typing[0]);
const laterKeys = runs.flatMap((r) => r.typing.slice(1, -1));
const backKeys = runs.map((r) => r.typing.at(-1));
console.log("  typing a search, keystroke → filtered list committed:");
console.log(`    first key:             median ${median(firstKeys).toFixed(0)} ms`);
console.log(
  `    later keys:            median ${median(laterKeys).toFixed(0)} ms (max ${Math.max(...laterKeys).toFixed(0)} ms)`,
);
console.log(`    back to the first key: median ${median(backKeys).toFixed(0)} ms`);
console.log(`  rows in the DOM:            ${runs[0].rows}`);
console.log(`  runs: ${runs.map((r) => r.paintMs.toFixed(0)).join("/")} ms`);
console.log(
  `  keys per run: ${runs.map((r) => r.typing.map((ms) => ms.toFixed(0)).join(" ")).join(" / ")} ms`,
);
