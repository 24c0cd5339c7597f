// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildTable, parseCsv } from "./csv";
import { guessMapping, mappingProblems, mapRows } from "./mapping";
import type { ColumnMapping } from "./types";

const interview: ColumnMapping = {
  mode: "interview",
  text: 4,
  respondent: 0,
  role: 1,
  date: 2,
  title: null,
  interviewer: 3,
  attributes: [5],
  openText: [],
};

const survey = [
  "response_id,customer_group,date,satisfaction_1_5,speed_1_5,what_should_we_improve,anything_else",
  "101,Job-seeker,4.3.2024,2,4,Faster replies to e-mail.,Friendly staff!",
  '102,Student,5.3.2024,"3,5",1,,"Courses in English, please."',
  "103,Employer,6.3.2024,1,1,,",
].join("\n");

function table(text: string, delimiter: "," | ";" | "\t" = ";") {
  return buildTable(parseCsv(text, delimiter).records);
}

describe("mapRows, interview mode", () => {
  it("makes one source per row with role, date, interviewer and attributes", () => {
    const t = table(
      [
        "Respondent;Roll;Datum;Intervjuare;Anteckning;Kontor",
        "S1;Arbetssökande;4.3.2024;Anna;Jag fick vänta i två timmar.;Malmö",
        "S2;Handläggare;2024-03-05;Anna;Besökstopparna på måndagar.;",
      ].join("\r\n"),
    );
    const result = mapRows(t.header, t.rows, interview, { titlePrefix: "intervjuer", tags: ["wave 1"] });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.sources).toEqual([
      {
        typeName: "source",
        kind: "interview",
        title: "intervjuer — S1",
        respondent: "S1",
        respondentRole: "job-seeker",
        date: "2024-03-04",
        interviewer: "Anna",
        tags: ["wave 1"],
        attributes: { Kontor: "Malmö" },
        text: "Jag fick vänta i två timmar.",
      },
      {
        typeName: "source",
        kind: "interview",
        title: "intervjuer — S2",
        respondent: "S2",
        respondentRole: "counsellor",
        date: "2024-03-05",
        interviewer: "Anna",
        tags: ["wave 1"],
        attributes: {},
        text: "Besökstopparna på måndagar.",
      },
    ]);
  });

  it("lists ragged rows and empty texts with their file lines and imports the rest", () => {
    const text = [
      "sep=;", // line 1
      "id;role;date;interviewer;note;office", // line 2
      'P1;Job seeker;2024-01-01;A;"two', // line 3
      'lines";North', // line 4
      "P2;Employer;2024-01-02;A;fine;South;extra", // line 5: too many fields
      "P3;Employer;2024-01-03;A;no office", // line 6: one field short, padded
      "P4;Employer;2024-01-04", // line 7: three fields short
      "P5;Counsellor;2024-01-05;A;;North", // line 8: empty text
      "P6;Counsellor;2024-01-06;A;ok;North;;", // line 9: trailing empty fields are fine
    ].join("\r\n");
    const t = table(text);
    const result = mapRows(t.header, t.rows, interview);
    expect(result.sources.map((s) => s.respondent)).toEqual(["P1", "P3", "P6"]);
    expect(result.sources[0]!.text).toBe("two\nlines");
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 5,
        code: "too-many-fields",
        reason: expect.stringContaining("7 fields, expected 6"),
      }),
      expect.objectContaining({
        line: 7,
        code: "too-few-fields",
        reason: expect.stringContaining("respondent P4"),
      }),
      expect.objectContaining({ line: 8, code: "empty-text", column: "note" }),
    ]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 6, code: "padded" })]);
  });

  it("a tolerance of 0 makes every short row an error", () => {
    const t = table("a;b;c\n1;2;3\n4;5\n");
    const mapping: ColumnMapping = {
      ...interview,
      text: 2,
      respondent: 0,
      role: null,
      date: null,
      interviewer: null,
      attributes: [],
    };
    const result = mapRows(t.header, t.rows, mapping, { raggedTolerance: 0 });
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, code: "too-few-fields" })]);
  });

  it("unreadable dates import with an empty date and a warning", () => {
    const t = table("id;role;date;int;note;o\nP1;x;sometime;;text;\nP2;x;3/14/2024;;text;\n");
    const result = mapRows(t.header, t.rows, interview);
    expect(result.errors).toEqual([]);
    expect(result.sources.map((s) => s.date)).toEqual(["", "2024-03-14"]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 2, code: "bad-date", column: "date" }),
      expect.objectContaining({ line: 3, code: "us-date", column: "date" }),
    ]);
  });

  it("keeps a role it cannot map as an attribute", () => {
    const t = table("id;role;note\nP1;Student;hello\n");
    const mapping: ColumnMapping = {
      ...interview,
      text: 2,
      respondent: 0,
      role: 1,
      date: null,
      interviewer: null,
      attributes: [],
    };
    const [source] = mapRows(t.header, t.rows, mapping).sources;
    expect(source).toMatchObject({ respondentRole: "other", attributes: { role: "Student" } });
  });

  it("uses a title column, else the respondent, else the line", () => {
    const t = table("title;id;note\nFirst visit;P1;a\n;P2;b\n;;c\n");
    const mapping: ColumnMapping = {
      ...interview,
      text: 2,
      respondent: 1,
      title: 0,
      role: null,
      date: null,
      interviewer: null,
      attributes: [],
    };
    expect(mapRows(t.header, t.rows, mapping).sources.map((s) => s.title)).toEqual([
      "First visit",
      "P2",
      "Line 4",
    ]);
  });

  it("splits a tags column", () => {
    const t = table('note,tags\nhello,"queue, phone | web"\n', ",");
    const mapping: ColumnMapping = {
      ...interview,
      text: 0,
      tags: 1,
      respondent: null,
      role: null,
      date: null,
      interviewer: null,
      attributes: [],
    };
    expect(mapRows(t.header, t.rows, mapping, { tags: ["import"] }).sources[0]!.tags).toEqual([
      "import",
      "queue",
      "phone",
      "web",
    ]);
  });

  it("refuses a mapping without a text column or with columns out of range", () => {
    expect(mappingProblems({ ...interview, text: null }, 6)).toEqual([
      "Choose the column that holds the text.",
    ]);
    expect(mappingProblems({ ...interview, attributes: [9] }, 6)).toHaveLength(1);
    expect(() => mapRows(["a"], [], { ...interview, text: null })).toThrow(/text/);
  });
});

