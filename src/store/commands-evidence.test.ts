import { journeyWith } from "@test/factories";
import { beforeEach, describe, expect, it } from "vitest";
import { isCode, isExcerpt, isSource, sliceCodePoints } from "@/model/evidence";
import type { CodeId, ExcerptId, SourceId } from "@/model/ids";
import { search } from "@/model/search";
import type { CodeRecord, ExcerptRecord, SourceRecord } from "@/model/types";
import { commands, runCommand } from "./commands";
import { commit } from "./document";
import {
  allEvidence,
  codebookTree,
  codeCount,
  searchIndexFor,
  sourceEvidence,
  stepEvidence,
  stepHasEvidence,
  stepRespondentCount,
  stepsWithoutEvidence,
  unlinkedEvidence,
} from "./evidence";
import { resetStore, useStore } from "./store";

const TEXT = "I waited two hours in the queue. Nobody told me which documents to bring. Anna helped me.";

function records() {
  return useStore.getState().records;
}
function source(id: string): SourceRecord {
  const r = records()[id];
  if (!isSource(r)) throw new Error("no source");
  return r;
}
function excerpt(id: string): ExcerptRecord {
  const r = records()[id];
  if (!isExcerpt(r)) throw new Error("no excerpt");
  return r;
}
function addSource(details: Partial<SourceRecord> = {}): SourceId {
  return commands["source.add"].run({ title: "Interview P01", respondent: "P01", text: TEXT, ...details })!;
}
function code(sourceId: SourceId, quote: string, codeIds: CodeId[], coder = "Anna"): ExcerptId {
  const start = source(sourceId).text.indexOf(quote);
  return commands["excerpt.add"].run({ sourceId, start, end: start + quote.length, codeIds, coder })!;
}
const undo = () => runCommand("history.undo");

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});

describe("source commands", () => {
  it("adds a pasted source and opens it; refuses one without a title", () => {
    const id = addSource({ tags: ["queue", " queue "] });
    expect(source(id)).toMatchObject({ title: "Interview P01", text: TEXT, tags: ["queue"] });
    expect(useStore.getState().route).toEqual({ view: "evidence", tab: "sources", sourceId: id });
    expect(commands["source.add"].run({ title: "  ", text: "x" })).toBeUndefined();
    undo();
    expect(records()[id]).toBeUndefined();
  });

  it("updates the text and re-anchors the excerpts in the same undoable change", () => {
    const id = addSource();
    const e = code(id, "Nobody told me", ["code:thundercloud"]);
    runCommand("source.update", id, { text: `Preface. ${TEXT}` });
    expect(excerpt(e).start).toBe(TEXT.indexOf("Nobody") + 9);
    expect(sliceCodePoints(source(id).text, excerpt(e).start, excerpt(e).end)).toBe("Nobody told me");
    undo();
    expect(source(id).text).toBe(TEXT);
    expect(excerpt(e).start).toBe(TEXT.indexOf("Nobody"));
  });

  it("deletes a source with its excerpts; one undo brings all back", () => {
    const id = addSource();
    const a = code(id, "waited two hours", ["code:thundercloud"]);
    const b = code(id, "Nobody told me", ["code:blister"]);
    const before = records();
    runCommand("source.delete", id);
    expect(records()[id]).toBeUndefined();
    expect(records()[a]).toBeUndefined();
    expect(records()[b]).toBeUndefined();
    expect(useStore.getState().route).toEqual({ view: "evidence", tab: "sources" });
    expect(useStore.getState().notice?.message).toBe("Deleted “Interview P01” and its 2 excerpts");
    expect(useStore.getState().notice?.undoDepth).toBe(useStore.getState().history.undo.length);
    undo();
    expect(records()).toEqual(before);
  });

  it("pseudonymises as one undoable change and moves the excerpts along", () => {
    const id = addSource();
    const e = code(id, "Anna helped me.", ["code:brightspot"]);
    expect(commands["source.pseudonymise"].run(id, { names: ["anna"], pseudonym: "P01" })).toBe(1);
    expect(source(id).text.endsWith("P01 helped me.")).toBe(true);
    expect(excerpt(e).quote).toBe("P01 helped me.");
    undo();
    expect(source(id).text).toBe(TEXT);
    expect(excerpt(e).quote).toBe("Anna helped me.");
    expect(commands["source.pseudonymise"].run(id, { names: ["Zed"], pseudonym: "P01" })).toBe(0);
  });
});

