// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parseDate } from "./dates";
import { mapRole } from "./roles";

describe("mapRole", () => {
  it.each([
    ["job-seeker", "job-seeker"],
    ["Job-seeker", "job-seeker"],
    ["Job seeker", "job-seeker"],
    ["jobseekers", "job-seeker"],
    ["Arbetssökande", "job-seeker"],
    ["ARBETSSÖKANDE", "job-seeker"],
    ["arbetssokande", "job-seeker"],
    ["Työnhakija", "job-seeker"],
    ["työnhakijat", "job-seeker"],
    ["Counsellor", "counsellor"],
    ["counselor", "counsellor"],
    ["Case worker", "counsellor"],
    ["Handläggare", "counsellor"],
    ["handläggare/arbetsförmedlare", "counsellor"],
    ["Arbetsförmedlare", "counsellor"],
    ["TE-toimiston asiantuntija", "counsellor"],
    ["Virkailija", "counsellor"],
    ["Employer", "employer"],
    ["Arbetsgivare", "employer"],
    ["arbetsgivarrepresentant", "employer"],
    ["Työnantaja", "employer"],
    ["Recruiter", "employer"],
    ["Partner organisation", "partner"],
    ["partner", "partner"],
    ["Kommun", "partner"],
    ["Kunta", "partner"],
    ["Manager", "manager"],
    ["Enhetschef", "manager"],
    ["Esihenkilö", "manager"],
    ["Team leader", "manager"],
    ["Student", "other"],
    ["", "other"],
    ["   ", "other"],
    ["Opiskelija", "other"],
  ] as const)("%s → %s", (text, role) => {
    expect(mapRole(text)).toBe(role);
  });
});

describe("parseDate", () => {
  it.each([
    ["2024-03-04", "2024-03-04"],
    ["2024-3-4", "2024-03-04"],
    ["2024-03-04T10:15:00Z", "2024-03-04"],
    ["2024-03-04 10:15", "2024-03-04"],
    ["2024/03/04", "2024-03-04"],
    ["20240304", "2024-03-04"],
    ["4.3.2024", "2024-03-04"],
    ["04.03.2024", "2024-03-04"],
    ["4.3.2024 klo 10.15", "2024-03-04"],
    ["4.3.24", "2024-03-04"],
    ["04/03/2024", "2024-03-04"],
    ["4/3/2024", "2024-03-04"],
    ["04-03-2024", "2024-03-04"],
    ["29.2.2024", "2024-02-29"],
    ["  2024-03-04  ", "2024-03-04"],
  ])("%s → %s", (text, date) => {
    expect(parseDate(text)).toEqual({ date });
  });

  it("reads month first only when day first is impossible, with a warning", () => {
    expect(parseDate("3/14/2024")).toEqual({ date: "2024-03-14", warning: "us-date" });
  });

  it.each(["next Tuesday", "31.2.2024", "2024-13-01", "29.2.2023", "45355", "4 mars 2024", "32/13/2024"])(
    "%s is not a date: empty plus a warning",
    (text) => {
      expect(parseDate(text)).toEqual({ date: "", warning: "bad-date" });
    },
  );

  it("an empty cell is an empty date without a warning", () => {
    expect(parseDate("")).toEqual({ date: "" });
  });
});
