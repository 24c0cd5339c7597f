import { buildSampleJourney } from "@/model/sample";
import { buildJourney, type JourneySpec } from "@/model/templates/build";
import { EMPLOYER_TEMPLATE } from "@/model/templates/employer";
import { WORKER_CHANGE_TEMPLATE } from "@/model/templates/worker-change";
import type { AnyRecord } from "@/model/types";

/** The journeys a new one can start from. Each builds fresh records with new ids every time. */
export const TEMPLATE_IDS = ["sample", "blueprint", "employer", "worker-change"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The words of the empty service blueprint, which has no content of its own to stay English. */
export interface BlueprintLabels {
  name: string;
  description: string;
  stageNames: readonly string[];
  laneNames: readonly string[];
}

/**
 * A service blueprint's rows, top to bottom, with the three lines between them: the line of
 * interaction below the customer, the line of visibility below the front stage, and the line
 * of internal interaction above the support processes.
 */
export const BLUEPRINT_LABELS: BlueprintLabels = {
  name: "Service blueprint",
  description:
    "An empty service blueprint. Line of interaction: between the job-seeker and the front stage. Line of visibility: between the front stage, which the customer sees, and the back stage, which the customer does not see. Line of internal interaction: between the back stage and the support processes.",
  stageNames: ["Before the service", "First contact", "During the service", "After the service"],
  laneNames: [
    "Job-seeker / Customer",
    "Front stage",
    "Back stage / Back office",
    "Support processes / IT systems",
  ],
};

export function buildBlueprint(now: string, labels: BlueprintLabels = BLUEPRINT_LABELS): AnyRecord[] {
  return buildJourney({ journey: labels, steps: [], edges: [], pains: [] }, now).records;
}

const SPECS: Record<Exclude<TemplateId, "sample" | "blueprint">, JourneySpec> = {
  employer: EMPLOYER_TEMPLATE,
  "worker-change": WORKER_CHANGE_TEMPLATE,
};

/** The records of a new journey from a template, the journey first. */
export function buildTemplate(id: TemplateId, now: string, blueprint?: BlueprintLabels): AnyRecord[] {
  if (id === "sample") return buildSampleJourney(now);
  if (id === "blueprint") return buildBlueprint(now, blueprint);
  return buildJourney(SPECS[id], now).records;
}