describe("coding commands", () => {
  it("codes a selection, making the built-in code on first use in the same change", () => {
    const id = addSource();
    const depth = useStore.getState().history.undo.length;
    const e = code(id, "waited two hours", ["code:thundercloud"]);
    expect(excerpt(e)).toMatchObject({
      quote: "waited two hours",
      codeIds: ["code:thundercloud"],
      coder: "Anna",
    });
    expect(records()["code:thundercloud"]).toMatchObject({ typeName: "code", name: "Thundercloud" });
    expect(useStore.getState().history.undo.length).toBe(depth + 1);
    undo();
    expect(records()[e]).toBeUndefined();
    expect(records()["code:thundercloud"]).toBeUndefined();
  });

  it("ignores unknown codes and empty selections", () => {
    const id = addSource();
    const e = code(id, "queue", ["code:nope" as CodeId, "code:blister"]);
    expect(excerpt(e).codeIds).toEqual(["code:blister"]);
    expect(commands["excerpt.add"].run({ sourceId: id, start: 5, end: 5, codeIds: [] })).toBeUndefined();
  });

  it("adds, edits, refuses cycles, merges and deletes codes, each undoable", () => {
    const id = addSource();
    const waiting = commands["code.add"].run({ name: "Waiting" })!;
    const phone = commands["code.add"].run({ name: "Phone queue", parentId: waiting })!;
    expect(commands["code.add"].run({ name: "waiting" })).toBeUndefined();
    expect((records()[phone] as CodeRecord).parentId).toBe(waiting);
    expect(commands["code.update"].run(waiting, { parentId: phone })).toBe(false);
    expect(commands["code.update"].run(waiting, { description: "Any waiting" })).toBe(true);

    const a = code(id, "waited two hours", [waiting, "code:thundercloud"]);
    const b = code(id, "in the queue", [phone], "Bo");
    expect(codeCount(records(), phone)).toEqual({ excerpts: 1, respondents: 1 });

    runCommand("code.merge", phone, waiting);
    expect(records()[phone]).toBeUndefined();
    expect(excerpt(b).codeIds).toEqual([waiting]);
    expect(codeCount(records(), waiting)).toEqual({ excerpts: 2, respondents: 1 });
    undo();
    expect(excerpt(b).codeIds).toEqual([phone]);

    runCommand("code.delete", waiting);
    expect(records()[waiting]).toBeUndefined();
    expect(excerpt(a).codeIds).toEqual(["code:thundercloud"]);
    expect((records()[phone] as CodeRecord).parentId).toBeNull();
    undo();
    expect(isCode(records()[waiting])).toBe(true);
    expect(excerpt(a).codeIds).toEqual([waiting, "code:thundercloud"]);
  });

  it("edits a built-in code before it is used, making its record", () => {
    expect(commands["code.update"].run("code:blister", { colour: "#123456" })).toBe(true);
    expect(records()["code:blister"]).toMatchObject({ name: "Blister", colour: "#123456" });
  });

  it("links and unlinks excerpts to steps, edges and pain points", () => {
    const { journey, steps, edges } = journeyWith(2);
    commit({ put: [journey, ...steps, ...edges] });
    const id = addSource();
    const e = code(id, "queue", ["code:thundercloud"]);
    runCommand("excerpt.linkStep", e, steps[0]!.id);
    runCommand("excerpt.linkStep", e, "step:missing");
    runCommand("excerpt.linkEdge", e, edges[0]!.id);
    runCommand("pain.add", steps[0]!.id, { kind: "thundercloud", title: "Queue" });
    const painId = useStore.getState().editingPain as `pain:${string}`;
    runCommand("excerpt.linkPain", e, painId);
    expect(excerpt(e)).toMatchObject({
      stepIds: [steps[0]!.id],
      edgeIds: [edges[0]!.id],
      painPointIds: [painId],
    });
    runCommand("excerpt.unlinkStep", e, steps[0]!.id);
    runCommand("excerpt.unlinkEdge", e, edges[0]!.id);
    runCommand("excerpt.unlinkPain", e, painId);
    expect(excerpt(e)).toMatchObject({ stepIds: [], edgeIds: [], painPointIds: [] });
    undo();
    expect(excerpt(e).painPointIds).toEqual([painId]);
  });

  it("links an excerpt dropped on a step, with an undoable notice", () => {
    const { journey, steps } = journeyWith(1);
    commit({ put: [journey, ...steps] });
    const id = addSource();
    const e = code(id, "Nobody told me", ["code:thundercloud"]);
    expect(commands["evidence.dropOnStep"].run(e, steps[0]!.id)).toBe(true);
    expect(excerpt(e).stepIds).toEqual([steps[0]!.id]);
    expect(useStore.getState().notice).toMatchObject({
      message: "Linked “Nobody told me” to “Step 1”",
      undoDepth: useStore.getState().history.undo.length,
    });
    expect(commands["evidence.dropOnStep"].run(e, steps[0]!.id)).toBe(false);
    undo();
    expect(excerpt(e).stepIds).toEqual([]);
  });

  it("moves an excerpt onto another passage, undoably", () => {
    const id = addSource();
    const e = code(id, "queue", ["code:thundercloud"]);
    const start = TEXT.indexOf("Anna helped");
    runCommand("excerpt.move", e, start, start + 11);
    expect(excerpt(e)).toMatchObject({ quote: "Anna helped", codeIds: ["code:thundercloud"] });
    undo();
    expect(excerpt(e).quote).toBe("queue");
  });

  it("opens the evidence view on a tab", () => {
    runCommand("view.evidence", { tab: "codebook" });
    expect(useStore.getState().route).toEqual({ view: "evidence", tab: "codebook" });
    runCommand("view.evidence");
    expect(useStore.getState().route).toEqual({ view: "evidence", tab: "codebook" });
  });
});

