import { z } from "zod";
import { isIdOf } from "@/model/ids";
import { isJourney, isStep } from "@/model/records";
import {
  type AnyRecord,
  CHANNELS,
  type EdgeRecord,
  FREQUENCIES,
  type JourneyRecord,
  PAIN_KINDS,
  PAIN_STATUSES,
  type PainPointRecord,
  type Records,
  type StepRecord,
} from "@/model/types";
import { migrateSnapshot } from "./migrations";

/**
 * The one restore path: IndexedDB rows and imported files both arrive as a snapshot of raw
 * records and leave as valid records. parse (the caller) → identify (by id prefix) → migrate
 * (numbered, whole snapshot) → normalise (repair what can be repaired, report the rest).
 * Unknown fields are kept so that data written by a newer minor version survives a round trip.
 */

export interface Snapshot {
  formatVersion: number;
  records: readonly unknown[];
}

export interface RestoreProblem {
  /** The journey the problem belongs to, so the user can be told which one. */
  journeyId?: string;
  journeyName?: string;
  recordId?: string;
  action: "repaired" | "dropped";
  message: string;
}

export interface Restored {
  records: AnyRecord[];
  problems: RestoreProblem[];
  /** True when migration or repair changed something, so the stored copy should be rewritten. */
  changed: boolean;
}

type Repairs = string[];

/** A field that falls back to a default, noting the repair, instead of failing the record. */
function repairable<T extends z.ZodType>(schema: T, field: string, fallback: z.output<T>, repairs: Repairs) {
  return schema.catch(() => {
    repairs.push(field);
    return fallback;
  });
}

