import { byPriority, isOpen } from "@/model/painpoints";
import type { JourneyRecord, Lane, PainPointRecord, Records, Stage, StepRecord } from "@/model/types";
import { journeyParts, readingOrder } from "@/store/canvas";
import { type EvidenceItem, painEvidence, stepEvidence } from "@/store/evidence";

/** One slide per stage: its steps lane by lane, its worst pains first, and the quotes behind them. */
export interface Slide {
  stage: Stage;
  lanes: { lane: Lane; steps: StepRecord[] }[];
  thunderclouds: PainPointRecord[];
  blisters: PainPointRecord[];
  quotes: EvidenceItem[];
}

/** How many quotes a slide shows: enough to give the room voices, few enough to read aloud. */
export const QUOTES_PER_SLIDE = 3;

export function buildSlides(records: Records, journey: JourneyRecord): Slide[] {
  const { steps, pains } = journeyParts(records, journey.id);
  const ordered = readingOrder(journey, steps);
  return journey.stages.map((stage) => {
    const inStage = ordered.filter((s) => s.stageId === stage.id);
    const ids = new Set<string>(inStage.map((s) => s.id));
    const stagePains = pains.filter((p) => isOpen(p) && p.stepIds.some((id) => ids.has(id))).sort(byPriority);
    const thunderclouds = stagePains.filter((p) => p.kind === "thundercloud");
    const blisters = stagePains.filter((p) => p.kind === "blister");
    return {
      stage,
      lanes: journey.lanes
        .map((lane) => ({ lane, steps: inStage.filter((s) => s.laneId === lane.id) }))
        .filter((l) => l.steps.length > 0),
      thunderclouds,
      blisters,
      quotes: topQuotes(records, [...thunderclouds, ...blisters].sort(byPriority), inStage),
    };
  });
}

/**
 * Quotes linked to the stage's pains come first, in the order of their pain's score, then
 * quotes linked to its steps in reading order; each excerpt once.
 */
function topQuotes(
  records: Records,
  pains: readonly PainPointRecord[],
  steps: readonly StepRecord[],
): EvidenceItem[] {
  const seen = new Set<string>();
  const quotes: EvidenceItem[] = [];
  const lists = [
    ...pains.map((p) => painEvidence(records, p.id)),
    ...steps.map((s) => stepEvidence(records, s.id)),
  ];
  for (const list of lists) {
    for (const item of list) {
      if (quotes.length === QUOTES_PER_SLIDE) return quotes;
      if (seen.has(item.excerpt.id)) continue;
      seen.add(item.excerpt.id);
      quotes.push(item);
    }
  }
  return quotes;
}
