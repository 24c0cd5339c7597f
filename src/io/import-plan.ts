import { idType, type JourneyId, newId } from "@/model/ids";
import { isJourney, journeyIdOf } from "@/model/records";
import type { AnyRecord, JourneyRecord, Records, TypeName } from "@/model/types";
import { sameJson } from "./workspace-file";

/**
 * How the records of a workspace file join the workspace: one Change to commit, worked out
 * before anything happens so that the user sees what it will do.
 *
 * - "new": every record gets a fresh id and every reference is remapped; the file comes in as
 *   a copy beside whatever is there.
 * - "merge": records whose ids the workspace lacks are added with their ids; records it has
 *   with the same content are skipped; records it has with other content are added as copies
 *   under fresh ids (references to them follow), or, with `replace`, overwrite the workspace's.
 *   Nothing is removed in either mode.
 *
 * References are remapped by value: every string anywhere in a record (fields of future
 * versions included) that equals a remapped id is replaced. Ids are random and typed
 * (`step:k3f9…`), so no other text equals one.
 */

export type ImportMode = "new" | "merge";

export interface ImportOptions {
  mode: ImportMode;
  /** Merge only: colliding records take the file's version instead of coming in as copies. */
  replace?: boolean;
  /** A journey's name when one of the same name exists; `n` counts up from 1 until it is free. */
  importedName?: (name: string, n: number) => string;
  /** For tests: how fresh ids are made. */
  newId?: (type: string) => string;
}

export interface ImportPlan {
  change: { put: AnyRecord[]; remove: string[] };
  /** Records that will be new in the workspace, by type (copies included). */
  added: Partial<Record<TypeName, number>>;
  addedTotal: number;
  /** Of the added, how many are copies of records whose ids the workspace already had with other content. */
  copied: number;
  /** Records of the workspace that the file's version overwrites (merge with replace). */
  replaced: number;
  /** Records the workspace already has, identical; left alone. */
  unchanged: number;
  /** Journeys renamed because the name was taken. */
  renamed: { from: string; to: string }[];
  /** Journeys added or replaced, in the file's order, as they will be in the workspace. */
  journeyIds: JourneyId[];
  /** Old id → new id for every remapped id (records, stages, lanes). */
  idMap: ReadonlyMap<string, string>;
}

export const defaultImportedName = (name: string, n: number) =>
  n === 1 ? `${name} (imported)` : `${name} (imported ${n})`;

/** Replaces every string that is a remapped id, anywhere in the value. */
export function remapIds<T>(value: T, map: ReadonlyMap<string, string>): T {
  if (map.size === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return map.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== "object" || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(v)) out[key] = walk(inner);
    return out;
  };
  return walk(value) as T;
}

function bandIds(journey: JourneyRecord): string[] {
  return [...journey.stages.map((s) => s.id), ...journey.lanes.map((l) => l.id)];
}

