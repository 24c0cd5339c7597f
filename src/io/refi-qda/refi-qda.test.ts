import { NOW } from "@test/factories";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isCode, isExcerpt, isSource } from "@/model/evidence";
import type { AnyRecord, CodeRecord, Records } from "@/model/types";
import { placeSelection } from "./anchor";
import { exportCodebook, exportProject, packProject } from "./export";
import { guidFor, normaliseGuid } from "./guid";
import { parseRefiFile, type RefiContents } from "./parse";
import { planRefiImport } from "./plan";
import { codedWorkspace, EMOJI_TEXT } from "./refi.testkit";

const options = { now: NOW, appVersion: "0.1.0" };
const LATER = "2026-11-24T09:00:00.000Z";

function qdpx(records: Records): Uint8Array {
  return packProject(exportProject(records, { ...options, name: "Pilot" }), NOW);
}

function parse(bytes: Uint8Array, name = "project.qdpx"): RefiContents {
  const result = parseRefiFile(bytes, name);
  if (!result.ok) throw new Error(result.error.message);
  return result.contents;
}

function importInto(records: Records, contents: RefiContents) {
  const plan = planRefiImport(contents, records, { now: LATER });
  const after: Record<string, AnyRecord> = { ...records };
  for (const record of plan.change.put) after[record.id] = record;
  return { plan, after: after as Records };
}

const codesOf = (records: Records) => Object.values(records).filter(isCode);
const nameOf = (records: Records, id: string | null) => (id ? (records[id] as CodeRecord).name : null);

/** What must survive the trip, in terms a person would compare: no ids. */
function codingsOf(records: Records) {
  return Object.values(records)
    .filter(isExcerpt)
    .map((e) => {
      const source = records[e.sourceId];
      return {
        source: isSource(source) ? source.title : "?",
        start: e.start,
        end: e.end,
        quote: e.quote,
        codes: e.codeIds.map((id) => nameOf(records, id)).sort(),
        coder: e.coder,
        note: e.note,
      };
    })
    .sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start);
}

function withFile(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  return zipSync(files);
}

describe("the .qdpx archive", () => {
  it("holds project.qde and one text per source under lowercase sources/, in UTF-8 with LF", () => {
    const { records, emojiSource } = codedWorkspace();
    const files = unzipSync(qdpx(records));
    const names = Object.keys(files).sort();
    expect(names[0]).toBe("project.qde");
    expect(names.slice(1)).toEqual(
      [`sources/${guidFor("source:a1")}.txt`, `sources/${guidFor(emojiSource.id)}.txt`].sort(),
    );
    const text = new TextDecoder().decode(files[`sources/${guidFor(emojiSource.id)}.txt`]);
    expect(text).toBe(EMOJI_TEXT.replace(/\r\n/g, "\n"));
    expect(files["project.qde"]![0]).toBe("<".charCodeAt(0)); // no byte-order mark
  });

  it("writes offsets in code points: an emoji counts one, not two", () => {
    const { records } = codedWorkspace();
    const { qde } = exportProject(records, { ...options, name: "P" });
    const lf = EMOJI_TEXT.replace(/\r\n/g, "\n");
    const unit = lf.indexOf("var 👍");
    expect(unit).toBeGreaterThan(0);
    const start = Array.from(lf.slice(0, unit)).length;
    expect(start).toBeLessThan(unit); // the UTF-16 offset is larger
    expect(qde).toContain(`name="var 👍 snäll" startPosition="${start}" endPosition="${start + 11}"`);
  });

  it("writes an excerpt whose offsets went stale where its quote is now, and leaves out one whose quote is gone", () => {
    const { records, source, excerpt } = codedWorkspace();
    const stale = { ...excerpt, start: 0, end: 6 };
    const gone = { ...excerpt, id: "excerpt:gone" as typeof excerpt.id, quote: "not in the text" };
    const project = exportProject(
      { ...records, [stale.id]: stale, [gone.id]: gone },
      { ...options, name: "P" },
    );
    expect(source.text.slice(2, 8)).toBe("waited");
    expect(project.qde).toContain('name="waited" startPosition="2" endPosition="8"');
    expect(project.qde).not.toContain("not in the text");
    expect(project.skipped).toBe(1);
  });

  it("gives every record the same GUID on every export", () => {
    const { records } = codedWorkspace();
    const first = exportProject(records, { ...options, name: "P" }).qde;
    expect(exportProject(records, { ...options, name: "P" }).qde).toBe(first);
    expect(guidFor("code:x")).toBe(guidFor("code:x"));
    expect(guidFor("code:x")).not.toBe(guidFor("code:y"));
    expect(guidFor("code:x")).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    );
  });

  it("puts journey steps out as sets of the sources and codes linked to them, and the journey as a graph", () => {
    const { records, steps, edges, excerpts, described, emojiSource } = codedWorkspace();
    const { qde } = exportProject(records, { ...options, name: "P" });
    const doc = new DOMParser().parseFromString(qde, "application/xml");
    const set = [...doc.getElementsByTagName("Set")].find(
      (s) => s.getAttribute("guid") === guidFor(steps[0]!.id),
    )!;
    expect(set.getAttribute("name")).toBe("Rich journey: Step 1");
    expect([...set.getElementsByTagName("MemberCode")].map((m) => m.getAttribute("targetGUID"))).toEqual([
      guidFor(described.id),
    ]);
    expect([...set.getElementsByTagName("MemberSource")].map((m) => m.getAttribute("targetGUID"))).toEqual([
      guidFor(emojiSource.id),
    ]);
    expect(excerpts[1]!.stepIds).toEqual([steps[0]!.id]);
    const graph = doc.getElementsByTagName("Graph")[0]!;
    expect(graph.getElementsByTagName("Vertex")).toHaveLength(steps.length);
    const edge = [...graph.getElementsByTagName("Edge")].find(
      (e) => e.getAttribute("guid") === guidFor(edges[0]!.id),
    )!;
    expect(edge.getAttribute("sourceVertex")).toBe(guidFor(`${edges[0]!.source}#vertex`));
    expect(edge.getAttribute("targetVertex")).toBe(guidFor(`${edges[0]!.target}#vertex`));
  });
});

