import { journeyWith, NOW } from "@test/factories";
import { beforeEach, describe, expect, it } from "vitest";
import { i18n } from "@/i18n";
import { exchange } from "@/i18n/en-exchange";
import { type ParseResult, parseWorkspaceFile } from "@/io/workspace-file";
import { listJourneys } from "@/model/records";
import type { Records } from "@/model/types";
import { commands, runCommand } from "./commands";
import type { ExportedFile } from "./commands-exchange";
import { commit } from "./document";
import { resetStore, useStore } from "./store";

// Until en.ts carries the exchange strings, register them for these tests.
i18n.addResourceBundle("en", "translation", { exchange }, true, true);

function records(): Records {
  return useStore.getState().records;
}

function parsed(text: string): Extract<ParseResult, { ok: true }> {
  const result = parseWorkspaceFile(new TextEncoder().encode(text), records(), { now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function exportAll(): ExportedFile {
  return commands["workspace.export"].run();
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});

describe("workspace.export", () => {
  it("returns the whole workspace as a .journeymap.json file and hands it to save", () => {
    const a = journeyWith(2, "A");
    const b = journeyWith(3, "B");
    commit({ put: [...Object.values(a.records), ...Object.values(b.records)] });
    const saved: ExportedFile[] = [];
    runCommand("workspace.export", { save: (file) => saved.push(file) });
    expect(saved).toHaveLength(1);
    const file = saved[0]!;
    expect(file.fileName).toMatch(/^journey-mapper-\d{4}-\d{2}-\d{2}\.journeymap\.json$/);
    expect(file.mimeType).toBe("application/json");
    const data = JSON.parse(file.text);
    expect(data).toMatchObject({ type: "journey-mapper/workspace", formatVersion: 1, appVersion: "0.1.0" });
    expect(data.records).toHaveLength(Object.keys(records()).length);
    expect(useStore.getState().notice?.message).toBe(`Saved “${file.fileName}”`);
  });

  it("exports chosen journeys, named after a single one", () => {
    const a = journeyWith(2, "Employer recruiting");
    const b = journeyWith(3, "B");
    commit({ put: [...Object.values(a.records), ...Object.values(b.records)] });
    const file = commands["workspace.export"].run({ journeyIds: [a.journey.id] });
    expect(file.fileName).toBe("Employer recruiting.journeymap.json");
    expect(JSON.parse(file.text).records).toHaveLength(Object.keys(a.records).length);
  });
});

describe("workspace.import", () => {
  it("imports into an empty workspace in one undoable step and opens the first journey", () => {
    const source = journeyWith(3, "From the other laptop");
    const text = JSON.stringify({
      type: "journey-mapper/workspace",
      formatVersion: 1,
      appVersion: "0.1.0",
      exportedAt: NOW,
      records: Object.values(source.records),
    });
    const { snapshot } = parsed(text);
    const undoBefore = useStore.getState().history.undo.length;
    const plan = commands["workspace.import"].run({ contents: snapshot, mode: "merge" });
    expect(records()).toEqual(source.records);
    expect(plan.addedTotal).toBe(Object.keys(source.records).length);
    expect(useStore.getState().history.undo.length).toBe(undoBefore + 1);
    expect(useStore.getState().route).toEqual({ view: "journey", journeyId: source.journey.id });
    const notice = useStore.getState().notice!;
    expect(notice.message).toBe("Imported 1 journey, 3 steps, 2 connections");
    expect(notice.undoDepth).toBe(useStore.getState().history.undo.length);

    runCommand("history.undo");
    expect(records()).toEqual({});
  });

  it("round trip: export, then import as new into an empty workspace, gives the same records under new ids", () => {
    const source = journeyWith(4, "Round trip");
    commit({ put: Object.values(source.records) });
    const { text } = exportAll();
    resetStore();
    useStore.setState({ loaded: true });
    commands["workspace.import"].run({ contents: parsed(text).snapshot, mode: "new" });
    const imported = Object.values(records());
    expect(imported).toHaveLength(Object.keys(source.records).length);
    for (const record of imported) expect(source.records[record.id]).toBeUndefined();
    const strip = (r: object) => {
      const {
        id: _id,
        journeyId: _j,
        stageId: _s,
        laneId: _l,
        source: _so,
        target: _t,
        stages,
        lanes,
        ...rest
      } = r as Record<string, unknown>;
      return {
        ...rest,
        stages: (stages as { name: string }[] | undefined)?.map((s) => s.name),
        lanes: (lanes as { name: string }[] | undefined)?.map((l) => l.name),
      };
    };
    const byTitle = (list: object[]) =>
      list.map(strip).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    expect(byTitle(imported)).toEqual(byTitle(Object.values(source.records)));
  });

  it("merging a workspace's own export back changes nothing and says so", () => {
    const source = journeyWith(2, "Mine");
    commit({ put: Object.values(source.records) });
    const before = records();
    const undoBefore = useStore.getState().history.undo.length;
    const { snapshot, summary } = parsed(exportAll().text);
    expect(summary.unchanged).toBe(Object.keys(before).length);
    commands["workspace.import"].run({ contents: snapshot, mode: "merge" });
    expect(records()).toBe(before);
    expect(useStore.getState().history.undo.length).toBe(undoBefore);
    expect(useStore.getState().notice?.message).toBe(
      "Nothing imported: this workspace already has everything in the file.",
    );
  });

  it("imports as new beside the original, renamed, without leaving the current view", () => {
    const source = journeyWith(2, "Mine");
    commit({ put: Object.values(source.records) });
    const before = records();
    commands["workspace.import"].run({ contents: parsed(exportAll().text).snapshot, mode: "new" });
    expect(
      listJourneys(records())
        .map((j) => j.name)
        .sort(),
    ).toEqual(["Mine", "Mine (imported)"]);
    for (const [id, record] of Object.entries(before)) expect(records()[id]).toBe(record);
    expect(useStore.getState().route).toEqual({ view: "journeys" });
    runCommand("history.undo");
    expect(records()).toEqual(before);
  });

  it("replaces colliding records only when asked", () => {
    const source = journeyWith(1, "Mine");
    commit({ put: Object.values(source.records) });
    const file = JSON.parse(exportAll().text);
    file.records.find((r: { id: string }) => r.id === source.steps[0]!.id).title = "Theirs";
    const { snapshot, summary } = parsed(JSON.stringify(file));
    expect(summary.collisions).toBe(1);
    commands["workspace.import"].run({ contents: snapshot, mode: "merge", replace: true });
    expect(records()[source.steps[0]!.id]).toMatchObject({ title: "Theirs" });
    expect(Object.keys(records())).toHaveLength(Object.keys(source.records).length);
    expect(useStore.getState().notice?.message).toBe("Replaced 1 record with the file's version");
  });
});
