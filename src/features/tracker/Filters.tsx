import { useId } from "react";
import { useTranslation } from "react-i18next";
import { PAIN_KINDS, PAIN_STATUSES, type PainKind, type PainStatus } from "@/model/types";
import { useStore } from "@/store/store";
import { journeyOptions, type TrackerFilter } from "./rows";

/** The filters shared by the table and the matrix; `status` only where the view offers it. */
export function Filters({
  filter,
  onChange,
  withStatus = false,
}: {
  filter: TrackerFilter;
  onChange: (filter: TrackerFilter) => void;
  withStatus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const journeys = useStore((s) => journeyOptions(s.records, i18n.language));
  const id = useId();
  // A journey filter that points at a deleted journey shows (and acts as) "All journeys".
  const journeyValue = journeys.some((j) => j.id === filter.journeyId) ? filter.journeyId : "all";
  return (
    <>
      <div className="tracker-field">
        <label htmlFor={`${id}-journey`}>{t("tracker.filterJourney")}</label>
        <select
          id={`${id}-journey`}
          value={journeyValue}
          onChange={(e) => onChange({ ...filter, journeyId: e.target.value as TrackerFilter["journeyId"] })}
        >
          <option value="all">{t("tracker.allJourneys")}</option>
          {journeys.map((j) => (
            <option key={j.id} value={j.id}>
              {j.name || t("tracker.groupNoJourney")}
            </option>
          ))}
        </select>
      </div>
      <div className="tracker-field">
        <label htmlFor={`${id}-kind`}>{t("tracker.filterKind")}</label>
        <select
          id={`${id}-kind`}
          value={filter.kind}
          onChange={(e) => onChange({ ...filter, kind: e.target.value as PainKind | "all" })}
        >
          <option value="all">{t("tracker.allKinds")}</option>
          {PAIN_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`tracker.kindPlural.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {withStatus && (
        <div className="tracker-field">
          <label htmlFor={`${id}-status`}>{t("tracker.filterStatus")}</label>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(e) => onChange({ ...filter, status: e.target.value as PainStatus | "all" })}
          >
            <option value="all">{t("tracker.allStatuses")}</option>
            {PAIN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`pains.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <label className="tracker-check">
        <input
          type="checkbox"
          checked={filter.openOnly}
          onChange={(e) => onChange({ ...filter, openOnly: e.target.checked })}
        />
        {t("tracker.openOnly")}
      </label>
    </>
  );
}
