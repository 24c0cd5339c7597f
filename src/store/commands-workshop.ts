import { t } from "@/i18n";
import type { JourneyId } from "@/model/ids";
import { placeSteps } from "@/model/journey";
import { type BlueprintLabels, buildTemplate, type TemplateId } from "@/model/templates";
import { journeyParts } from "./canvas";
import { canvasBridge } from "./canvas-bridge";
import { type CommandDefinition, notify, openJourney, showJourney } from "./command-kit";
import { commit, now } from "./document";
import { useStore } from "./store";

/** Commands for the workshop room: journeys from templates, tidying the map, presenting it. */

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
    /** Loads the layout code on first use, then moves every step in one undoable change. */
    async run(): Promise<void> {
      if (!openJourney()) return;
      const [{ default: dagre }, { dagreLayout, tidyPlacements }] = await Promise.all([
        import("@dagrejs/dagre"),
        import("@/model/tidy"),
      ]);
      // The journey may have changed while the code loaded: tidy what is there now.
      const journey = openJourney();
      if (!journey) return;
      const { records } = useStore.getState();
      const { steps, edges } = journeyParts(records, journey.id);
      const change = placeSteps(records, tidyPlacements(journey, steps, edges, dagreLayout(dagre)), now());
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
