import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/i18n";
import type { JourneyId } from "@/model/ids";
import { getJourney, stepsOf } from "@/model/records";
import { runCommand } from "@/store/commands";
import { journeyPicture } from "@/store/commands-pictures";
import { now } from "@/store/document";
import type { EvidenceItem } from "@/store/evidence";
import { useStore } from "@/store/store";
import { PainIcon } from "@/ui/PainIcon";
import { type ReportPain, sourcesBehind, topPains } from "./select";
import "./report.css";

type MapImage = { url: string; width: number; height: number } | { failed: string } | null;

/** The map as an image, drawn from the records by the same code as the SVG export. */
function useMapImage(journeyId: JourneyId): MapImage {
  const records = useStore((s) => s.records);
  const language = useTranslation().i18n.language;
  const [image, setImage] = useState<MapImage>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn when the records or the language change
  useEffect(() => {
    let live = true;
    let url: string | undefined;
    journeyPicture(journeyId).then(
      (picture) => {
        if (!live || !picture) return;
        url = URL.createObjectURL(new Blob([picture.svg], { type: "image/svg+xml" }));
        setImage({ url, width: picture.width, height: picture.height });
      },
      (error: unknown) => {
        if (live) setImage({ failed: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [journeyId, records, language]);
  return image;
}

/**
 * A printable report of one journey for development leads and steering groups: the map, the
 * top pain points by priority score with their best quotes, and the sources behind them.
 * Printing (A4 landscape) leaves out the app's header and these buttons.
 */
export function ReportView({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const records = useStore((s) => s.records);
  const journey = getJourney(records, journeyId);
  const pains = useMemo(() => topPains(records, journeyId), [records, journeyId]);
  const sources = useMemo(() => sourcesBehind(pains), [pains]);
  const image = useMapImage(journeyId);
  const today = formatDate(now(), { dateStyle: "long" });

  if (!journey) return <p className="loading">{t("report.notFound")}</p>;
  const stepCount = stepsOf(records, journeyId).length;

  return (
    <div className="report-view">
      <div className="report-actions">
        <button type="button" className="button" onClick={() => runCommand("report.close")}>
          {t("report.back")}
        </button>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t("report.print")}
        </button>
      </div>
      <article className="report">
        <header className="report-header">
          <p className="report-eyebrow">{t("report.eyebrow")}</p>
          <h1>{journey.name || t("defaults.journeyName")}</h1>
          {journey.persona && (
            <p>
              {t("journeys.persona")}: {journey.persona}
            </p>
          )}
          {journey.description && <p>{journey.description}</p>}
          <p className="report-meta">{t("report.generated", { date: today })}</p>
        </header>

        <section className="report-map" aria-labelledby="report-map-heading">
          <h2 id="report-map-heading">{t("report.mapHeading")}</h2>
          {image && "failed" in image ? (
            <p role="alert">{t("pictures.failed", { reason: image.failed })}</p>
          ) : image ? (
            <img
              src={image.url}
              width={image.width}
              height={image.height}
              alt={t("report.mapAlt", {
                name: journey.name,
                stages: journey.stages.length,
                lanes: journey.lanes.length,
                steps: stepCount,
              })}
            />
          ) : (
            <p role="status">{t("report.drawing")}</p>
          )}
        </section>

        <section className="report-pains" aria-labelledby="report-pains-heading">
          <h2 id="report-pains-heading">{t("report.painsHeading")}</h2>
          {pains.length === 0 ? (
            <p>{t("report.painsNone")}</p>
          ) : (
            <>
              <p className="report-meta">{t("report.painsIntro")}</p>
              <ol className="report-pain-list">
                {pains.map((entry) => (
                  <PainEntry key={entry.pain.id} entry={entry} />
                ))}
              </ol>
            </>
          )}
        </section>

        {pains.length > 0 && (
          <section className="report-evidence" aria-labelledby="report-evidence-heading">
            <h2 id="report-evidence-heading">{t("report.evidenceHeading")}</h2>
            {sources.length === 0 ? (
              <p>{t("report.evidenceNone")}</p>
            ) : (
              <>
                <p className="report-meta">{t("report.evidenceIntro")}</p>
                <table className="report-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("report.column.source")}</th>
                      <th scope="col">{t("report.column.kind")}</th>
                      <th scope="col">{t("report.column.respondent")}</th>
                      <th scope="col">{t("report.column.role")}</th>
                      <th scope="col">{t("report.column.date")}</th>
                      <th scope="col" className="number">
                        {t("report.column.excerpts")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {sources.map(({ source, excerpts }) => (
                      <tr key={source.id}>
                        <th scope="row">{source.title}</th>
                        <td>{t(`evidence.kind.${source.kind}`)}</td>
                        <td>{source.respondent}</td>
                        <td>{t(`evidence.role.${source.respondentRole}`)}</td>
                        <td>{source.date}</td>
                        <td className="number">{excerpts}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        )}
      </article>
    </div>
  );
}

function PainEntry({ entry }: { entry: ReportPain }) {
  const { t } = useTranslation();
  const { pain, score, steps, quotes, evidence } = entry;
  const more = evidence.length - quotes.length;
  return (
    <li className={`report-pain pain-${pain.kind}`}>
      <h3>
        <PainIcon kind={pain.kind} size={18} /> {t(`pains.kind.${pain.kind}`)}: {pain.title}
      </h3>
      <p className="report-facts">
        <strong>{t("pains.score", { score })}</strong>
        {" · "}
        {t("report.facts", {
          severity: pain.severity,
          frequency: t(`pains.frequency.${pain.frequency}`),
          status: t(`pains.status.${pain.status}`),
        })}
      </p>
      {pain.description && <p>{pain.description}</p>}
      <p className="report-meta">
        {steps.length > 0
          ? t("report.onSteps", { steps: steps.map((s) => s.title || t("inspector.untitled")).join(", ") })
          : t("report.noSteps")}
      </p>
      <h4>{t("report.quotesHeading")}</h4>
      {quotes.length === 0 ? (
        <p className="report-assumption">{t("report.noQuotes")}</p>
      ) : (
        <ul className="report-quotes">
          {quotes.map((item) => (
            <Quote key={item.excerpt.id} item={item} />
          ))}
          {more > 0 && <li className="report-meta">{t("report.moreEvidence", { count: more })}</li>}
        </ul>
      )}
    </li>
  );
}

function Quote({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const role = t(`evidence.role.${item.source.respondentRole}`);
  const from = item.source.respondent.trim()
    ? t("report.quoteFrom", { respondent: item.source.respondent, role, source: item.source.title })
    : t("report.quoteFromAnonymous", { role, source: item.source.title });
  return (
    <li>
      <figure>
        <blockquote>{item.excerpt.quote}</blockquote>
        <figcaption>— {from}</figcaption>
      </figure>
    </li>
  );
}
