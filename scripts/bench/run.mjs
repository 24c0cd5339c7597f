#!/usr/bin/env node
// `npm run bench`: opens journeys of 100, 1,000, 3,000 and 5,000 steps in the production build
// of the app and the same nodes in a bare React Flow page built from the same dependencies, in
// headless Chromium, and prints paint time, pan frame rate, the frame time while dragging a step,
// and their ratios app/bare. See docs/bench.md.
//
// Options (environment):
//   BENCH_N=100,1000     step counts to measure (default 100,1000,3000,5000)
//   BENCH_REPEATS=5      runs per size up to 1,000 steps (median reported); 5,000 runs once
//   BENCH_NO_BUILD=1     reuse dist/ and dist-bench/ as they are
//   CHROMIUM_PATH=...    the browser (default /usr/bin/chromium)

import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build, preview } from "vite";
import { benchJourney, benchJourneyName } from "../../bench/journey.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from "./chromium.mjs";
import {
  findDraggableNode,
  frameTimes,
  measureOpen,
  nodeCentre,
  panFrames,
  startFrameRecorder,
  startPanCounter,
  stopFrameRecorder,
  stopPanCounter,
} from "./page-probes.mjs";
import { seed } from "./seed.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SIZES = (process.env.BENCH_N || "100,1000,3000,5000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
/** Paint: the node and edge counts must hold this long before the page counts as settled. */
const STABLE_MS = 1000;
/** Long tasks are collected for this long after the nodes were painted. */
const IDLE_WINDOW_MS = 2000;
/** Pan: this many mouse moves, evenly spread over PAN_MS, by PAN_DX × PAN_DY px in all. */
const PAN_MOVES = 60;
const PAN_MS = 2000;
const PAN_DX = 300;
const PAN_DY = 120;
/** Drag: one step, by this many mouse moves, one per 60 Hz frame, DRAG_DX × DRAG_DY px in all. */
const DRAG_MOVES = 60;
const DRAG_MS = 1000;
const DRAG_DX = 360;
const DRAG_DY = 140;
/** Sizes up to this many steps are measured REPEATS times (app and bare in turn); the median counts. */
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS || 5));
const REPEAT_UP_TO = 1000;
const GOAL_N = 1000;
const GOAL_PAINT_RATIO = 1.3;
const GOAL_PAN_FPS = 50;
/** Issue 7: pan and drag are reported at this size. */
const SCALE_N = 3000;
const BASELINE = {
  component: "<ReactFlow> from @xyflow/react, nodes/edges via useNodesState/useEdgesState",
  nodes: "type 'default' (label only), width 200, height 84, same positions as the app",
  edges: "type 'default' (bezier), same source/target pairs as the app",
  onlyRenderVisibleElements: false,
  viewport: "defaultViewport and canvas size copied from the app after it settled",
  zoomRange: "minZoom 0.05, maxZoom 2 (the app's; the default minZoom 0.5 would clamp its viewport)",
  otherOptions: "React Flow defaults otherwise (no MiniMap, no Controls, no Background)",
};

const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`bench: no Chromium at ${CHROMIUM_PATH}. Install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (SIZES.length === 0) {
  console.error("bench: BENCH_N names no step counts");
  process.exit(1);
}

// ------------------------------------------------------------------------------------------
// Build and serve
// ------------------------------------------------------------------------------------------

if (process.env.BENCH_NO_BUILD) {
  log("reusing dist/ and dist-bench/ (BENCH_NO_BUILD)");
} else {
  log("building the app (vite build → dist/)");
  await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "error" });
  log("building the bare React Flow page (→ dist-bench/)");
  await build({ configFile: join(root, "scripts/bench/vite.bare.config.ts"), logLevel: "warn" });
}

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
const bareUrl = await serve({ root, configFile: false, build: { outDir: join(root, "dist-bench") } });
log(`serving the app at ${appUrl}, the bare page at ${bareUrl}bare.html`);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, load ${loadText()}`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function loadText() {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

async function newPage(label) {
  // No service worker: the app's offline cache would fill itself during the first load, which
  // the bare page does not do. Everything is measured with the page's own code only.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on("pageerror", (error) => errors.push(`${label}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${label}: console: ${message.text()}`);
  });
  return { context, page, errors };
}