describe("mapRows, survey mode", () => {
  it("makes one answer per open-text cell, linked to the same respondent, with the ratings", () => {
    const t = table(survey, ",");
    const mapping: ColumnMapping = {
      mode: "survey",
      text: null,
      respondent: 0,
      role: 1,
      date: 2,
      title: null,
      attributes: [3, 4],
      openText: [5, 6],
    };
    const result = mapRows(t.header, t.rows, mapping);
    expect(result.errors).toEqual([]);
    expect(result.emptyAnswers).toBe(3);
    expect(result.sources).toHaveLength(3);
    const [a, b, c] = result.sources;
    expect(a).toEqual({
      typeName: "source",
      kind: "survey",
      title: "what_should_we_improve — 101",
      respondent: "101",
      respondentRole: "job-seeker",
      date: "2024-03-04",
      interviewer: "",
      tags: [],
      attributes: { satisfaction_1_5: "2", speed_1_5: "4" },
      text: "Faster replies to e-mail.",
    });
    expect(b).toMatchObject({ title: "anything_else — 101", respondent: "101", text: "Friendly staff!" });
    expect(b!.attributes).toEqual(a!.attributes);
    expect(b!.attributes).not.toBe(a!.attributes);
    expect(c).toMatchObject({
      title: "anything_else — 102",
      respondent: "102",
      respondentRole: "other",
      // The decimal comma stays as written; the unmapped role is kept.
      attributes: { satisfaction_1_5: "3,5", speed_1_5: "1", customer_group: "Student" },
      text: "Courses in English, please.",
    });
  });

  it("numbers respondents when there is no respondent column", () => {
    const t = table("q1;q2\nYes;No\n;Maybe\nSure;\n");
    const mapping: ColumnMapping = {
      mode: "survey",
      text: null,
      respondent: null,
      role: null,
      date: null,
      title: null,
      attributes: [],
      openText: [0, 1],
    };
    const result = mapRows(t.header, t.rows, mapping, { respondentPrefix: "Svar " });
    expect(result.sources.map((s) => [s.respondent, s.title])).toEqual([
      ["Svar 001", "q1 — Svar 001"],
      ["Svar 001", "q2 — Svar 001"],
      ["Svar 002", "q2 — Svar 002"],
      ["Svar 003", "q1 — Svar 003"],
    ]);
  });

  it("requires an open-text column", () => {
    expect(
      mappingProblems(
        {
          mode: "survey",
          text: null,
          respondent: 0,
          role: null,
          date: null,
          title: null,
          attributes: [],
          openText: [],
        },
        3,
      ),
    ).toEqual(["Choose at least one open-text column."]);
  });
});

describe("guessMapping", () => {
  it("finds the columns of an interview file", () => {
    const t = table(
      "respondent,role,date,note\nP01,Job-seeker,2024-03-04,A long note about the first meeting.\n",
      ",",
    );
    expect(guessMapping(t.header, t.rows)).toEqual({
      mode: "interview",
      text: 3,
      respondent: 0,
      role: 1,
      date: 2,
      title: null,
      interviewer: null,
      attributes: [],
      openText: [],
    });
  });

  it("finds ratings and open text in a survey file", () => {
    const t = table(survey, ",");
    expect(guessMapping(t.header, t.rows)).toMatchObject({
      mode: "survey",
      respondent: 0,
      role: 1,
      date: 2,
      attributes: [3, 4],
      openText: [5, 6],
    });
  });
});
