// The worst case for "Tidy up" at the size that still gets the full treatment (300 steps, the
// swap pass's limit in src/model/tidy.ts), used by scripts/bench/tidy.mjs.
//
// Ten stages of 30 steps, spread over the four lanes and stacked in one column of each cell,
// and each step linked to two steps of the next stage picked by a fixed pseudo-random sequence:
// dagre ranks each stage's steps in one column, so every cell gets a tall column whose tangled
// edges the swap pass works on, and no order reaches zero crossings (so both orders are tried).

import { benchJourney } from "./journey.mjs";

export const TIDY_STEPS = 300;
const LINKS_PER_STEP = 2;

/**
 * @param {number} [n] number of steps
 * @param {string} [now] ISO 8601 timestamp for createdAt/updatedAt
 */
export function tidyWorstCase(n = TIDY_STEPS, now = "2025-01-01T00:00:00.000Z") {
  const base = benchJourney(n, now);
  const { stages, lanes } = base.journey;
  const journey = {
    ...base.journey,
    name: tidyJourneyName(n),
    description: `Tidy-up worst case, ${n} steps`,
  };
  const perStage = Math.ceil(n / stages.length);
  const stageOf = (i) => Math.floor(i / perStage);
  const steps = base.steps.map((step, i) => ({
    ...step,
    stageId: stages[stageOf(i)].id,
    laneId: lanes[i % lanes.length].id,
    x: 24,
    y: 24 + Math.floor((i % perStage) / lanes.length) * 130,
  }));
  let seed = 1;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const edges = [];
  for (let i = 0; i < n; i++) {
    const next = stageOf(i) + 1;
    if (next * perStage >= n) continue;
    for (let k = 0; k < LINKS_PER_STEP; k++) {
      const target = Math.min(n - 1, next * perStage + Math.floor(random() * perStage));
      edges.push({
        typeName: "edge",
        id: `edge:tidy-${String(edges.length + 1).padStart(5, "0")}`,
        journeyId: journey.id,
        source: steps[i].id,
        target: steps[target].id,
        label: "",
        updatedAt: now,
      });
    }
  }
  return { journey, steps, edges };
}

/** @param {number} n */
export function tidyJourneyName(n) {
  return `Tidy-up worst case ${n}`;
}