export function planImport(
  records: readonly AnyRecord[],
  existing: Records,
  options: ImportOptions,
): ImportPlan {
  const fresh = options.newId ?? ((type: string) => newId(type));
  const importedName = options.importedName ?? defaultImportedName;
  const replace = options.mode === "merge" && options.replace === true;
  const map = new Map<string, string>();
  const copies = new Set<string>();

  const remapOwnIds = (record: AnyRecord) => {
    map.set(record.id, fresh(idType(record.id)));
    if (isJourney(record)) for (const band of bandIds(record)) map.set(band, fresh(idType(band)));
  };

  if (options.mode === "new") {
    for (const record of records) {
      copies.add(record.id);
      remapOwnIds(record);
    }
  } else {
    // Stages and lanes are ids too: a new journey must not reuse those of another journey.
    const bandOwner = new Map<string, string>();
    for (const record of Object.values(existing)) {
      if (isJourney(record)) for (const band of bandIds(record)) bandOwner.set(band, record.id);
    }
    for (const record of records) {
      if (!isJourney(record)) continue;
      for (const band of bandIds(record)) {
        const owner = bandOwner.get(band);
        if (owner !== undefined && owner !== record.id) map.set(band, fresh(idType(band)));
      }
    }
    // A colliding record comes in as a copy when its content differs (unless replacing) or when
    // it belongs to another journey than the workspace's record of that id. Copying changes the
    // references of the records that point at it, which may make them differ in turn: repeat
    // until nothing more changes.
    let changed = true;
    while (changed) {
      changed = false;
      for (const record of records) {
        if (copies.has(record.id)) continue;
        const local = existing[record.id];
        if (!local) continue;
        const mapped = remapIds(record, map);
        const otherOwner = local.typeName !== record.typeName || journeyIdOf(local) !== journeyIdOf(mapped);
        if (otherOwner || (!replace && !sameJson(mapped, local))) {
          copies.add(record.id);
          remapOwnIds(record);
          changed = true;
        }
      }
    }
  }

  const put: AnyRecord[] = [];
  const added: Partial<Record<TypeName, number>> = {};
  let addedTotal = 0;
  let replaced = 0;
  let unchanged = 0;
  const journeyIds: JourneyId[] = [];
  const renamed: ImportPlan["renamed"] = [];
  const takenNames = new Set(
    Object.values(existing)
      .filter(isJourney)
      .map((j) => j.name),
  );

  for (const record of records) {
    let next = remapIds(record, map);
    const local = existing[next.id];
    if (local) {
      if (sameJson(next, local)) {
        unchanged += 1;
        continue;
      }
      replaced += 1;
      if (isJourney(next) && isJourney(local)) next = keepBandsInUse(next, local, existing, records);
    } else {
      added[next.typeName] = (added[next.typeName] ?? 0) + 1;
      addedTotal += 1;
      if (isJourney(next)) {
        const name = freeName(next.name, takenNames, importedName);
        if (name !== next.name) {
          renamed.push({ from: next.name, to: name });
          next = { ...next, name };
        }
        takenNames.add(name);
      }
    }
    if (isJourney(next)) journeyIds.push(next.id);
    put.push(next);
  }

  return {
    change: { put, remove: [] },
    added,
    addedTotal,
    copied: options.mode === "new" ? 0 : copies.size,
    replaced,
    unchanged,
    renamed,
    journeyIds,
    idMap: map,
  };
}

function freeName(
  name: string,
  taken: ReadonlySet<string>,
  importedName: (name: string, n: number) => string,
) {
  if (!taken.has(name)) return name;
  for (let n = 1; ; n++) {
    const candidate = importedName(name, n);
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A journey replaced by the file's version keeps the stages and lanes that the workspace's own
 * steps of it (those the file does not replace) still stand in, so that no step loses its place.
 */
function keepBandsInUse(
  incoming: JourneyRecord,
  local: JourneyRecord,
  existing: Records,
  fileRecords: readonly AnyRecord[],
): JourneyRecord {
  const inFile = new Set(fileRecords.map((r) => r.id));
  const stages = new Set<string>();
  const lanes = new Set<string>();
  for (const record of Object.values(existing)) {
    if (record.typeName !== "step" || record.journeyId !== local.id || inFile.has(record.id)) continue;
    stages.add(record.stageId);
    lanes.add(record.laneId);
  }
  const missingStages = local.stages.filter(
    (s) => stages.has(s.id) && !incoming.stages.some((x) => x.id === s.id),
  );
  const missingLanes = local.lanes.filter(
    (l) => lanes.has(l.id) && !incoming.lanes.some((x) => x.id === l.id),
  );
  if (missingStages.length === 0 && missingLanes.length === 0) return incoming;
  return {
    ...incoming,
    stages: [...incoming.stages, ...missingStages],
    lanes: [...incoming.lanes, ...missingLanes],
  };
}

/** The records after the plan is applied; for tests and previews. */
export function applyPlan(existing: Records, plan: ImportPlan): Records {
  const next: Record<string, AnyRecord> = { ...existing };
  for (const id of plan.change.remove) delete next[id];
  for (const record of plan.change.put) next[record.id] = record;
  return next;
}
