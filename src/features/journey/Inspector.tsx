import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyId, LaneId, StageId, StepId } from "@/model/ids";
import type { Axis } from "@/model/journey";
import { getJourney, isEdge, isStep } from "@/model/records";
import { CHANNELS, type Channel, type EdgeRecord, type JourneyRecord, type StepRecord } from "@/model/types";
import { journeyParts, readingOrder } from "@/store/canvas";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { EvidenceSection } from "./EvidenceSection";
import { PainInspector, PainSection } from "./PainPanel";

/** The side panel: the selected step or connection, several selected, or the journey itself. */
export function Inspector({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const selection = useStore((s) => s.selection);
  const journey = useStore((s) => getJourney(s.records, journeyId));
  const only = useStore((s) => (s.selection.length === 1 ? s.records[s.selection[0]!] : undefined));
  const editingPain = useStore((s) => s.editingPain);
  if (!journey) return null;
  let content: ReactNode;
  if (editingPain) content = <PainInspector painId={editingPain} journey={journey} />;
  else if (isStep(only)) content = <StepInspector key={only.id} step={only} journey={journey} />;
  else if (isEdge(only)) content = <EdgeInspector key={only.id} edge={only} />;
  else if (selection.length > 1) content = <p>{t("inspector.selected", { count: selection.length })}</p>;
  else content = <JourneyInspector journey={journey} />;
  return (
    <aside className="inspector" aria-label={t("editor.inspector")}>
      {content}
    </aside>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function StepInspector({ step, journey }: { step: StepRecord; journey: JourneyRecord }) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLInputElement>(null);
  const focusTitle = useStore((s) => s.focusTitleOf === step.id);
  useEffect(() => {
    if (!focusTitle) return;
    titleRef.current?.select();
    useStore.setState({ focusTitleOf: null });
  }, [focusTitle]);
  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()}>
      <Field label={t("inspector.title")}>
        {(id) => (
          <input
            id={id}
            ref={titleRef}
            value={step.title}
            onChange={(e) => runCommand("step.update", step.id, { title: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("inspector.description")}>
        {(id) => (
          <textarea
            id={id}
            rows={5}
            value={step.description}
            onChange={(e) => runCommand("step.update", step.id, { description: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("inspector.stage")}>
        {(id) => (
          <select
            id={id}
            value={step.stageId}
            onChange={(e) => runCommand("step.moveToCell", step.id, { stageId: e.target.value as StageId })}
          >
            {journey.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("inspector.lane")}>
        {(id) => (
          <select
            id={id}
            value={step.laneId}
            onChange={(e) => runCommand("step.moveToCell", step.id, { laneId: e.target.value as LaneId })}
          >
            {journey.lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("inspector.channel")}>
        {(id) => (
          <select
            id={id}
            value={step.channel}
            onChange={(e) => runCommand("step.update", step.id, { channel: e.target.value as Channel })}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("inspector.role")}>
        {(id) => (
          <input
            id={id}
            value={step.role}
            onChange={(e) => runCommand("step.update", step.id, { role: e.target.value })}
          />
        )}
      </Field>
      <PainSection step={step} journey={journey} />
      <EvidenceSection step={step} />
      <Connections step={step} journey={journey} />
    </form>
  );
}

function Connections({ step, journey }: { step: StepRecord; journey: JourneyRecord }) {
  const { t } = useTranslation();
  const parts = useStore((s) => journeyParts(s.records, journey.id));
  const titleOf = (id: string) => parts.steps.find((s) => s.id === id)?.title || t("inspector.untitled");
  const touching = parts.edges.filter((e) => e.source === step.id || e.target === step.id);
  const targets = readingOrder(journey, parts.steps).filter((s) => s.id !== step.id);
  // Choosing and connecting are two actions, so moving through the list by keyboard adds nothing.
  const [target, setTarget] = useState("");
  const targetSelect = useRef<HTMLSelectElement>(null);
  return (
    <fieldset className="connections">
      <legend>{t("inspector.connections")}</legend>
      {touching.length === 0 ? (
        <p className="hint">{t("inspector.noConnections")}</p>
      ) : (
        <ul>
          {touching.map((edge) => {
            const name =
              edge.source === step.id
                ? t("inspector.outgoing", { title: titleOf(edge.target) })
                : t("inspector.incoming", { title: titleOf(edge.source) });
            return (
              <li key={edge.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => useStore.setState({ selection: [edge.id] })}
                >
                  {name}
                  {edge.label ? ` (${edge.label})` : ""}
                </button>
                <button
                  type="button"
                  className="button small quiet"
                  aria-label={t("inspector.removeConnection", { name })}
                  onClick={() => {
                    useStore.setState({ selection: [edge.id] });
                    runCommand("selection.delete");
                    useStore.setState({ selection: [step.id] });
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Field label={t("inspector.connectTo")}>
        {(id) => (
          <div className="row nowrap">
            <select id={id} ref={targetSelect} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t("inspector.connectPlaceholder")}</option>
              {targets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title || t("inspector.untitled")}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button small"
              disabled={!target}
              onClick={() => {
                runCommand("edge.connect", step.id, target as StepId);
                setTarget("");
                // The button disables itself; keep the keyboard where it was instead of losing it.
                targetSelect.current?.focus();
              }}
            >
              {t("inspector.connect")}
            </button>
          </div>
        )}
      </Field>
    </fieldset>
  );
}

function EdgeInspector({ edge }: { edge: EdgeRecord }) {
  const { t } = useTranslation();
  const source = useStore((s) => s.records[edge.source]);
  const target = useStore((s) => s.records[edge.target]);
  const title = (r: typeof source) => (isStep(r) ? r.title || t("inspector.untitled") : "");
  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()}>
      <h2>{t("inspector.connection")}</h2>
      <p>
        {t("inspector.from")}: <strong>{title(source)}</strong>
        <br />
        {t("inspector.to")}: <strong>{title(target)}</strong>
      </p>
      <Field label={t("inspector.label")}>
        {(id) => (
          <input
            id={id}
            value={edge.label}
            onChange={(e) => runCommand("edge.update", edge.id, e.target.value)}
          />
        )}
      </Field>
      <button type="button" className="button danger" onClick={() => runCommand("selection.delete")}>
        {t("editor.delete")}
      </button>
    </form>
  );
}

function JourneyInspector({ journey }: { journey: JourneyRecord }) {
  const { t } = useTranslation();
  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()}>
      <h2>{t("inspector.journey")}</h2>
      <Field label={t("inspector.name")}>
        {(id) => (
          <input
            id={id}
            value={journey.name}
            onChange={(e) => runCommand("journey.update", journey.id, { name: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("inspector.persona")}>
        {(id) => (
          <input
            id={id}
            value={journey.persona}
            onChange={(e) => runCommand("journey.update", journey.id, { persona: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("inspector.description")}>
        {(id) => (
          <textarea
            id={id}
            rows={4}
            value={journey.description}
            onChange={(e) => runCommand("journey.update", journey.id, { description: e.target.value })}
          />
        )}
      </Field>
      <BandList journey={journey} axis="stages" />
      <BandList journey={journey} axis="lanes" />
      <p className="hint">{t("inspector.removeHint")}</p>
    </form>
  );
}

function BandList({ journey, axis }: { journey: JourneyRecord; axis: Axis }) {
  const { t } = useTranslation();
  const bands = journey[axis] as readonly { id: string; name: string }[];
  const [back, forward] =
    axis === "stages"
      ? ["inspector.moveLeft", "inspector.moveRight"]
      : ["inspector.moveUp", "inspector.moveDown"];
  return (
    <fieldset className="band-list">
      <legend>{t(axis === "stages" ? "inspector.stages" : "inspector.lanes")}</legend>
      <ol>
        {bands.map((band, index) => (
          <li key={band.id}>
            <input
              aria-label={t("inspector.bandName", { name: band.name })}
              value={band.name}
              onChange={(e) => runCommand("band.rename", axis, band.id, e.target.value)}
            />
            <button
              type="button"
              className="button small quiet"
              aria-label={t(back, { name: band.name })}
              disabled={index === 0}
              onClick={() => runCommand("band.move", axis, band.id, -1)}
            >
              {axis === "stages" ? "←" : "↑"}
            </button>
            <button
              type="button"
              className="button small quiet"
              aria-label={t(forward, { name: band.name })}
              disabled={index === bands.length - 1}
              onClick={() => runCommand("band.move", axis, band.id, 1)}
            >
              {axis === "stages" ? "→" : "↓"}
            </button>
            <button
              type="button"
              className="button small quiet"
              aria-label={t("inspector.remove", { name: band.name })}
              disabled={bands.length <= 1}
              onClick={() => runCommand("band.remove", axis, band.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => runCommand("band.add", axis)}>
        {t(axis === "stages" ? "inspector.addStage" : "inspector.addLane")}
      </button>
    </fieldset>
  );
}
