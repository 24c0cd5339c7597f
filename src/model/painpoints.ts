import { type JourneyId, newId, type PainPointId, type StepId } from "./ids";
import type { Change, Frequency, PainKind, PainPointRecord, Records, StepRecord } from "./types";

/** Pain points: thunderclouds, blisters and bright spots, their scores, and what they do to the emotion curve. */

export const SEVERITY_MIN = 1;
export const SEVERITY_MAX = 5;

/** How often a pain is felt, as a weight for the priority score. */
export const FREQUENCY_WEIGHT: Readonly<Record<Frequency, number>> = {
  rare: 1,
  sometimes: 2,
  often: 3,
  always: 4,
};

/** Priority score = severity (1–5) × frequency weight (1–4): 1 to 20. */
export const MAX_SCORE = SEVERITY_MAX * FREQUENCY_WEIGHT.always;

export function priorityScore(pain: Pick<PainPointRecord, "severity" | "frequency">): number {
  return pain.severity * FREQUENCY_WEIGHT[pain.frequency];
}

/** Highest priority score first, then the more severe, then by title: how reports and slides rank pain points. */
export function byPriority(
  a: Pick<PainPointRecord, "severity" | "frequency" | "title">,
  b: Pick<PainPointRecord, "severity" | "frequency" | "title">,
): number {
  return priorityScore(b) - priorityScore(a) || b.severity - a.severity || a.title.localeCompare(b.title);
}

/** Resolved and won't-fix pain points no longer count on the map. */
export function isOpen(pain: Pick<PainPointRecord, "status">): boolean {
  return pain.status !== "resolved" && pain.status !== "wont-fix";
}

export type PainDetails = Partial<
  Pick<
    PainPointRecord,
    "kind" | "title" | "description" | "severity" | "frequency" | "status" | "owner" | "note"
  >
>;

export type PainField = "title" | "severity";

/** What a form must refuse: an empty title, a severity that is not a whole number from 1 to 5. */
export function validatePain(details: PainDetails): Partial<Record<PainField, "required" | "severityRange">> {
  const errors: Partial<Record<PainField, "required" | "severityRange">> = {};
  if (details.title !== undefined && details.title.trim() === "") errors.title = "required";
  if (
    details.severity !== undefined &&
    !(
      Number.isInteger(details.severity) &&
      details.severity >= SEVERITY_MIN &&
      details.severity <= SEVERITY_MAX
    )
  ) {
    errors.severity = "severityRange";
  }
  return errors;
}

