import type { EdgeId, JourneyId, LaneId, PainPointId, StageId, StepId } from "./ids";

export const CHANNELS = ["in-person", "phone", "web", "letter", "email", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Stage {
  id: StageId;
  name: string;
}

export interface Lane {
  id: LaneId;
  name: string;
}

/** Stages and lanes are small and always edited with their journey, so they live inside it. */
export interface JourneyRecord {
  typeName: "journey";
  id: JourneyId;
  name: string;
  description: string;
  persona: string;
  stages: Stage[];
  lanes: Lane[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A step sits in one stage × lane cell; `x` and `y` are its offset inside that cell, so
 * reordering or resizing bands carries the steps along.
 */
export interface StepRecord {
  typeName: "step";
  id: StepId;
  journeyId: JourneyId;
  title: string;
  description: string;
  stageId: StageId;
  laneId: LaneId;
  channel: Channel;
  role: string;
  x: number;
  y: number;
  /** The customer's feeling here from −2 to +2 when set by hand; absent means derived from pain points. */
  emotion?: number;
  updatedAt: string;
}

export interface EdgeRecord {
  typeName: "edge";
  id: EdgeId;
  journeyId: JourneyId;
  source: StepId;
  target: StepId;
  label: string;
  updatedAt: string;
}

export const PAIN_KINDS = ["thundercloud", "blister", "brightspot"] as const;
export type PainKind = (typeof PAIN_KINDS)[number];

export const FREQUENCIES = ["rare", "sometimes", "often", "always"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** new → confirmed → prioritised → in progress → resolved; or won't fix. */
export const PAIN_STATUSES = [
  "new",
  "confirmed",
  "prioritised",
  "in-progress",
  "resolved",
  "wont-fix",
] as const;
export type PainStatus = (typeof PAIN_STATUSES)[number];

/**
 * A thundercloud (the customer's pain), a blister (the staff's pain) or a bright spot (what
 * works). It may sit on several steps of its journey, or on none (kept unattached when its
 * step was deleted). A blister lists the thunderclouds it causes.
 */
export interface PainPointRecord {
  typeName: "painpoint";
  id: PainPointId;
  journeyId: JourneyId;
  kind: PainKind;
  title: string;
  description: string;
  severity: number;
  frequency: Frequency;
  status: PainStatus;
  owner: string;
  note: string;
  stepIds: StepId[];
  causes: PainPointId[];
  createdAt: string;
  updatedAt: string;
}

export type AnyRecord = JourneyRecord | StepRecord | EdgeRecord | PainPointRecord;
export type RecordId = AnyRecord["id"];
export type TypeName = AnyRecord["typeName"];

/** The whole workspace document: every record by id. Treated as immutable. */
export type Records = Readonly<Record<string, AnyRecord>>;

/** What an operation wants done to the document. */
export interface Change {
  put?: readonly AnyRecord[];
  remove?: readonly string[];
}
