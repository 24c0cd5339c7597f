import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { createPain, type PainDetails } from "@/model/painpoints";
import type { PainKind, PainPointRecord, Records, StepRecord } from "@/model/types";
import {
  buildRows,
  filterRows,
  groupRows,
  journeyOptions,
  normaliseText,
  noTrackerFilter,
  searchRows,
  sortRows,
  type TrackerRow,
} from "./rows";

/** Two journeys: "Registration" (steps in Before, During, After) and "Employer contact". */
function workspace() {
  const a = journeyWith(3, "Registration");
  const b = journeyWith(2, "Employer contact");
  const pains: PainPointRecord[] = [];
  const pain = (
    steps: readonly StepRecord[],
    details: PainDetails & { kind: PainKind; title: string },
    updatedAt = NOW,
  ) => {
    const journeyId = steps[0]?.journeyId ?? a.journey.id;
    const p = {
      ...createPain(
        journeyId,
        steps.map((s) => s.id),
        details,
        NOW,
      ),
      updatedAt,
    };
    pains.push(p);
    return p;
  };
  const queue = pain([a.steps[1]!], {
    kind: "thundercloud",
    title: "Hours in the queue",
    severity: 5,
    frequency: "always",
    status: "confirmed",
    owner: "Anna",
    description: "Must also call Försäkringskassan about benefits",
  });
  const plan = pain(
    [a.steps[2]!, a.steps[0]!],
    {
      kind: "blister",
      title: "Action plan at the first meeting",
      severity: 4,
      frequency: "often",
      status: "in-progress",
      owner: "anna ",
    },
    "2026-11-25T10:00:00.000Z",
  );
  const profile = pain(
    [a.steps[0]!],
    {
      kind: "brightspot",
      title: "Profile filled in at home",
      severity: 2,
      frequency: "sometimes",
      status: "resolved",
    },
    "2026-11-20T10:00:00.000Z",
  );
  const orphan = pain([], {
    kind: "thundercloud",
    title: "Nobody answers the phone",
    severity: 3,
    frequency: "rare",
    status: "new",
    owner: "Bodil",
  });
  const employer = pain([b.steps[0]!], {
    kind: "blister",
    title: "Employer registers twice",
    severity: 1,
    frequency: "sometimes",
    status: "wont-fix",
  });
  const records: Records = toRecords([
    a.journey,
    ...a.steps,
    ...a.edges,
    b.journey,
    ...b.steps,
    ...b.edges,
    ...pains,
  ]);
  return { a, b, records, queue, plan, profile, orphan, employer };
}

const titles = (rows: readonly TrackerRow[]) => rows.map((r) => r.pain.title);

describe("buildRows", () => {
  it("makes one row per pain point with its journey, first step's stage and steps", () => {
    const { a, records, plan, orphan } = workspace();
    const rows = buildRows(records);
    expect(rows).toHaveLength(5);
    const planRow = rows.find((r) => r.id === plan.id)!;
    expect(planRow.journeyName).toBe("Registration");
    expect(planRow.steps).toBe("Step 3, Step 1");
    expect(planRow.stageName).toBe("After");
    expect(planRow.firstStepId).toBe(a.steps[2]!.id);
    expect(planRow.score).toBe(12);
    const orphanRow = rows.find((r) => r.id === orphan.id)!;
    expect(orphanRow).toMatchObject({ steps: "", stageId: null, stageIndex: -1, firstStepId: null });
  });

  it("is cached per records object and reuses the rows of unchanged pain points", () => {
    const { records, queue, plan } = workspace();
    const rows = buildRows(records);
    expect(buildRows(records)).toBe(rows);
    const edited = { ...records, [queue.id]: { ...queue, severity: 1 } };
    const next = buildRows(edited);
    expect(next).not.toBe(rows);
    expect(next.find((r) => r.id === plan.id)).toBe(rows.find((r) => r.id === plan.id));
    expect(next.find((r) => r.id === queue.id)).not.toBe(rows.find((r) => r.id === queue.id));
  });

  it("follows a renamed step", () => {
    const { a, records, queue } = workspace();
    const renamed = { ...records, [a.steps[1]!.id]: { ...a.steps[1]!, title: "Waits in Direktservice" } };
    expect(buildRows(renamed).find((r) => r.id === queue.id)!.steps).toBe("Waits in Direktservice");
  });

  it("lists journeys by name for the filter", () => {
    const { records } = workspace();
    expect(journeyOptions(records).map((j) => j.name)).toEqual(["Employer contact", "Registration"]);
  });
});