describe("round trip: export, then import into an empty workspace", () => {
  it("brings back the codes, sources and codings: text, offsets, code names, colours, parents, coder", () => {
    const { records, emojiSource } = codedWorkspace();
    const { plan, after } = importInto({}, parse(qdpx(records)));
    expect(plan.unplaced).toEqual([]);
    expect(plan.moved).toBe(0);
    expect(plan.unchecked).toBe(0);

    const codes = (r: Records) =>
      codesOf(r)
        .map((c) => ({
          name: c.name,
          colour: c.colour,
          description: c.description,
          parent: nameOf(r, c.parentId),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    // The built-in codes used are among them, with their own ids.
    expect(codes(after)).toEqual(codes(records));
    expect(after["code:thundercloud"]).toBeDefined();

    const sources = Object.values(after).filter(isSource);
    const emoji = sources.find((s) => s.title === emojiSource.title)!;
    expect(emoji.text).toBe(EMOJI_TEXT.replace(/\r\n/g, "\n"));
    expect(emoji).toMatchObject({
      kind: "interview",
      respondent: "R2",
      respondentRole: "counsellor",
      date: "2026-10-01",
      tags: ["pilot", "uppföljning"],
      attributes: { kontor: "Umeå", "age group": "25-34" },
    });

    // Line breaks come back as LF: compare the original's codings with its text made LF.
    const lf = (r: Records): Records =>
      Object.fromEntries(
        Object.entries(r).map(([id, rec]): [string, AnyRecord] => {
          if (isSource(rec)) return [id, { ...rec, text: rec.text.replace(/\r\n/g, "\n") }];
          if (!isExcerpt(rec)) return [id, rec];
          const source = r[rec.sourceId];
          const text = isSource(source) ? source.text : "";
          const shift = (p: number) =>
            p - (Array.from(text).slice(0, p).join("").match(/\r\n/g)?.length ?? 0);
          return [
            id,
            { ...rec, start: shift(rec.start), end: shift(rec.end), quote: rec.quote.replace(/\r\n/g, "\n") },
          ];
        }),
      );
    expect(codingsOf(after)).toEqual(codingsOf(lf(records)));
    expect(codingsOf(after)).toHaveLength(4);
  });

  it("imports the same codebook from a .qdc", () => {
    const { records } = codedWorkspace();
    const contents = parse(strToU8(exportCodebook(records, options)), "codebook.qdc");
    expect(contents.kind).toBe("codebook");
    const { plan, after } = importInto({}, contents);
    expect(plan.codesAdded).toBe(3);
    expect(plan.codesKept).toBe(3); // the built-in codes
    expect(
      codesOf(after)
        .map((c) => [c.name, nameOf(after, c.parentId)])
        .sort(),
    ).toEqual(
      [
        ["Kontakt & återkoppling", null],
        ["Queue", "Waiting"],
        ["Waiting", null],
      ].sort(),
    );
  });

  it("merges a codebook by name: existing codes are kept as they are, new ones go under them", () => {
    const { records, parent } = codedWorkspace();
    const local: CodeRecord = { ...parent, id: "code:mine", name: "wäiting", colour: "#123456" };
    const contents = parse(strToU8(exportCodebook(records, options)), "codebook.qdc");
    const existing = { [local.id]: { ...local, name: "WAITING" } };
    const { plan, after } = importInto(existing, contents);
    expect(plan.codesKept).toBe(4);
    expect(after["code:mine"]).toEqual(existing["code:mine"]);
    const queue = codesOf(after).find((c) => c.name === "Queue")!;
    expect(queue.parentId).toBe("code:mine");
    expect(plan.change.remove).toEqual([]);
  });
});

describe("importing what the workspace already has", () => {
  it("adds nothing when our own export comes back into the same workspace: codes, sources and excerpts match by GUID", () => {
    const { records } = codedWorkspace();
    const { plan } = importInto(records, parse(qdpx(records)));
    expect(plan).toMatchObject({
      codesAdded: 0,
      codesKept: 6,
      sources: 0,
      sourcesKept: 2,
      codings: 0,
      codingsKept: 4,
      unplaced: [],
    });
    expect(plan.change.put).toEqual([]);
  });

  it("adds to a source it already has only the excerpts it lacks, at that source's own offsets (CRLF kept)", () => {
    const { records, excerpts, emojiSource } = codedWorkspace();
    const bytes = qdpx(records);
    const lost = excerpts[1]!; // spans a CRLF
    const { [lost.id]: _, ...without } = records;
    const { plan, after } = importInto(without as Records, parse(bytes));
    expect(plan).toMatchObject({ sources: 0, sourcesKept: 2, codings: 1, codingsKept: 3, moved: 0 });
    const added = plan.change.put.filter(isExcerpt);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      sourceId: emojiSource.id,
      start: lost.start,
      end: lost.end,
      quote: "tre veckor.\r\nIngen ringde 📞",
      codeIds: lost.codeIds,
    });
    expect(Object.values(after).filter(isSource)).toHaveLength(2);
  });

  it("knows another tool's source by its title and text when its GUID is not ours, so a second import adds nothing", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool">
  <CodeBook><Codes><Code guid="0E3A5C71-2B4D-4F6E-8A9B-1C2D3E4F5A60" name="Waiting" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="4D5E0000-0000-4000-8000-000000000002" name="R-0042">
      <PlainTextContent>Line one.\r\nNobody told me what happens next.</PlainTextContent>
      <PlainTextSelection guid="5E6F0000-0000-4000-8000-000000000003" name="Nobody told me" startPosition="10" endPosition="24">
        <Coding guid="6F7A0000-0000-4000-8000-000000000004"><CodeRef targetGUID="0E3A5C71-2B4D-4F6E-8A9B-1C2D3E4F5A60"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;
    const contents = parse(strToU8(xml), "project.qde");
    const first = importInto({}, contents);
    expect(first.plan).toMatchObject({ codesAdded: 1, sources: 1, codings: 1 });
    const again = importInto(first.after, contents);
    expect(again.plan).toMatchObject({
      codesKept: 1,
      sources: 0,
      sourcesKept: 1,
      codings: 0,
      codingsKept: 1,
    });
    expect(again.plan.change.put).toEqual([]);
    // A renamed source is another source: it comes in again.
    const renamed = parse(strToU8(xml.replace('name="R-0042"', 'name="R-0043"')), "project.qde");
    expect(importInto(first.after, renamed).plan).toMatchObject({ sources: 1, sourcesKept: 0, codings: 1 });
  });
});

