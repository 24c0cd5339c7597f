import { journeyWith, NOW } from "@test/factories";
import { describe, expect, it } from "vitest";
import { applyChange } from "./diff";
import {
  byPriority,
  causeLinks,
  createPain,
  customerEmotion,
  deletePains,
  detachPainsFromSteps,
  isOpen,
  linkCause,
  MAX_SCORE,
  matchesFilter,
  noFilter,
  priorityScore,
  staffEmotion,
  summariseSteps,
  validatePain,
} from "./painpoints";
import { PAIN_STATUSES, type PainPointRecord } from "./types";

function pain(overrides: Partial<PainPointRecord> & Pick<PainPointRecord, "kind">, stepIds: string[] = []) {
  const { journey } = journeyWith(0);
  return { ...createPain(journey.id, stepIds as never, { title: "P", ...overrides }, NOW), ...overrides };
}

describe("scores", () => {
  it("is severity times the frequency weight, from 1 to 20", () => {
    expect(priorityScore({ severity: 1, frequency: "rare" })).toBe(1);
    expect(priorityScore({ severity: 3, frequency: "sometimes" })).toBe(6);
    expect(priorityScore({ severity: 4, frequency: "often" })).toBe(12);
    expect(priorityScore({ severity: 5, frequency: "always" })).toBe(MAX_SCORE);
    expect(MAX_SCORE).toBe(20);
  });

  it("ranks by score, then severity, then title", () => {
    const ranked = [
      { title: "B", severity: 2, frequency: "always" as const },
      { title: "C", severity: 4, frequency: "sometimes" as const },
      { title: "A", severity: 2, frequency: "always" as const },
      { title: "D", severity: 5, frequency: "rare" as const },
    ].sort(byPriority);
    // 8, 8, 8 (the severe one first, then by title), then 5.
    expect(ranked.map((p) => p.title)).toEqual(["C", "A", "B", "D"]);
  });

  it("counts open pain points per kind and the highest score per step", () => {
    const s = "step:a";
    const summary = summariseSteps([
      pain({ kind: "thundercloud", severity: 5, frequency: "often" }, [s]),
      pain({ kind: "thundercloud", severity: 2, frequency: "rare" }, [s]),
      pain({ kind: "blister", severity: 3, frequency: "always" }, [s]),
      pain({ kind: "brightspot", severity: 5, frequency: "always" }, [s]),
      pain({ kind: "thundercloud", severity: 5, frequency: "always", status: "resolved" }, [s]),
    ]).get(s);
    expect(summary).toEqual({ thunderclouds: 2, blisters: 1, brightspots: 1, score: 15 });
  });
});

describe("status flow", () => {
  it("goes new → confirmed → prioritised → in progress → resolved, or won't fix; the last two are closed", () => {
    expect(PAIN_STATUSES).toEqual(["new", "confirmed", "prioritised", "in-progress", "resolved", "wont-fix"]);
    expect(PAIN_STATUSES.filter((status) => !isOpen({ status }))).toEqual(["resolved", "wont-fix"]);
  });
});

describe("validation", () => {
  it("refuses an empty title and severities outside 1–5", () => {
    expect(validatePain({ title: "  " })).toEqual({ title: "required" });
    expect(validatePain({ severity: 0 })).toEqual({ severity: "severityRange" });
    expect(validatePain({ severity: 6 })).toEqual({ severity: "severityRange" });
    expect(validatePain({ severity: 2.5 })).toEqual({ severity: "severityRange" });
    expect(validatePain({ severity: Number.NaN })).toEqual({ severity: "severityRange" });
    expect(validatePain({ title: "Queue", severity: 5 })).toEqual({});
  });
});

