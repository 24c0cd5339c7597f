import { NOW } from "@test/factories";
import { describe, expect, it } from "vitest";
import { buildTemplate, TEMPLATE_IDS } from "@/model/templates";
import { FORMAT_VERSION } from "./migrations";
import { restore } from "./restore";

describe("templates through the one restore path", () => {
  for (const id of TEMPLATE_IDS) {
    it(`restores the ${id} template with no repairs`, () => {
      const records = buildTemplate(id, NOW);
      const result = restore({ formatVersion: FORMAT_VERSION, records: structuredClone(records) }, NOW);
      expect(result.problems).toEqual([]);
      expect(result.changed).toBe(false);
      expect(result.records).toEqual(records);
    });
  }
});
