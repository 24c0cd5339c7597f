import { isImprovement, isIndicator } from "@/model/improvements";
import type { ImprovementRecord, IndicatorRecord, Records } from "@/model/types";

/**
 * Improvements and indicators of a journey, cached per records
 * object: components select these from the store and get the same arrays until the document
 * changes, so selectors stay stable.
 */

export interface ImprovementParts {
  improvements: ImprovementRecord[];
  indicators: IndicatorRecord[];
}

const partsCache = new WeakMap<Records, Map<string, ImprovementParts>>();

export function improvementParts(records: Records, journeyId: string): ImprovementParts {
  let byJourney = partsCache.get(records);
  if (!byJourney) {
    byJourney = new Map();
    partsCache.set(records, byJourney);
  }
  let parts = byJourney.get(journeyId);
  if (!parts) {
    parts = { improvements: [], indicators: [] };
    for (const id in records) {
      const record = records[id]!;
      if (isImprovement(record) && record.journeyId === journeyId) parts.improvements.push(record);
      else if (isIndicator(record) && record.journeyId === journeyId) parts.indicators.push(record);
    }
    // Oldest first; records made together (the sample) keep the order they were made in.
    parts.improvements.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    parts.indicators.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    byJourney.set(journeyId, parts);
  }
  return parts;
}
