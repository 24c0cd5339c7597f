// @vitest-environment node
import { readFileSync } from "node:fs";
import { NOW } from "@test/factories";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { createJourney } from "@/model/journey";
import { exportCodebook, exportProject } from "./export";
import { codedWorkspace } from "./refi.testkit";

/** Every exported file is checked against the REFI-QDA schemas (copied from ../shared/refi-qda). */

const schema = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/refi-qda/${name}`, import.meta.url), "utf8");
const PROJECT_XSD = schema("Project.xsd");
const CODEBOOK_XSD = schema("Codebook.reconstructed.xsd");

async function validate(xml: string, xsd: string) {
  const result = await validateXML({ xml: [{ fileName: "file.xml", contents: xml }], schema: [xsd] });
  return result.errors.map((e) => e.message);
}

const options = { now: NOW, appVersion: "0.1.0" };

describe("REFI-QDA files validate against the schemas", () => {
  it("a codebook (.qdc) with nested codes, descriptions and colours", async () => {
    const xml = exportCodebook(codedWorkspace().records, options);
    expect(xml).toContain("<Code ");
    expect(await validate(xml, CODEBOOK_XSD)).toEqual([]);
  });

  it("the codebook of an empty workspace (the built-in codes only)", async () => {
    expect(await validate(exportCodebook({}, options), CODEBOOK_XSD)).toEqual([]);
  });

  it("a project with users, codes, variables, cases, sources, selections, sets and graphs", async () => {
    const { qde } = exportProject(codedWorkspace().records, { ...options, name: "Pilot & <test>" });
    for (const element of [
      "<Users>",
      "<CodeBook>",
      "<Variables>",
      "<Cases>",
      "<Sources>",
      "<Sets>",
      "<Graphs>",
      "<Edge ",
    ])
      expect(qde).toContain(element);
    expect(await validate(qde, PROJECT_XSD)).toEqual([]);
  });

  it("a project with nothing coded and a journey without steps leaves out empty containers", async () => {
    const journey = createJourney({ name: "Empty", stageNames: ["A"], laneNames: ["B"] }, NOW);
    const { qde } = exportProject({ [journey.id]: journey }, { ...options, name: "Empty" });
    expect(qde).not.toContain("<Users");
    expect(qde).not.toContain("<Sets");
    expect(await validate(qde, PROJECT_XSD)).toEqual([]);
  });

  it("the check itself catches what other tools got wrong: an empty container, sets before sources", async () => {
    const { qde } = exportProject(codedWorkspace().records, { ...options, name: "P" });
    expect(await validate(qde.replace(/<Users>[\s\S]*?<\/Users>/, "<Users/>"), PROJECT_XSD)).not.toEqual([]);
    const sets = /\s*<Sets>[\s\S]*<\/Sets>/.exec(qde)![0];
    const swapped = qde.replace(sets, "").replace("<Sources>", `${sets.trim()}\n  <Sources>`);
    expect(await validate(swapped, PROJECT_XSD)).not.toEqual([]);
  });
});
