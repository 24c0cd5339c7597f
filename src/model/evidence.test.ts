import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { applyChange } from "./diff";
import {
  applyPseudonymisation,
  BUILTIN_CODES,
  builtinCode,
  CONTEXT_LENGTH,
  codebook,
  codeCounts,
  codePointIndex,
  codePointLength,
  codeTree,
  createCode,
  createExcerpt,
  createSource,
  deleteCode,
  deleteSource,
  descendantsOf,
  detachExcerpts,
  excerptsOfSource,
  findAnchor,
  foldText,
  foldWithMap,
  isAnchored,
  isIsoDate,
  linkExcerpt,
  mapOffset,
  matchesSource,
  mergeCodes,
  missingBuiltinCodes,
  moveExcerpt,
  narrowsSourceFilter,
  normaliseTags,
  noSourceFilter,
  pseudonymise,
  quoteWithContext,
  reanchor,
  respondentKey,
  type SourceFilter,
  shortQuote,
  sliceCodePoints,
  sourceMatcher,
  trimSelection,
  unlinkExcerpt,
  updateCode,
  updateSource,
  validateCode,
  validateSource,
  wouldCycle,
} from "./evidence";
import type { CodeId, StepId } from "./ids";
import type { AnyRecord, CodeRecord, ExcerptRecord, Records, SourceRecord } from "./types";

const TEXT =
  "I waited two hours in the queue at Direktservice. Nobody told me which documents to bring. " +
  "The counsellor had read my background, which felt respectful.";

function source(text = TEXT, details: Partial<SourceRecord> = {}): SourceRecord {
  return { ...createSource({ title: "Interview P01", respondent: "P01", text }, NOW), ...details };
}

/** An excerpt over the first occurrence of `quote` in the source's text. */
function excerptOf(s: SourceRecord, quote: string, codeIds: CodeId[] = [], coder = "Anna"): ExcerptRecord {
  const unit = s.text.indexOf(quote);
  if (unit < 0) throw new Error(`"${quote}" is not in the text`);
  const index = codePointIndex(s.text);
  const start = index.toPoint(unit);
  return createExcerpt(s, { start, end: start + codePointLength(quote), codeIds, coder }, NOW)!;
}

function apply(records: Records, change: { put?: readonly AnyRecord[]; remove?: readonly string[] }) {
  return applyChange(records, change).records;
}

describe("text in code points", () => {
  it("counts an emoji or a character outside the BMP as one", () => {
    const text = "a😀b𝔸c";
    expect(text.length).toBe(7);
    expect(codePointLength(text)).toBe(5);
    expect(sliceCodePoints(text, 1, 4)).toBe("😀b𝔸");
    const index = codePointIndex(text);
    expect(index.toUnit(2)).toBe(3);
    expect(index.toPoint(3)).toBe(2);
    expect(index.toPoint(2)).toBe(1);
  });

  it("shortens a quote to one line of at most so many code points, never splitting an emoji", () => {
    expect(shortQuote("  Nobody\n\ttold   me ", 20)).toBe("Nobody told me");
    expect(shortQuote("Nobody told me what happens", 10)).toBe("Nobody to…");
    expect(shortQuote("😤😤😤😤 waited", 5)).toBe("😤😤😤😤…");
    expect(shortQuote("😤😤😤😤", 4)).toBe("😤😤😤😤");
  });

  it("folds case and diacritics, keeping a map back to the original", () => {
    expect(foldText("Försäkringskassan")).toBe("forsakringskassan");
    expect(foldText("ÅLAND Øre Straße")).toBe("aland ore strasse");
    const text = "Äpple på Åland";
    const map = foldWithMap(text);
    expect(map.folded).toBe(foldText(text));
    const at = map.folded.indexOf("aland");
    expect(text.slice(map.starts[at], map.ends[at + 4])).toBe("Åland");
    // Already decomposed text: the mark belongs to the letter before it.
    const nfd = "A\u030Aland";
    const m2 = foldWithMap(nfd);
    expect(m2.folded).toBe("aland");
    expect(nfd.slice(m2.starts[0], m2.ends[0])).toBe("A\u030A");
  });

  it("folds a whole text and character by character alike", () => {
    for (const text of ["ΣΟΦΟΣ σοφός", "İstanbul ıi", "“Åland” – 😀 café ½ Ǆ ﬁ", "Straße ÆØ œ Þór Łódź"]) {
      expect(foldWithMap(text).folded, text).toBe(foldText(text));
    }
    expect(foldText("“Åland” – 😀")).toBe(" aland     ");
  });
});