// ------------------------------------------------------------------------------------------
// Panning
// ------------------------------------------------------------------------------------------

/** Real mouse drags on an empty spot of the pane; frames are counted in the page meanwhile. */
async function pan(page) {
  const spot = await page.evaluate(findEmptySpot, { dx: PAN_DX, dy: PAN_DY });
  if (!spot) throw new Error("no empty spot on the pane to drag from");
  const before = await page.evaluate(readViewport);
  await page.mouse.move(spot.x, spot.y);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const metricsBefore = await mainThreadMetrics(cdp);
  await page.evaluate(startPanCounter);
  await page.mouse.down();
  const t0 = Date.now();
  for (let i = 1; i <= PAN_MOVES; i++) {
    const due = t0 + (i * PAN_MS) / PAN_MOVES;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    await page.mouse.move(spot.x + (PAN_DX * i) / PAN_MOVES, spot.y + (PAN_DY * i) / PAN_MOVES);
  }
  await page.mouse.up();
  const counted = await page.evaluate(stopPanCounter);
  const metricsAfter = await mainThreadMetrics(cdp);
  await cdp.detach();
  const mainThread = Object.fromEntries(
    Object.keys(metricsAfter).map((key) => [key, Math.round(metricsAfter[key] - metricsBefore[key])]),
  );
  const after = await page.evaluate(readViewport);
  const moved = { x: after.x - before.x, y: after.y - before.y };
  if (Math.abs(moved.x - PAN_DX) > 2 || Math.abs(moved.y - PAN_DY) > 2) {
    throw new Error(
      `the drag did not pan the canvas as expected: moved ${moved.x.toFixed(1)},${moved.y.toFixed(1)} px`,
    );
  }
  return { ...panFrames(counted), spot, moved, mainThread };
}

// ------------------------------------------------------------------------------------------
// Dragging one step
// ------------------------------------------------------------------------------------------

/**
 * Drags one step with real mouse events: down on the node nearest the pane's centre, 60 moves
 * one frame apart (DRAG_DX × DRAG_DY px in all), up. Meanwhile the page records the time
 * between animation frames. The node must have followed the mouse.
 */
async function drag(page, preferId) {
  const node = await page.evaluate(findDraggableNode, {
    dx: DRAG_DX,
    dy: DRAG_DY,
    preferId: preferId ?? null,
  });
  if (!node) throw new Error("no step on screen with room to drag it");
  await page.mouse.move(node.x, node.y);
  await page.evaluate(startFrameRecorder);
  await page.mouse.down();
  const t0 = Date.now();
  for (let i = 1; i <= DRAG_MOVES; i++) {
    const wait = t0 + (i * DRAG_MS) / DRAG_MOVES - Date.now();
    if (wait > 0) await sleep(wait);
    await page.mouse.move(node.x + (DRAG_DX * i) / DRAG_MOVES, node.y + (DRAG_DY * i) / DRAG_MOVES);
  }
  const seconds = (Date.now() - t0) / 1000;
  const gaps = await page.evaluate(stopFrameRecorder);
  // Where the step is while still held: on the drop the app may place it anew in its cell.
  const after = await page.evaluate(nodeCentre, node.id);
  await page.mouse.up();
  // Half the way is enough to show the drag took the step along rather than panning the map.
  if (!after || after.x - node.x < DRAG_DX / 2 || after.y - node.y < DRAG_DY / 2) {
    throw new Error(
      `the step did not follow the mouse: ${JSON.stringify(node)} → ${JSON.stringify(after)} for ${DRAG_DX},${DRAG_DY} px`,
    );
  }
  return { ...frameTimes(gaps), seconds, id: node.id, from: node, to: after };
}

/** Chromium's cumulative main-thread times (CDP Performance.getMetrics), in ms. */
async function mainThreadMetrics(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    taskMs: get("TaskDuration"),
    scriptMs: get("ScriptDuration"),
    styleMs: get("RecalcStyleDuration"),
    layoutMs: get("LayoutDuration"),
  };
}

