import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import { type IndicatorChange, isImprovement, journeyDashboard } from "@/model/improvements";
import { priorityScore } from "@/model/painpoints";
import { getJourney } from "@/model/records";
import {
  IMPROVEMENT_STATUSES,
  type IndicatorRecord,
  PAIN_KINDS,
  PAIN_STATUSES,
  type Records,
} from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { PainIcon } from "@/ui/PainIcon";
import { ChangeSentence } from "./ChangeSentence";
import { formatPercent } from "./format";
import { MissingJourney, ViewHeader } from "./ImprovementsView";
import "./improvements.css";

type Group = "better" | "worse" | "unchanged" | "pending";
const GROUPS: readonly Group[] = ["worse", "better", "unchanged", "pending"];

function groupOf(change: IndicatorChange | null): Group {
  return change ? change.direction : "pending";
}

/**
 * The route "dashboard": where a journey hurts, how much of it rests on evidence, and whether
 * the improvements work. Every figure is text (tables and sentences); bars only repeat it.
 */
export function DashboardView({ journeyId }: { journeyId: JourneyId }) {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const journey = getJourney(records, journeyId);
  const board = useMemo(() => (journey ? journeyDashboard(records, journey) : null), [records, journey]);
  const id = useId();
  if (!journey || !board) return <MissingJourney />;
  const maxKind = Math.max(1, ...PAIN_KINDS.map((k) => total(board.painCounts[k])));
  const section = (name: string) => ({ "aria-labelledby": `${id}-${name}` });
  return (
    <div className="improvements-view dashboard">
      <ViewHeader
        title={t("improvements.dash.title", { name: journey.name })}
        journeyId={journeyId}
        current="dashboard"
      />
      <div className="improvements-body">
        <p className="hint">{t("improvements.dash.intro")}</p>
        <div className="dashboard-grid">
          <section className="dash-card dash-wide" {...section("pains")}>
            <h2 id={`${id}-pains`}>{t("improvements.dash.painsTitle")}</h2>
            {board.painTotal === 0 ? (
              <p className="hint">{t("improvements.dash.painsNone")}</p>
            ) : (
              // A narrow window scrolls the table sideways; the keyboard must reach that too.
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
              <section className="table-scroll" tabIndex={0} aria-labelledby={`${id}-pains-caption`}>
                <table className="data-table">
                  <caption id={`${id}-pains-caption`} className="visually-hidden">
                    {t("improvements.dash.painsCaption")}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("improvements.dash.kind")}</th>
                      {PAIN_STATUSES.map((s) => (
                        <th key={s} scope="col" className="numeric">
                          {t(`pains.status.${s}`)}
                        </th>
                      ))}
                      <th scope="col" className="numeric">
                        {t("improvements.dash.total")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {PAIN_KINDS.map((kind) => {
                      const n = total(board.painCounts[kind]);
                      return (
                        <tr key={kind}>
                          <th scope="row" className={`kind-cell kind-${kind}`}>
                            <PainIcon kind={kind} size={16} /> {t(`pains.kind.${kind}`)}
                          </th>
                          {PAIN_STATUSES.map((s) => (
                            <td key={s} className="numeric">
                              {board.painCounts[kind][s]}
                            </td>
                          ))}
                          <td className="numeric total-cell">
                            <span className="bar-cell">
                              <span className="bar-track" aria-hidden="true">
                                <span
                                  className={`bar bar-${kind}`}
                                  style={{ width: `${(n / maxKind) * 100}%` }}
                                />
                              </span>
                              <strong>{n}</strong>
                            </span>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </section>
            )}
          </section>

          <section className="dash-card" {...section("evidence")}>
            <h2 id={`${id}-evidence`}>{t("improvements.dash.evidenceTitle")}</h2>
            {board.steps === 0 ? (
              <p className="hint">{t("improvements.dash.evidenceNone")}</p>
            ) : (
              <>
                <p className="dash-figure">
                  {formatPercent(board.evidenceShare * 100, i18n.language).replace(/^\+/, "")}
                </p>
                <div className="progress" aria-hidden="true">
                  <span className="progress-fill" style={{ width: `${board.evidenceShare * 100}%` }} />
                </div>
                <p>
                  {t("improvements.dash.evidenceText", {
                    with: board.stepsWithEvidence,
                    steps: board.steps,
                    percent: formatPercent(board.evidenceShare * 100, i18n.language).replace(/^\+/, ""),
                  })}
                </p>
              </>
            )}
          </section>

          <section className="dash-card" {...section("improvements")}>
            <h2 id={`${id}-improvements`}>{t("improvements.dash.improvementsTitle")}</h2>
            <dl className="status-counts">
              {IMPROVEMENT_STATUSES.map((s) => (
                <div key={s} className={`status-count status-${s}`}>
                  <dt>{t(`improvements.status.${s}`)}</dt>
                  <dd>{board.improvementCounts[s]}</dd>
                </div>
              ))}
            </dl>
            <h3>{t("improvements.dash.inProgressTitle")}</h3>
            {board.inProgress.length === 0 ? (
              <p className="hint">{t("improvements.dash.inProgressNone")}</p>
            ) : (
              <ul className="plain-list">
                {board.inProgress.map((i) => (
                  <li key={i.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => runCommand("view.improvements", journeyId, i.id)}
                    >
                      {i.title || t("improvements.untitled")}
                    </button>
                    {i.owner && <span className="hint"> · {i.owner}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="dash-card dash-wide" {...section("top")}>
            <h2 id={`${id}-top`}>{t("improvements.dash.topTitle")}</h2>
            {board.topPains.length === 0 ? (
              <p className="hint">{t("improvements.dash.topNone")}</p>
            ) : (
              // A narrow window scrolls the table sideways; the keyboard must reach that too.
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
              <section className="table-scroll" tabIndex={0} aria-labelledby={`${id}-top-caption`}>
                <table className="data-table">
                  <caption id={`${id}-top-caption`} className="visually-hidden">
                    {t("improvements.dash.topCaption")}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className="numeric">
                        {t("improvements.dash.rank")}
                      </th>
                      <th scope="col">{t("improvements.dash.painTitle")}</th>
                      <th scope="col">{t("improvements.dash.kind")}</th>
                      <th scope="col" className="numeric">
                        {t("improvements.dash.score")}
                      </th>
                      <th scope="col">{t("improvements.dash.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.topPains.map((pain, index) => {
                      const stepId = pain.stepIds[0];
                      return (
                        <tr key={pain.id}>
                          <td className="numeric">{index + 1}</td>
                          <th scope="row">
                            {stepId ? (
                              <button
                                type="button"
                                className="link"
                                title={t("improvements.dash.openOnMap", { title: pain.title })}
                                onClick={() => runCommand("step.reveal", stepId)}
                              >
                                {pain.title}
                              </button>
                            ) : (
                              pain.title
                            )}
                          </th>
                          <td className={`kind-cell kind-${pain.kind}`}>
                            <PainIcon kind={pain.kind} size={16} /> {t(`pains.kind.${pain.kind}`)}
                          </td>
                          <td className="numeric">
                            <strong>{priorityScore(pain)}</strong>
                          </td>
                          <td>{t(`pains.status.${pain.status}`)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </section>
            )}
          </section>

          <section className="dash-card dash-wide" {...section("indicators")}>
            <h2 id={`${id}-indicators`}>{t("improvements.dash.indicatorsTitle")}</h2>
            {board.indicators.length === 0 ? (
              <p className="hint">{t("improvements.dash.indicatorsNone")}</p>
            ) : (
              GROUPS.map((group) => {
                const items = board.indicators.filter((i) => groupOf(i.change) === group);
                if (items.length === 0) return null;
                return (
                  <div key={group} className={`indicator-group group-${group}`}>
                    <h3>
                      {t(`improvements.dash.group.${group}`)} ({items.length})
                    </h3>
                    <ul className="plain-list">
                      {items.map(({ indicator }) => (
                        <li key={indicator.id} className="indicator-item">
                          <IndicatorLink indicator={indicator} records={records} />
                          <ChangeSentence indicator={indicator} />
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** The indicator's name; a link to the improvement it measures, when it measures one. */
function IndicatorLink({ indicator, records }: { indicator: IndicatorRecord; records: Records }) {
  const target = records[indicator.attachedTo];
  if (!isImprovement(target)) return <strong className="indicator-name">{indicator.name}</strong>;
  return (
    <button
      type="button"
      className="link indicator-name"
      onClick={() => runCommand("view.improvements", indicator.journeyId, target.id)}
    >
      {indicator.name}
    </button>
  );
}
