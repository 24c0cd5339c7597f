import type { JourneyId } from "@/model/ids";
import { computeBands, stepPosition } from "@/model/layout";
import { customerEmotion, painPointsOfJourney } from "@/model/painpoints";
import { getJourney, stepsOf } from "@/model/records";
import type { Records } from "@/model/types";

/**
 * A journey as Mermaid `journey` text, for wikis that draw Mermaid: a `section` per stage and
 * a task per step, scored 1–5 from the customer's feeling (−2…+2; 3 when neutral), with the
 * step's lane and responsible role as actors. https://mermaid.js.org/syntax/userJourney.html
 */

export const MERMAID_MIME_TYPE = "text/plain";
export const MERMAID_EXTENSION = ".mmd";

/**
 * Text that Mermaid's journey grammar reads as itself. Its lines end at a line break or ";",
 * "#" starts an entity and "%%" a comment, ":" separates a task from its score and actors,
 * "," separates actors. Those become Mermaid entity codes (`#58;` is ":"), which Mermaid
 * turns back into the character when it draws.
 */
export function escapeMermaid(text: string, { actor = false } = {}): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const escaped = oneLine.replace(actor ? /[#;:%,]/g : /[#;:%]/g, (c) => `#${c.charCodeAt(0)};`);
  // A line that starts with a keyword would be read as that statement, not as a task or name.
  return escaped.replace(
    /^(title|section|journey|acc\w*)\b/i,
    (word) => `#${word.charCodeAt(0)};${word.slice(1)}`,
  );
}

/** A 1–5 task score from a feeling of −2…+2. */
export function emotionScore(emotion: number): number {
  return Math.max(1, Math.min(5, Math.round(emotion) + 3));
}

export interface MermaidLabels {
  /** Names for a journey, stage or step without one. */
  untitledJourney: string;
  untitledStep: string;
  untitledStage: string;
}

/** The journey as Mermaid text; undefined when there is no such journey. */
export function journeyToMermaid(
  records: Records,
  journeyId: JourneyId,
  labels: MermaidLabels,
): string | undefined {
  const journey = getJourney(records, journeyId);
  if (!journey) return undefined;
  const steps = stepsOf(records, journeyId);
  const pains = painPointsOfJourney(records, journeyId);
  const layout = computeBands(journey, steps);
  const laneOrder = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const laneName = new Map(journey.lanes.map((l) => [l.id, l.name]));
  const lines = [
    "journey",
    `  title ${escapeMermaid(journey.name) || escapeMermaid(labels.untitledJourney)}`,
  ];
  for (const stage of journey.stages) {
    const inStage = steps
      .filter((s) => s.stageId === stage.id)
      .map((step) => ({ step, at: stepPosition(layout, step) }))
      .filter((p) => p.at !== undefined)
      // Left to right as the map reads; lanes top to bottom within a column.
      .sort((a, b) => a.at!.x - b.at!.x || laneOrder.get(a.step.laneId)! - laneOrder.get(b.step.laneId)!);
    if (inStage.length === 0) continue;
    lines.push(`  section ${escapeMermaid(stage.name) || escapeMermaid(labels.untitledStage)}`);
    for (const { step } of inStage) {
      const actors: string[] = [];
      for (const name of [laneName.get(step.laneId) ?? "", step.role]) {
        const actor = escapeMermaid(name, { actor: true });
        if (actor && !actors.some((a) => a.toLocaleLowerCase() === actor.toLocaleLowerCase()))
          actors.push(actor);
      }
      const title = escapeMermaid(step.title) || escapeMermaid(labels.untitledStep);
      const score = emotionScore(customerEmotion(step, pains));
      lines.push(`    ${title}: ${score}${actors.length > 0 ? `: ${actors.join(", ")}` : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
