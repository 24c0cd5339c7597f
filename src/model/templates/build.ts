import { connect, createJourney, createStep, type NewJourney } from "@/model/journey";
import { CELL_PADDING, COLUMN_GAP } from "@/model/layout";
import { createPain } from "@/model/painpoints";
import type {
  AnyRecord,
  Channel,
  EdgeRecord,
  Frequency,
  JourneyRecord,
  PainKind,
  PainPointRecord,
  PainStatus,
  StepRecord,
} from "@/model/types";

/**
 * Journeys written as data: steps by key in a stage × lane grid, edges between keys, pain
 * points on keys. The sample and the templates are built this way, so each reads as a list of
 * what happens rather than as code.
 */

const ROW_HEIGHT = 130;

export interface StepSpec {
  key: string;
  stage: number;
  lane: number;
  /** Column inside the cell, left to right. */
  column: number;
  row?: number;
  title: string;
  description: string;
  channel: Channel;
  role: string;
}

export type EdgeSpec = [from: string, to: string, label?: string];

export interface PainSpec {
  key: string;
  kind: PainKind;
  title: string;
  description: string;
  severity: number;
  frequency: Frequency;
  status: PainStatus;
  owner?: string;
  steps: string[];
  /** Thundercloud keys this blister causes. */
  causes?: string[];
}

export interface JourneySpec {
  journey: NewJourney;
  steps: readonly StepSpec[];
  edges: readonly EdgeSpec[];
  pains: readonly PainSpec[];
}

export interface BuiltJourney {
  journey: JourneyRecord;
  steps: ReadonlyMap<string, StepRecord>;
  edges: EdgeRecord[];
  pains: ReadonlyMap<string, PainPointRecord>;
  /** Every record, the journey first. */
  records: AnyRecord[];
}

export function buildJourney(spec: JourneySpec, now: string): BuiltJourney {
  const journey = createJourney(spec.journey, now);
  const steps = new Map<string, StepRecord>();
  for (const s of spec.steps) {
    const place = {
      stageId: journey.stages[s.stage]!.id,
      laneId: journey.lanes[s.lane]!.id,
      x: CELL_PADDING + s.column * COLUMN_GAP,
      y: CELL_PADDING + (s.row ?? 0) * ROW_HEIGHT,
    };
    steps.set(
      s.key,
      createStep(
        journey.id,
        place,
        { title: s.title, description: s.description, channel: s.channel, role: s.role },
        now,
      ),
    );
  }
  const edges = spec.edges.map(([from, to, label]) =>
    connect(journey.id, steps.get(from)!.id, steps.get(to)!.id, label ?? "", now),
  );
  const pains = new Map<string, PainPointRecord>();
  for (const p of spec.pains) {
    const stepIds = p.steps.map((key) => steps.get(key)!.id);
    const { key: _key, steps: _steps, causes: _causes, ...details } = p;
    pains.set(p.key, createPain(journey.id, stepIds, details, now));
  }
  for (const p of spec.pains) {
    const pain = pains.get(p.key)!;
    pain.causes = (p.causes ?? []).map((key) => pains.get(key)!.id);
  }
  return {
    journey,
    steps,
    edges,
    pains,
    records: [journey, ...steps.values(), ...edges, ...pains.values()],
  };
}