describe("search", () => {
  it("ignores case and diacritics", () => {
    expect(normaliseText("Försäkringskassan ÅÄÖ é")).toBe("forsakringskassan aao e");
    const { records } = workspace();
    const rows = buildRows(records);
    expect(titles(searchRows(rows, "forsakringskassan"))).toEqual(["Hours in the queue"]);
    expect(titles(searchRows(rows, "FÖRSÄKRINGSKASSAN"))).toEqual(["Hours in the queue"]);
  });

  it("looks in owner, step titles and journey name, and wants every word", () => {
    const { records } = workspace();
    const rows = buildRows(records);
    expect(titles(searchRows(rows, "BODIL"))).toEqual(["Nobody answers the phone"]);
    expect(searchRows(rows, "employer contact")).toHaveLength(1);
    expect(titles(searchRows(rows, "step 1")).sort()).toEqual([
      "Action plan at the first meeting",
      "Employer registers twice",
      "Profile filled in at home",
    ]);
    expect(searchRows(rows, "queue phone")).toHaveLength(0);
    expect(searchRows(rows, "  ")).toBe(rows);
  });
});

describe("filterRows", () => {
  it("filters by kind, status, journey and open only", () => {
    const { b, records } = workspace();
    const rows = buildRows(records);
    expect(filterRows(rows, noTrackerFilter)).toBe(rows);
    expect(titles(filterRows(rows, { ...noTrackerFilter, kind: "blister" })).sort()).toEqual([
      "Action plan at the first meeting",
      "Employer registers twice",
    ]);
    expect(titles(filterRows(rows, { ...noTrackerFilter, status: "new" }))).toEqual([
      "Nobody answers the phone",
    ]);
    expect(titles(filterRows(rows, { ...noTrackerFilter, journeyId: b.journey.id }))).toEqual([
      "Employer registers twice",
    ]);
    const open = filterRows(rows, { ...noTrackerFilter, openOnly: true });
    expect(titles(open).sort()).toEqual([
      "Action plan at the first meeting",
      "Hours in the queue",
      "Nobody answers the phone",
    ]);
    expect(filterRows(rows, { ...noTrackerFilter, kind: "blister", openOnly: true })).toHaveLength(1);
  });
});

