import { useTranslation } from "react-i18next";
import { indicatorChange } from "@/model/improvements";
import type { IndicatorRecord } from "@/model/types";
import { changeSentence, targetSentence } from "./format";

const ICON = { better: "✓", worse: "✗", unchanged: "=", pending: "…" } as const;

/**
 * How an indicator moved from its baseline, in words and in the colour of its direction:
 * green and ✓ when better, red and ✗ when worse. The words carry the meaning; colour and icon
 * only repeat it.
 */
export function ChangeSentence({
  indicator,
  as: Tag = "p",
}: {
  indicator: IndicatorRecord;
  as?: "p" | "span";
}) {
  const { t, i18n } = useTranslation();
  const change = indicatorChange(indicator);
  const state = change?.direction ?? "pending";
  const target = targetSentence(t, i18n.language, indicator);
  return (
    <Tag className={`change change-${state}`}>
      <span className="change-icon" aria-hidden="true">
        {ICON[state]}
      </span>
      <span className="change-text">{changeSentence(t, i18n.language, indicator)}</span>
      {target && <span className="change-target">{target}</span>}
    </Tag>
  );
}
