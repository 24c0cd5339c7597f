import { useTranslation } from "react-i18next";
import type { StepRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { stepEvidence } from "@/store/evidence";
import { useStore } from "@/store/store";
import { EvidenceMeta } from "./EvidenceMeta";

/** The quotes behind a step: who said it, in which source, with which codes. */
export function EvidenceSection({ step }: { step: StepRecord }) {
  const { t } = useTranslation();
  const items = useStore((s) => stepEvidence(s.records, step.id));
  return (
    <fieldset className="evidence-section">
      <legend>{t("mapEvidence.panel")}</legend>
      {items.length === 0 ? (
        <p className="hint">{t("mapEvidence.none")}</p>
      ) : (
        <ul className="evidence-list">
          {items.map((item) => {
            const { excerpt, source, anchored } = item;
            return (
              <li key={excerpt.id}>
                <blockquote>{excerpt.quote}</blockquote>
                <EvidenceMeta item={item} />
                {!anchored && <p className="field-error">{t("mapEvidence.moved")}</p>}
                <div className="row">
                  <button
                    type="button"
                    className="button small"
                    onClick={() => runCommand("view.evidence", { tab: "sources", sourceId: source.id })}
                  >
                    {t("mapEvidence.open")}
                  </button>
                  <button
                    type="button"
                    className="button small quiet"
                    onClick={() => runCommand("excerpt.unlinkStep", excerpt.id, step.id)}
                  >
                    {t("mapEvidence.unlink", { quote: excerpt.quote.slice(0, 40) })}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
