import { journeyWith, NOW } from "@test/factories";
import type { CodeId, ExcerptId, ImprovementId, IndicatorId, SourceId } from "@/model/ids";
import { createPain } from "@/model/painpoints";
import type {
  AnyRecord,
  CodeRecord,
  ExcerptRecord,
  ImprovementRecord,
  IndicatorRecord,
  PainPointRecord,
  Records,
  SourceRecord,
} from "@/model/types";

/**
 * For tests of files in and out: a workspace with every record type and every kind of
 * reference (journeyId, stage and lane, edge ends, pain steps and causes, excerpt links,
 * improvement links, indicator attachment, code parents).
 */
export function richWorkspace(name = "Rich journey", key = "a") {
  const { journey, steps, edges } = journeyWith(4, name);
  const cloud = createPain(journey.id, [steps[1]!.id], { kind: "thundercloud", title: "Long queue" }, NOW);
  const blister: PainPointRecord = {
    ...createPain(journey.id, [steps[2]!.id, steps[3]!.id], { kind: "blister", title: "Box-ticking" }, NOW),
    causes: [cloud.id],
  };
  const source: SourceRecord = {
    typeName: "source",
    id: `source:${key}1` as SourceId,
    kind: "interview",
    title: "Interview 1",
    respondent: "R1",
    respondentRole: "job-seeker",
    date: "2026-10-01",
    interviewer: "Anna",
    tags: ["pilot"],
    attributes: { office: "Malmö" },
    text: "I waited three hours in the queue.",
    createdAt: NOW,
    updatedAt: NOW,
  };
  const parent: CodeRecord = {
    typeName: "code",
    id: `code:${key}parent` as CodeId,
    name: "Waiting",
    colour: "#5b7fa8",
    description: "",
    parentId: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
  const child: CodeRecord = {
    ...parent,
    id: `code:${key}child` as CodeId,
    name: "Queue",
    parentId: parent.id,
  };
  const excerpt: ExcerptRecord = {
    typeName: "excerpt",
    id: `excerpt:${key}1` as ExcerptId,
    sourceId: source.id,
    start: 2,
    end: 8,
    quote: "waited",
    before: "I ",
    after: " three",
    codeIds: [child.id],
    coder: "Anna",
    stepIds: [steps[1]!.id],
    edgeIds: [edges[0]!.id],
    painPointIds: [cloud.id],
    note: "",
    createdAt: NOW,
    updatedAt: NOW,
  };
  const improvement: ImprovementRecord = {
    typeName: "improvement",
    id: `improvement:${key}1` as ImprovementId,
    journeyId: journey.id,
    title: "Digital booking",
    description: "",
    owner: "Team",
    status: "planned",
    startDate: "2026-12-01",
    endDate: "",
    painPointIds: [cloud.id],
    stepIds: [steps[1]!.id],
    createdAt: NOW,
    updatedAt: NOW,
  };
  const indicator: IndicatorRecord = {
    typeName: "indicator",
    id: `indicator:${key}1` as IndicatorId,
    journeyId: journey.id,
    name: "Waiting time",
    unit: "min",
    better: "lower",
    target: 30,
    attachedTo: steps[1]!.id,
    measurements: [{ id: "m1", date: "2026-10-01", value: 180, note: "baseline" }],
    createdAt: NOW,
    updatedAt: NOW,
  };
  const list: AnyRecord[] = [
    journey,
    ...steps,
    ...edges,
    cloud,
    blister,
    source,
    parent,
    child,
    excerpt,
    improvement,
    indicator,
  ];
  const records: Records = Object.fromEntries(list.map((r) => [r.id, r]));
  return {
    journey,
    steps,
    edges,
    cloud,
    blister,
    source,
    parent,
    child,
    excerpt,
    improvement,
    indicator,
    list,
    records,
  };
}
