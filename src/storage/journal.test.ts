import { afterEach, describe, expect, it, vi } from "vitest";
import { readJournals, removeJournal, removeJournals, writeJournal } from "./journal";

const entry = (at: string) => ({ formatVersion: 1, at, put: [{ id: "step:a" }], remove: ["step:b"] });

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe("the unsaved-edits journal in localStorage", () => {
  it("keeps one journal per tab and reads them back oldest first", () => {
    expect(writeJournal("tab:2", entry("2026-02-01T00:00:00.000Z"))).toBe(true);
    expect(writeJournal("tab:1", entry("2026-01-01T00:00:00.000Z"))).toBe(true);
    localStorage.setItem("something-else", "{}");
    expect(readJournals().map((j) => j.journal.at)).toEqual([
      "2026-01-01T00:00:00.000Z",
      "2026-02-01T00:00:00.000Z",
    ]);
    removeJournal("tab:1");
    expect(readJournals()).toHaveLength(1);
    removeJournals(readJournals().map((j) => j.key));
    expect(readJournals()).toEqual([]);
    expect(localStorage.getItem("something-else")).toBe("{}");
  });

  it("skips entries that are not journals", () => {
    localStorage.setItem("journey-mapper.unsaved.tab:x", "not json");
    localStorage.setItem("journey-mapper.unsaved.tab:y", JSON.stringify({ at: 3 }));
    expect(readJournals()).toEqual([]);
  });

  it("reports a full storage instead of throwing", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(writeJournal("tab:1", entry("2026-01-01T00:00:00.000Z"))).toBe(false);
  });
});