describe("derived emotion", () => {
  const { steps } = journeyWith(1);
  const step = steps[0]!;
  it("is 0 without pain points and follows the strongest open thundercloud and bright spot", () => {
    expect(customerEmotion(step, [])).toBe(0);
    expect(customerEmotion(step, [pain({ kind: "thundercloud", severity: 3 }, [step.id])])).toBe(-1);
    expect(customerEmotion(step, [pain({ kind: "thundercloud", severity: 4 }, [step.id])])).toBe(-2);
    expect(customerEmotion(step, [pain({ kind: "brightspot", severity: 4 }, [step.id])])).toBe(2);
    expect(
      customerEmotion(step, [
        pain({ kind: "brightspot", severity: 4 }, [step.id]),
        pain({ kind: "thundercloud", severity: 2 }, [step.id]),
      ]),
    ).toBe(1);
    expect(
      customerEmotion(step, [pain({ kind: "thundercloud", severity: 5, status: "resolved" }, [step.id])]),
    ).toBe(0);
  });

  it("takes a hand-set value over the derived one", () => {
    expect(
      customerEmotion({ ...step, emotion: 1 }, [pain({ kind: "thundercloud", severity: 5 }, [step.id])]),
    ).toBe(1);
  });

  it("derives the staff curve from blisters only", () => {
    expect(staffEmotion(step, [pain({ kind: "thundercloud", severity: 5 }, [step.id])])).toBe(0);
    expect(staffEmotion(step, [pain({ kind: "blister", severity: 2 }, [step.id])])).toBe(-1);
    expect(staffEmotion(step, [pain({ kind: "blister", severity: 5 }, [step.id])])).toBe(-2);
  });
});

describe("links and deletion", () => {
  it("links a blister to the thundercloud it causes, and nothing else", () => {
    const blister = pain({ kind: "blister" });
    const cloud = pain({ kind: "thundercloud" });
    const change = linkCause(blister, cloud, NOW);
    expect((change.put![0] as PainPointRecord).causes).toEqual([cloud.id]);
    expect(linkCause(cloud, blister, NOW)).toEqual({});
  });

  it("deleting a thundercloud removes it from the blisters that caused it", () => {
    const cloud = pain({ kind: "thundercloud" });
    const blister = { ...pain({ kind: "blister" }), causes: [cloud.id] };
    const records = { [cloud.id]: cloud, [blister.id]: blister };
    const { records: after } = applyChange(records, deletePains(records, [cloud.id], NOW));
    expect(after[cloud.id]).toBeUndefined();
    expect((after[blister.id] as PainPointRecord).causes).toEqual([]);
  });

  it("when steps go, deletes the pain points only on them, or keeps them unattached", () => {
    const { steps, records } = journeyWith(2);
    const [a, b] = steps as [(typeof steps)[0], (typeof steps)[0]];
    const onlyA = pain({ kind: "thundercloud" }, [a.id]);
    const both = pain({ kind: "blister" }, [a.id, b.id]);
    const all = { ...records, [onlyA.id]: onlyA, [both.id]: both };
    const deleted = applyChange(all, detachPainsFromSteps(all, [a.id], "delete", NOW)).records;
    expect(deleted[onlyA.id]).toBeUndefined();
    expect((deleted[both.id] as PainPointRecord).stepIds).toEqual([b.id]);
    const kept = applyChange(all, detachPainsFromSteps(all, [a.id], "keep", NOW)).records;
    expect((kept[onlyA.id] as PainPointRecord).stepIds).toEqual([]);
  });
});

describe("filters", () => {
  it("matches by kind, open status and severity", () => {
    const cloud = pain({ kind: "thundercloud", severity: 4 });
    expect(matchesFilter(cloud, noFilter)).toBe(true);
    expect(matchesFilter(cloud, { ...noFilter, kinds: ["blister"] })).toBe(false);
    expect(matchesFilter(cloud, { ...noFilter, minSeverity: 5 })).toBe(false);
    expect(matchesFilter({ ...cloud, status: "resolved" }, { ...noFilter, openOnly: true })).toBe(false);
  });
});

describe("causeLinks", () => {
  it("links each step of an open blister to each step of an open thundercloud it causes, once", () => {
    const { journey, steps } = journeyWith(3);
    const [a, b, c] = steps.map((s) => s.id);
    const cloud = createPain(journey.id, [b!, c!], { kind: "thundercloud", title: "Rushed" }, NOW);
    const blister = {
      ...createPain(journey.id, [a!, b!], { kind: "blister", title: "Targets" }, NOW),
      causes: [cloud.id],
    };
    const twin = { ...blister, id: "pain:twin" as const };
    const pairs = (links: ReturnType<typeof causeLinks>) => links.map((l) => `${l.source}>${l.target}`);
    // b→b is one step, left out; the twin blister's pairs are already there.
    expect(pairs(causeLinks([cloud, blister, twin], () => true))).toEqual([
      `${a}>${b}`,
      `${a}>${c}`,
      `${b}>${c}`,
    ]);
    expect(pairs(causeLinks([cloud, blister], (id) => id !== c))).toEqual([`${a}>${b}`]);
    expect(causeLinks([{ ...cloud, status: "wont-fix" }, blister], () => true)).toEqual([]);
  });
});
