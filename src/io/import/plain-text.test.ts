// @vitest-environment node
import { describe, expect, it } from "vitest";
import { utf8, utf16le, windows1252 } from "./bytes.testkit";
import { decodeAuto } from "./encoding";
import { importBytes } from "./pipeline";
import { baseName, guessFileFormat, textToSource } from "./plain-text";

describe("plain-text sources", () => {
  it("titles a file by its name without extension", () => {
    expect(baseName("P01 intervju.md")).toBe("P01 intervju");
    expect(baseName("C:\\notes\\P02.v2.txt")).toBe("P02.v2");
    expect(baseName("notes/.hidden")).toBe(".hidden");
    expect(baseName("README")).toBe("README");
  });

  it("makes one source of a pasted text, with \\n line breaks", () => {
    expect(
      textToSource("\uFEFFRad ett\r\nRad två\rRad tre", { title: "Klistrat", kind: "observation" }),
    ).toEqual({
      typeName: "source",
      kind: "observation",
      title: "Klistrat",
      respondent: "",
      respondentRole: "other",
      date: "",
      interviewer: "",
      tags: [],
      attributes: {},
      text: "Rad ett\nRad två\nRad tre",
    });
  });

  it.each([
    ["UTF-8", utf8("# Möte\n\nÅsa: “köerna är långa” – ja.\n")],
    ["UTF-8 with BOM", utf8("# Möte\n\nÅsa: “köerna är långa” – ja.\n", { bom: true })],
    ["Windows-1252", windows1252("# Möte\n\nÅsa: “köerna är långa” – ja.\n")],
    ["UTF-16 LE", utf16le("# Möte\n\nÅsa: “köerna är långa” – ja.\n")],
  ])("reads a .md file in %s", (_name, bytes) => {
    const out = importBytes(bytes, { format: "text", fileName: "möte 3.md", tags: ["workshop"] });
    expect(out.errors).toEqual([]);
    expect(out.sources).toEqual([
      expect.objectContaining({
        title: "möte 3",
        text: "# Möte\n\nÅsa: “köerna är långa” – ja.\n",
        tags: ["workshop"],
      }),
    ]);
  });

  it("an empty file is an error, not an empty source", () => {
    const out = importBytes(utf8("  \r\n"), { format: "text", fileName: "tom.txt" });
    expect(out.sources).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ line: 1, code: "empty-text" })]);
  });

  it("tells a tab-separated .txt (Excel's Unicode text) from a note", () => {
    const table = decodeAuto(utf16le("id\trole\tnote\r\n1\tEmployer\tHej\r\n2\tEmployer\tDå\r\n")).text;
    expect(guessFileFormat("export.txt", table)).toBe("table");
    expect(guessFileFormat("notes.txt", "We met at ten.\nShe said: yes, no, maybe.\n")).toBe("text");
    expect(guessFileFormat("notes.md", table)).toBe("text");
    expect(guessFileFormat("data.CSV", "")).toBe("table");
    expect(guessFileFormat("data.tsv", "")).toBe("table");
  });
});
