import { connect, createJourney, createStep } from "@/model/journey";
import { CELL_PADDING } from "@/model/layout";
import type { AnyRecord, EdgeRecord, JourneyRecord, Records, StepRecord } from "@/model/types";

export const NOW = "2026-11-23T10:00:00.000Z";

export function journeyWith(stepCount: number, name = "Test journey") {
  const journey = createJourney(
    {
      name,
      stageNames: ["Before", "During", "After"],
      laneNames: ["Job-seeker", "Counsellor", "Back office"],
    },
    NOW,
  );
  const steps: StepRecord[] = [];
  for (let i = 0; i < stepCount; i++) {
    steps.push(
      createStep(
        journey.id,
        {
          stageId: journey.stages[i % 3]!.id,
          laneId: journey.lanes[0]!.id,
          x: CELL_PADDING + Math.floor(i / 3) * 248,
          y: CELL_PADDING,
        },
        { title: `Step ${i + 1}` },
        NOW,
      ),
    );
  }
  const edges: EdgeRecord[] = [];
  for (let i = 1; i < steps.length; i++)
    edges.push(connect(journey.id, steps[i - 1]!.id, steps[i]!.id, "", NOW));
  return { journey, steps, edges, records: toRecords([journey, ...steps, ...edges]) };
}

export function toRecords(list: readonly AnyRecord[]): Records {
  const records: Record<string, AnyRecord> = {};
  for (const r of list) records[r.id] = r;
  return records;
}

export function asJourney(record: AnyRecord | undefined): JourneyRecord {
  if (record?.typeName !== "journey") throw new Error("not a journey");
  return record;
}
