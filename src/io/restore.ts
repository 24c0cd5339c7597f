import { z } from "zod";
import { isIdOf } from "@/model/ids";
import { isJourney, journeyIdOf } from "@/model/records";
import {
  type AnyRecord,
  CHANNELS,
  FREQUENCIES,
  IMPROVEMENT_STATUSES,
  type JourneyRecord,
  PAIN_KINDS,
  PAIN_STATUSES,
  RESPONDENT_ROLES,
  type Records,
  SOURCE_KINDS,
  type TypeName,
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
  const date = (field: string) => repairable(z.iso.date().or(z.literal("")), field, "", repairs);
  const coordinate = (field: string) => repairable(z.number().finite(), field, 0, repairs);
  const id = (type: string) => z.string().refine((value) => isIdOf(type, value));
  const ids = (field: string) => repairable(z.array(z.string()), field, [], repairs);
  const band = (type: string) => z.looseObject({ id: id(type), name: z.string().catch("") });
  const bandList = (type: string, field: string) =>
    repairable(
      z.array(z.unknown()).transform((items) =>
        items.flatMap((item) => {
          const parsed = band(type).safeParse(item);
          if (parsed.success) return [parsed.data];
          repairs.push(field);
          return [];
        }),
      ),
      field,
      [],
      repairs,
    );
  const measurement = z.looseObject({
    id: z.string(),
    date: z.iso.date(),
    value: z.number().finite(),
    note: z.string().catch(""),
  });
  return {
    journey: z.looseObject({
      typeName: z.literal("journey"),
      id: id("journey"),
      name: text("name"),
      description: text("description"),
      persona: text("persona"),
      stages: bandList("stage", "stages"),
      lanes: bandList("lane", "lanes"),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    step: z.looseObject({
      typeName: z.literal("step"),
      id: id("step"),
      journeyId: id("journey"),
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
    edge: z.looseObject({
      typeName: z.literal("edge"),
      id: id("edge"),
      journeyId: id("journey"),
      source: id("step"),
      target: id("step"),
      label: text("label"),
      updatedAt: time("updatedAt"),
    }),
    painpoint: z.looseObject({
      typeName: z.literal("painpoint"),
      id: id("pain"),
      journeyId: id("journey"),
      kind: z.enum(PAIN_KINDS),
      title: text("title"),
      description: text("description"),
      severity: repairable(z.number().int().min(1).max(5), "severity", 3, repairs),
      frequency: repairable(z.enum(FREQUENCIES), "frequency", "sometimes", repairs),
      status: repairable(z.enum(PAIN_STATUSES), "status", "new", repairs),
      owner: text("owner"),
      note: text("note"),
      stepIds: ids("stepIds"),
      causes: ids("causes"),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    source: z.looseObject({
      typeName: z.literal("source"),
      id: id("source"),
      kind: repairable(z.enum(SOURCE_KINDS), "kind", "interview", repairs),
      title: text("title"),
      respondent: text("respondent"),
      respondentRole: repairable(z.enum(RESPONDENT_ROLES), "respondentRole", "other", repairs),
      date: date("date"),
      interviewer: text("interviewer"),
      tags: repairable(z.array(z.string()), "tags", [], repairs),
      attributes: repairable(z.record(z.string(), z.string()), "attributes", {}, repairs),
      text: text("text"),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    code: z.looseObject({
      typeName: z.literal("code"),
      id: id("code"),
      name: text("name"),
      colour: repairable(z.string().regex(/^#[0-9a-fA-F]{6}$/), "colour", "#5b7fa8", repairs),
      description: text("description"),
      parentId: repairable(id("code").nullable(), "parentId", null, repairs),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    excerpt: z.looseObject({
      typeName: z.literal("excerpt"),
      id: id("excerpt"),
      sourceId: id("source"),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      quote: z.string(),
      before: text("before"),
      after: text("after"),
      codeIds: ids("codeIds"),
      coder: text("coder"),
      stepIds: ids("stepIds"),
      edgeIds: ids("edgeIds"),
      painPointIds: ids("painPointIds"),
      note: text("note"),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    improvement: z.looseObject({
      typeName: z.literal("improvement"),
      id: id("improvement"),
      journeyId: id("journey"),
      title: text("title"),
      description: text("description"),
      owner: text("owner"),
      status: repairable(z.enum(IMPROVEMENT_STATUSES), "status", "idea", repairs),
      startDate: date("startDate"),
      endDate: date("endDate"),
      painPointIds: ids("painPointIds"),
      stepIds: ids("stepIds"),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
    indicator: z.looseObject({
      typeName: z.literal("indicator"),
      id: id("indicator"),
      journeyId: id("journey"),
      name: text("name"),
      unit: text("unit"),
      better: repairable(z.enum(["higher", "lower"]), "better", "higher", repairs),
      target: repairable(z.number().finite().nullable(), "target", null, repairs),
      attachedTo: z.string().catch(""),
      measurements: repairable(
        z.array(z.unknown()).transform((items) =>
          items.flatMap((item) => {
            const parsed = measurement.safeParse(item);
            if (parsed.success) return [parsed.data];
            repairs.push("measurements");
            return [];
          }),
        ),
        "measurements",
        [],
        repairs,
      ),
      createdAt: time("createdAt"),
      updatedAt: time("updatedAt"),
    }),
  } satisfies Record<TypeName, z.ZodType>;
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

/** Record types in the order their references are checked: what a record points at comes first. */
const ORDER: readonly TypeName[] = [
  "journey",
  "step",
  "edge",
  "painpoint",
  "source",
  "code",
  "excerpt",
  "improvement",
  "indicator",
];

/**
 * `known` holds records already in memory, for restoring a few records on their own (changes
 * from another tab): their journeys and steps count when checking references.
 */
export function restore(snapshot: Snapshot, now: string, known: Records = {}): Restored {
  const migrated = migrateSnapshot(snapshot);
  let changed = migrated !== snapshot;
  const problems: RestoreProblem[] = [];
  const repairs: Repairs = [];
  const schema = schemas(now, repairs);
  const parsed = new Map<TypeName, AnyRecord[]>(ORDER.map((type) => [type, []]));

  // Identify and parse each record on its own: one bad record never blocks the others.
  for (const raw of migrated.records) {
    const about = identify(raw);
    repairs.length = 0;
    const type = ORDER.find((t) => t === about.typeName);
    const result = type ? schema[type].safeParse(raw) : undefined;
    if (!type || !result?.success) {
      changed = true;
      problems.push({
        ...(about.journeyId ? { journeyId: about.journeyId } : {}),
        ...(about.id ? { recordId: about.id } : {}),
        action: "dropped",
        message: type
          ? `unreadable ${type}`
          : `unknown record type ${JSON.stringify(about.typeName ?? null)}`,
      });
      continue;
    }
    if (repairs.length > 0) {
      changed = true;
      problems.push({
        journeyId: about.journeyId ?? about.id,
        recordId: about.id,
        action: "repaired",
        message: `${type}: ${[...new Set(repairs)].join(", ")} reset`,
      } as RestoreProblem);
    }
    parsed.get(type)!.push(result.data as AnyRecord);
  }

  // Normalise references, type by type, keeping what each later type may point at.
  const kept = new Map<string, AnyRecord>();
  const exists = (type: TypeName, recordId: string) =>
    kept.get(recordId)?.typeName === type || known[recordId]?.typeName === type;
  const journeyOf = (recordId: string): JourneyRecord | undefined => {
    const record = kept.get(recordId) ?? known[recordId];
    return isJourney(record) ? record : undefined;
  };
  const report = (record: AnyRecord, action: RestoreProblem["action"], message: string) => {
    changed = true;
    problems.push({ journeyId: journeyIdOf(record) ?? record.id, recordId: record.id, action, message });
  };
  /** Keeps only the ids that exist, reporting a repair when some did not. */
  const present = <T extends string>(record: AnyRecord, list: readonly T[], type: TypeName): T[] => {
    const left = list.filter((x) => exists(type, x));
    if (left.length !== list.length)
      report(record, "repaired", `${record.typeName} linked to a missing ${type}`);
    return left;
  };
  // Pain points may cite each other ("causes"), so all of them count before any is checked.
  const painIds = new Set(parsed.get("painpoint")!.map((p) => p.id));
  const codeIds = new Set(parsed.get("code")!.map((c) => c.id));

  for (const type of ORDER) {
    for (const record of parsed.get(type)!) {
      const restored = normalise(record);
      if (restored) kept.set(restored.id, restored);
    }
  }

  function normalise(record: AnyRecord): AnyRecord | undefined {
    const owner = journeyIdOf(record);
    if (owner !== undefined && !journeyOf(owner)) {
      report(record, "dropped", `${record.typeName} of a missing journey`);
      return undefined;
    }
    switch (record.typeName) {
      case "journey": {
        if (record.stages.length > 0 && record.lanes.length > 0) return record;
        report(record, "repaired", "journey had no stages or no lanes");
        const key = record.id.slice("journey:".length);
        return {
          ...record,
          stages: record.stages.length > 0 ? record.stages : [{ id: `stage:${key}-1`, name: "Stage 1" }],
          lanes: record.lanes.length > 0 ? record.lanes : [{ id: `lane:${key}-1`, name: "Lane 1" }],
        };
      }
      case "step": {
        const journey = journeyOf(record.journeyId)!;
        const stageOk = journey.stages.some((s) => s.id === record.stageId);
        const laneOk = journey.lanes.some((l) => l.id === record.laneId);
        if (stageOk && laneOk) return record;
        report(record, "repaired", "step moved into an existing stage and lane");
        return {
          ...record,
          stageId: stageOk ? record.stageId : journey.stages[0]!.id,
          laneId: laneOk ? record.laneId : journey.lanes[0]!.id,
        };
      }
      case "edge":
        if (exists("step", record.source) && exists("step", record.target)) return record;
        report(record, "dropped", "connection to a missing step");
        return undefined;
      case "painpoint": {
        const causes = record.causes.filter((x) => painIds.has(x) || known[x]?.typeName === "painpoint");
        if (causes.length !== record.causes.length)
          report(record, "repaired", "pain point linked to a missing pain point");
        return { ...record, stepIds: present(record, record.stepIds, "step"), causes };
      }
      case "source":
        return record;
      case "code": {
        const parentOk =
          record.parentId === null ||
          (record.parentId !== record.id &&
            (codeIds.has(record.parentId) || known[record.parentId]?.typeName === "code"));
        if (parentOk) return record;
        report(record, "repaired", "code's parent is missing");
        return { ...record, parentId: null };
      }
      case "excerpt":
        if (!exists("source", record.sourceId)) {
          report(record, "dropped", "excerpt of a missing source");
          return undefined;
        }
        return {
          ...record,
          codeIds: present(record, record.codeIds, "code"),
          stepIds: present(record, record.stepIds, "step"),
          edgeIds: present(record, record.edgeIds, "edge"),
          painPointIds: present(record, record.painPointIds, "painpoint"),
        };
      case "improvement":
        return {
          ...record,
          painPointIds: present(record, record.painPointIds, "painpoint"),
          stepIds: present(record, record.stepIds, "step"),
        };
      case "indicator": {
        const target = record.attachedTo;
        if (target === record.journeyId || exists("step", target) || exists("improvement", target))
          return record;
        report(record, "repaired", "indicator attached to something missing; now attached to its journey");
        return { ...record, attachedTo: record.journeyId };
      }
    }
  }

  for (const problem of problems) {
    const name = problem.journeyId ? journeyOf(problem.journeyId)?.name : undefined;
    if (name !== undefined) problem.journeyName = name;
  }
  return { records: [...kept.values()], problems, changed };
}
