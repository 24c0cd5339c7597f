// Types of tidy-journey.mjs for the browser test that seeds the same journey (e2e/workshop.spec.ts).
import type { EdgeRecord, JourneyRecord, StepRecord } from "../src/model/types";

export const TIDY_STEPS: number;
export function tidyWorstCase(
  n?: number,
  now?: string,
): { journey: JourneyRecord; steps: StepRecord[]; edges: EdgeRecord[] };
export function tidyJourneyName(n: number): string;