describe("sources", () => {
  it("validates title and date", () => {
    expect(validateSource({ title: " " })).toEqual({ title: "required" });
    expect(validateSource({ title: "x", date: "2024-02-30" })).toEqual({ date: "date" });
    expect(validateSource({ title: "x", date: "2024-02-29" })).toEqual({});
    expect(validateSource({ date: "" })).toEqual({});
    expect(isIsoDate("2024-13-01")).toBe(false);
  });

  it("creates a source with clean tags and attributes", () => {
    const s = createSource(
      {
        title: "  Interview  ",
        tags: [" queue", "Queue", "", "first meeting "],
        attributes: { " office": "Malmö", "": "x" },
      },
      NOW,
      "survey",
    );
    expect(s).toMatchObject({
      typeName: "source",
      kind: "survey",
      title: "Interview",
      tags: ["queue", "first meeting"],
      attributes: { office: "Malmö" },
      respondentRole: "other",
    });
    expect(normaliseTags(["a", " A ", "b"])).toEqual(["a", "b"]);
  });

  it("deletes a source with its excerpts in one change", () => {
    const s = source();
    const other = source("Other text here");
    const a = excerptOf(s, "waited two hours");
    const b = excerptOf(s, "Nobody told me");
    const c = excerptOf(other, "Other");
    const records = toRecords([s, other, a, b, c]);
    const change = deleteSource(records, s.id);
    expect([...(change.remove ?? [])].sort()).toEqual([s.id, a.id, b.id].sort());
  });

  it("counts a respondent once whatever the case, and a source without one on its own", () => {
    expect(respondentKey({ id: "source:a", respondent: " P01 " })).toBe(
      respondentKey({ id: "source:b", respondent: "p01" }),
    );
    expect(respondentKey({ id: "source:a", respondent: "" })).toBe("source:a");
  });

  it("filters by kind, role, tag and words, without caring about diacritics", () => {
    const s = source(TEXT, {
      kind: "interview",
      respondentRole: "job-seeker",
      tags: ["Malmö"],
      title: "Första mötet",
    });
    expect(matchesSource(s, noSourceFilter)).toBe(true);
    expect(matchesSource(s, { ...noSourceFilter, kind: "survey" })).toBe(false);
    expect(matchesSource(s, { ...noSourceFilter, role: "job-seeker", tag: "malmö" })).toBe(true);
    expect(matchesSource(s, { ...noSourceFilter, query: "forsta MOTET" })).toBe(true);
    expect(matchesSource(s, { ...noSourceFilter, query: "malmo" })).toBe(true);
    expect(matchesSource(s, { ...noSourceFilter, query: "stockholm" })).toBe(false);
  });

  it("finds an edited source by its new text and no longer by its old text", () => {
    const s = source(TEXT, { title: "Första mötet", tags: ["Malmö"] });
    const search = (query: string) => ({ ...noSourceFilter, query });
    expect(matchesSource(s, search("forsta"))).toBe(true);
    const edited = { ...s, title: "Uppföljning", tags: ["Göteborg"], attributes: { kontor: "Lund" } };
    expect(matchesSource(edited, search("forsta"))).toBe(false);
    expect(matchesSource(edited, search("malmo"))).toBe(false);
    expect(matchesSource(edited, search("uppfoljning goteborg lund"))).toBe(true);
    // The record before the edit (kept by undo) still reads as it was.
    expect(matchesSource(s, search("forsta malmo"))).toBe(true);
    expect(matchesSource(s, search("uppfoljning"))).toBe(false);
  });

  it("knows when a filter only narrows another, so its matches are among the other's", () => {
    const f = (details: Partial<SourceFilter>): SourceFilter => ({ ...noSourceFilter, ...details });
    expect(narrowsSourceFilter(noSourceFilter, f({ query: "malmö", kind: "survey", tag: "x" }))).toBe(true);
    expect(narrowsSourceFilter(f({ query: "mal" }), f({ query: "Malmö" }))).toBe(true);
    expect(narrowsSourceFilter(f({ query: "mo mal" }), f({ query: "malmo" }))).toBe(true);
    expect(narrowsSourceFilter(f({ query: "malmo" }), f({ query: "mal" }))).toBe(false);
    expect(narrowsSourceFilter(f({ query: "malmo lund" }), f({ query: "malmo" }))).toBe(false);
    expect(narrowsSourceFilter(f({ kind: "survey" }), f({ kind: "survey", role: "employer" }))).toBe(true);
    expect(narrowsSourceFilter(f({ kind: "survey" }), f({ kind: "interview" }))).toBe(false);
    expect(narrowsSourceFilter(f({ role: "employer" }), noSourceFilter)).toBe(false);
    expect(narrowsSourceFilter(f({ tag: "Åland" }), f({ tag: "åland" }))).toBe(true);
    expect(narrowsSourceFilter(f({ tag: "Åland" }), noSourceFilter)).toBe(false);
  });

  it("filters a list with one matcher as each source alone", () => {
    const a = source(TEXT, { title: "Enkätsvar 1", kind: "survey", tags: ["Åland"] });
    const b = source(TEXT, { title: "Intervju P01", tags: ["åland", "Malmö"] });
    const c = source(TEXT, { title: "Enkätsvar 2", kind: "survey", tags: ["Malmö"] });
    const filter = { ...noSourceFilter, query: " ENKATSVAR ", tag: "ÅLAND" };
    expect([a, b, c].filter(sourceMatcher(filter))).toEqual([a]);
    expect([a, b, c].filter((x) => matchesSource(x, filter))).toEqual([a]);
    expect([a, b, c].filter(sourceMatcher({ ...noSourceFilter, query: "  " }))).toEqual([a, b, c]);
  });
});

