import type {
  CodeId,
  EdgeId,
  ExcerptId,
  ImprovementId,
  IndicatorId,
  JourneyId,
  LaneId,
  PainPointId,
  SourceId,
  StageId,
  StepId,
} from "./ids";

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

// Evidence: sources (interviews, survey answers…), the codebook, and coded excerpts.

export const SOURCE_KINDS = ["interview", "survey", "observation", "workshop"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const RESPONDENT_ROLES = [
  "job-seeker",
  "counsellor",
  "manager",
  "employer",
  "partner",
  "other",
] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** A source of evidence; not tied to one journey, since one interview can speak to several. */
export interface SourceRecord {
  typeName: "source";
  id: SourceId;
  kind: SourceKind;
  title: string;
  /** A pseudonym; never required to be a real name. */
  respondent: string;
  respondentRole: RespondentRole;
  /** ISO date (yyyy-mm-dd) or empty. */
  date: string;
  interviewer: string;
  tags: string[];
  attributes: Record<string, string>;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** A code of the codebook. The three kinds of pain are built-in codes. */
export interface CodeRecord {
  typeName: "code";
  id: CodeId;
  name: string;
  colour: string;
  description: string;
  parentId: CodeId | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A coded passage of a source. `start`/`end` are offsets in code points into the source text;
 * `quote` with `before`/`after` context lets it be found again when the text changes.
 */
export interface ExcerptRecord {
  typeName: "excerpt";
  id: ExcerptId;
  sourceId: SourceId;
  start: number;
  end: number;
  quote: string;
  before: string;
  after: string;
  codeIds: CodeId[];
  coder: string;
  stepIds: StepId[];
  edgeIds: EdgeId[];
  painPointIds: PainPointId[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

// Improvements and indicators.

export const IMPROVEMENT_STATUSES = ["idea", "planned", "in-progress", "done", "evaluated"] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export interface ImprovementRecord {
  typeName: "improvement";
  id: ImprovementId;
  journeyId: JourneyId;
  title: string;
  description: string;
  owner: string;
  status: ImprovementStatus;
  /** ISO dates or empty. */
  startDate: string;
  endDate: string;
  painPointIds: PainPointId[];
  stepIds: StepId[];
  createdAt: string;
  updatedAt: string;
}

export interface Measurement {
  id: string;
  /** ISO date (yyyy-mm-dd). */
  date: string;
  value: number;
  note: string;
}

export interface IndicatorRecord {
  typeName: "indicator";
  id: IndicatorId;
  journeyId: JourneyId;
  name: string;
  unit: string;
  better: "higher" | "lower";
  target: number | null;
  /** What it measures: the journey itself, one of its steps, or an improvement. */
  attachedTo: JourneyId | StepId | ImprovementId;
  measurements: Measurement[];
  createdAt: string;
  updatedAt: string;
}

export type AnyRecord =
  | JourneyRecord
  | StepRecord
  | EdgeRecord
  | PainPointRecord
  | SourceRecord
  | CodeRecord
  | ExcerptRecord
  | ImprovementRecord
  | IndicatorRecord;
export type RecordId = AnyRecord["id"];
export type TypeName = AnyRecord["typeName"];

/** The whole workspace document: every record by id. Treated as immutable. */
export type Records = Readonly<Record<string, AnyRecord>>;

/** What an operation wants done to the document. */
export interface Change {
  put?: readonly AnyRecord[];
  remove?: readonly string[];
}