describe("evidence selectors for the map", () => {
  it("lists a step's evidence with source and role, counts distinct respondents, and finds steps without any", () => {
    const { journey, steps } = journeyWith(3);
    commit({ put: [journey, ...steps] });
    const p1 = addSource({ respondent: "P01", respondentRole: "job-seeker", date: "2024-03-04" });
    const p1b = addSource({ title: "Second talk", respondent: "p01" });
    const p2 = addSource({ title: "Counsellor", respondent: "P02", respondentRole: "counsellor" });
    const step = steps[0]!.id;
    for (const [sid, quote] of [
      [p1, "queue"],
      [p1b, "queue"],
      [p2, "Nobody told me"],
    ] as const) {
      runCommand("excerpt.linkStep", code(sid, quote, ["code:thundercloud"]), step);
    }
    const items = stepEvidence(records(), step);
    expect(items).toHaveLength(3);
    expect(items.map((i) => i.source.respondentRole).sort()).toEqual(["counsellor", "job-seeker", "other"]);
    expect(items.every((i) => i.anchored && i.codes[0]?.id === "code:thundercloud")).toBe(true);
    expect(stepRespondentCount(records(), step)).toBe(2);
    expect(stepHasEvidence(records(), step)).toBe(true);
    expect([...stepsWithoutEvidence(records(), journey.id)].sort()).toEqual(
      [steps[1]!.id, steps[2]!.id].sort(),
    );
    expect(stepEvidence(records(), steps[1]!.id)).toEqual([]);
  });

  it("lists every excerpt, and those not yet placed on a map", () => {
    const { journey, steps } = journeyWith(1);
    commit({ put: [journey, ...steps] });
    const id = addSource();
    const a = code(id, "queue", ["code:thundercloud"]);
    const b = code(id, "Nobody told me", ["code:blister"]);
    runCommand("excerpt.linkStep", a, steps[0]!.id);
    expect(allEvidence(records()).map((i) => i.excerpt.id)).toEqual([a, b]);
    expect(unlinkedEvidence(records()).map((i) => i.excerpt.id)).toEqual([b]);
  });

  it("keeps a step's list the same object when unrelated records change", () => {
    const { journey, steps } = journeyWith(2);
    commit({ put: [journey, ...steps] });
    const id = addSource();
    runCommand("excerpt.linkStep", code(id, "queue", ["code:thundercloud"]), steps[0]!.id);
    const before = stepEvidence(records(), steps[0]!.id);
    const sourceBefore = sourceEvidence(records(), id);
    runCommand("step.update", steps[1]!.id, { title: "Renamed" });
    expect(stepEvidence(records(), steps[0]!.id)).toBe(before);
    expect(sourceEvidence(records(), id)).toBe(sourceBefore);
    code(id, "Nobody told me", ["code:blister"]);
    expect(stepEvidence(records(), steps[0]!.id)).toBe(before);
    expect(sourceEvidence(records(), id)).not.toBe(sourceBefore);
  });

  it("builds the codebook tree with the built-in codes and a search index per records object", () => {
    const id = addSource();
    code(id, "Nobody told me", ["code:blister"]);
    expect(codebookTree(records()).map((n) => [n.code.name, n.virtual])).toEqual([
      ["Thundercloud", true],
      ["Blister", false],
      ["Bright spot", true],
    ]);
    const index = searchIndexFor(records());
    expect(searchIndexFor(records())).toBe(index);
    expect(search(index, "NOBODY").total).toBe(2);
  });
});
