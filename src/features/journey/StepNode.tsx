import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { isStep } from "@/model/records";
import type { StepNode as StepNodeType } from "@/store/store";
import { useStore } from "@/store/store";

/** A step card. It reads its own record by id, so editing one step re-renders only that card. */
export const StepNode = memo(function StepNode({ id, selected }: NodeProps<StepNodeType>) {
  const { t } = useTranslation();
  const step = useStore((s) => s.records[id]);
  if (!isStep(step)) return null;
  return (
    <div className={`step-card${selected ? " selected" : ""}`} data-channel={step.channel}>
      <Handle
        type="target"
        position={Position.Left}
        aria-label={t("inspector.incoming", { title: step.title })}
      />
      <div className="step-title">{step.title || t("inspector.untitled")}</div>
      <div className="step-meta">
        <span className="step-channel">{t(`channel.${step.channel}`)}</span>
        {step.role && <span className="step-role"> · {step.role}</span>}
      </div>
      <Handle
        type="source"
        position={Position.Right}
        aria-label={t("inspector.outgoing", { title: step.title })}
      />
    </div>
  );
});
