import { isImprovement, painHistory } from "@/model/improvements";
import { byPriority, isOpen } from "@/model/painpoints";
import type {
  ImprovementRecord,
  JourneyRecord,
  Lane,
  PainPointRecord,
  Records,
  Stage,
  StepRecord,
} from "@/model/types";
import { journeyParts, readingOrder } from "@/store/canvas";
import { type EvidenceItem, painEvidence, stepEvidence } from "@/store/evidence";

/** A thundercloud or blister resolved, and the improvement that resolved it. */
export interface FixedPain {
  pain: PainPointRecord;
  improvement: ImprovementRecord;
}

/**
 * One slide per stage: its steps lane by lane, its worst pains first, what works there, what
 * has been fixed, and the quotes behind the pains.
 */
export interface Slide {
  stage: Stage;
  lanes: { lane: Lane; steps: StepRecord[] }[];
  thunderclouds: PainPointRecord[];
  blisters: PainPointRecord[];
  brightspots: PainPointRecord[];
  fixed: FixedPain[];
  quotes: EvidenceItem[];
}

/** How many quotes a slide shows: enough to give the room voices, few enough to read aloud. */
export const QUOTES_PER_SLIDE = 3;

export function buildSlides(records: Records, journey: JourneyRecord): Slide[] {
  const { steps, pains } = journeyParts(records, journey.id);
  const ordered = readingOrder(journey, steps);
  const improvements = Object.values(records).filter(
    (r): r is ImprovementRecord => isImprovement(r) && r.journeyId === journey.id,
  );
  return journey.stages.map((stage) => {
    const inStage = ordered.filter((s) => s.stageId === stage.id);
    const ids = new Set<string>(inStage.map((s) => s.id));
    const inStagePains = pains.filter((p) => p.stepIds.some((id) => ids.has(id))).sort(byPriority);
    const stagePains = inStagePains.filter(isOpen);
    const thunderclouds = stagePains.filter((p) => p.kind === "thundercloud");
    const blisters = stagePains.filter((p) => p.kind === "blister");
    return {
      stage,
      lanes: journey.lanes
        .map((lane) => ({ lane, steps: inStage.filter((s) => s.laneId === lane.id) }))
        .filter((l) => l.steps.length > 0),
      thunderclouds,
      blisters,
      brightspots: stagePains.filter((p) => p.kind === "brightspot"),
      fixed: inStagePains.flatMap((pain) => {
        const improvement = fixedThrough(pain, improvements);
        return improvement ? [{ pain, improvement }] : [];
      }),
      quotes: topQuotes(records, [...thunderclouds, ...blisters].sort(byPriority), inStage),
    };
  });
}

/**
 * The improvement a resolved thundercloud or blister was fixed through: the one its history
 * names for the latest resolution, or else a done or evaluated improvement that addresses it.
 * Undefined for open pains, bright spots, and pains resolved by hand with no improvement.
 */
export function fixedThrough(
  pain: PainPointRecord,
  improvements: readonly ImprovementRecord[],
): ImprovementRecord | undefined {
  if (pain.kind === "brightspot" || pain.status !== "resolved") return undefined;
  const entry = painHistory(pain).findLast((e) => e.status === "resolved" && e.improvementId);
  const named = entry && improvements.find((i) => i.id === entry.improvementId);
  return (
    named ??
    improvements.find(
      (i) => i.painPointIds.includes(pain.id) && (i.status === "done" || i.status === "evaluated"),
    )
  );
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
