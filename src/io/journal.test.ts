import { journeyWith, NOW } from "@test/factories";
import { describe, expect, it } from "vitest";
import { applyJournals, type Journal } from "./journal";
import { FORMAT_VERSION } from "./migrations";

const LATER = "2030-01-01T00:00:00.000Z";

function journal(put: unknown[], remove: string[] = [], at = LATER): Journal {
  return { formatVersion: FORMAT_VERSION, at, put, remove };
}

describe("applyJournals", () => {
  const { journey, steps } = journeyWith(3);
  const stored = [journey, ...steps];
  const [a, b, c] = steps as [(typeof steps)[0], (typeof steps)[0], (typeof steps)[0]];

  it("puts back edits and deletions the page could not save, and reports them", () => {
    const edited = { ...a, title: "Typed just before the reload", updatedAt: LATER };
    const { records, changed } = applyJournals(stored, [journal([edited], [b.id])], NOW);
    expect(records.find((r) => r.id === a.id)).toEqual(edited);
    expect(records.find((r) => r.id === b.id)).toBeUndefined();
    expect(changed.sort()).toEqual([a.id, b.id].sort());
  });

  it("keeps what another tab stored after the journal was written", () => {
    const newer = { ...c, title: "Saved later by another tab", updatedAt: "2031-01-01T00:00:00.000Z" };
    const older = { ...c, title: "Left unsaved earlier", updatedAt: LATER };
    const { records, changed } = applyJournals([journey, a, b, newer], [journal([older], [newer.id])], NOW);
    expect(records.find((r) => r.id === c.id)).toEqual(newer);
    expect(changed).toEqual([]);
  });

  it("applies journals oldest first, so the last tab to go away wins", () => {
    const first = journal([{ ...a, title: "First", updatedAt: LATER }], [], LATER);
    const second = journal(
      [{ ...a, title: "Second", updatedAt: "2030-01-02T00:00:00.000Z" }],
      [],
      "2030-01-02T00:00:00.000Z",
    );
    const { records } = applyJournals(stored, [first, second], NOW);
    expect(records.find((r) => r.id === a.id)).toMatchObject({ title: "Second" });
  });

  it("sends journal records through restore: broken ones are dropped, not loaded", () => {
    const { records, changed } = applyJournals(
      stored,
      [journal([{ typeName: "step", id: "step:x", title: 3 }, "junk"])],
      NOW,
    );
    expect(records.map((r) => r.id).sort()).toEqual(stored.map((r) => r.id).sort());
    expect(changed).toEqual([]);
  });
});
