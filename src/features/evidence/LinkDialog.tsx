import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import { getJourney, listJourneys } from "@/model/records";
import type { ExcerptRecord, Records } from "@/model/types";
import { journeyParts, readingOrder } from "@/store/canvas";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { PainIcon } from "@/ui/PainIcon";

/** The journey an excerpt already speaks to, if any: where the dialog opens. */
function journeyOfLinks(records: Records, excerpt: ExcerptRecord): JourneyId | undefined {
  for (const id of [...excerpt.stepIds, ...excerpt.edgeIds, ...excerpt.painPointIds]) {
    const record = records[id];
    if (record && "journeyId" in record) return record.journeyId;
  }
  return undefined;
}

/**
 * Links an excerpt to steps, hand-offs (edges) and pain points of one journey at a time. Each
 * tick links at once (and undoes on its own); "Done" closes.
 */
export function LinkDialog({ excerpt, onClose }: { excerpt: ExcerptRecord; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const current = (records[excerpt.id] as ExcerptRecord | undefined) ?? excerpt;
  const journeys = listJourneys(records).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const route = useStore((s) => s.route);
  const [chosen, setChosen] = useState<JourneyId | undefined>(
    () =>
      journeyOfLinks(records, excerpt) ??
      ("journeyId" in route ? route.journeyId : undefined) ??
      journeys[0]?.id,
  );
  const journey = chosen ? getJourney(records, chosen) : undefined;
  const id = useId();
  const parts = journey ? journeyParts(records, journey.id) : undefined;
  const steps = journey && parts ? readingOrder(journey, parts.steps) : [];
  const stepTitle = (stepId: string) => {
    const step = parts?.steps.find((s) => s.id === stepId);
    return step?.title || t("evidence.untitledStep");
  };

  return (
    <Dialog
      title={t("evidence.linkTitle")}
      onClose={onClose}
      className="link-dialog"
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t("evidence.done")}
        </button>
      }
    >
      <blockquote className="excerpt-quote">{excerpt.quote}</blockquote>
      {journeys.length === 0 ? (
        <p className="hint">{t("evidence.noJourneys")}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-journey`}>{t("evidence.journey")}</label>
            <select
              id={`${id}-journey`}
              value={journey?.id ?? ""}
              onChange={(e) => setChosen(e.target.value as JourneyId)}
            >
              {journeys.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </div>
          {journey && parts && (
            <div className="link-lists">
              <fieldset>
                <legend>{t("evidence.steps")}</legend>
                {steps.length === 0 && <p className="hint">{t("evidence.noSteps")}</p>}
                {journey.stages.map((stage) => {
                  const inStage = steps.filter((s) => s.stageId === stage.id);
                  if (inStage.length === 0) return null;
                  return (
                    <div key={stage.id} className="link-group">
                      <p className="link-group-name">{stage.name}</p>
                      {inStage.map((step) => (
                        <div key={step.id} className="check-row">
                          <label className="check">
                            <input
                              type="checkbox"
                              aria-describedby={`${id}-${step.id}`}
                              checked={current.stepIds.includes(step.id)}
                              onChange={(e) =>
                                runCommand(
                                  e.target.checked ? "excerpt.linkStep" : "excerpt.unlinkStep",
                                  excerpt.id,
                                  step.id,
                                )
                              }
                            />
                            {step.title || t("evidence.untitledStep")}
                          </label>
                          <span className="hint" id={`${id}-${step.id}`}>
                            {journey.lanes.find((l) => l.id === step.laneId)?.name}
                          </span>
                        </div>
                      ))}
                    </div>
                  );
                })}
              </fieldset>
              {parts.edges.length > 0 && (
                <fieldset>
                  <legend>{t("evidence.edges")}</legend>
                  {parts.edges.map((edge) => (
                    <div key={edge.id} className="check-row">
                      <label className="check">
                        <input
                          type="checkbox"
                          aria-describedby={edge.label ? `${id}-${edge.id}` : undefined}
                          checked={current.edgeIds.includes(edge.id)}
                          onChange={(e) =>
                            runCommand(
                              e.target.checked ? "excerpt.linkEdge" : "excerpt.unlinkEdge",
                              excerpt.id,
                              edge.id,
                            )
                          }
                        />
                        {t("evidence.edgeLabel", {
                          from: stepTitle(edge.source),
                          to: stepTitle(edge.target),
                        })}
                      </label>
                      {edge.label && (
                        <span className="hint" id={`${id}-${edge.id}`}>
                          {edge.label}
                        </span>
                      )}
                    </div>
                  ))}
                </fieldset>
              )}
              {parts.pains.length > 0 && (
                <fieldset>
                  <legend>{t("evidence.painPoints")}</legend>
                  {parts.pains.map((pain) => (
                    <label key={pain.id} className={`check pain-${pain.kind}`}>
                      <input
                        type="checkbox"
                        checked={current.painPointIds.includes(pain.id)}
                        onChange={(e) =>
                          runCommand(
                            e.target.checked ? "excerpt.linkPain" : "excerpt.unlinkPain",
                            excerpt.id,
                            pain.id,
                          )
                        }
                      />
                      <PainIcon kind={pain.kind} />
                      <span className="visually-hidden">{t(`pains.kind.${pain.kind}`)}: </span>
                      {pain.title}
                    </label>
                  ))}
                </fieldset>
              )}
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}