/** Runs in the page: a point on the bare pane (no node, edge or panel) with room to drag. */
function findEmptySpot({ dx, dy }) {
  const pane = document.querySelector(".react-flow__pane");
  if (!pane) return null;
  const r = pane.getBoundingClientRect();
  const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  const candidates = [];
  for (let y = r.top + 60; y < r.bottom - dy - 60; y += 7) {
    for (let x = r.left + 160; x < r.right - dx - 60; x += 7) {
      candidates.push({ x, y, d: (x - centre.x) ** 2 + (y - centre.y) ** 2 });
    }
  }
  // Nearest to the centre first; hit-testing a big DOM is slow, so stop at the first empty one.
  candidates.sort((a, b) => a.d - b.d);
  for (const { x, y } of candidates) {
    const element = document.elementFromPoint(x, y);
    if (!element?.closest(".react-flow")) continue;
    if (
      element.closest(
        ".react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__edgelabel-renderer, button, a, input",
      )
    )
      continue;
    return { x, y };
  }
  return null;
}

/** Runs in the page: React Flow's viewport from the transform of .react-flow__viewport. */
function readViewport() {
  const element = document.querySelector(".react-flow__viewport");
  const flow = document.querySelector(".react-flow");
  if (!element || !flow) throw new Error("no React Flow viewport");
  const match = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(
    element.style.transform,
  );
  if (!match) throw new Error(`unexpected viewport transform ${element.style.transform}`);
  const rect = flow.getBoundingClientRect();
  return {
    x: Number(match[1]),
    y: Number(match[2]),
    zoom: Number(match[3]),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
}

// ------------------------------------------------------------------------------------------
// One app run and one bare run per size
// ------------------------------------------------------------------------------------------

async function runApp(n) {
  const { context, page, errors } = await newPage(`app ${n}`);
  try {
    await page.goto(appUrl);
    // Once the journey list shows, persistence has opened (and so created) the database.
    await page.getByRole("button", { name: "New journey" }).waitFor();
    const { journey, steps, edges } = benchJourney(n, new Date().toISOString());
    const seeded = await page.evaluate(seed, { records: [journey, ...steps, ...edges] });
    await page.reload();
    const name = benchJourneyName(n);
    await page.getByRole("button", { name, exact: true }).waitFor();
    if ((await page.locator(".load-problems").count()) > 0) {
      throw new Error(
        `the app reported load problems: ${await page.locator(".load-problems").textContent()}`,
      );
    }
    const open = await page.evaluate(measureOpen, {
      buttonText: name,
      buttonSelector: "button.journey-open",
      stableMs: STABLE_MS,
      idleMs: IDLE_WINDOW_MS,
      timeoutMs: 90_000,
    });
    const viewport = await page.evaluate(readViewport);
    const panned = await pan(page);
    const dragged = await drag(page);
    return { seeded, ...open, viewport, pan: panned, drag: dragged, errors };
  } finally {
    await context.close();
  }
}

async function runBare(n, viewport, dragId) {
  const { context, page, errors } = await newPage(`bare ${n}`);
  try {
    const query = new URLSearchParams({ n: String(n) });
    if (viewport) {
      for (const key of ["x", "y", "zoom"]) query.set(key, String(viewport[key]));
      query.set("w", String(viewport.width));
      query.set("h", String(viewport.height));
    }
    await page.goto(`${bareUrl}bare.html?${query}`);
    await page.getByRole("button", { name: "Open" }).waitFor();
    const open = await page.evaluate(measureOpen, {
      buttonText: "Open",
      buttonSelector: "button",
      stableMs: STABLE_MS,
      idleMs: IDLE_WINDOW_MS,
      timeoutMs: 90_000,
    });
    const panned = await pan(page);
    const dragged = await drag(page, dragId);
    return { ...open, viewport: await page.evaluate(readViewport), pan: panned, drag: dragged, errors };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One figure per side from its repeats: medians of paint time and fps, the longest task of all. */
function summarise(measurements) {
  if (measurements.length === 0) return undefined;
  const paintMs = median(measurements.map((m) => m.paintMs));
  const fps = median(measurements.map((m) => m.pan.fps));
  const dragMedianMs = median(measurements.map((m) => m.drag.medianMs));
  const dragP95Ms = median(measurements.map((m) => m.drag.p95Ms));
  const typical = measurements.reduce((best, m) =>
    Math.abs(m.paintMs - paintMs) < Math.abs(best.paintMs - paintMs) ? m : best,
  );
  return {
    ...typical,
    paintMs,
    pan: { ...typical.pan, fps },
    drag: { ...typical.drag, medianMs: dragMedianMs, p95Ms: dragP95Ms },
    longestTaskMs: Math.max(...measurements.map((m) => m.longestTaskMs)),
    longTasks: Math.max(...measurements.map((m) => m.longTasks)),
    mutations: Math.max(...measurements.map((m) => m.mutations)),
    paintMsRuns: measurements.map((m) => m.paintMs),
    fpsRuns: measurements.map((m) => m.pan.fps),
    dragRuns: measurements.map((m) => [m.drag.medianMs, m.drag.p95Ms]),
    errors: measurements.flatMap((m) => m.errors),
  };
}

// ------------------------------------------------------------------------------------------
// The pain-point tracker (issue 3): 10,000 rows against 100 in the same run
// ------------------------------------------------------------------------------------------

const TRACKER_SIZES = (process.env.BENCH_TRACKER || "100,10000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const KINDS = ["thundercloud", "blister", "brightspot"];
const FREQUENCIES = ["rare", "sometimes", "often", "always"];
const STATUSES = ["new", "confirmed", "prioritised", "in-progress", "resolved", "wont-fix"];

function trackerRecords(count) {
  const { journey, steps } = benchJourney(100);
  const now = "2025-01-01T00:00:00.000Z";
  const pains = Array.from({ length: count }, (_, i) => ({
    typeName: "painpoint",
    id: `pain:bench-${String(i + 1).padStart(6, "0")}`,
    journeyId: journey.id,
    kind: KINDS[i % 3],
    title: `Pain point ${(i * 7919) % count}`,
    description: "",
    severity: (i % 5) + 1,
    frequency: FREQUENCIES[i % 4],
    status: STATUSES[i % 6],
    owner: `Owner ${i % 13}`,
    note: "",
    stepIds: [steps[i % steps.length].id],
    causes: [],
    createdAt: now,
    updatedAt: now,
  }));
  return [journey, ...steps, ...pains];
}

/** Runs in the page: clicks, then waits until the table shows rows and a frame has been drawn. */
async function timeTracker() {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const firstTitle = () => document.querySelector("tbody tr[aria-rowindex] th")?.textContent ?? "";
  const until = async (condition) => {
    while (!condition()) await frame();
    await frame();
  };
  const nav = [...document.querySelectorAll("nav button")].find((b) => b.textContent.trim() === "Tracker");
  let start = performance.now();
  nav.click();
  await until(() => document.querySelectorAll("tbody tr[aria-rowindex]").length > 0);
  const firstRenderMs = performance.now() - start;
  const rowsInDom = document.querySelectorAll("tbody tr[aria-rowindex]").length;
  const before = firstTitle();
  const sortButton = [...document.querySelectorAll("thead button")].find((b) =>
    b.textContent.startsWith("Pain point"),
  );
  start = performance.now();
  sortButton.click();
  await until(() => firstTitle() !== before);
  const resortMs = performance.now() - start;
  return { firstRenderMs, resortMs, rowsInDom };
}

async function runTracker(count) {
  const { context, page, errors } = await newPage(`tracker ${count}`);
  try {
    await page.goto(appUrl);
    await page.getByRole("button", { name: "New journey" }).waitFor();
    await page.evaluate(seed, { records: trackerRecords(count) });
    await page.reload();
    await page.getByRole("button", { name: "New journey" }).waitFor();
    await sleep(500);
    const result = await page.evaluate(timeTracker);
    return { count, ...result, errors };
  } finally {
    await context.close();
  }
}

const rows = [];
const trackerRuns = [];
try {
  for (const n of SIZES) {
    const repeats = n <= REPEAT_UP_TO ? REPEATS : 1;
    const row = { n, runs: [] };
    for (let r = 1; r <= repeats; r++) {
      const run = {};
      const of = repeats > 1 ? ` (run ${r}/${repeats})` : "";
      log(`N=${n}${of}: app`);
      try {
        run.app = await runApp(n);
        log(
          `  app: ${run.app.visibleNodes} nodes + ${run.app.edges} edges in the DOM, painted ${run.app.paintMs.toFixed(0)} ms, pan ${run.app.pan.fps.toFixed(1)} fps, drag frames ${run.app.drag.medianMs.toFixed(1)}/${run.app.drag.p95Ms.toFixed(1)} ms (median/p95)`,
        );
      } catch (error) {
        run.appError = String(error?.message ?? error);
        log(`  app failed: ${run.appError}`);
      }
      log(`N=${n}${of}: bare`);
      try {
        run.bare = await runBare(n, run.app?.viewport, run.app?.drag.id);
        log(
          `  bare: ${run.bare.visibleNodes} nodes + ${run.bare.edges} edges in the DOM, painted ${run.bare.paintMs.toFixed(0)} ms, pan ${run.bare.pan.fps.toFixed(1)} fps, drag frames ${run.bare.drag.medianMs.toFixed(1)}/${run.bare.drag.p95Ms.toFixed(1)} ms (median/p95)`,
        );
      } catch (error) {
        run.bareError = String(error?.message ?? error);
        log(`  bare failed: ${run.bareError}`);
      }
      row.runs.push(run);
    }
    row.app = summarise(row.runs.flatMap((run) => (run.app ? [run.app] : [])));
    row.bare = summarise(row.runs.flatMap((run) => (run.bare ? [run.bare] : [])));
    row.appError = row.runs.find((run) => run.appError)?.appError;
    row.bareError = row.runs.find((run) => run.bareError)?.bareError;
    if (row.app && row.bare) {
      row.paintRatio = row.app.paintMs / row.bare.paintMs;
      row.panRatio = row.app.pan.fps / row.bare.pan.fps;
      row.dragMedianRatio = row.app.drag.medianMs / row.bare.drag.medianMs;
      row.dragP95Ratio = row.app.drag.p95Ms / row.bare.drag.p95Ms;
    }
    rows.push(row);
  }
  for (const count of TRACKER_SIZES) {
    for (let r = 1; r <= Math.min(REPEATS, 3); r++) {
      log(`tracker with ${count} pain points (run ${r})`);
      try {
        trackerRuns.push(await runTracker(count));
      } catch (error) {
        log(`  tracker failed: ${error?.message ?? error}`);
      }
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

// ------------------------------------------------------------------------------------------
// Report
// ------------------------------------------------------------------------------------------

const fmt = (value, digits = 0) =>
  typeof value === "number" && Number.isFinite(value) ? value.toFixed(digits) : "—";
const headers = [
  "N",
  "app paint ms",
  "bare paint ms",
  "paint app/bare (lower is better)",
  "app pan fps",
  "bare pan fps",
  "pan fps app/bare (higher is better)",
  "app longest task after settle ms",
];
const table = rows.map((r) => [
  String(r.n),
  fmt(r.app?.paintMs),
  fmt(r.bare?.paintMs),
  fmt(r.paintRatio, 2),
  fmt(r.app?.pan.fps, 1),
  fmt(r.bare?.pan.fps, 1),
  fmt(r.panRatio, 2),
  r.app ? (r.app.longestTaskMs > 0 ? fmt(r.app.longestTaskMs) : "none") : "—",
]);
function markdownTable(headers, table) {
  const widths = headers.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [
    line(headers),
    `|${widths.map((w, i) => (i === 0 ? ` ${"-".repeat(w)} ` : ` ${"-".repeat(w - 1)}: `)).join("|")}|`,
    ...table.map(line),
  ].join("\n");
}
const tableText = markdownTable(headers, table);

const dragHeaders = [
  "N",
  "app drag frame ms median",
  "bare median",
  "median app/bare (lower is better)",
  "app drag frame ms p95",
  "bare p95",
  "p95 app/bare (lower is better)",
];
const dragTable = rows.map((r) => [
  String(r.n),
  fmt(r.app?.drag.medianMs, 1),
  fmt(r.bare?.drag.medianMs, 1),
  fmt(r.dragMedianRatio, 2),
  fmt(r.app?.drag.p95Ms, 1),
  fmt(r.bare?.drag.p95Ms, 1),
  fmt(r.dragP95Ratio, 2),
]);
const dragTableText = markdownTable(dragHeaders, dragTable);

const goalRow = rows.find((r) => r.n === GOAL_N);
const goals = [
  {
    goal: `paint ratio app/bare at ${GOAL_N} steps ≤ ${GOAL_PAINT_RATIO}`,
    value: goalRow?.paintRatio,
    met: goalRow?.paintRatio === undefined ? null : goalRow.paintRatio <= GOAL_PAINT_RATIO,
  },
  {
    goal: `app pans at ${GOAL_N} steps at ≥ ${GOAL_PAN_FPS} fps`,
    value: goalRow?.app?.pan.fps,
    met: goalRow?.app === undefined ? null : goalRow.app.pan.fps >= GOAL_PAN_FPS,
  },
];

console.log("");
console.log(tableText);
console.log(
  `(medians of ${REPEATS} runs up to ${REPEAT_UP_TO} steps, 1 run above; Chromium ${chromiumVersion}, headless, ` +
    `${VIEWPORT.width}×${VIEWPORT.height}; load average at the end ${loadText()})`,
);
console.log("");
console.log(
  `Dragging one step (${DRAG_MOVES} mouse moves over ${DRAG_MS} ms, ${DRAG_DX}×${DRAG_DY} px): time between frames, medians over the runs`,
);
console.log(dragTableText);
const scaleRow = rows.find((r) => r.n === SCALE_N);
if (scaleRow) {
  console.log("");
  console.log(`At ${SCALE_N} steps (issue 7):`);
  console.log(
    `  pan: app ${fmt(scaleRow.app?.pan.fps, 1)} fps, bare ${fmt(scaleRow.bare?.pan.fps, 1)} fps, app/bare ${fmt(scaleRow.panRatio, 2)}`,
  );
  console.log(
    `  drag frame time: app ${fmt(scaleRow.app?.drag.medianMs, 1)} ms median / ${fmt(scaleRow.app?.drag.p95Ms, 1)} ms p95, ` +
      `bare ${fmt(scaleRow.bare?.drag.medianMs, 1)} / ${fmt(scaleRow.bare?.drag.p95Ms, 1)} ms, ` +
      `app/bare ${fmt(scaleRow.dragMedianRatio, 2)} / ${fmt(scaleRow.dragP95Ratio, 2)}`,
  );
}
console.log("");
console.log("Goals (issue 2):");
for (const g of goals) {
  const verdict = g.met === null ? "NOT MEASURED" : g.met ? "met" : "NOT met";
  console.log(`  ${g.goal}: ${fmt(g.value, g.goal.includes("fps") ? 1 : 2)} → ${verdict}`);
}
if (trackerRuns.length > 0) {
  console.log("");
  console.log("Tracker (issue 3): medians; ratio against the same table with the fewest rows, same run");
  const small = Math.min(...trackerRuns.map((t) => t.count));
  const byCount = (count, key) => median(trackerRuns.filter((t) => t.count === count).map((t) => t[key]));
  console.log("| pain points | first render ms | ratio | re-sort ms | ratio | rows in the DOM |");
  console.log("| ----------: | --------------: | ----: | ---------: | ----: | --------------: |");
  for (const count of [...new Set(trackerRuns.map((t) => t.count))].sort((a, b) => a - b)) {
    const render = byCount(count, "firstRenderMs");
    const sort = byCount(count, "resortMs");
    console.log(
      `| ${count} | ${fmt(render)} | ${fmt(render / byCount(small, "firstRenderMs"), 2)} | ${fmt(sort)} | ${fmt(sort / byCount(small, "resortMs"), 2)} | ${byCount(count, "rowsInDom")} |`,
    );
  }
}
console.log("");
console.log("Details:");
for (const r of rows) {
  for (const side of ["app", "bare"]) {
    const m = r[side];
    if (!m) {
      console.log(`  N=${r.n} ${side}: failed: ${r[`${side}Error`]}`);
      continue;
    }
    const runs =
      m.paintMsRuns.length > 1
        ? `runs: paint ${m.paintMsRuns.map((v) => fmt(v)).join("/")} ms, pan ${m.fpsRuns.map((v) => fmt(v, 1)).join("/")} fps; `
        : "";
    console.log(
      `  N=${r.n} ${side}: ${runs}${m.visibleNodes} nodes + ${m.edges} edges in the DOM at zoom ${m.viewport.zoom.toFixed(3)} on ${m.viewport.width}×${m.viewport.height} px; ` +
        `after paint: ${m.longTasks} long tasks (longest ${fmt(m.longestTaskMs)} ms), ${m.mutations} DOM mutations in ${IDLE_WINDOW_MS} ms; ` +
        `pan: ${m.pan.frames} frames in ${fmt(m.pan.seconds, 2)} s, longest frame ${fmt(m.pan.longestFrameMs)} ms, ` +
        `main thread busy ${m.pan.mainThread.taskMs} ms (script ${m.pan.mainThread.scriptMs}, style ${m.pan.mainThread.styleMs}, layout ${m.pan.mainThread.layoutMs}); ` +
        `drag of ${m.drag.id}: ${m.drag.frames} frames in ${fmt(m.drag.seconds, 2)} s, longest frame ${fmt(m.drag.longestMs)} ms` +
        (m.dragRuns.length > 1
          ? ` (runs median/p95: ${m.dragRuns.map(([a, b]) => `${fmt(a, 1)}/${fmt(b, 1)}`).join(", ")} ms)`
          : ""),
    );
    for (const e of m.errors.slice(0, 3)) console.log(`    error: ${e}`);
  }
}
const bare100 = rows.find((r) => r.n === 100)?.bare;
if (bare100 && bare100.pan.fps < 45) {
  console.log(
    `\nWARNING: bare React Flow pans at only ${bare100.pan.fps.toFixed(1)} fps at 100 nodes; this browser's rAF looks throttled or the machine is busy (load ${loadText()}), so the frame rates are not trustworthy.`,
  );
}

const results = {
  date: new Date().toISOString(),
  chromium: `${CHROMIUM_PATH} ${chromiumVersion}`,
  chromiumArgs: CHROMIUM_ARGS,
  viewport: VIEWPORT,
  load: loadavg(),
  settings: {
    repeats: REPEATS,
    repeatUpTo: REPEAT_UP_TO,
    stableMs: STABLE_MS,
    idleWindowMs: IDLE_WINDOW_MS,
    pan: { moves: PAN_MOVES, ms: PAN_MS, dx: PAN_DX, dy: PAN_DY },
    drag: { moves: DRAG_MOVES, ms: DRAG_MS, dx: DRAG_DX, dy: DRAG_DY },
  },
  baseline: BASELINE,
  columns: headers,
  table: rows.map((r) => ({
    n: r.n,
    appPaintMs: r.app?.paintMs ?? null,
    barePaintMs: r.bare?.paintMs ?? null,
    paintRatioAppOverBare: r.paintRatio ?? null,
    appPanFps: r.app?.pan.fps ?? null,
    barePanFps: r.bare?.pan.fps ?? null,
    panFpsRatioAppOverBare: r.panRatio ?? null,
    appLongestTaskAfterSettleMs: r.app?.longestTaskMs ?? null,
    appDragFrameMedianMs: r.app?.drag.medianMs ?? null,
    bareDragFrameMedianMs: r.bare?.drag.medianMs ?? null,
    dragFrameMedianRatioAppOverBare: r.dragMedianRatio ?? null,
    appDragFrameP95Ms: r.app?.drag.p95Ms ?? null,
    bareDragFrameP95Ms: r.bare?.drag.p95Ms ?? null,
    dragFrameP95RatioAppOverBare: r.dragP95Ratio ?? null,
  })),
  goals,
  tracker: trackerRuns,
  details: rows,
};
const resultsPath = join(root, "bench-results.json");
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
// Biome lints the whole tree (npm test); give the file its formatting so it never fails the lint.
const biome = join(root, "node_modules", ".bin", process.platform === "win32" ? "biome.cmd" : "biome");
if (existsSync(biome)) spawnSync(biome, ["format", "--write", resultsPath], { cwd: root, stdio: "ignore" });
log("wrote bench-results.json");
if (rows.some((r) => !r.app || !r.bare)) {
  console.error("bench: some measurements failed (see Details)");
  process.exitCode = 1;
}
