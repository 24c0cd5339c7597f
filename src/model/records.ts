import type { JourneyId, StepId } from "./ids";
import type { AnyRecord, EdgeRecord, JourneyRecord, PainPointRecord, Records, StepRecord } from "./types";

export function isJourney(record: AnyRecord | undefined): record is JourneyRecord {
  return record?.typeName === "journey";
}
export function isStep(record: AnyRecord | undefined): record is StepRecord {
  return record?.typeName === "step";
}
export function isEdge(record: AnyRecord | undefined): record is EdgeRecord {
  return record?.typeName === "edge";
}

export function isPain(record: AnyRecord | undefined): record is PainPointRecord {
  return record?.typeName === "painpoint";
}

export function getJourney(records: Records, id: JourneyId): JourneyRecord | undefined {
  const record = records[id];
  return isJourney(record) ? record : undefined;
}

export function getStep(records: Records, id: string): StepRecord | undefined {
  const record = records[id];
  return isStep(record) ? record : undefined;
}

export function listJourneys(records: Records): JourneyRecord[] {
  return Object.values(records).filter(isJourney);
}

export function stepsOf(records: Records, journeyId: JourneyId): StepRecord[] {
  return Object.values(records).filter((r): r is StepRecord => isStep(r) && r.journeyId === journeyId);
}

export function edgesOf(records: Records, journeyId: JourneyId): EdgeRecord[] {
  return Object.values(records).filter((r): r is EdgeRecord => isEdge(r) && r.journeyId === journeyId);
}

/** The journey a record belongs to; undefined for journeys and for workspace-wide records (sources, codes). */
export function journeyIdOf(record: AnyRecord): JourneyId | undefined {
  return record.typeName !== "journey" && "journeyId" in record ? record.journeyId : undefined;
}

/** Every record that belongs to a journey, the journey itself first. */
export function journeyContents(records: Records, journeyId: JourneyId): AnyRecord[] {
  const journey = records[journeyId];
  if (!journey) return [];
  const rest = Object.values(records).filter((r) => journeyIdOf(r) === journeyId);
  return [journey, ...rest];
}

export function edgesTouching(records: Records, stepIds: ReadonlySet<StepId>): EdgeRecord[] {
  return Object.values(records).filter(
    (r): r is EdgeRecord => isEdge(r) && (stepIds.has(r.source) || stepIds.has(r.target)),
  );
}

/** The most recent change to anything in the journey. */
export function lastChanged(records: Records, journeyId: JourneyId): string {
  let latest = "";
  for (const record of journeyContents(records, journeyId)) {
    if (record.updatedAt > latest) latest = record.updatedAt;
  }
  return latest;
}