describe("excerpts", () => {
  it("keeps offsets, quote and up to 40 code points of context either side", () => {
    const s = source();
    const e = excerptOf(s, "Nobody told me which documents to bring.", ["code:thundercloud"]);
    expect(e.quote).toBe("Nobody told me which documents to bring.");
    expect(codePointLength(e.before)).toBe(CONTEXT_LENGTH);
    expect(e.before.endsWith("at Direktservice. ")).toBe(true);
    expect(codePointLength(e.after)).toBe(CONTEXT_LENGTH);
    expect(e.after.startsWith(" The counsellor")).toBe(true);
    expect(sliceCodePoints(s.text, e.start, e.end)).toBe(e.quote);
    expect(e.coder).toBe("Anna");
  });

  it("trims white space from a selection and refuses an empty one", () => {
    const s = source("  hello world  ");
    expect(trimSelection(s.text, 0, 15)).toEqual({ start: 2, end: 13 });
    expect(trimSelection(s.text, 13, 0)).toEqual({ start: 2, end: 13 });
    // Offsets are code points, emoji included.
    expect(trimSelection("😀  hi 😀", 1, 7)).toEqual({ start: 3, end: 7 });
    expect(trimSelection("😀  hi 😀", 0, 6)).toEqual({ start: 0, end: 5 });
    expect(trimSelection("😀  😀", 1, 3)).toBeNull();
    expect(createExcerpt(s, { start: 0, end: 2, codeIds: [], coder: "" }, NOW)).toBeUndefined();
    expect(createExcerpt(s, { start: 0, end: 7, codeIds: [], coder: "" }, NOW)!.quote).toBe("hello");
  });

  it("counts offsets in code points when the text has emoji", () => {
    const s = source("😀😀 Queue 🙁 again");
    const e = excerptOf(s, "Queue 🙁");
    expect([e.start, e.end]).toEqual([3, 10]);
    expect(e.before).toBe("😀😀 ");
    expect(e.after).toBe(" again");
  });

  it("allows overlapping excerpts", () => {
    const s = source();
    const a = excerptOf(s, "waited two hours in the queue");
    const b = excerptOf(s, "two hours");
    expect(a.start).toBeLessThan(b.start);
    expect(a.end).toBeGreaterThan(b.end);
    expect(excerptsOfSource(toRecords([s, b, a]), s.id).map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it("links to steps, edges and pain points by id, each once, and unlinks", () => {
    const s = source();
    const e = excerptOf(s, "Nobody told me");
    const step = "step:a" as StepId;
    const linked = linkExcerpt(e, step, NOW).put![0] as ExcerptRecord;
    expect(linked.stepIds).toEqual([step]);
    expect(linkExcerpt(linked, step, NOW)).toEqual({});
    const withEdge = linkExcerpt(linked, "edge:x", NOW).put![0] as ExcerptRecord;
    const withPain = linkExcerpt(withEdge, "pain:y", NOW).put![0] as ExcerptRecord;
    expect(withPain).toMatchObject({ stepIds: [step], edgeIds: ["edge:x"], painPointIds: ["pain:y"] });
    expect((unlinkExcerpt(withPain, step, NOW).put![0] as ExcerptRecord).stepIds).toEqual([]);
  });

  it("drops links to deleted steps, edges and pain points", () => {
    const s = source();
    let e = excerptOf(s, "Nobody told me");
    e = { ...e, stepIds: ["step:a", "step:b"], edgeIds: ["edge:a"], painPointIds: ["pain:a"] };
    const [detached] = detachExcerpts(toRecords([s, e]), ["step:a", "edge:a"], NOW);
    expect(detached).toMatchObject({ stepIds: ["step:b"], edgeIds: [], painPointIds: ["pain:a"] });
    expect(detachExcerpts(toRecords([s, e]), ["step:zzz"], NOW)).toEqual([]);
  });
});

describe("re-anchoring when the text changes", () => {
  const s = source();
  const e = excerptOf(s, "Nobody told me which documents to bring.");

  it("keeps the excerpt when the text after it changes", () => {
    const text = `${TEXT} And then some more was added at the end.`;
    expect(reanchor(e, text)).toBe(e);
  });

  it("moves the offsets when text is inserted before the quote", () => {
    const text = `Intro added later, with ÅÄÖ and 😀. ${TEXT}`;
    const moved = reanchor(e, text, NOW);
    expect(moved.start).toBe(e.start + codePointLength("Intro added later, with ÅÄÖ and 😀. "));
    expect(sliceCodePoints(text, moved.start, moved.end)).toBe(e.quote);
    expect(moved.before.endsWith("at Direktservice. ")).toBe(true);
    expect(isAnchored(moved, text)).toBe(true);
  });

  it("moves the offsets when text before the quote is deleted", () => {
    const text = TEXT.replace("I waited two hours in the queue at Direktservice. ", "");
    const moved = reanchor(e, text, NOW);
    expect([moved.start, moved.end]).toEqual([0, codePointLength(e.quote)]);
    expect(moved.before).toBe("");
  });

  it("keeps it when the context changes but the quote stays at its offsets", () => {
    const text = TEXT.replace("I waited two hours", "I waited six hours").replace("respectful", "nice");
    const kept = reanchor(e, text, NOW);
    expect([kept.start, kept.end]).toEqual([e.start, e.end]);
    expect(isAnchored(kept, text)).toBe(true);
  });

  it("picks the occurrence whose context matches, not merely the nearest", () => {
    const text = "The queue was long. Short intro. The queue was long.";
    const s2 = source(text);
    const second = excerptOf(s2, "The queue was long.");
    // An excerpt on the *second* occurrence.
    const onSecond = { ...second, ...quoteWithContext(text, 33, 52), start: 33, end: 52 };
    expect(onSecond.quote).toBe("The queue was long.");
    const edited = "The queue was long. A much much longer introduction now. The queue was long.";
    const moved = reanchor(onSecond, edited, NOW);
    expect(moved.start).toBe(edited.lastIndexOf("The queue was long."));
  });

  it("takes the nearest occurrence when the contexts tie", () => {
    const text = "x quote y quote z quote";
    const s3 = source(text);
    const middle = { ...excerptOf(s3, "quote"), start: 10, end: 15, before: "", after: "" };
    expect(findAnchor(middle, `ab${text}`)).toEqual({ start: 12, end: 17, anchored: true });
  });

  it("marks the excerpt unanchored when its quote is gone, keeping its offsets", () => {
    const text = TEXT.replace("Nobody told me which documents to bring.", "They sent a letter.");
    expect(findAnchor(e, text)).toEqual({ start: e.start, end: e.end, anchored: false });
    const lost = reanchor(e, text, NOW);
    expect(lost).toBe(e);
    expect(isAnchored(lost, text)).toBe(false);
  });

  it("moves a lost excerpt onto a new passage, keeping codes and links", () => {
    const text = TEXT.replace("Nobody told me which documents to bring.", "They sent a letter.");
    const changed = { ...s, text };
    const linked = { ...e, codeIds: ["code:thundercloud" as CodeId], stepIds: ["step:a" as StepId] };
    const start = text.indexOf("They sent");
    const moved = moveExcerpt(linked, changed, start, start + 19, NOW).put![0] as ExcerptRecord;
    expect(moved).toMatchObject({
      quote: "They sent a letter.",
      codeIds: ["code:thundercloud"],
      stepIds: ["step:a"],
    });
    expect(isAnchored(moved, text)).toBe(true);
    expect(moveExcerpt(linked, changed, 3, 3, NOW)).toEqual({});
  });

  it("re-anchors every excerpt of the source when its text is updated, in the same change", () => {
    const other = excerptOf(s, "which felt respectful");
    const records = toRecords([s, e, other]);
    const text = `Preamble. ${TEXT}`;
    const change = updateSource(records, s, { text }, NOW);
    const after = apply(records, change);
    for (const id of [e.id, other.id]) {
      const x = after[id] as ExcerptRecord;
      expect(sliceCodePoints(text, x.start, x.end)).toBe(x.quote);
      expect(x.start).toBe((records[id] as ExcerptRecord).start + 10);
    }
    // A change of title alone leaves the excerpts alone.
    expect(updateSource(records, s, { title: "New" }, NOW).put).toHaveLength(1);
  });
});

describe("codes", () => {
  const parent = createCode({ name: "Waiting" }, NOW);
  const child = createCode({ name: "Phone queue", parentId: parent.id }, NOW);
  const grandchild = createCode({ name: "Dropped calls", parentId: child.id }, NOW);
  const records = toRecords([parent, child, grandchild]);

  it("has built-in codes for the three kinds with stable ids, made on first use", () => {
    expect(BUILTIN_CODES.map((c) => c.id)).toEqual(["code:thundercloud", "code:blister", "code:brightspot"]);
    const made = missingBuiltinCodes({}, ["code:thundercloud", "code:x", "code:thundercloud"], NOW, {
      thundercloud: "Åskmoln",
    });
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ id: "code:thundercloud", name: "Åskmoln", parentId: null });
    const withIt = toRecords([builtinCode("thundercloud", NOW)]);
    expect(missingBuiltinCodes(withIt, ["code:thundercloud"], NOW)).toEqual([]);
    // The codebook lists the unused ones as virtual.
    const book = codebook(withIt);
    expect(book.map((e) => [e.code.id, e.virtual])).toEqual([
      ["code:thundercloud", false],
      ["code:blister", true],
      ["code:brightspot", true],
    ]);
  });

  it("refuses a cycle of parents", () => {
    expect(wouldCycle(records, parent.id, grandchild.id)).toBe(true);
    expect(wouldCycle(records, parent.id, parent.id)).toBe(true);
    expect(wouldCycle(records, grandchild.id, parent.id)).toBe(false);
    expect(updateCode(records, parent, { parentId: grandchild.id }, NOW)).toEqual({});
    expect(validateCode(records, { parentId: child.id }, parent.id)).toEqual({ parentId: "cycle" });
    expect(validateCode(records, { parentId: "code:gone" }, parent.id)).toEqual({ parentId: "missing" });
  });

  it("refuses an empty or duplicate name and a bad colour", () => {
    expect(validateCode(records, { name: " " })).toEqual({ name: "required" });
    expect(validateCode(records, { name: "waiting" })).toEqual({ name: "duplicate" });
    expect(validateCode(records, { name: "Waiting" }, parent.id)).toEqual({});
    expect(validateCode(records, { name: "thundercloud" })).toEqual({ name: "duplicate" });
    expect(validateCode(records, { colour: "red" })).toEqual({ colour: "colour" });
  });

  it("lists the tree in reading order with depths", () => {
    const tree = codeTree(codebook(records));
    expect(tree.map((n) => `${"-".repeat(n.depth)}${n.code.name}`)).toEqual([
      "Thundercloud",
      "Blister",
      "Bright spot",
      "Waiting",
      "-Phone queue",
      "--Dropped calls",
    ]);
    expect([...descendantsOf(records, parent.id)].sort()).toEqual([child.id, grandchild.id].sort());
  });

  it("deletes a code: off every excerpt, children move up", () => {
    const s = source();
    const e = excerptOf(s, "Nobody told me", [child.id, parent.id]);
    const all = toRecords([parent, child, grandchild, s, e]);
    const after = apply(all, deleteCode(all, child.id, NOW));
    expect(after[child.id]).toBeUndefined();
    expect((after[grandchild.id] as CodeRecord).parentId).toBe(parent.id);
    expect((after[e.id] as ExcerptRecord).codeIds).toEqual([parent.id]);
  });

  it("merges: excerpts move to the survivor without duplicates, children follow", () => {
    const other = createCode({ name: "Queues" }, NOW);
    const s = source();
    const both = excerptOf(s, "waited two hours", [child.id, other.id]);
    const one = excerptOf(s, "Nobody told me", [child.id]);
    const all = toRecords([parent, child, grandchild, other, s, both, one]);
    const after = apply(all, mergeCodes(all, child.id, other.id, NOW));
    expect(after[child.id]).toBeUndefined();
    expect((after[both.id] as ExcerptRecord).codeIds).toEqual([other.id]);
    expect((after[one.id] as ExcerptRecord).codeIds).toEqual([other.id]);
    expect((after[grandchild.id] as CodeRecord).parentId).toBe(other.id);
    expect(mergeCodes(all, child.id, child.id, NOW)).toEqual({});
  });

  it("merges a code into its own descendant without making a cycle", () => {
    const all = toRecords([parent, child, grandchild]);
    const after = apply(all, mergeCodes(all, parent.id, grandchild.id, NOW));
    expect(after[parent.id]).toBeUndefined();
    // The survivor moves up to the merged code's parent; its former ancestor moves under it.
    expect((after[grandchild.id] as CodeRecord).parentId).toBeNull();
    expect((after[child.id] as CodeRecord).parentId).toBe(grandchild.id);
  });

  it("merges into a built-in code that has no record yet, making it", () => {
    const s = source();
    const e = excerptOf(s, "Nobody told me", [parent.id]);
    const all = toRecords([parent, s, e]);
    const after = apply(all, mergeCodes(all, parent.id, "code:thundercloud", NOW));
    expect(after["code:thundercloud"]).toMatchObject({ typeName: "code", name: "Thundercloud" });
    expect((after[e.id] as ExcerptRecord).codeIds).toEqual(["code:thundercloud"]);
  });

  it("counts excerpts and distinct respondents per code", () => {
    const p01 = source(TEXT, { respondent: "P01" });
    const p01again = source(TEXT, { respondent: "p01 " });
    const p02 = source(TEXT, { respondent: "P02" });
    const anonymous = source(TEXT, { respondent: "" });
    const cloud = "code:thundercloud" as CodeId;
    const all = toRecords([
      p01,
      p01again,
      p02,
      anonymous,
      excerptOf(p01, "waited two hours", [cloud, parent.id]),
      excerptOf(p01, "Nobody told me", [cloud]),
      excerptOf(p01again, "Nobody told me", [cloud]),
      excerptOf(p02, "Nobody told me", [cloud]),
      excerptOf(anonymous, "Nobody told me", [cloud, cloud]),
    ]);
    const counts = codeCounts(all);
    expect(counts.get(cloud)).toEqual({ excerpts: 5, respondents: 3 });
    expect(counts.get(parent.id)).toEqual({ excerpts: 1, respondents: 1 });
    expect(counts.get(child.id)).toBeUndefined();
  });
});

describe("pseudonymisation", () => {
  const text =
    "Anna Svensson said that Anna's counsellor, Jonas Lindström, never called back. " +
    "Mail anna.svensson@example.se or call 070-123 45 67 or +358 40 1234567. " +
    "Annika was fine. Jonas Lindstrom agreed. Meeting on 2024-03-04, room 12.";

  it("replaces listed names as whole words, case and diacritics ignored, plus e-mails and phones", () => {
    const result = pseudonymise(text, {
      names: ["Anna Svensson", "anna", "jonas lindstrom"],
      pseudonym: "P07",
    });
    expect(result.text).toBe(
      "P07 said that P07's counsellor, P07, never called back. " +
        "Mail [e-mail] or call [phone] or [phone]. " +
        "Annika was fine. P07 agreed. Meeting on 2024-03-04, room 12.",
    );
    expect(result.replacements.map((r) => [r.kind, r.original])).toEqual([
      ["name", "Anna Svensson"],
      ["name", "Anna"],
      ["name", "Jonas Lindström"],
      ["email", "anna.svensson@example.se"],
      ["phone", "070-123 45 67"],
      ["phone", "+358 40 1234567"],
      ["name", "Jonas Lindstrom"],
    ]);
    const first = result.replacements[0]!;
    expect(sliceCodePoints(text, first.start, first.end)).toBe("Anna Svensson");
  });

  it("recognises Swedish and Finnish phone formats but not dates or short numbers", () => {
    const numbers = [
      "070-123 45 67",
      "08-123 456 78",
      "0701234567",
      "+46 70 123 45 67",
      "+46 (0)70-123 45 67",
      "+358 40 1234567",
      "040 123 4567",
      "040-1234567",
      "018-123 45",
      "09 123 4567",
    ];
    for (const n of numbers) {
      const r = pseudonymise(`Call ${n}, please.`, { names: [], pseudonym: "" });
      expect(r.text, n).toBe("Call [phone], please.");
    }
    for (const n of ["2024-03-04", "room 12", "0,5 %", "123 456 789", "ext 4512"]) {
      expect(pseudonymise(`x ${n} y`, { names: [], pseudonym: "" }).text, n).toBe(`x ${n} y`);
    }
  });

  it("uses a placeholder for names when there is no pseudonym, and can leave e-mails and phones", () => {
    const r = pseudonymise("Ask Åsa at asa@x.fi or 040 123 4567", {
      names: ["asa"],
      pseudonym: " ",
      emails: false,
      phones: false,
    });
    // With e-mails left alone, a listed name is still a whole word inside an address.
    expect(r.text).toBe("Ask [name] at [name]@x.fi or 040 123 4567");
  });

  it("maps offsets through the replacements", () => {
    const r = pseudonymise("Anna met Bo here", { names: ["Anna", "Bo"], pseudonym: "P1" });
    expect(r.text).toBe("P1 met P1 here");
    expect(mapOffset(r.replacements, 0, "start")).toBe(0);
    expect(mapOffset(r.replacements, 4, "start")).toBe(2);
    expect(mapOffset(r.replacements, 2, "start")).toBe(0);
    expect(mapOffset(r.replacements, 2, "end")).toBe(2);
    expect(mapOffset(r.replacements, 16, "end")).toBe(14);
  });

  it("moves the source's excerpts with the text when applied", () => {
    const s = source(text, { respondent: "P07" });
    const quote = excerptOf(s, "Jonas Lindström, never called back");
    const after = excerptOf(s, "Annika was fine.");
    const records = toRecords([s, quote, after]);
    const change = applyPseudonymisation(records, s, { names: ["Jonas Lindström"], pseudonym: "P07" }, NOW);
    const next = apply(records, change);
    const newText = (next[s.id] as SourceRecord).text;
    const q = next[quote.id] as ExcerptRecord;
    expect(q.quote).toBe("P07, never called back");
    expect(sliceCodePoints(newText, q.start, q.end)).toBe(q.quote);
    const a = next[after.id] as ExcerptRecord;
    expect(a.quote).toBe("Annika was fine.");
    expect(isAnchored(a, newText)).toBe(true);
    expect(a.before).not.toContain("Lindstr");
  });

  it("changes nothing when nothing is found", () => {
    const s = source("Nothing personal here.");
    expect(applyPseudonymisation(toRecords([s]), s, { names: ["Zed"], pseudonym: "P1" }, NOW)).toEqual({});
  });
});

describe("journeys and evidence", () => {
  it("excerpts are workspace-wide: a journey's records do not include them", () => {
    const { journey } = journeyWith(1);
    expect(journey.typeName).toBe("journey");
  });
});