export function createPain(
  journeyId: JourneyId,
  stepIds: readonly StepId[],
  details: PainDetails & { kind: PainKind; title: string },
  now: string,
): PainPointRecord {
  return {
    typeName: "painpoint",
    id: newId("pain"),
    journeyId,
    description: "",
    severity: 3,
    frequency: "sometimes",
    status: "new",
    owner: "",
    note: "",
    ...details,
    stepIds: [...stepIds],
    causes: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function updatePain(pain: PainPointRecord, details: PainDetails, now: string): Change {
  const causes = details.kind && details.kind !== "blister" ? [] : pain.causes;
  return { put: [{ ...pain, ...details, causes, updatedAt: now }] };
}

export function setPainSteps(pain: PainPointRecord, stepIds: readonly StepId[], now: string): Change {
  return { put: [{ ...pain, stepIds: [...new Set(stepIds)], updatedAt: now }] };
}

/** A "causes" link from a blister to a thundercloud; anything else is refused. */
export function linkCause(blister: PainPointRecord, thundercloud: PainPointRecord, now: string): Change {
  if (blister.kind !== "blister" || thundercloud.kind !== "thundercloud") return {};
  if (blister.causes.includes(thundercloud.id)) return {};
  return { put: [{ ...blister, causes: [...blister.causes, thundercloud.id], updatedAt: now }] };
}

export function unlinkCause(blister: PainPointRecord, thundercloudId: PainPointId, now: string): Change {
  return {
    put: [{ ...blister, causes: blister.causes.filter((id) => id !== thundercloudId), updatedAt: now }],
  };
}

export function painPointsOfJourney(records: Records, journeyId: string): PainPointRecord[] {
  return Object.values(records).filter(
    (r): r is PainPointRecord => r.typeName === "painpoint" && r.journeyId === journeyId,
  );
}

/** The blisters that cause a thundercloud. */
export function causedBy(pains: readonly PainPointRecord[], thundercloudId: PainPointId): PainPointRecord[] {
  return pains.filter((p) => p.causes.includes(thundercloudId));
}

/** Deleting a pain point also takes it out of the blisters that said they caused it. */
export function deletePains(records: Records, ids: readonly PainPointId[], now: string): Change {
  const gone = new Set<string>(ids);
  const put: PainPointRecord[] = [];
  for (const record of Object.values(records)) {
    if (record.typeName === "painpoint" && !gone.has(record.id) && record.causes.some((c) => gone.has(c))) {
      put.push({ ...record, causes: record.causes.filter((c) => !gone.has(c)), updatedAt: now });
    }
  }
  return { put, remove: [...gone] };
}

/**
 * When steps go, their pain points either go with them or stay unattached: "delete" removes
 * the pain points that sat only on those steps; "keep" only takes the steps out of their lists.
 */
export function detachPainsFromSteps(
  records: Records,
  stepIds: readonly string[],
  mode: "delete" | "keep",
  now: string,
): Change {
  const gone = new Set(stepIds);
  const put: PainPointRecord[] = [];
  const remove: PainPointId[] = [];
  for (const record of Object.values(records)) {
    if (record.typeName !== "painpoint" || !record.stepIds.some((id) => gone.has(id))) continue;
    const left = record.stepIds.filter((id) => !gone.has(id));
    if (left.length === 0 && mode === "delete") remove.push(record.id);
    else put.push({ ...record, stepIds: left, updatedAt: now });
  }
  const deleted = deletePains(records, remove, now);
  const byId = new Map<string, PainPointRecord>(put.map((p) => [p.id, p]));
  for (const p of deleted.put as PainPointRecord[]) {
    const merged = byId.get(p.id);
    byId.set(p.id, merged ? { ...merged, causes: p.causes } : p);
  }
  return { put: [...byId.values()], remove };
}

/** Pain points on the given steps, deduplicated. */
export function painsOnSteps(records: Records, stepIds: readonly string[]): PainPointRecord[] {
  const wanted = new Set(stepIds);
  return Object.values(records).filter(
    (r): r is PainPointRecord => r.typeName === "painpoint" && r.stepIds.some((id) => wanted.has(id)),
  );
}

export interface StepPainSummary {
  thunderclouds: number;
  blisters: number;
  brightspots: number;
  /** Highest priority score among the step's open thunderclouds and blisters; 0 when none. */
  score: number;
}

export const emptySummary: StepPainSummary = { thunderclouds: 0, blisters: 0, brightspots: 0, score: 0 };

/** Counts per kind (open ones only) and the heat score of each step. */
export function summariseSteps(pains: readonly PainPointRecord[]): Map<StepId, StepPainSummary> {
  const byStep = new Map<StepId, StepPainSummary>();
  for (const pain of pains) {
    if (!isOpen(pain)) continue;
    for (const stepId of pain.stepIds) {
      const s = { ...(byStep.get(stepId) ?? emptySummary) };
      if (pain.kind === "thundercloud") s.thunderclouds += 1;
      else if (pain.kind === "blister") s.blisters += 1;
      else s.brightspots += 1;
      if (pain.kind !== "brightspot") s.score = Math.max(s.score, priorityScore(pain));
      byStep.set(stepId, s);
    }
  }
  return byStep;
}

function clampEmotion(value: number): number {
  // `|| 0` turns −0 into 0, so "no feeling" is one value.
  return Math.max(-2, Math.min(2, Math.round(value))) || 0;
}

/** A pain's weight on a curve: severity 4–5 pulls a full two points, 1–3 one point. */
function weight(pain: PainPointRecord): number {
  return pain.severity >= 4 ? 2 : 1;
}

/**
 * The customer's feeling at a step, −2 to +2. Set by hand when the step has `emotion`;
 * otherwise derived: the strongest open bright spot lifts (+1, or +2 at severity 4–5) and
 * the strongest open thundercloud drops (−1, or −2 at severity 4–5); no pain points is 0.
 */
export function customerEmotion(step: StepRecord, pains: readonly PainPointRecord[]): number {
  if (typeof step.emotion === "number") return clampEmotion(step.emotion);
  let lift = 0;
  let drop = 0;
  for (const pain of pains) {
    if (!isOpen(pain) || !pain.stepIds.includes(step.id)) continue;
    if (pain.kind === "brightspot") lift = Math.max(lift, weight(pain));
    if (pain.kind === "thundercloud") drop = Math.max(drop, weight(pain));
  }
  return clampEmotion(lift - drop);
}

/** The staff's feeling at a step, −2 to 0: the strongest open blister drops it as above. */
export function staffEmotion(step: StepRecord, pains: readonly PainPointRecord[]): number {
  let drop = 0;
  for (const pain of pains) {
    if (isOpen(pain) && pain.kind === "blister" && pain.stepIds.includes(step.id))
      drop = Math.max(drop, weight(pain));
  }
  return clampEmotion(-drop);
}

export interface PainFilter {
  kinds: readonly PainKind[];
  openOnly: boolean;
  minSeverity: number;
}

export const noFilter: PainFilter = { kinds: [], openOnly: false, minSeverity: SEVERITY_MIN };

export function isFiltering(filter: PainFilter): boolean {
  return filter.kinds.length > 0 || filter.openOnly || filter.minSeverity > SEVERITY_MIN;
}

export function matchesFilter(pain: PainPointRecord, filter: PainFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(pain.kind)) return false;
  if (filter.openOnly && !isOpen(pain)) return false;
  return pain.severity >= filter.minSeverity;
}

/** Steps that carry at least one pain point matching the filter; the others fade on the map. */
export function stepsMatching(pains: readonly PainPointRecord[], filter: PainFilter): Set<StepId> {
  const matching = new Set<StepId>();
  for (const pain of pains) if (matchesFilter(pain, filter)) for (const id of pain.stepIds) matching.add(id);
  return matching;
}

export interface CauseLink {
  blister: PainPointRecord;
  cloud: PainPointRecord;
  source: StepId;
  target: StepId;
}

/**
 * The "causes" links the map draws: from each step of an open blister to each step of an open
 * thundercloud it causes, each pair of steps once. `hasStep` says which steps are on the map.
 */
export function causeLinks(pains: readonly PainPointRecord[], hasStep: (id: StepId) => boolean): CauseLink[] {
  const byId = new Map(pains.map((p) => [p.id, p]));
  const links: CauseLink[] = [];
  const seen = new Set<string>();
  for (const blister of pains) {
    if (blister.kind !== "blister" || !isOpen(blister)) continue;
    for (const cloudId of blister.causes) {
      const cloud = byId.get(cloudId);
      if (!cloud || !isOpen(cloud)) continue;
      for (const source of blister.stepIds) {
        for (const target of cloud.stepIds) {
          const key = `${source}:${target}`;
          if (source === target || seen.has(key) || !hasStep(source) || !hasStep(target)) continue;
          seen.add(key);
          links.push({ blister, cloud, source, target });
        }
      }
    }
  }
  return links;
}
