import { formatDay, formatNumber, t } from "@/i18n";
import type { ImprovementId, IndicatorId, JourneyId, PainPointId, StepId } from "@/model/ids";
import {
  addMeasurement,
  addMeasurements,
  createImprovement,
  createIndicator,
  deleteImprovement,
  deleteIndicator,
  type ImprovementDetails,
  type IndicatorDetails,
  isImprovement,
  isIndicator,
  linkPain,
  linkStep,
  type MeasurementInput,
  removeMeasurement,
  resolveThrough,
  type SameDateChoice,
  unlinkPain,
  unlinkStep,
  updateImprovement,
  updateIndicator,
  updateMeasurement,
  validateImprovement,
  validateIndicator,
  validateMeasurement,
} from "@/model/improvements";
import { getJourney, isPain, isStep } from "@/model/records";
import { type CommandDefinition, notify, state } from "./command-kit";
import { commit, now } from "./document";
import { useStore } from "./store";

/**
 * Commands for improvements, indicators and measurements. Each change goes through commit(),
 * so it is undoable and saved; refused input (see the validate functions in
 * model/improvements.ts) changes nothing.
 */

function improvement(id: ImprovementId) {
  const record = state().records[id];
  return isImprovement(record) ? record : undefined;
}

function indicator(id: IndicatorId) {
  const record = state().records[id];
  return isIndicator(record) ? record : undefined;
}

function valid(errors: object): boolean {
  return Object.keys(errors).length === 0;
}

/** The improvements board of a journey stays open; its page closes when the improvement goes. */
function leaveDeletedImprovement(improvementId: ImprovementId): void {
  const { route } = state();
  if (route.view === "improvements" && route.improvementId === improvementId)
    useStore.setState({ route: { view: "improvements", journeyId: route.journeyId } });
}

const TYPED_FIELDS = new Set(["title", "description", "owner"]);