function schemas(now: string, repairs: Repairs) {
  const text = (field: string) => repairable(z.string(), field, "", repairs);
  const time = (field: string) => repairable(z.iso.datetime({ offset: true }), field, now, repairs);
  const coordinate = (field: string) => repairable(z.number().finite(), field, 0, repairs);
  const band = <T extends string>(type: T) =>
    z.looseObject({ id: z.string().refine((id) => isIdOf(type, id)), name: z.string().catch("") });
  const bandList = <T extends string>(type: T, field: string) =>
    z.array(z.unknown()).transform((items) =>
      items.flatMap((item) => {
        const parsed = band(type).safeParse(item);
        if (parsed.success) return [parsed.data];
        repairs.push(field);
        return [];
      }),
    );
  return {
    journey: z.looseObject({
      typeName: z.literal("journey"),
      id: z.string().refine((id) => isIdOf("journey", id)),
      name: text("name"),
      description: text("description"),
      persona: text("persona"),
      stages: repairable(bandList("stage", "stages"), "stages", [], repairs),
      lanes: repairable(bandList("lane", "lanes"), "lanes", [], repairs),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    step: z.looseObject({
      typeName: z.literal("step"),
      id: z.string().refine((id) => isIdOf("step", id)),
      journeyId: z.string().refine((id) => isIdOf("journey", id)),
      title: text("title"),
      description: text("description"),
      stageId: z.string().catch(""),
      laneId: z.string().catch(""),
      channel: repairable(z.enum(CHANNELS), "channel", "other", repairs),
      role: text("role"),
      x: coordinate("x"),
      y: coordinate("y"),
      emotion: repairable(z.number().int().min(-2).max(2).optional(), "emotion", undefined, repairs),
      updatedAt: time("updatedAt"),
    }),
    painpoint: z.looseObject({
      typeName: z.literal("painpoint"),
      id: z.string().refine((id) => isIdOf("pain", id)),
      journeyId: z.string().refine((id) => isIdOf("journey", id)),
      kind: z.enum(PAIN_KINDS),
      title: text("title"),
      description: text("description"),
      severity: repairable(z.number().int().min(1).max(5), "severity", 3, repairs),
      frequency: repairable(z.enum(FREQUENCIES), "frequency", "sometimes", repairs),
      status: repairable(z.enum(PAIN_STATUSES), "status", "new", repairs),
      owner: text("owner"),
      note: text("note"),
      stepIds: repairable(z.array(z.string()), "stepIds", [], repairs),
      causes: repairable(z.array(z.string()), "causes", [], repairs),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    edge: z.looseObject({
      typeName: z.literal("edge"),
      id: z.string().refine((id) => isIdOf("edge", id)),
      journeyId: z.string().refine((id) => isIdOf("journey", id)),
      source: z.string().refine((id) => isIdOf("step", id)),
      target: z.string().refine((id) => isIdOf("step", id)),
      label: text("label"),
      updatedAt: time("updatedAt"),
    }),
  };
}

function identify(raw: unknown): { id?: string; typeName?: string; journeyId?: string } {
  if (typeof raw !== "object" || raw === null) return {};
  const { id, typeName, journeyId } = raw as Record<string, unknown>;
  return {
    ...(typeof id === "string" ? { id } : {}),
    ...(typeof typeName === "string" ? { typeName } : {}),
    ...(typeof journeyId === "string" ? { journeyId } : {}),
  };
}

/**
 * `known` holds records already in memory, for restoring a few records on their own (changes
 * from another tab): their journeys and steps count when checking references.
 */
export function restore(snapshot: Snapshot, now: string, known: Records = {}): Restored {
  const migrated = migrateSnapshot(snapshot);
  let changed = migrated !== snapshot;
  const problems: RestoreProblem[] = [];
  const journeys = new Map<string, JourneyRecord>();
  const steps: StepRecord[] = [];
  const edges: EdgeRecord[] = [];
  const pains: PainPointRecord[] = [];
  const repairs: Repairs = [];
  const schema = schemas(now, repairs);

  for (const raw of migrated.records) {
    const about = identify(raw);
    repairs.length = 0;
    const kind = about.typeName;
    const parsed =
      kind === "journey" || kind === "step" || kind === "edge" || kind === "painpoint"
        ? schema[kind].safeParse(raw)
        : undefined;
    if (!parsed?.success) {
      changed = true;
      problems.push({
        ...(about.journeyId ? { journeyId: about.journeyId } : {}),
        ...(about.id ? { recordId: about.id } : {}),
        action: "dropped",
        message: parsed ? `unreadable ${kind}` : `unknown record type ${JSON.stringify(kind ?? null)}`,
      });
      continue;
    }
    if (repairs.length > 0) {
      changed = true;
      problems.push({
        ...(about.journeyId ? { journeyId: about.journeyId } : { journeyId: about.id }),
        recordId: about.id,
        action: "repaired",
        message: `${kind}: ${[...new Set(repairs)].join(", ")} reset`,
      } as RestoreProblem);
    }
    const record = parsed.data as AnyRecord;
    if (record.typeName === "journey") journeys.set(record.id, record);
    else if (record.typeName === "step") steps.push(record);
    else if (record.typeName === "edge") edges.push(record);
    else pains.push(record);
  }

  // Referential repair: every journey needs a stage and a lane, every step a place, every edge two ends.
  for (const [id, journey] of journeys) {
    if (journey.stages.length > 0 && journey.lanes.length > 0) continue;
    changed = true;
    journeys.set(id, {
      ...journey,
      stages:
        journey.stages.length > 0 ? journey.stages : [{ id: `stage:${id.slice(8)}-1`, name: "Stage 1" }],
      lanes: journey.lanes.length > 0 ? journey.lanes : [{ id: `lane:${id.slice(8)}-1`, name: "Lane 1" }],
    });
    problems.push({ journeyId: id, action: "repaired", message: "journey had no stages or no lanes" });
  }
  const keptSteps = new Set<string>();
  const records: AnyRecord[] = [...journeys.values()];
  const journeyOf = (id: string) => {
    const inMemory = known[id];
    return journeys.get(id) ?? (isJourney(inMemory) ? inMemory : undefined);
  };
  for (const step of steps) {
    const journey = journeyOf(step.journeyId);
    if (!journey) {
      changed = true;
      problems.push({
        journeyId: step.journeyId,
        recordId: step.id,
        action: "dropped",
        message: "step of a missing journey",
      });
      continue;
    }
    const stageOk = journey.stages.some((s) => s.id === step.stageId);
    const laneOk = journey.lanes.some((l) => l.id === step.laneId);
    let restored = step;
    if (!stageOk || !laneOk) {
      changed = true;
      restored = {
        ...step,
        stageId: stageOk ? step.stageId : journey.stages[0]!.id,
        laneId: laneOk ? step.laneId : journey.lanes[0]!.id,
      };
      problems.push({
        journeyId: journey.id,
        recordId: step.id,
        action: "repaired",
        message: "step moved into an existing stage and lane",
      });
    }
    keptSteps.add(step.id);
    records.push(restored);
  }
  const stepExists = (id: string) => keptSteps.has(id) || isStep(known[id]);
  for (const edge of edges) {
    if (!journeyOf(edge.journeyId) || !stepExists(edge.source) || !stepExists(edge.target)) {
      changed = true;
      problems.push({
        journeyId: edge.journeyId,
        recordId: edge.id,
        action: "dropped",
        message: "connection to a missing step",
      });
      continue;
    }
    records.push(edge);
  }
  const painIds = new Set<string>(pains.map((p) => p.id));
  const painExists = (id: string) => painIds.has(id) || known[id]?.typeName === "painpoint";
  for (const pain of pains) {
    if (!journeyOf(pain.journeyId)) {
      changed = true;
      problems.push({
        journeyId: pain.journeyId,
        recordId: pain.id,
        action: "dropped",
        message: "pain point of a missing journey",
      });
      continue;
    }
    const stepIds = pain.stepIds.filter(stepExists);
    const causes = pain.causes.filter(painExists);
    if (stepIds.length !== pain.stepIds.length || causes.length !== pain.causes.length) {
      changed = true;
      problems.push({
        journeyId: pain.journeyId,
        recordId: pain.id,
        action: "repaired",
        message: "pain point linked to a missing step or pain point",
      });
      records.push({ ...pain, stepIds, causes } as PainPointRecord);
    } else records.push(pain);
  }
  for (const problem of problems) {
    const name = problem.journeyId ? journeyOf(problem.journeyId)?.name : undefined;
    if (name !== undefined) problem.journeyName = name;
  }
  return { records, problems, changed };
}
