import { NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { isOpen } from "@/model/painpoints";
import { edgesOf, listJourneys, stepsOf } from "@/model/records";
import { overlappingSteps } from "@/model/tidy";
import type { PainPointRecord } from "@/model/types";
import { BLUEPRINT_LABELS, buildTemplate, TEMPLATE_IDS } from "./index";

function built(id: (typeof TEMPLATE_IDS)[number]) {
  const records = toRecords(buildTemplate(id, NOW));
  const journey = listJourneys(records)[0]!;
  const pains = Object.values(records).filter((r): r is PainPointRecord => r.typeName === "painpoint");
  return {
    records,
    journey,
    steps: stepsOf(records, journey.id),
    edges: edgesOf(records, journey.id),
    pains,
  };
}

describe("templates", () => {
  it("builds one journey per template, under new ids each time", () => {
    for (const id of TEMPLATE_IDS) {
      const first = buildTemplate(id, NOW);
      expect(first[0]!.typeName, id).toBe("journey");
      expect(listJourneys(toRecords(first)), id).toHaveLength(1);
      const again = buildTemplate(id, NOW);
      expect(
        again.map((r) => r.id).filter((rid) => first.some((r) => r.id === rid)),
        id,
      ).toEqual([]);
    }
  });

  it("gives the empty blueprint the standard lanes and the line names, and no steps", () => {
    const { journey, steps } = built("blueprint");
    expect(journey.lanes.map((l) => l.name)).toEqual([
      "Job-seeker / Customer",
      "Front stage",
      "Back stage / Back office",
      "Support processes / IT systems",
    ]);
    expect(journey.stages).toHaveLength(4);
    for (const line of ["Line of interaction", "Line of visibility", "Line of internal interaction"])
      expect(journey.description).toContain(line);
    expect(steps).toEqual([]);
  });

  it("takes the blueprint's words in the user's language", () => {
    const labels = { ...BLUEPRINT_LABELS, name: "Tjänsteritning", laneNames: ["A", "B", "C", "D"] };
    const records = toRecords(buildTemplate("blueprint", NOW, labels));
    const journey = listJourneys(records)[0]!;
    expect(journey.name).toBe("Tjänsteritning");
    expect(journey.lanes.map((l) => l.name)).toEqual(["A", "B", "C", "D"]);
  });

  for (const id of ["sample", "employer", "worker-change"] as const) {
    describe(id, () => {
      const { journey, steps, edges, pains } = built(id);

      it("has 10+ steps spread over every stage and at least four lanes", () => {
        expect(steps.length).toBeGreaterThanOrEqual(10);
        expect(new Set(steps.map((s) => s.stageId)).size).toBe(journey.stages.length);
        expect(new Set(steps.map((s) => s.laneId)).size).toBeGreaterThanOrEqual(4);
        expect(steps.every((s) => s.title && s.description && s.role)).toBe(true);
      });

      it("connects every step and branches somewhere", () => {
        const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
        expect(steps.filter((s) => !touched.has(s.id)).map((s) => s.title)).toEqual([]);
        const outgoing = new Map<string, number>();
        for (const e of edges) outgoing.set(e.source, (outgoing.get(e.source) ?? 0) + 1);
        expect(Math.max(...outgoing.values())).toBeGreaterThanOrEqual(2);
        expect(edges.some((e) => e.label !== "")).toBe(true);
      });

      it("carries thunderclouds and blisters on its steps, blisters causing thunderclouds", () => {
        const stepIds = new Set(steps.map((s) => s.id));
        const kinds = (kind: string) => pains.filter((p) => p.kind === kind && isOpen(p));
        expect(kinds("thundercloud").length).toBeGreaterThanOrEqual(2);
        expect(kinds("blister").length).toBeGreaterThanOrEqual(2);
        for (const pain of pains) {
          expect(pain.stepIds.length, pain.title).toBeGreaterThan(0);
          expect(
            pain.stepIds.every((s) => stepIds.has(s)),
            pain.title,
          ).toBe(true);
          for (const cause of pain.causes)
            expect(pains.find((p) => p.id === cause)?.kind).toBe("thundercloud");
        }
        expect(kinds("blister").some((p) => p.causes.length > 0)).toBe(true);
      });

      it("puts no two steps on top of each other", () => {
        expect(overlappingSteps(journey, steps)).toEqual([]);
      });
    });
  }

  it("tells the employer's story and the change of worker in the seeds' terms", () => {
    const text = (id: "employer" | "worker-change") => {
      const { steps, pains } = built(id);
      return [...steps, ...pains].map((r) => `${r.title} ${r.description}`).join(" ");
    };
    for (const phrase of [
      "cooperation between private employers",
      "systematic matching",
      "social responsibility",
    ])
      expect(text("employer")).toContain(phrase);
    for (const phrase of ["one responsible worker", "delaying", "staff turnover", "life situation"])
      expect(text("worker-change")).toContain(phrase);
  });
});
