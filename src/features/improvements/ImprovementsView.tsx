import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImprovementId, JourneyId } from "@/model/ids";
import { getJourney } from "@/model/records";
import { commands, runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Board } from "./Board";
import { ImprovementPage } from "./ImprovementPage";
import "./improvements.css";

/**
 * The route "improvements": a journey's improvements on a board by status, or one
 * improvement's page when the route names it.
 */
export function ImprovementsView({
  journeyId,
  improvementId,
}: {
  journeyId: JourneyId;
  improvementId?: ImprovementId;
}) {
  const { t } = useTranslation();
  const name = useStore((s) => getJourney(s.records, journeyId)?.name);
  const main = useRef<HTMLDivElement>(null);
  const previous = useRef<ImprovementId | undefined>(undefined);
  const [added, setAdded] = useState<ImprovementId | null>(null);

  // Opening an improvement's page is a page change: reading starts at its title. Coming back
  // to the board puts the focus on the card of the improvement just left.
  useEffect(() => {
    const root = main.current;
    const left = previous.current;
    previous.current = improvementId;
    if (!root) return;
    if (improvementId !== undefined) {
      if (added !== improvementId) root.querySelector<HTMLElement>(".improvement-title")?.focus();
    } else if (left) {
      root.querySelector<HTMLElement>(`[data-improvement="${left}"] [data-open]`)?.focus();
    }
  }, [improvementId, added]);

  if (name === undefined) return <MissingJourney />;
  return (
    <div className="improvements-view" ref={main}>
      <ViewHeader
        title={t("improvements.titleOf", { name })}
        journeyId={journeyId}
        current="improvements"
        extra={
          <button
            type="button"
            className="button primary"
            onClick={() => setAdded(commands["improvement.add"].run(journeyId) ?? null)}
          >
            {t("improvements.add")}
          </button>
        }
      />
      <div className="improvements-body">
        {improvementId ? (
          <>
            <nav className="crumbs" aria-label={t("improvements.views")}>
              <button
                type="button"
                className="link"
                onClick={() => runCommand("view.improvements", journeyId)}
              >
                <span aria-hidden="true">← </span>
                {t("improvements.allImprovements")}
              </button>
            </nav>
            <ImprovementPage
              key={improvementId}
              improvementId={improvementId}
              focusTitle={added === improvementId}
            />
          </>
        ) : (
          <Board journeyId={journeyId} />
        )}
      </div>
    </div>
  );
}

/** The header shared by the improvements board and the dashboard: title and the ways between the views. */
export function ViewHeader({
  title,
  journeyId,
  current,
  extra,
}: {
  title: string;
  journeyId: JourneyId;
  current: "improvements" | "dashboard";
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="improvements-header">
      <h1>{title}</h1>
      <div className="row improvements-actions">
        <button type="button" className="button" onClick={() => runCommand("journey.open", journeyId)}>
          <span aria-hidden="true">← </span>
          {t("improvements.backToMap")}
        </button>
        {current === "dashboard" ? (
          <button type="button" className="button" onClick={() => runCommand("view.improvements", journeyId)}>
            {t("improvements.improvementsLink")}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => runCommand("view.dashboard", journeyId)}>
            {t("improvements.dashboard")}
          </button>
        )}
        {extra}
      </div>
    </div>
  );
}

export function MissingJourney() {
  const { t } = useTranslation();
  return (
    <div className="improvements-view">
      <p className="improvements-missing">{t("improvements.journeyMissing")}</p>
      <button type="button" className="button" onClick={() => runCommand("journey.close")}>
        {t("improvements.backToJourneys")}
      </button>
    </div>
  );
}
