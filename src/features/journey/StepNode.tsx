import { Handle, type NodeProps, Position } from "@xyflow/react";
import { createContext, type DragEvent, memo, useContext } from "react";
import { useShallow } from "zustand/react/shallow";
import { EXCERPT_DRAG_TYPE } from "@/model/evidence";
import type { ExcerptId, StepId } from "@/model/ids";
import { isFiltering, MAX_SCORE } from "@/model/painpoints";
import { isStep } from "@/model/records";
import type { Channel, PainKind } from "@/model/types";
import { matchingSteps, stepSummary } from "@/store/canvas";
import { runCommand } from "@/store/commands";
import { stepHasEvidence, stepRespondentCount } from "@/store/evidence";
import type { AppState, StepNode as StepNodeType } from "@/store/store";
import { useStore } from "@/store/store";
import { PainIcon } from "@/ui/PainIcon";

/** Heat levels 0–4 from a priority score, shared by steps, cells and the legend. */
export function heatLevel(score: number): number {
  return score === 0 ? 0 : Math.min(4, Math.ceil((score / MAX_SCORE) * 4));
}

/**
 * The words on step cards, translated once per language by the canvas: with thousands of
 * cards, a translation hook and lookups in every card cost more than the card itself.
 */
export interface StepLabels {
  channel: Readonly<Record<Channel, string>>;
  untitled: string;
  badge(kind: PainKind, count: number): string;
  respondents(count: number): string;
  assumption: string;
}

export const StepLabelsContext = createContext<StepLabels | null>(null);

const BADGE_KINDS: readonly PainKind[] = ["thundercloud", "blister", "brightspot"];

/**
 * A step card. It reads its own record and its pain summary by id, so editing one step or
 * one pain point re-renders only the cards involved.
 */
export const StepNode = memo(function StepNode({ id, selected }: NodeProps<StepNodeType>) {
  const labels = useContext(StepLabelsContext)!;
  const { step, summary, heat, faded, respondents, assumption } = useStore(
    useShallow((s) => cardState(s, id)),
  );
  if (!isStep(step)) return null;
  const counts: Record<PainKind, number> = {
    thundercloud: summary.thunderclouds,
    blister: summary.blisters,
    brightspot: summary.brightspots,
  };
  const classes = [
    "step-card",
    selected && "selected",
    faded && "faded",
    heat >= 0 && `heat-${heat}`,
    assumption && "assumption",
  ];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for dragged excerpts; "Link to step" is the keyboard way
    <div
      className={classes.filter(Boolean).join(" ")}
      data-channel={step.channel}
      onDragOver={acceptExcerpt}
      onDrop={(event) => dropExcerpt(event, id)}
    >
      <Handle type="target" position={Position.Left} />
      <div className="step-title">{step.title || labels.untitled}</div>
      <div className="step-footer">
        <span className="step-meta">
          {labels.channel[step.channel]}
          {step.role && ` · ${step.role}`}
        </span>
        <span className="step-badges">
          {respondents > 0 && (
            <span
              className="badge badge-evidence"
              role="img"
              aria-label={labels.respondents(respondents)}
              title={labels.respondents(respondents)}
            >
              <span aria-hidden="true">❝</span>
              {respondents}
            </span>
          )}
          {BADGE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
            const label = labels.badge(kind, counts[kind]);
            return (
              <span key={kind} className={`badge badge-${kind}`} role="img" aria-label={label} title={label}>
                <PainIcon kind={kind} />
                {counts[kind]}
              </span>
            );
          })}
        </span>
      </div>
      {assumption && <div className="assumption-label">{labels.assumption}</div>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}, sameCard);

/**
 * A card draws only its id's record and its selection; React Flow places it. Without this, every
 * move of a drag (and every step a tidy-up moves) re-rendered the card for its new position.
 */
function sameCard(before: NodeProps<StepNodeType>, after: NodeProps<StepNodeType>): boolean {
  return before.id === after.id && before.selected === after.selected;
}

/**
 * Everything a card shows besides its selection, read in one subscription: every subscription
 * of every card runs on each store change, and a drag changes the store on every mouse move.
 */
function cardState(s: AppState, id: string) {
  const journeyId = s.canvas.journeyId ?? "";
  const summary = stepSummary(s.records, journeyId, id);
  return {
    step: s.records[id],
    summary,
    heat: s.heatView ? heatLevel(summary.score) : -1,
    faded: isFiltering(s.painFilter) && !matchingSteps(s.records, journeyId, s.painFilter).has(id),
    respondents: stepRespondentCount(s.records, id),
    assumption: s.assumptionView && !stepHasEvidence(s.records, id),
  };
}

/** Excerpts dragged from an evidence list can be dropped on a step to link them. */
function acceptExcerpt(event: DragEvent) {
  if (!event.dataTransfer.types.includes(EXCERPT_DRAG_TYPE)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = "link";
}

function dropExcerpt(event: DragEvent, stepId: string) {
  const excerptId = event.dataTransfer.getData(EXCERPT_DRAG_TYPE);
  if (!excerptId) return;
  event.preventDefault();
  runCommand("evidence.dropOnStep", excerptId as ExcerptId, stepId as StepId);
}