describe("sortRows", () => {
  const rows = () => buildRows(workspace().records);

  it("sorts text by the locale's collation, empty values last in both directions", () => {
    expect(titles(sortRows(rows(), "title", "ascending"))).toEqual([
      "Action plan at the first meeting",
      "Employer registers twice",
      "Hours in the queue",
      "Nobody answers the phone",
      "Profile filled in at home",
    ]);
    expect(titles(sortRows(rows(), "title", "descending"))[0]).toBe("Profile filled in at home");
    const owners = (dir: "ascending" | "descending") =>
      sortRows(rows(), "owner", dir).map((r) => r.pain.owner.trim());
    // "Anna" and "anna " are the same owner; the tie goes to the title.
    expect(owners("ascending")).toEqual(["anna", "Anna", "Bodil", "", ""]);
    expect(owners("descending")).toEqual(["Bodil", "anna", "Anna", "", ""]);
    expect(sortRows(rows(), "journey", "ascending")[0]!.journeyName).toBe("Employer contact");
    expect(sortRows(rows(), "step", "ascending").at(-1)!.steps).toBe("");
  });

  it("sorts numbers, and frequency, kind and status by their defined order", () => {
    expect(sortRows(rows(), "severity", "descending").map((r) => r.pain.severity)).toEqual([5, 4, 3, 2, 1]);
    expect(sortRows(rows(), "severity", "ascending").map((r) => r.pain.severity)).toEqual([1, 2, 3, 4, 5]);
    expect(sortRows(rows(), "score", "descending").map((r) => r.score)).toEqual([20, 12, 4, 3, 2]);
    expect(sortRows(rows(), "frequency", "ascending").map((r) => r.pain.frequency)).toEqual([
      "rare",
      "sometimes",
      "sometimes",
      "often",
      "always",
    ]);
    expect(sortRows(rows(), "kind", "ascending").map((r) => r.pain.kind)).toEqual([
      "thundercloud",
      "thundercloud",
      "blister",
      "blister",
      "brightspot",
    ]);
    expect(sortRows(rows(), "status", "ascending").map((r) => r.pain.status)).toEqual([
      "new",
      "confirmed",
      "in-progress",
      "resolved",
      "wont-fix",
    ]);
  });

  it("sorts stages by their place in the journey, unattached last", () => {
    expect(sortRows(rows(), "stage", "ascending").map((r) => r.stageName)).toEqual([
      "Before",
      "Before",
      "During",
      "After",
      "",
    ]);
    expect(sortRows(rows(), "stage", "descending").map((r) => r.stageName)).toEqual([
      "After",
      "During",
      "Before",
      "Before",
      "",
    ]);
  });

  it("sorts by time updated, and breaks ties by title", () => {
    const sorted = sortRows(rows(), "updated", "descending");
    expect(sorted[0]!.pain.title).toBe("Action plan at the first meeting");
    expect(sorted.at(-1)!.pain.title).toBe("Profile filled in at home");
    // The three with the same time stay in title order.
    expect(titles(sorted.slice(1, 4))).toEqual([
      "Employer registers twice",
      "Hours in the queue",
      "Nobody answers the phone",
    ]);
  });

  it("does not change its input", () => {
    const input = rows();
    const before = [...input];
    sortRows(input, "title", "descending");
    expect(input).toEqual(before);
  });
});

describe("groupRows", () => {
  const rows = () => sortRows(buildRows(workspace().records), "title", "ascending");
  const headers = (items: ReturnType<typeof groupRows>) =>
    items.flatMap((i) => (i.type === "group" ? [[i.name, i.count] as const] : []));

  it("lists the rows alone when not grouping", () => {
    expect(groupRows(rows(), "none").every((i) => i.type === "row")).toBe(true);
  });

  it("groups by status in workflow order with counts", () => {
    const items = groupRows(rows(), "status");
    expect(headers(items)).toEqual([
      ["new", 1],
      ["confirmed", 1],
      ["in-progress", 1],
      ["resolved", 1],
      ["wont-fix", 1],
    ]);
    expect(items).toHaveLength(10);
  });

  it("groups by kind, journey and stage", () => {
    expect(headers(groupRows(rows(), "kind"))).toEqual([
      ["thundercloud", 2],
      ["blister", 2],
      ["brightspot", 1],
    ]);
    expect(headers(groupRows(rows(), "journey"))).toEqual([
      ["Employer contact", 1],
      ["Registration", 4],
    ]);
    const stages = groupRows(rows(), "stage").filter((i) => i.type === "group");
    expect(stages.map((g) => [g.detail, g.name, g.count])).toEqual([
      ["Employer contact", "Before", 1],
      ["Registration", "Before", 1],
      ["Registration", "During", 1],
      ["Registration", "After", 1],
      ["", "", 1],
    ]);
  });

  it("groups owners regardless of case and spacing, with no owner last", () => {
    expect(headers(groupRows(rows(), "owner"))).toEqual([
      // Named as the first row (in the current sort) writes it.
      ["anna", 2],
      ["Bodil", 1],
      ["", 2],
    ]);
  });

  it("leaves out the rows of a collapsed group but keeps its count", () => {
    const items = groupRows(rows(), "kind", new Set(["group:kind:blister"]));
    const blister = items.find((i) => i.type === "group" && i.value === "blister");
    expect(blister).toMatchObject({ count: 2, collapsed: true });
    expect(items.filter((i) => i.type === "row")).toHaveLength(3);
  });
});
