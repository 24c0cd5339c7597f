import type { EdgeId, JourneyId, LaneId, StageId, StepId } from "./ids";

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

export type AnyRecord = JourneyRecord | StepRecord | EdgeRecord;
export type RecordId = AnyRecord["id"];
export type TypeName = AnyRecord["typeName"];

/** The whole workspace document: every record by id. Treated as immutable. */
export type Records = Readonly<Record<string, AnyRecord>>;

/** What an operation wants done to the document. */
export interface Change {
  put?: readonly AnyRecord[];
  remove?: readonly string[];
}
