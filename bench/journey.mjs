// The benchmark's journey of N steps, shared by the seeding code (scripts/bench/run.mjs) and the
// bare React Flow page (bench/bare.tsx), so both draw exactly the same steps and edges.
//
// 10 stages × 4 lanes = 40 cells. Step i goes to cell i % 40 and takes the next free slot of
// that cell's grid, which is `cols` wide (cols = ceil(sqrt(steps per cell))): slot s sits at
// x = 24 + (s % cols) × 248, y = 24 + floor(s / cols) × 130, the offset inside its cell as
// StepRecord.x/y define it. Edges: step i → the next step in its cell (i + 40), or, for the
// last step of a cell, → step i + 1 (the same slot of the next cell): N − 1 edges.

export const STAGE_COUNT = 10;
export const LANE_NAMES = ["Job-seeker", "Counsellor (front stage)", "Back office", "IT systems"];
export const COLUMN_SPACING = 248;
export const ROW_SPACING = 130;
export const FIRST_OFFSET = 24;
const CHANNELS = ["in-person", "phone", "web", "letter", "email", "other"];

/**
 * Records shaped exactly as src/model/types.ts defines them.
 * @param {number} n number of steps
 * @param {string} [now] ISO 8601 timestamp for createdAt/updatedAt
 * @returns {{
 *   journey: import("../src/model/types").JourneyRecord,
 *   steps: import("../src/model/types").StepRecord[],
 *   edges: import("../src/model/types").EdgeRecord[],
 * }}
 */
export function benchJourney(n, now = "2025-01-01T00:00:00.000Z") {
  const journeyId = `journey:bench-${n}`;
  const stages = Array.from({ length: STAGE_COUNT }, (_, i) => ({
    id: `stage:bench-${i + 1}`,
    name: `Stage ${i + 1}`,
  }));
  const lanes = LANE_NAMES.map((name, i) => ({ id: `lane:bench-${i + 1}`, name }));
  const journey = {
    typeName: "journey",
    id: journeyId,
    name: benchJourneyName(n),
    description: `Benchmark journey with ${n} steps`,
    persona: "Benchmark",
    stages,
    lanes,
    createdAt: now,
    updatedAt: now,
  };
  const cells = stages.length * lanes.length;
  const perCell = Math.ceil(n / cells);
  const cols = Math.max(1, Math.ceil(Math.sqrt(perCell)));
  const stepId = (i) => `step:bench-${String(i + 1).padStart(5, "0")}`;
  const steps = [];
  for (let i = 0; i < n; i++) {
    const cell = i % cells;
    const slot = Math.floor(i / cells);
    steps.push({
      typeName: "step",
      id: stepId(i),
      journeyId,
      title: `Step ${i + 1}`,
      description: "",
      stageId: stages[cell % stages.length].id,
      laneId: lanes[Math.floor(cell / stages.length)].id,
      channel: CHANNELS[i % CHANNELS.length],
      role: "",
      x: FIRST_OFFSET + (slot % cols) * COLUMN_SPACING,
      y: FIRST_OFFSET + Math.floor(slot / cols) * ROW_SPACING,
      updatedAt: now,
    });
  }
  const edges = [];
  for (let i = 0; i + 1 < n; i++) {
    const target = i + cells < n ? i + cells : i + 1;
    edges.push({
      typeName: "edge",
      id: `edge:bench-${String(i + 1).padStart(5, "0")}`,
      journeyId,
      source: stepId(i),
      target: stepId(target),
      label: "",
      updatedAt: now,
    });
  }
  return { journey, steps, edges };
}

/** @param {number} n */
export function benchJourneyName(n) {
  return `Benchmark journey ${n}`;
}
