import { t } from "@/i18n";
import type { JourneyId } from "@/model/ids";
import { placeSteps, type StepPlacement } from "@/model/journey";
import { type BlueprintLabels, buildTemplate, type TemplateId } from "@/model/templates";
import type { EdgeRecord, JourneyRecord, Records, StepRecord } from "@/model/types";
import { journeyParts } from "./canvas";
import { canvasBridge } from "./canvas-bridge";
import { type CommandDefinition, notify, openJourney, showJourney, state } from "./command-kit";
import { commit, now } from "./document";
import { isAbort, startTidy, type TidyJob, type TidyRunner } from "./run-tidy";
import { useStore } from "./store";

/** Commands for the workshop room: journeys from templates, tidying the map, presenting it. */

/** How long a tidy-up may run before the page says so and offers Cancel. */
export const TIDY_NOTICE_DELAY_MS = 300;

/** The tidy-up under way, if any. */
let tidyJob: TidyJob | undefined;

/** Whether the journey, its steps and its connections are still the very records a tidy-up read. */
function unchangedSince(
  records: Records,
  journey: JourneyRecord,
  steps: readonly StepRecord[],
  edges: readonly EdgeRecord[],
): boolean {
  if (records[journey.id] !== journey) return false;
  const current = journeyParts(records, journey.id);
  const same = (now: readonly unknown[], then: readonly unknown[]) => {
    const read = new Set(then);
    return now.length === then.length && now.every((record) => read.has(record));
  };
  return same(current.steps, steps) && same(current.edges, edges);
}

/** The empty blueprint's words in the user's language; the other templates keep their sources' English. */
function blueprintLabels(): BlueprintLabels {
  return {
    name: t("workshop.blueprint.name"),
    description: t("workshop.blueprint.description"),
    stageNames: [1, 2, 3, 4].map((n) => t(`workshop.blueprint.stage${n}`)),
    laneNames: ["laneCustomer", "laneFront", "laneBack", "laneSupport"].map((k) =>
      t(`workshop.blueprint.${k}`),
    ),
  };
}

export const workshopCommands = {
  "journey.fromTemplate": {
    labelKey: "workshop.commands.fromTemplate",
    run(templateId: TemplateId): JourneyId {
      const records = buildTemplate(templateId, now(), blueprintLabels());
      commit({ put: records });
      const journeyId = records[0]!.id as JourneyId;
      showJourney(journeyId);
      return journeyId;
    },
  },
  "layout.tidy": {
    labelKey: "workshop.commands.tidy",
    keys: ["shift+t"],
    /**
     * Lays the open journey out off the main thread (`runTidy`; tests pass their own), then
     * moves every step in one undoable change, but only if the journey is still open and
     * nothing in it changed meanwhile. One tidy-up at a time.
     */
    async run(runTidy: TidyRunner = startTidy): Promise<void> {
      const journey = openJourney();
      if (!journey || tidyJob) return;
      const { steps, edges } = journeyParts(state().records, journey.id);
      const job = runTidy({ journey, steps, edges });
      tidyJob = job;
      useStore.setState({ tidying: { journeyId: journey.id, noticeShown: false } });
      const showNotice = setTimeout(
        () => useStore.setState({ tidying: { journeyId: journey.id, noticeShown: true } }),
        TIDY_NOTICE_DELAY_MS,
      );
      // Leaving the journey cancels.
      const stopWatching = useStore.subscribe(() => {
        if (openJourney()?.id !== journey.id) job.cancel();
      });
      let placements: StepPlacement[];
      try {
        placements = await job.result;
      } catch (error) {
        if (!isAbort(error)) notify(t("tidy.failed", { reason: (error as Error).message }));
        return;
      } finally {
        clearTimeout(showNotice);
        stopWatching();
        tidyJob = undefined;
        useStore.setState({ tidying: null });
      }
      const { records } = state();
      if (!unchangedSince(records, journey, steps, edges)) {
        notify(t("tidy.changed"));
        return;
      }
      const change = placeSteps(records, placements, now());
      const moved = change.put?.length ?? 0;
      if (moved === 0) {
        notify(t("workshop.alreadyTidy"));
        return;
      }
      commit(change);
      notify(t("workshop.tidied", { count: moved }), true);
      canvasBridge()?.fitView();
    },
  },
  "layout.cancelTidy": {
    labelKey: "tidy.commands.cancel",
    /** Stops the tidy-up under way; the map stays as it was. */
    run() {
      if (!tidyJob) return;
      tidyJob.cancel();
      notify(t("tidy.cancelled"));
    },
  },
  "view.present": {
    labelKey: "workshop.commands.present",
    keys: ["shift+p"],
    run() {
      const journey = openJourney();
      if (journey) useStore.setState({ presenting: journey.id, selection: [] });
    },
  },
  "view.endPresentation": {
    labelKey: "workshop.commands.endPresentation",
    run: () => useStore.setState({ presenting: null }),
  },
} satisfies Record<string, CommandDefinition>;
