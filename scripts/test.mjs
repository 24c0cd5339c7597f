#!/usr/bin/env node
// `npm test`: type check, lint, unit and component tests, production build, browser tests.
// Every stage runs (the browser tests only when the build succeeded) and streams its output;
// the last line is `N passed, M failed` summed over all stages. The type check and the lint
// count as one check each. Exits non-zero when anything failed.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const tmp = mkdtempSync(join(tmpdir(), "journey-mapper-test-"));

/** Runs a command with inherited stdio; resolves to its exit code (127 when it cannot start). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...env },
      shell: process.platform === "win32",
    });
    child.on("error", (error) => {
      console.error(`test: could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

function banner(title) {
  console.log(`\n━━ ${title} ${"━".repeat(Math.max(0, 72 - title.length))}`);
}

/** @type {{ name: string, passed: number, failed: number, skipped: number, note?: string }[]} */
const results = [];

/** A stage that is one check: passes when the command exits 0. */
async function check(name, command, args) {
  banner(name);
  const code = await run(command, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
  return code === 0;
}

/** A stage that runs tests; counts come from a JSON report, a bad exit adds one failure if none was counted. */
async function tests(name, command, args, env, count) {
  banner(name);
  const code = await run(command, args, env);
  const counts = count() ?? { passed: 0, failed: 0, skipped: 0 };
  let note;
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    note = `exited with code ${code}`;
  }
  results.push({ name, ...counts, note });
  return code === 0;
}

try {
  await check("Type check (tsc)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);

  // Lint, including the import directions (Biome overrides in biome.json). One check.
  await check("Lint (biome)", bin("biome"), ["check", "."]);

  const vitestReport = join(tmp, "vitest.json");
  await tests(
    "Unit and component tests (vitest)",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile=${vitestReport}`],
    {},
    () => {
      const report = readJson(vitestReport);
      if (!report) return null;
      return {
        passed: report.numPassedTests ?? 0,
        failed: report.numFailedTests ?? 0,
        skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      };
    },
  );

  const built = await check("Production build (vite build)", bin("vite"), ["build"]);

  if (built) {
    const playwrightReport = join(tmp, "playwright.json");
    await tests(
      "Browser tests (playwright)",
      bin("playwright"),
      ["test", "--reporter=list,json"],
      { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
      () => {
        const report = readJson(playwrightReport);
        if (!report?.stats) return null;
        const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
        // `errors` holds failures outside any test (config, web server, global setup).
        const outside = Array.isArray(report.errors) ? report.errors.length : 0;
        return { passed: expected, failed: unexpected + flaky + outside, skipped };
      },
    );
  } else {
    banner("Browser tests (playwright)");
    console.log("Skipped: the production build failed, so there is nothing to test against.");
    results.push({
      name: "Browser tests (playwright)",
      passed: 0,
      failed: 1,
      skipped: 0,
      note: "build failed",
    });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

banner("Summary");
for (const r of results) {
  const parts = [`${r.passed} passed`, `${r.failed} failed`];
  if (r.skipped) parts.push(`${r.skipped} skipped`);
  console.log(`${r.failed ? "✗" : "✓"} ${r.name}: ${parts.join(", ")}${r.note ? ` (${r.note})` : ""}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 ? 1 : 0;