describe("re-anchoring selections", () => {
  it("finds a quote whose offsets no longer fit, and reports one that is gone", () => {
    const { records, emojiSource } = codedWorkspace();
    const path = `sources/${guidFor(emojiSource.id)}.txt`;
    const changed = withFile(qdpx(records), (files) => {
      const text = new TextDecoder().decode(files[path]);
      files[path] = strToU8(`Förord 🙂.\n${text.replace("var 👍 snäll", "var vänlig")}`);
    });
    const { plan, after } = importInto({}, parse(changed));
    expect(plan.moved).toBe(2);
    expect(plan.unplaced).toEqual([
      expect.objectContaining({ source: emojiSource.title, quote: "var 👍 snäll" }),
    ]);
    const quotes = codingsOf(after).map((c) => c.quote);
    expect(quotes).toContain("väntade 😤😤 i tre");
    expect(quotes).toContain("tre veckor.\nIngen ringde 📞");
  });

  it("finds the texts under Sources/ in any case, as some tools write it", () => {
    const { records } = codedWorkspace();
    const upper = withFile(qdpx(records), (files) => {
      for (const name of Object.keys(files)) {
        if (!name.startsWith("sources/")) continue;
        files[name.replace("sources/", "Sources/")] = files[name]!;
        delete files[name];
      }
    });
    expect(parse(upper).sources.map((s) => s.text.length)).toEqual(
      parse(qdpx(records)).sources.map((s) => s.text.length),
    );
    expect(parse(upper).skippedSources).toEqual([]);
  });

  it("takes a file written by another tool: braces and lower-case GUIDs, #RGB colours, CRLF counted as one, inline text", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool">
  <Users><User guid="{6f1c9e2a-0000-4000-8000-000000000001}" name="Anna K." id="AK"/></Users>
  <CodeBook><Codes>
    <Code guid="0E3A5C71-2B4D-4F6E-8A9B-1C2D3E4F5A60" name="Thunderclouds (customer)" isCodable="false" color="#17A">
      <Description>Customer-side</Description>
      <Code guid="{1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c80}" name="Waiting without information" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Variables><Variable guid="2B3C0000-0000-4000-8000-000000000006" name="Age group" typeOfVariable="Text"/></Variables>
  <Cases><Case guid="3C4D0000-0000-4000-8000-000000000007" name="R-0042">
    <VariableValue><VariableRef targetGUID="2B3C0000-0000-4000-8000-000000000006"/><TextValue>25-34</TextValue></VariableValue>
    <SourceRef targetGUID="4D5E0000-0000-4000-8000-000000000002"/>
  </Case></Cases>
  <Sources>
    <TextSource guid="4D5E0000-0000-4000-8000-000000000002" name="R-0042 / Q5 open answer">
      <PlainTextContent>Line one.\r\nNobody told me what happens next.</PlainTextContent>
      <PlainTextSelection guid="5E6F0000-0000-4000-8000-000000000003" name="Nobody told me" startPosition="11" endPosition="25" creatingUser="6F1C9E2A-0000-4000-8000-000000000001">
        <Coding guid="6F7A0000-0000-4000-8000-000000000004"><CodeRef targetGUID="1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C80"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="7A8B0000-0000-4000-8000-000000000005" name="Scan.pdf"/>
  </Sources>
</Project>`;
    const contents = parse(strToU8(xml), "project.qde");
    const { plan, after } = importInto({}, contents);
    expect(plan.skippedSources).toEqual([{ name: "Scan.pdf", reason: "not-text" }]);
    // Who said it comes from the case, as Quirkos writes it.
    expect(Object.values(after).find(isSource)).toMatchObject({
      title: "R-0042 / Q5 open answer",
      respondent: "R-0042",
      attributes: { "Age group": "25-34" },
    });
    const parent = codesOf(after).find((c) => c.name === "Thunderclouds (customer)")!;
    expect(parent.colour).toBe("#1177aa");
    expect(codesOf(after).find((c) => c.name === "Waiting without information")!.parentId).toBe(parent.id);
    expect(codingsOf(after)).toEqual([
      expect.objectContaining({
        quote: "Nobody told me",
        start: 10,
        end: 24,
        codes: ["Waiting without information"],
        coder: "Anna K.",
      }),
    ]);
    expect(normaliseGuid("{abcdef01-2345-6789-abcd-ef0123456789}")).toBe(
      "ABCDEF01-2345-6789-ABCD-EF0123456789",
    );
  });
});

describe("source details", () => {
  it("names a nameless source in the user's language, and drops a date that is not a real day", () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="Bare">
  <Variables><Variable guid="2B3C0000-0000-4000-8000-000000000006" name="Date" typeOfVariable="Text"/></Variables>
  <Sources>
    <TextSource guid="4D5E0000-0000-4000-8000-000000000002" name=" ">
      <PlainTextContent>Some text.</PlainTextContent>
      <VariableValue><VariableRef targetGUID="2B3C0000-0000-4000-8000-000000000006"/><TextValue>2026-13-45</TextValue></VariableValue>
    </TextSource>
  </Sources>
</Project>`;
    const contents = parse(strToU8(xml), "project.qde");
    const plan = planRefiImport(contents, {}, { now: LATER, untitledSource: "Namnlös källa" });
    expect(plan.change.put.find(isSource)).toMatchObject({ title: "Namnlös källa", date: "" });
  });
});

