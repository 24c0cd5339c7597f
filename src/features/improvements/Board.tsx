import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "@/i18n";
import type { ImprovementId, JourneyId } from "@/model/ids";
import { indicatorsOfImprovement, neighbourStatus } from "@/model/improvements";
import { IMPROVEMENT_STATUSES, type ImprovementRecord, type ImprovementStatus } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { improvementParts } from "./select";

type Move = -1 | 1;

/**
 * The improvements of a journey in one column per status. Each card moves with its own
 * buttons (one step back or on, as the flow allows), so the board needs no dragging; after a
 * move the focus follows the card into its new column and the move is announced.
 */
export function Board({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const { improvements, indicators } = useStore((s) => improvementParts(s.records, journeyId));
  const [announcement, setAnnouncement] = useState("");
  const [follow, setFollow] = useState<{ id: ImprovementId; by: Move } | null>(null);
  const board = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!follow || !board.current) return;
    const card = board.current.querySelector(`[data-improvement="${follow.id}"]`);
    const wanted = card?.querySelector<HTMLButtonElement>(`[data-move="${follow.by}"]`);
    const other = card?.querySelector<HTMLButtonElement>(`[data-move="${-follow.by}"]`);
    (wanted ?? other ?? card?.querySelector<HTMLElement>("[data-open]"))?.focus();
    setFollow(null);
  }, [follow]);

  const move = (improvement: ImprovementRecord, by: Move) => {
    const to = neighbourStatus(improvement.status, by);
    if (!to) return;
    runCommand("improvement.update", improvement.id, { status: to });
    setAnnouncement(
      t("improvements.board.moved", {
        title: improvement.title || t("improvements.untitled"),
        status: t(`improvements.status.${to}`),
      }),
    );
    setFollow({ id: improvement.id, by });
  };

  return (
    <div className="board-wrap">
      <p className="hint board-intro">{t("improvements.board.intro")}</p>
      {improvements.length === 0 && <p className="board-empty">{t("improvements.board.none")}</p>}
      <section className="board" ref={board} aria-label={t("improvements.board.label")}>
        {IMPROVEMENT_STATUSES.map((status) => (
          <Column
            key={status}
            status={status}
            items={improvements.filter((i) => i.status === status)}
            indicatorCount={(i) => indicatorsOfImprovement(indicators, i).length}
            onMove={move}
          />
        ))}
      </section>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

function Column({
  status,
  items,
  indicatorCount,
  onMove,
}: {
  status: ImprovementStatus;
  items: ImprovementRecord[];
  indicatorCount: (improvement: ImprovementRecord) => number;
  onMove: (improvement: ImprovementRecord, by: Move) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className={`board-column status-${status}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="board-column-head">
        <span>{t(`improvements.status.${status}`)}</span>
        <span className="board-count">
          <span aria-hidden="true">{items.length}</span>
          <span className="visually-hidden">, {t("improvements.board.count", { count: items.length })}</span>
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="board-column-empty">{t("improvements.board.empty")}</p>
      ) : (
        <ul className="board-cards">
          {items.map((improvement) => (
            <Card
              key={improvement.id}
              improvement={improvement}
              indicators={indicatorCount(improvement)}
              onMove={onMove}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function Card({
  improvement,
  indicators,
  onMove,
}: {
  improvement: ImprovementRecord;
  indicators: number;
  onMove: (improvement: ImprovementRecord, by: Move) => void;
}) {
  const { t } = useTranslation();
  const title = improvement.title || t("improvements.untitled");
  const back = neighbourStatus(improvement.status, -1);
  const on = neighbourStatus(improvement.status, 1);
  const dates =
    improvement.startDate || improvement.endDate
      ? t("improvements.board.dates", {
          start: improvement.startDate ? formatDay(improvement.startDate) : "…",
          end: improvement.endDate ? formatDay(improvement.endDate) : "…",
        })
      : null;
  return (
    <li className="board-card" data-improvement={improvement.id}>
      <h3 className="board-card-title">
        <button
          type="button"
          className="link"
          data-open
          onClick={() => runCommand("view.improvements", improvement.journeyId, improvement.id)}
        >
          {title}
        </button>
      </h3>
      <p className="board-card-meta">
        {improvement.owner && <span>{t("improvements.board.owner", { owner: improvement.owner })}</span>}
        {dates && <span>{dates}</span>}
        <span>
          {t("improvements.board.pains", { count: improvement.painPointIds.length })} ·{" "}
          {t("improvements.board.indicators", { count: indicators })}
        </span>
      </p>
      {(back || on) && (
        <div className="board-card-moves">
          {back && (
            <button
              type="button"
              className="button small"
              data-move={-1}
              aria-label={t("improvements.board.moveBack", {
                title,
                status: t(`improvements.status.${back}`),
              })}
              onClick={() => onMove(improvement, -1)}
            >
              <span aria-hidden="true">← </span>
              {t(`improvements.status.${back}`)}
            </button>
          )}
          {on && (
            <button
              type="button"
              className="button small"
              data-move={1}
              aria-label={t("improvements.board.moveOn", { title, status: t(`improvements.status.${on}`) })}
              onClick={() => onMove(improvement, 1)}
            >
              {t(`improvements.status.${on}`)}
              <span aria-hidden="true"> →</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}
