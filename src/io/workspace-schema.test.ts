import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NOW } from "@test/factories";
import fixtureV1 from "@test/fixtures/workspace-v1.json";
import { describe, expect, it } from "vitest";
import { buildSampleJourney } from "@/model/sample";
import {
  CHANNELS,
  FREQUENCIES,
  IMPROVEMENT_STATUSES,
  PAIN_KINDS,
  PAIN_STATUSES,
  RESPONDENT_ROLES,
  SOURCE_KINDS,
} from "@/model/types";
import { richWorkspace } from "./rich-workspace.testkit";
import { serializeWorkspace } from "./workspace-file";

/**
 * docs/workspace.schema.json checked against the fixtures and a fresh export. No JSON Schema
 * validator is installed, so this is a minimal one for exactly the keywords the schema uses;
 * the first test fails if the schema starts using any other keyword.
 */

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(process.cwd(), "docs/workspace.schema.json"), "utf8")) as Schema;

const CHECKED = [
  "$ref",
  "type",
  "const",
  "enum",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "not",
  "pattern",
  "minimum",
  "maximum",
  "format",
];
const ANNOTATIONS = ["$schema", "$id", "$defs", "title", "description"];

function keywordsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node !== "object" || node === null) return found;
  for (const [key, value] of Object.entries(node)) {
    found.add(key);
    if (key === "properties" || key === "$defs") {
      for (const sub of Object.values(value as Schema)) keywordsOf(sub, found);
    } else if (key === "oneOf" || key === "anyOf") {
      for (const sub of value as unknown[]) keywordsOf(sub, found);
    } else if (
      key === "items" ||
      key === "not" ||
      (key === "additionalProperties" && typeof value === "object")
    ) {
      keywordsOf(value, found);
    }
  }
  return found;
}

const FORMATS: Record<string, RegExp> = {
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function validate(value: unknown, node: Schema, path = "$", errors: string[] = []): string[] {
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  if (typeof node.$ref === "string") {
    const name = node.$ref.replace("#/$defs/", "");
    validate(value, (schema.$defs as Record<string, Schema>)[name]!, path, errors);
  }
  if (node.type !== undefined) {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
      fail(`is ${actual}, not ${types.join(" or ")}`);
      return errors;
    }
  }
  if ("const" in node && JSON.stringify(value) !== JSON.stringify(node.const))
    fail(`is not ${JSON.stringify(node.const)}`);
  if (Array.isArray(node.enum) && !node.enum.includes(value))
    fail(`${JSON.stringify(value)} is not one of ${node.enum}`);
  if (typeof value === "string") {
    if (typeof node.pattern === "string" && !new RegExp(node.pattern, "u").test(value))
      fail(`does not match ${node.pattern}`);
    if (typeof node.format === "string" && !FORMATS[node.format]!.test(value))
      fail(`is not a ${node.format}`);
  }
  if (typeof value === "number") {
    if (typeof node.minimum === "number" && value < node.minimum) fail(`is below ${node.minimum}`);
    if (typeof node.maximum === "number" && value > node.maximum) fail(`is above ${node.maximum}`);
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    for (const key of (node.required as string[] | undefined) ?? [])
      if (!(key in object)) fail(`lacks "${key}"`);
    const properties = (node.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, inner] of Object.entries(object)) {
      if (properties[key]) validate(inner, properties[key], `${path}.${key}`, errors);
      else if (typeof node.additionalProperties === "object")
        validate(inner, node.additionalProperties as Schema, `${path}.${key}`, errors);
      else if (node.additionalProperties === false) fail(`has an unexpected "${key}"`);
    }
  }
  if (Array.isArray(value) && typeof node.items === "object") {
    value.forEach((item, i) => {
      validate(item, node.items as Schema, `${path}[${i}]`, errors);
    });
  }
  const matching = (list: Schema[]) =>
    list.filter((sub) => validate(value, sub, path, []).length === 0).length;
  if (Array.isArray(node.oneOf) && matching(node.oneOf) !== 1) {
    fail(`matches ${matching(node.oneOf)} of the oneOf choices, not exactly one`);
  }
  if (Array.isArray(node.anyOf) && matching(node.anyOf) === 0) fail("matches none of the anyOf choices");
  if (typeof node.not === "object" && validate(value, node.not as Schema, path, []).length === 0)
    fail("matches “not”");
  return errors;
}

describe("docs/workspace.schema.json", () => {
  it("uses only keywords this test checks", () => {
    const unknown = [...keywordsOf(schema)].filter((k) => !CHECKED.includes(k) && !ANNOTATIONS.includes(k));
    expect(unknown).toEqual([]);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the released format 1 fixtures", () => {
    expect(validate(fixtureV1, schema)).toEqual([]);
    const file = JSON.parse(
      readFileSync(join(process.cwd(), "test/fixtures/workspace-file-v1.journeymap.json"), "utf8"),
    );
    expect(validate(file, schema)).toEqual([]);
  });

  it("accepts a fresh export of every record type, and of the sample journey", () => {
    const { records } = richWorkspace();
    expect(validate(JSON.parse(serializeWorkspace(records, { appVersion: "1", now: NOW })), schema)).toEqual(
      [],
    );
    const sample = buildSampleJourney(NOW);
    expect(validate(JSON.parse(serializeWorkspace(sample, { appVersion: "1", now: NOW })), schema)).toEqual(
      [],
    );
  });

  it("refuses what the app would refuse or repair (so the checker above bites)", () => {
    const { records, steps } = richWorkspace();
    const file = JSON.parse(serializeWorkspace(records, { appVersion: "1", now: NOW }));
    const step = file.records.find((r: { id: string }) => r.id === steps[0]!.id);
    step.channel = "pigeon";
    step.stageId = "lane:wrong";
    delete step.title;
    const errors = validate(file, schema);
    expect(errors.join("\n")).toMatch(/oneOf/);
    expect(validate(step, (schema.$defs as Record<string, Schema>).step!).sort()).toEqual([
      '$.channel: "pigeon" is not one of in-person,phone,web,letter,email,other',
      "$.stageId: does not match ^stage:.+",
      '$: lacks "title"',
    ]);
    expect(validate({ ...file, formatVersion: 2 }, schema).length).toBeGreaterThan(0);
    expect(validate({ formatVersion: 1, records: [], type: "other" }, schema).length).toBeGreaterThan(0);
  });

  it("lists the same choices as the model", () => {
    const defs = schema.$defs as Record<string, { properties: Record<string, { enum?: unknown[] }> }>;
    expect(defs.step!.properties.channel!.enum).toEqual([...CHANNELS]);
    expect(defs.painpoint!.properties.kind!.enum).toEqual([...PAIN_KINDS]);
    expect(defs.painpoint!.properties.frequency!.enum).toEqual([...FREQUENCIES]);
    expect(defs.painpoint!.properties.status!.enum).toEqual([...PAIN_STATUSES]);
    expect(defs.source!.properties.kind!.enum).toEqual([...SOURCE_KINDS]);
    expect(defs.source!.properties.respondentRole!.enum).toEqual([...RESPONDENT_ROLES]);
    expect(defs.improvement!.properties.status!.enum).toEqual([...IMPROVEMENT_STATUSES]);
  });
});
