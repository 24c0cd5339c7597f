import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { formatDate, formatNumber } from "@/i18n";
import type { RestoreProblem } from "@/io/restore";
import type { JourneyId } from "@/model/ids";
import { lastChanged, listJourneys } from "@/model/records";
import type { Records } from "@/model/types";
import { journeyParts } from "@/store/canvas";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { TemplatePicker } from "./TemplatePicker";

export interface JourneySummary {
  id: JourneyId;
  name: string;
  persona: string;
  description: string;
  steps: number;
  updatedAt: string;
}

const summaryCache = new WeakMap<Records, JourneySummary[]>();

/** One row per journey, newest change first; cached per records object so the selector stays stable. */
export function summarise(records: Records): JourneySummary[] {
  let summaries = summaryCache.get(records);
  if (!summaries) {
    summaries = listJourneys(records)
      .map((j) => ({
        id: j.id,
        name: j.name,
        persona: j.persona,
        description: j.description,
        steps: journeyParts(records, j.id).steps.length,
        updatedAt: lastChanged(records, j.id),
      }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
    summaryCache.set(records, summaries);
  }
  return summaries;
}

export function JourneyList() {
  const { t } = useTranslation();
  const journeys = useStore((s) => summarise(s.records));
  const problems = useStore(useShallow((s) => s.loadProblems));
  const [confirming, setConfirming] = useState<JourneySummary | null>(null);

  return (
    <div className="journey-list-view">
      <section className="journey-list-intro">
        <h1>{t("journeys.title")}</h1>
        <p>{t("app.tagline")}</p>
        <div className="row">
          <button type="button" className="button primary" onClick={() => runCommand("journey.create")}>
            {t("journeys.new")}
          </button>
          <button type="button" className="button" onClick={() => runCommand("journey.sample")}>
            {t("journeys.sample")}
          </button>
        </div>
      </section>
      {problems.length > 0 && <LoadProblems problems={problems} />}
      {journeys.length === 0 ? (
        <p className="empty">{t("journeys.empty")}</p>
      ) : (
        <ul className="journey-list" aria-label={t("journeys.title")}>
          {journeys.map((journey) => (
            <JourneyRow key={journey.id} journey={journey} onDelete={() => setConfirming(journey)} />
          ))}
        </ul>
      )}
      {/* After the list, so the journeys come first in reading and tab order. */}
      <TemplatePicker />
      <StorageFooter />
      {confirming && (
        <Dialog
          title={t("journeys.deleteTitle", { name: confirming.name })}
          onClose={() => setConfirming(null)}
          actions={
            <>
              {/* biome-ignore lint/a11y/noAutofocus: a confirmation starts on its safe choice */}
              <button type="button" className="button" onClick={() => setConfirming(null)} autoFocus>
                {t("confirm.cancel")}
              </button>
              <button
                type="button"
                className="button danger"
                onClick={() => {
                  runCommand("journey.delete", confirming.id);
                  setConfirming(null);
                }}
              >
                {t("journeys.delete")}
              </button>
            </>
          }
        >
          <p>{t("journeys.deleteBody", { steps: confirming.steps })}</p>
        </Dialog>
      )}
    </div>
  );
}

function JourneyRow({ journey, onDelete }: { journey: JourneySummary; onDelete: () => void }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(journey.name);
  const when = journey.updatedAt
    ? formatDate(journey.updatedAt, { dateStyle: "medium", timeStyle: "short" })
    : "";
  const saveName = () => {
    const trimmed = name.trim();
    if (trimmed) runCommand("journey.update", journey.id, { name: trimmed });
    setRenaming(false);
  };
  return (
    <li className="journey-card">
      {renaming ? (
        <form
          className="rename-form"
          onSubmit={(event) => {
            event.preventDefault();
            saveName();
          }}
        >
          <input
            aria-label={t("journeys.renameLabel", { name: journey.name })}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.stopPropagation();
                setName(journey.name);
                setRenaming(false);
              }
            }}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this journey
            autoFocus
          />
          <button type="submit" className="button primary small">
            {t("journeys.save")}
          </button>
          <button type="button" className="button small" onClick={() => setRenaming(false)}>
            {t("journeys.cancel")}
          </button>
        </form>
      ) : (
        <h2>
          <button
            type="button"
            className="journey-open"
            onClick={() => runCommand("journey.open", journey.id)}
          >
            {journey.name || t("defaults.journeyName")}
          </button>
        </h2>
      )}
      {journey.persona && (
        <p className="persona">
          <span className="visually-hidden">{t("journeys.persona")}: </span>
          {journey.persona}
        </p>
      )}
      <p className="meta">
        {t("journeys.steps", { count: journey.steps })} · {t("journeys.updated", { when })}
      </p>
      <div className="row actions">
        <button
          type="button"
          className="button small"
          aria-label={`${t("journeys.rename")} ${journey.name}`}
          onClick={() => {
            setName(journey.name);
            setRenaming(true);
          }}
        >
          {t("journeys.rename")}
        </button>
        <button
          type="button"
          className="button small"
          aria-label={`${t("journeys.duplicate")} ${journey.name}`}
          onClick={() => runCommand("journey.duplicate", journey.id)}
        >
          {t("journeys.duplicate")}
        </button>
        <button
          type="button"
          className="button small danger"
          aria-label={`${t("journeys.delete")} ${journey.name}`}
          onClick={onDelete}
        >
          {t("journeys.delete")}
        </button>
      </div>
    </li>
  );
}

function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return "?";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatNumber(value, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}

/** How much the browser holds for the workspace, and whether it has promised to keep it. */
function StorageFooter() {
  const { t } = useTranslation();
  const storage = useStore((s) => s.storage);
  if (storage.usage === undefined) return null;
  return (
    <p className="storage-footer">
      {t("save.storageUsed", {
        usage: formatBytes(storage.usage),
        quota: formatBytes(storage.quota),
      })}
      . {storage.persisted ? t("save.persisted") : t("save.notPersisted")}
    </p>
  );
}

function LoadProblems({ problems }: { problems: readonly RestoreProblem[] }) {
  const { t } = useTranslation();
  return (
    <section className="load-problems" role="alert">
      <h2>{t("journeys.problemsTitle")}</h2>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list for this session
          <li key={i}>
            {t(p.action === "repaired" ? "journeys.problemRepaired" : "journeys.problemDropped", {
              journey: p.journeyName ?? t("journeys.unknownJourney"),
              message: p.message,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
