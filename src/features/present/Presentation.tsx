import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import { MAX_SCORE, priorityScore } from "@/model/painpoints";
import { getJourney } from "@/model/records";
import type { PainKind, PainPointRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { PainIcon } from "@/ui/PainIcon";
import { buildSlides, type Slide } from "./slides";
import "./present.css";

const NEXT_KEYS = new Set(["ArrowRight", "PageDown", " "]);
const PREVIOUS_KEYS = new Set(["ArrowLeft", "PageUp"]);

/**
 * The journey full screen, one stage per slide, for a projector: large type, black on white,
 * every signal in words as well as shape. A modal <dialog> keeps the map's shortcuts out of
 * the way; leaving full screen (the browser's own Escape) ends the presentation too.
 */
export function Presentation({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const records = useStore((s) => s.records);
  const journey = getJourney(records, journeyId);
  const [index, setIndex] = useState(0);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const hintId = useId();
  // Built again when the records change, not on every step through the slides.
  const slides = useMemo(() => (journey ? buildSlides(records, journey) : []), [records, journey]);
  const last = Math.max(0, slides.length - 1);
  const current = Math.min(index, last);
  const end = () => runCommand("view.endPresentation");

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    dialog.focus();
    let entered = false;
    const root = document.documentElement;
    // Full screen where the browser allows it; otherwise the dialog already fills the window.
    root
      .requestFullscreen?.()
      .then(() => {
        entered = true;
      })
      .catch(() => undefined);
    const onFullscreenChange = () => {
      if (entered && !document.fullscreenElement) runCommand("view.endPresentation");
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => {
      document.removeEventListener("fullscreenchange", onFullscreenChange);
      entered = false;
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
      if (dialog.open) dialog.close();
      opener?.focus?.();
    };
  }, []);

  if (!journey) return null;
  const slide = slides[current];
  const go = (to: number) => setIndex(Math.max(0, Math.min(last, to)));

  return (
    <dialog
      ref={ref}
      className="presentation"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      tabIndex={-1}
      onCancel={(event) => {
        event.preventDefault();
        end();
      }}
      onKeyDown={(event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        // Space on a focused button presses that button.
        if (event.key === " " && event.target instanceof HTMLButtonElement) return;
        if (NEXT_KEYS.has(event.key) && !event.shiftKey) go(current + 1);
        else if (PREVIOUS_KEYS.has(event.key) || (event.key === " " && event.shiftKey)) go(current - 1);
        else if (event.key === "Home") go(0);
        else if (event.key === "End") go(last);
        else if (event.key === "Escape") end();
        else return;
        event.preventDefault();
      }}
    >
      <header className="presentation-bar">
        <p className="presentation-journey">{journey.name}</p>
        <p className="presentation-counter" aria-live="polite" aria-atomic="true">
          {t("workshop.counter", { n: current + 1, total: slides.length })}
          {slide && <span className="visually-hidden">: {slide.stage.name}</span>}
        </p>
        <button type="button" className="presentation-button" onClick={end}>
          {t("workshop.exit")}
        </button>
      </header>
      {slide ? <SlideView slide={slide} titleId={titleId} /> : <h2 id={titleId}>{journey.name}</h2>}
      <footer className="presentation-bar">
        <button
          type="button"
          className="presentation-button"
          onClick={() => go(current - 1)}
          disabled={current === 0}
        >
          ← {t("workshop.previous")}
        </button>
        <p id={hintId} className="presentation-hint">
          {t("workshop.keysHint")}
        </p>
        <button
          type="button"
          className="presentation-button"
          onClick={() => go(current + 1)}
          disabled={current === last}
        >
          {t("workshop.next")} →
        </button>
      </footer>
    </dialog>
  );
}

function SlideView({ slide, titleId }: { slide: Slide; titleId: string }) {
  const { t } = useTranslation();
  return (
    // A long stage scrolls, so the slide takes focus for the Up and Down arrows.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="slide" tabIndex={0} aria-labelledby={titleId}>
      <h2 id={titleId} className="slide-title">
        {slide.stage.name}
      </h2>
      <div className="slide-columns">
        <section className="slide-steps" aria-labelledby={`${titleId}-steps`}>
          <h3 id={`${titleId}-steps`} className="visually-hidden">
            {t("workshop.steps")}
          </h3>
          {slide.lanes.length === 0 && <p>{t("workshop.noSteps")}</p>}
          {slide.lanes.map(({ lane, steps }) => (
            <div key={lane.id} className="slide-lane">
              <h4>{lane.name}</h4>
              <ol>
                {steps.map((step) => (
                  <li key={step.id}>{step.title}</li>
                ))}
              </ol>
            </div>
          ))}
        </section>
        <div className="slide-side">
          <PainList kind="thundercloud" pains={slide.thunderclouds} />
          <PainList kind="blister" pains={slide.blisters} />
          {slide.brightspots.length > 0 && (
            <section className="slide-pains slide-brightspots">
              <h3>
                <PainIcon kind="brightspot" size={32} /> {t("present.brightspots")}
              </h3>
              <ul>
                {slide.brightspots.map((spot) => (
                  <li key={spot.id} className="slide-pain-title">
                    {spot.title}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {slide.fixed.length > 0 && (
            <section className="slide-pains slide-fixed">
              <h3>
                <span className="slide-check" aria-hidden="true">
                  ✓
                </span>{" "}
                {t("present.fixed")}
              </h3>
              <ul>
                {slide.fixed.map(({ pain, improvement }) => (
                  <li key={pain.id}>
                    <span className="visually-hidden">{t(`pains.kind.${pain.kind}`)}:</span>
                    <PainIcon kind={pain.kind} size={24} />{" "}
                    <span className="slide-pain-title">{pain.title}</span>{" "}
                    {t("present.fixedThrough", { improvement: improvement.title })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {slide.quotes.length > 0 && (
            <section className="slide-quotes">
              <h3>{t("workshop.quotes")}</h3>
              {slide.quotes.map(({ excerpt, source }) => (
                <figure key={excerpt.id}>
                  <blockquote>“{excerpt.quote}”</blockquote>
                  <figcaption>
                    {t("mapEvidence.from", {
                      source: source.respondent || source.title,
                      role: t(`evidence.role.${source.respondentRole}`),
                    })}
                  </figcaption>
                </figure>
              ))}
            </section>
          )}
        </div>
      </div>
    </section>
  );
}

function PainList({
  kind,
  pains,
}: {
  kind: Exclude<PainKind, "brightspot">;
  pains: readonly PainPointRecord[];
}) {
  const { t } = useTranslation();
  const plural = kind === "thundercloud" ? "thunderclouds" : "blisters";
  return (
    <section className={`slide-pains slide-${plural}`}>
      <h3>
        <PainIcon kind={kind} size={32} /> {t(`workshop.${plural}`)}
      </h3>
      {pains.length === 0 ? (
        <p>{t(kind === "thundercloud" ? "workshop.noThunderclouds" : "workshop.noBlisters")}</p>
      ) : (
        <ol>
          {pains.map((pain) => (
            <li key={pain.id}>
              <span className="slide-pain-title">{pain.title}</span>{" "}
              <span className="slide-score">
                ({t("workshop.score", { score: priorityScore(pain), max: MAX_SCORE })})
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
