import { useTranslation } from "react-i18next";
import { formatDay } from "@/i18n";
import type { EvidenceItem } from "@/store/evidence";

/** Who said it, in which source, when, with which codes: the line under a quote. */
export function EvidenceMeta({ item: { source, codes } }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  return (
    <p className="evidence-meta">
      {t("mapEvidence.from", {
        source: source.title || source.respondent,
        role: t(`evidence.role.${source.respondentRole}`),
      })}
      {source.date && ` · ${formatDay(source.date)}`}
      {codes.length > 0 && ` · ${codes.map((c) => c.name).join(", ")}`}
    </p>
  );
}
