import { builtinCodeId, respondentKey } from "@/model/evidence";
import type { JourneyId } from "@/model/ids";
import { byPriority, isOpen, painPointsOfJourney, priorityScore } from "@/model/painpoints";
import { isStep } from "@/model/records";
import type { PainPointRecord, Records, SourceRecord, StepRecord } from "@/model/types";
import { type EvidenceItem, painEvidence, stepEvidence } from "@/store/evidence";

/** What the report shows: the top pain points with their best quotes, and the sources behind them. */

export const TOP_PAINS = 10;
export const QUOTES_PER_PAIN = 3;

export interface ReportPain {
  pain: PainPointRecord;
  score: number;
  steps: StepRecord[];
  /** The best few quotes, best first. */
  quotes: EvidenceItem[];
  /** Every excerpt linked to the pain point or to one of its steps. */
  evidence: EvidenceItem[];
}

/**
 * The excerpts behind a pain point, best first: linked to the pain point itself before those
 * only linked to its steps; then coded with its kind (a thundercloud quote for a thundercloud);
 * then still found at their place in the source; then in reading order.
 */
export function rankEvidence(records: Records, pain: PainPointRecord): EvidenceItem[] {
  const direct = painEvidence(records, pain.id);
  const seen = new Set(direct.map((item) => item.excerpt.id));
  const viaSteps: EvidenceItem[] = [];
  for (const stepId of pain.stepIds) {
    for (const item of stepEvidence(records, stepId)) {
      if (seen.has(item.excerpt.id)) continue;
      seen.add(item.excerpt.id);
      viaSteps.push(item);
    }
  }
  const kindCode = builtinCodeId(pain.kind);
  const rank = (item: EvidenceItem, isDirect: boolean) =>
    (isDirect ? 0 : 4) + (item.excerpt.codeIds.includes(kindCode) ? 0 : 2) + (item.anchored ? 0 : 1);
  return [
    ...direct.map((item, order) => ({ item, order, rank: rank(item, true) })),
    ...viaSteps.map((item, order) => ({ item, order: direct.length + order, rank: rank(item, false) })),
  ]
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((r) => r.item);
}

/** The best quotes: in rank order, one per respondent first, so that several voices are heard. */
export function bestQuotes(ranked: readonly EvidenceItem[], count = QUOTES_PER_PAIN): EvidenceItem[] {
  const chosen: EvidenceItem[] = [];
  const voices = new Set<string>();
  for (const item of ranked) {
    if (chosen.length === count) break;
    const voice = respondentKey(item.source);
    if (voices.has(voice)) continue;
    voices.add(voice);
    chosen.push(item);
  }
  for (const item of ranked) {
    if (chosen.length === count) break;
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

/** Open thunderclouds and blisters of the journey, highest priority score first (then severity, then title). */
export function topPains(records: Records, journeyId: JourneyId, limit = TOP_PAINS): ReportPain[] {
  return painPointsOfJourney(records, journeyId)
    .filter((p) => p.kind !== "brightspot" && isOpen(p))
    .sort(byPriority)
    .slice(0, limit)
    .map((pain) => {
      const evidence = rankEvidence(records, pain);
      return {
        pain,
        score: priorityScore(pain),
        steps: pain.stepIds.map((id) => records[id]).filter(isStep),
        quotes: bestQuotes(evidence),
        evidence,
      };
    });
}

export interface ReportSource {
  source: SourceRecord;
  /** Distinct excerpts of this source behind the reported pain points. */
  excerpts: number;
}

/** The sources behind the reported pain points, most excerpts first. */
export function sourcesBehind(pains: readonly ReportPain[]): ReportSource[] {
  const bySource = new Map<string, { source: SourceRecord; excerpts: Set<string> }>();
  for (const { evidence } of pains) {
    for (const item of evidence) {
      const entry = bySource.get(item.source.id) ?? { source: item.source, excerpts: new Set<string>() };
      entry.excerpts.add(item.excerpt.id);
      bySource.set(item.source.id, entry);
    }
  }
  return [...bySource.values()]
    .map((e) => ({ source: e.source, excerpts: e.excerpts.size }))
    .sort((a, b) => b.excerpts - a.excerpts || a.source.title.localeCompare(b.source.title));
}