describe("selection names that are labels, not quotes", () => {
  it("places by offsets when not one name in the file is found in its text (qc writes line:N)", () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="qc">
  <Sources>
    <TextSource guid="4D5E0000-0000-4000-8000-000000000002" name="board_2017">
      <PlainTextContent>First line.\nSecond line.</PlainTextContent>
      <PlainTextSelection guid="5E6F0000-0000-4000-8000-000000000003" name="line:0" startPosition="0" endPosition="11"/>
      <PlainTextSelection guid="5E6F0000-0000-4000-8000-000000000004" name="line:1" startPosition="12" endPosition="24"/>
      <PlainTextSelection guid="5E6F0000-0000-4000-8000-000000000005" name="line:2" startPosition="30" endPosition="40"/>
    </TextSource>
  </Sources>
</Project>`;
    const { plan, after } = importInto({}, parse(strToU8(xml), "project.qde"));
    expect(plan.unchecked).toBe(2);
    expect(plan.unplaced).toEqual([expect.objectContaining({ quote: "line:2", start: 30, end: 40 })]);
    expect(codingsOf(after).map((c) => c.quote)).toEqual(["First line.", "Second line."]);
  });
});

describe("files that cannot be imported", () => {
  const error = (bytes: Uint8Array, name: string) => {
    const result = parseRefiFile(bytes, name);
    return result.ok ? undefined : result.error.code;
  };

  it("says why, for each kind of bad file", () => {
    const { records } = codedWorkspace();
    expect(error(new Uint8Array(), "a.qdpx")).toBe("empty");
    expect(error(strToU8("just text"), "a.qdpx")).toBe("not-zip");
    expect(error(zipSync({ "readme.txt": strToU8("hi") }), "a.qdpx")).toBe("no-project");
    expect(
      error(
        withFile(qdpx(records), (f) => {
          f["project.qde"] = strToU8("<Project><Users>");
        }),
        "a.qdpx",
      ),
    ).toBe("bad-xml");
    expect(error(strToU8("<svg xmlns='http://www.w3.org/2000/svg'/>"), "a.qdc")).toBe("wrong-root");
    expect(error(strToU8("not xml at all"), "a.qdc")).toBe("bad-xml");
    const truncated = qdpx(records).slice(0, 200);
    expect(error(truncated, "a.qdpx")).toBe("not-zip");
  });

  it("refuses an archive that would unpack to more than 200 MB, by the sizes it declares", () => {
    const zip = zipSync({ "project.qde": strToU8("<Project/>") });
    const view = new DataView(zip.buffer);
    // The central directory's "uncompressed size" field, made to claim 300 MB.
    for (let at = 0; at < zip.length - 4; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 300_000_000, true);
    expect(error(zip, "bomb.qdpx")).toBe("too-large");
  });

  it("refuses a DOCTYPE, so no entity is ever expanded", () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0E3A5C71-2B4D-4F6E-8A9B-1C2D3E4F5A60" name="&lol2;" isCodable="true"/></Codes></CodeBook>`;
    expect(error(strToU8(laughs), "a.qdc")).toBe("doctype");
    const xxe = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>`;
    expect(error(strToU8(xxe), "a.qde")).toBe("doctype");
  });
});

describe("placeSelection", () => {
  const text = "Nobody told me what happens next. Nobody told me again.";
  it("trusts offsets only when the quote stands there, or a shortened quote begins there", () => {
    expect(placeSelection(text, 0, 14, "Nobody told me")).toEqual({ start: 0, end: 14, how: "offsets" });
    expect(placeSelection(text, 0, 33, "Nobody told me what…")).toEqual({
      start: 0,
      end: 33,
      how: "offsets",
    });
    // Offsets that count CRLF or UTF-16 differently: the nearest occurrence wins.
    expect(placeSelection(text, 36, 50, "Nobody told me")).toEqual({ start: 34, end: 48, how: "found" });
    expect(placeSelection(text, 0, 5, "told  me\nwhat")).toEqual({ start: 7, end: 19, how: "found" });
    expect(placeSelection(text, 0, 14, "Somebody")).toBeUndefined();
    expect(placeSelection(text, 0, 14, "")).toEqual({ start: 0, end: 14, how: "unchecked" });
    expect(placeSelection(text, 40, 400, "")).toBeUndefined();
  });
});
