import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { createPain } from "@/model/painpoints";
import { emotionScore, escapeMermaid, journeyToMermaid } from "./mermaid";

const labels = { untitledJourney: "Untitled journey", untitledStep: "Untitled step", untitledStage: "Stage" };

describe("Mermaid journey text", () => {
  it("escapes what the journey grammar cannot take as entity codes, on one line", () => {
    expect(escapeMermaid("Book: online; or #walk-in\nat 100% %%")).toBe(
      "Book#58; online#59; or #35;walk-in at 100#37; #37;#37;",
    );
    expect(escapeMermaid("Counsellor, front stage", { actor: true })).toBe("Counsellor#44; front stage");
    expect(escapeMermaid("Counsellor, front stage")).toBe("Counsellor, front stage");
    // A task named like a keyword would start that statement instead.
    expect(escapeMermaid("section of the form")).toBe("#115;ection of the form");
    expect(escapeMermaid("Title page")).toBe("#84;itle page");
    expect(escapeMermaid("Entitled")).toBe("Entitled");
  });

  it("scores feelings −2…+2 as 1…5", () => {
    expect([-2, -1, 0, 1, 2].map(emotionScore)).toEqual([1, 2, 3, 4, 5]);
    expect(emotionScore(9)).toBe(5);
  });

  it("writes a section per stage with its steps left to right, scored from the feeling, with lane and role as actors", () => {
    const { journey, steps } = journeyWith(4, "First meeting: the #1 journey");
    const withRoles = toRecords([
      journey,
      { ...steps[0]!, title: "Registers; online", role: "Job-seeker" },
      { ...steps[1]!, role: "Counsellor, front" },
      { ...steps[2]!, emotion: 2 },
      steps[3]!,
      createPain(journey.id, [steps[1]!.id], { kind: "thundercloud", title: "Queue", severity: 5 }, NOW),
    ]);
    expect(journeyToMermaid(withRoles, journey.id, labels)).toBe(
      [
        "journey",
        "  title First meeting#58; the #35;1 journey",
        "  section Before",
        "    Registers#59; online: 3: Job-seeker",
        "    Step 4: 3: Job-seeker",
        "  section During",
        "    Step 2: 1: Job-seeker, Counsellor#44; front",
        "  section After",
        "    Step 3: 5: Job-seeker",
        "",
      ].join("\n"),
    );
  });

  it("leaves out stages without steps and names untitled things", () => {
    const { journey, steps } = journeyWith(1, "  ");
    const text = journeyToMermaid(toRecords([journey, { ...steps[0]!, title: "" }]), journey.id, labels);
    expect(text).toBe(
      "journey\n  title Untitled journey\n  section Before\n    Untitled step: 3: Job-seeker\n",
    );
  });
});
