import dagre from "@dagrejs/dagre";
import type { StepPlacement } from "@/model/journey";
import { dagreLayout, tidyPlacements } from "@/model/tidy";
import type { EdgeRecord, JourneyRecord, StepRecord } from "@/model/types";

/**
 * The work of `tidy.worker.ts`, apart from the worker global so that tests, and pages without
 * workers, run it directly. Page → worker: one `TidyInput`; worker → page: one `TidyOutcome`.
 * There is no cancel message: the layout runs in one piece, so cancelling ends the worker.
 */

export interface TidyInput {
  journey: JourneyRecord;
  steps: readonly StepRecord[];
  edges: readonly EdgeRecord[];
}

export type TidyOutcome = { type: "done"; placements: StepPlacement[] } | { type: "failed"; message: string };

export function handleTidy({ journey, steps, edges }: TidyInput): TidyOutcome {
  try {
    return { type: "done", placements: tidyPlacements(journey, steps, edges, dagreLayout(dagre)) };
  } catch (error) {
    return { type: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
