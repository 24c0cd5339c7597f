import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { isFiltering, MAX_SCORE } from "@/model/painpoints";
import { isStep } from "@/model/records";
import type { PainKind } from "@/model/types";
import { matchingSteps, stepSummary } from "@/store/canvas";
import type { StepNode as StepNodeType } from "@/store/store";
import { useStore } from "@/store/store";
import { PainIcon } from "@/ui/PainIcon";

/** Heat levels 0–4 from a priority score, shared by steps, cells and the legend. */
export function heatLevel(score: number): number {
  return score === 0 ? 0 : Math.min(4, Math.ceil((score / MAX_SCORE) * 4));
}

/**
 * A step card. It reads its own record and its pain summary by id, so editing one step or
 * one pain point re-renders only the cards involved.
 */
export const StepNode = memo(function StepNode({ id, selected }: NodeProps<StepNodeType>) {
  const { t } = useTranslation();
  const step = useStore((s) => s.records[id]);
  const journeyId = useStore((s) => s.canvas.journeyId) ?? "";
  const summary = useStore(useShallow((s) => stepSummary(s.records, journeyId, id)));
  const heat = useStore((s) => (s.heatView ? heatLevel(summary.score) : -1));
  const faded = useStore(
    (s) => isFiltering(s.painFilter) && !matchingSteps(s.records, journeyId, s.painFilter).has(id),
  );
  if (!isStep(step)) return null;
  const badges: [PainKind, number, string][] = [
    ["thundercloud", summary.thunderclouds, t("pains.countThunderclouds", { count: summary.thunderclouds })],
    ["blister", summary.blisters, t("pains.countBlisters", { count: summary.blisters })],
    ["brightspot", summary.brightspots, t("pains.countBrightspots", { count: summary.brightspots })],
  ];
  const classes = ["step-card", selected && "selected", faded && "faded", heat >= 0 && `heat-${heat}`];
  return (
    <div className={classes.filter(Boolean).join(" ")} data-channel={step.channel}>
      <Handle type="target" position={Position.Left} />
      <div className="step-title">{step.title || t("inspector.untitled")}</div>
      <div className="step-footer">
        <span className="step-meta">
          {t(`channel.${step.channel}`)}
          {step.role && ` · ${step.role}`}
        </span>
        <span className="step-badges">
          {badges
            .filter(([, count]) => count > 0)
            .map(([kind, count, label]) => (
              <span key={kind} className={`badge badge-${kind}`} role="img" aria-label={label} title={label}>
                <PainIcon kind={kind} />
                {count}
              </span>
            ))}
        </span>
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