export const improvementCommands = {
  "improvement.add": {
    labelKey: "improvements.commands.add",
    /** Adds an improvement (an idea unless told otherwise) and opens its page. Returns its id. */
    run(
      journeyId: JourneyId,
      details: ImprovementDetails = {},
      links: { painPointIds?: readonly PainPointId[]; stepIds?: readonly StepId[] } = {},
    ): ImprovementId | undefined {
      if (!getJourney(state().records, journeyId)) return undefined;
      const title = details.title ?? t("improvements.newTitle");
      if (!valid(validateImprovement({ ...details, title }))) return undefined;
      const created = createImprovement(journeyId, { ...details, title }, now(), links);
      commit({ put: [created] });
      useStore.setState({ route: { view: "improvements", journeyId, improvementId: created.id } });
      return created.id;
    },
  },
  "improvement.update": {
    labelKey: "improvements.commands.update",
    run(improvementId: ImprovementId, details: ImprovementDetails) {
      const current = improvement(improvementId);
      if (!current || !valid(validateImprovement(details, current))) return;
      // Typing into a text field undoes as one step; each status move or date is its own step.
      const typed = Object.keys(details).every((k) => TYPED_FIELDS.has(k));
      commit(
        updateImprovement(current, details, now()),
        typed ? { mergeKey: `${improvementId}:${Object.keys(details).join()}` } : {},
      );
    },
  },
  "improvement.delete": {
    labelKey: "improvements.commands.delete",
    run(improvementId: ImprovementId) {
      const current = improvement(improvementId);
      if (!current) return;
      commit(deleteImprovement(state().records, improvementId, now()));
      leaveDeletedImprovement(improvementId);
      notify(t("improvements.deleted", { title: current.title }), true);
    },
  },
  "improvement.linkPain": {
    labelKey: "improvements.commands.linkPain",
    run(improvementId: ImprovementId, painId: PainPointId) {
      const current = improvement(improvementId);
      const pain = state().records[painId];
      if (current && isPain(pain) && pain.journeyId === current.journeyId)
        commit(linkPain(current, painId, now()));
    },
  },
  "improvement.unlinkPain": {
    labelKey: "improvements.commands.unlinkPain",
    run(improvementId: ImprovementId, painId: PainPointId) {
      const current = improvement(improvementId);
      if (current) commit(unlinkPain(current, painId, now()));
    },
  },
  "improvement.linkStep": {
    labelKey: "improvements.commands.linkStep",
    run(improvementId: ImprovementId, stepId: StepId) {
      const current = improvement(improvementId);
      const step = state().records[stepId];
      if (current && isStep(step) && step.journeyId === current.journeyId)
        commit(linkStep(current, stepId, now()));
    },
  },
  "improvement.unlinkStep": {
    labelKey: "improvements.commands.unlinkStep",
    run(improvementId: ImprovementId, stepId: StepId) {
      const current = improvement(improvementId);
      if (current) commit(unlinkStep(current, stepId, now()));
    },
  },
  "improvement.resolvePain": {
    labelKey: "improvements.commands.resolvePain",
    /** Sets the pain point resolved and records who did it, when, and through which improvement. */
    run(improvementId: ImprovementId, painId: PainPointId, by: string) {
      const current = improvement(improvementId);
      const pain = state().records[painId];
      if (!current || !isPain(pain) || pain.journeyId !== current.journeyId) return;
      commit(resolveThrough(pain, current, by, now()));
    },
  },
  "indicator.add": {
    labelKey: "improvements.commands.addIndicator",
    /** Returns the new indicator's id, or undefined when the details are refused. */
    run(journeyId: JourneyId, details: IndicatorDetails & { name: string }): IndicatorId | undefined {
      if (!getJourney(state().records, journeyId) || !valid(validateIndicator(details))) return undefined;
      const created = createIndicator(journeyId, details, now());
      commit({ put: [created] });
      return created.id;
    },
  },
  "indicator.update": {
    labelKey: "improvements.commands.updateIndicator",
    run(indicatorId: IndicatorId, details: IndicatorDetails) {
      const current = indicator(indicatorId);
      if (current && valid(validateIndicator(details))) commit(updateIndicator(current, details, now()));
    },
  },
  "indicator.delete": {
    labelKey: "improvements.commands.deleteIndicator",
    run(indicatorId: IndicatorId) {
      const current = indicator(indicatorId);
      if (!current) return;
      commit(deleteIndicator(state().records, indicatorId));
      notify(t("improvements.indicatorDeleted", { name: current.name }), true);
    },
  },
  "measurement.add": {
    labelKey: "improvements.commands.addMeasurement",
    /**
     * Returns the new measurement's id, or undefined when it lacks a real date or a number.
     * `sameDate` says what to do with a measurement already on that date (the form asks).
     */
    run(indicatorId: IndicatorId, input: MeasurementInput, sameDate?: SameDateChoice): string | undefined {
      const current = indicator(indicatorId);
      if (!current || !valid(validateMeasurement(input))) return undefined;
      const { change, measurement } = addMeasurement(current, input, now(), sameDate);
      commit(change);
      return measurement?.id;
    },
  },
  "measurement.import": {
    labelKey: "improvements.commands.importMeasurements",
    /**
     * Many measurements at once (read from a file), as one undoable change. Returns how many were
     * added. With "replace", rows on a date that already has a measurement take its place.
     */
    run(indicatorId: IndicatorId, inputs: readonly MeasurementInput[], sameDate?: SameDateChoice): number {
      const current = indicator(indicatorId);
      if (!current) return 0;
      const { change, added, replaced } = addMeasurements(current, inputs, now(), sameDate);
      if (added.length === 0) return 0;
      const count = added.length;
      commit(change);
      const imported = t("tables.measurementImport.imported", {
        count,
        n: formatNumber(count),
        name: current.name,
      });
      notify(
        replaced.length > 0
          ? t("sameDate.importedReplacing", {
              imported,
              count: replaced.length,
              n: formatNumber(replaced.length),
            })
          : imported,
        true,
      );
      return count;
    },
  },
  "measurement.update": {
    labelKey: "improvements.commands.updateMeasurement",
    run(
      indicatorId: IndicatorId,
      measurementId: string,
      input: Partial<MeasurementInput>,
      sameDate?: SameDateChoice,
    ) {
      const current = indicator(indicatorId);
      if (current && valid(validateMeasurement(input)))
        commit(updateMeasurement(current, measurementId, input, now(), sameDate));
    },
  },
  "measurement.delete": {
    labelKey: "improvements.commands.deleteMeasurement",
    run(indicatorId: IndicatorId, measurementId: string) {
      const current = indicator(indicatorId);
      const gone = current?.measurements.find((m) => m.id === measurementId);
      if (!current || !gone) return;
      commit(removeMeasurement(current, measurementId, now()));
      notify(t("improvements.measurements.removed", { date: formatDay(gone.date) }), true);
    },
  },
  "view.improvements": {
    labelKey: "improvements.commands.view",
    /** The improvements board of a journey, or one improvement's page. */
    run(journeyId: JourneyId, improvementId?: ImprovementId) {
      const { records } = state();
      if (!getJourney(records, journeyId)) return;
      const open = improvementId && improvement(improvementId)?.journeyId === journeyId;
      useStore.setState({
        route: open
          ? { view: "improvements", journeyId, improvementId }
          : { view: "improvements", journeyId },
        selection: [],
      });
    },
  },
  "view.dashboard": {
    labelKey: "improvements.commands.dashboard",
    run(journeyId: JourneyId) {
      if (getJourney(state().records, journeyId))
        useStore.setState({ route: { view: "dashboard", journeyId }, selection: [] });
    },
  },
} satisfies Record<string, CommandDefinition>;
