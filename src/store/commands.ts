import { t } from "@/i18n";
import { detachExcerpts } from "@/model/evidence";
import type { JourneyId, LaneId, PainPointId, StageId, StepId } from "@/model/ids";
import {
  type Axis,
  addBand,
  connect,
  copyFragment,
  copyInto,
  createJourney,
  createStep,
  deleteElements,
  deleteJourney,
  duplicateJourney,
  type JourneyDetails,
  moveBand,
  placeSteps,
  removeBand,
  renameBand,
  type StepDetails,
  type StepPlacement,
  updateEdge,
  updateJourney,
  updateStep,
} from "@/model/journey";
import { CELL_PADDING, freeSpotInCell, locate, type Point, stepPosition } from "@/model/layout";
import {
  createPain,
  deletePains,
  detachPainsFromSteps,
  linkCause,
  type PainDetails,
  type PainFilter,
  painsOnSteps,
  setPainSteps,
  unlinkCause,
  updatePain,
  validatePain,
} from "@/model/painpoints";
import { getJourney, isEdge, isPain, isStep } from "@/model/records";
import type { JourneyRecord, PainKind, StepRecord } from "@/model/types";
import { journeyLayout, journeyParts, readingOrder } from "./canvas";
import { canvasBridge } from "./canvas-bridge";
import {
  type CommandDefinition,
  notify,
  openJourney,
  selectedSteps,
  showJourney,
  state,
} from "./command-kit";
import { evidenceCommands } from "./commands-evidence";
import { exchangeCommands } from "./commands-exchange";
import { improvementCommands } from "./commands-improvements";
import { pictureCommands } from "./commands-pictures";
import { refiCommands } from "./commands-refi";
import { sourcesImportCommands } from "./commands-sources-import";
import { tableCommands } from "./commands-tables";
import { workshopCommands } from "./commands-workshop";
import { commit, now, redo, undo } from "./document";
import { useStore } from "./store";

/**
 * Every user intent is a command here, run the same way from toolbar, keyboard, menus and
 * tests: `runCommand("step.add")`. `keys` are the shortcuts (see app/shortcuts.ts for the
 * notation); `labelKey` names it in the shortcut list.
 */

/** Where to put a new step: a given canvas point, else beside the selected step, else the visible centre. */
function placeForNewStep(
  journey: JourneyRecord,
  at?: Point,
): Pick<StepRecord, "stageId" | "laneId" | "x" | "y"> {
  const { records } = state();
  const layout = journeyLayout(records, journey);
  const { steps } = journeyParts(records, journey.id);
  if (at) return locate(layout, at);
  const anchor = selectedSteps()[0];
  let cell: { stageId: StageId; laneId: LaneId };
  if (anchor) cell = { stageId: anchor.stageId, laneId: anchor.laneId };
  else {
    const centre = canvasBridge()?.centre();
    cell = centre ? locate(layout, centre) : { stageId: journey.stages[0]!.id, laneId: journey.lanes[0]!.id };
  }
  return { ...cell, ...freeSpotInCell(steps, cell.stageId, cell.laneId) };
}

function moveSelection(dx: number, dy: number): void {
  const journey = openJourney();
  if (!journey) return;
  const { records } = state();
  const layout = journeyLayout(records, journey);
  const placements: StepPlacement[] = [];
  for (const step of selectedSteps()) {
    const at = stepPosition(layout, step);
    if (!at) continue;
    placements.push({ id: step.id, ...locate(layout, { x: at.x + dx, y: at.y + dy }) });
  }
  commit(placeSteps(records, placements, now()), { mergeKey: `nudge:${state().selection.join(",")}` });
}

/** Moves the selected steps into the neighbouring stage or lane, each to a free spot there. */
function moveSelectionToBand(axis: Axis, by: -1 | 1): void {
  const journey = openJourney();
  if (!journey) return;
  const key = axis === "stages" ? "stageId" : "laneId";
  const bands = journey[axis] as readonly { id: string }[];
  const moving = new Set(state().selection);
  const others = journeyParts(state().records, journey.id).steps.filter((s) => !moving.has(s.id));
  const placements: StepPlacement[] = [];
  for (const step of selectedSteps()) {
    const target = bands[bands.findIndex((b) => b.id === step[key]) + by];
    if (!target) continue;
    const cell = { stageId: step.stageId, laneId: step.laneId, [key]: target.id } as Pick<
      StepRecord,
      "stageId" | "laneId"
    >;
    const spot = freeSpotInCell(others, cell.stageId, cell.laneId);
    const placement = { id: step.id, ...cell, ...spot };
    placements.push(placement);
    others.push({ ...step, ...placement });
  }
  commit(placeSteps(state().records, placements, now()));
}

function pasteFragment(
  fragment: { steps: StepRecord[]; edges: import("@/model/types").EdgeRecord[] },
  from?: JourneyRecord,
) {
  const journey = openJourney();
  if (!journey || fragment.steps.length === 0) return;
  const offset = from?.id === journey.id ? { x: CELL_PADDING, y: CELL_PADDING } : { x: 0, y: 0 };
  const { put, stepIds } = copyInto(journey, fragment.steps, fragment.edges, offset, now(), from);
  commit({ put }, { select: stepIds });
}

/** Selects and focuses the step after (or before) the selected one in reading order; false at either end. */
function focusNeighbour(by: 1 | -1): boolean {
  const journey = openJourney();
  if (!journey) return false;
  const ordered = readingOrder(journey, journeyParts(state().records, journey.id).steps);
  const current = ordered.findIndex((s) => s.id === state().selection[0]);
  const next = ordered[current === -1 ? (by === 1 ? 0 : ordered.length - 1) : current + by];
  if (!next) return false;
  useStore.setState({ selection: [next.id] });
  canvasBridge()?.focusStep(next.id);
  return true;
}

export const commands = {
  "journey.create": {
    labelKey: "commands.newJourney",
    run(input?: { name?: string }) {
      const journey = createJourney(
        {
          name: input?.name ?? t("defaults.journeyName"),
          stageNames: [t("defaults.stage1"), t("defaults.stage2"), t("defaults.stage3")],
          laneNames: [
            t("defaults.laneCustomer"),
            t("defaults.laneFront"),
            t("defaults.laneBack"),
            t("defaults.laneIt"),
          ],
        },
        now(),
      );
      commit({ put: [journey] });
      commands["journey.open"].run(journey.id);
      return journey.id;
    },
  },
  "journey.sample": {
    labelKey: "commands.openSample",
    run: () => workshopCommands["journey.fromTemplate"].run("sample"),
  },
  "journey.open": {
    labelKey: "commands.openJourney",
    run: showJourney,
  },
  "journey.close": {
    labelKey: "commands.backToJourneys",
    run() {
      useStore.setState({ route: { view: "journeys" }, selection: [] });
    },
  },
  "journey.update": {
    labelKey: "commands.editJourney",
    run(journeyId: JourneyId, details: JourneyDetails) {
      const journey = getJourney(state().records, journeyId);
      if (journey)
        commit(updateJourney(journey, details, now()), {
          mergeKey: `${journeyId}:${Object.keys(details).join()}`,
        });
    },
  },
  "journey.duplicate": {
    labelKey: "commands.duplicateJourney",
    run(journeyId: JourneyId) {
      const journey = getJourney(state().records, journeyId);
      if (!journey) return;
      commit(
        duplicateJourney(state().records, journeyId, t("journeys.copyName", { name: journey.name }), now()),
      );
    },
  },
  "journey.delete": {
    labelKey: "commands.deleteJourney",
    run(journeyId: JourneyId) {
      const journey = getJourney(state().records, journeyId);
      if (!journey) return;
      const { records } = state();
      const change = deleteJourney(records, journeyId);
      commit({ ...change, put: detachExcerpts(records, change.remove ?? [], now()) });
      if (state().route.view === "journey") commands["journey.close"].run();
      notify(t("journeys.deleted", { name: journey.name }), true);
    },
  },
  "step.add": {
    labelKey: "commands.addStep",
    keys: ["n"],
    run(at?: Point) {
      const journey = openJourney();
      if (!journey) return;
      const step = createStep(
        journey.id,
        placeForNewStep(journey, at),
        { title: t("defaults.stepTitle") },
        now(),
      );
      commit({ put: [step] }, { select: [step.id] });
      canvasBridge()?.reveal(step.id);
      useStore.setState({ focusTitleOf: step.id, inspectorOpen: true, editingPain: null });
    },
  },
  "step.update": {
    labelKey: "commands.editStep",
    run(stepId: StepId, details: StepDetails) {
      const step = state().records[stepId];
      if (isStep(step))
        commit(updateStep(step, details, now()), { mergeKey: `${stepId}:${Object.keys(details).join()}` });
    },
  },
  "step.moveToCell": {
    labelKey: "commands.moveStep",
    run(stepId: StepId, cell: { stageId?: StageId; laneId?: LaneId }) {
      const { records } = state();
      const step = records[stepId];
      if (!isStep(step)) return;
      const stageId = cell.stageId ?? step.stageId;
      const laneId = cell.laneId ?? step.laneId;
      const others = journeyParts(records, step.journeyId).steps.filter((s) => s.id !== stepId);
      commit(
        placeSteps(
          records,
          [{ id: stepId, stageId, laneId, ...freeSpotInCell(others, stageId, laneId) }],
          now(),
        ),
      );
    },
  },
  "step.place": {
    labelKey: "commands.moveStep",
    /** Steps dropped at canvas points (top-left corners): each lands in the stage and lane under it. */
    run(drops: readonly { id: string; position: Point }[]) {
      const journey = openJourney();
      if (!journey) return;
      const { records } = state();
      const layout = journeyLayout(records, journey);
      const placements = drops
        .filter((d) => isStep(records[d.id]))
        .map((d) => ({ id: d.id as StepId, ...locate(layout, d.position) }));
      commit(placeSteps(records, placements, now()));
    },
  },
  "selection.nudgeLeft": {
    labelKey: "commands.nudgeLeft",
    keys: ["arrowleft"],
    run: () => moveSelection(-10, 0),
  },
  "selection.nudgeRight": {
    labelKey: "commands.nudgeRight",
    keys: ["arrowright"],
    run: () => moveSelection(10, 0),
  },
  "selection.nudgeUp": { labelKey: "commands.nudgeUp", keys: ["arrowup"], run: () => moveSelection(0, -10) },
  "selection.nudgeDown": {
    labelKey: "commands.nudgeDown",
    keys: ["arrowdown"],
    run: () => moveSelection(0, 10),
  },
  "selection.nudgeLeftFar": {
    labelKey: "commands.nudgeLeftFar",
    keys: ["shift+arrowleft"],
    run: () => moveSelection(-100, 0),
  },
  "selection.nudgeRightFar": {
    labelKey: "commands.nudgeRightFar",
    keys: ["shift+arrowright"],
    run: () => moveSelection(100, 0),
  },
  "selection.nudgeUpFar": {
    labelKey: "commands.nudgeUpFar",
    keys: ["shift+arrowup"],
    run: () => moveSelection(0, -100),
  },
  "selection.nudgeDownFar": {
    labelKey: "commands.nudgeDownFar",
    keys: ["shift+arrowdown"],
    run: () => moveSelection(0, 100),
  },
  "selection.toPreviousStage": {
    labelKey: "commands.toPreviousStage",
    keys: ["alt+arrowleft"],
    run: () => moveSelectionToBand("stages", -1),
  },
  "selection.toNextStage": {
    labelKey: "commands.toNextStage",
    keys: ["alt+arrowright"],
    run: () => moveSelectionToBand("stages", 1),
  },
  "selection.toPreviousLane": {
    labelKey: "commands.toPreviousLane",
    keys: ["alt+arrowup"],
    run: () => moveSelectionToBand("lanes", -1),
  },
  "selection.toNextLane": {
    labelKey: "commands.toNextLane",
    keys: ["alt+arrowdown"],
    run: () => moveSelectionToBand("lanes", 1),
  },
  "selection.next": { labelKey: "commands.nextStep", run: () => focusNeighbour(1) },
  "selection.previous": { labelKey: "commands.previousStep", run: () => focusNeighbour(-1) },
  "selection.delete": {
    labelKey: "commands.delete",
    keys: ["delete", "backspace"],
    /**
     * Steps carrying pain points ask first (the inspector shows the choice); `painPoints` is the
     * answer: delete the pain points that sat only on these steps, or keep them unattached.
     */
    run(painPoints?: "delete" | "keep") {
      const { records, selection } = state();
      if (selection.length === 0) return;
      const pains = painsOnSteps(records, selection);
      if (pains.length > 0 && !painPoints) {
        useStore.setState({
          confirmDelete: { stepIds: selectedSteps().map((s) => s.id), painCount: pains.length },
        });
        return;
      }
      const elements = deleteElements(records, selection);
      const detached = painPoints ? detachPainsFromSteps(records, selection, painPoints, now()) : {};
      const removed = [...(elements.remove ?? []), ...(detached.remove ?? [])];
      // Excerpts keep their quotes but lose their links to what is gone.
      const excerpts = detachExcerpts(records, removed, now());
      commit({ put: [...(detached.put ?? []), ...excerpts], remove: removed }, { select: [] });
      useStore.setState({ confirmDelete: null, editingPain: null });
    },
  },
  "selection.cancelDelete": {
    labelKey: "commands.cancel",
    run: () => useStore.setState({ confirmDelete: null }),
  },
  "selection.all": {
    labelKey: "commands.selectAll",
    keys: ["mod+a"],
    run() {
      const journey = openJourney();
      if (journey)
        useStore.setState({ selection: journeyParts(state().records, journey.id).steps.map((s) => s.id) });
    },
  },
  "selection.clear": {
    labelKey: "commands.clearSelection",
    keys: ["escape"],
    run() {
      useStore.setState({ selection: [] });
    },
  },
  "selection.duplicate": {
    labelKey: "commands.duplicate",
    keys: ["mod+d"],
    run() {
      pasteFragment(copyFragment(state().records, state().selection), openJourney());
    },
  },
  "clipboard.copy": {
    labelKey: "commands.copy",
    keys: ["mod+c"],
    run() {
      const journey = openJourney();
      const fragment = copyFragment(state().records, state().selection);
      if (journey && fragment.steps.length > 0) useStore.setState({ clipboard: { ...fragment, journey } });
    },
  },
  "clipboard.cut": {
    labelKey: "commands.cut",
    keys: ["mod+x"],
    run() {
      commands["clipboard.copy"].run();
      commands["selection.delete"].run();
    },
  },
  "clipboard.paste": {
    labelKey: "commands.paste",
    keys: ["mod+v"],
    run() {
      const clip = state().clipboard;
      if (clip) pasteFragment(clip, clip.journey);
    },
  },
  "edge.connect": {
    labelKey: "commands.connect",
    run(source: StepId, target: StepId) {
      const journey = openJourney();
      const { records } = state();
      if (!journey || !isStep(records[source]) || !isStep(records[target])) return;
      const edge = connect(journey.id, source, target, "", now());
      commit({ put: [edge] });
    },
  },
  "edge.update": {
    labelKey: "commands.editConnection",
    run(edgeId: string, label: string) {
      const edge = state().records[edgeId];
      if (isEdge(edge)) commit(updateEdge(edge, { label }, now()), { mergeKey: `${edgeId}:label` });
    },
  },
  "band.add": {
    labelKey: "commands.addBand",
    run(axis: Axis) {
      const journey = openJourney();
      if (!journey) return;
      const name = t(axis === "stages" ? "defaults.newStage" : "defaults.newLane", {
        n: journey[axis].length + 1,
      });
      commit(addBand(journey, axis, name, now()));
    },
  },
  "band.rename": {
    labelKey: "commands.renameBand",
    run(axis: Axis, id: string, name: string) {
      const journey = openJourney();
      if (journey) commit(renameBand(journey, axis, id, name, now()), { mergeKey: `${id}:name` });
    },
  },
  "band.move": {
    labelKey: "commands.moveBand",
    run(axis: Axis, id: string, by: -1 | 1) {
      const journey = openJourney();
      if (journey) commit(moveBand(journey, axis, id, by, now()));
    },
  },
  "band.remove": {
    labelKey: "commands.removeBand",
    run(axis: Axis, id: string) {
      const journey = openJourney();
      if (journey) commit(removeBand(state().records, journey, axis, id, now()));
    },
  },
  "pain.add": {
    labelKey: "commands.addPain",
    run(stepId: StepId, details: PainDetails & { kind: PainKind; title: string }) {
      const step = state().records[stepId];
      if (!isStep(step) || Object.keys(validatePain(details)).length > 0) return undefined;
      const pain = createPain(step.journeyId, [stepId], details, now());
      commit({ put: [pain] });
      useStore.setState({ editingPain: pain.id });
      return pain.id;
    },
  },
  "pain.update": {
    labelKey: "commands.editPain",
    run(painId: PainPointId, details: PainDetails) {
      const pain = state().records[painId];
      if (!isPain(pain) || Object.keys(validatePain(details)).length > 0) return;
      commit(updatePain(pain, details, now()), { mergeKey: `${painId}:${Object.keys(details).join()}` });
    },
  },
  "pain.setSteps": {
    labelKey: "commands.editPain",
    run(painId: PainPointId, stepIds: readonly StepId[]) {
      const pain = state().records[painId];
      if (isPain(pain)) commit(setPainSteps(pain, stepIds, now()));
    },
  },
  "pain.linkCause": {
    labelKey: "commands.linkCause",
    run(blisterId: PainPointId, thundercloudId: PainPointId) {
      const { records } = state();
      const blister = records[blisterId];
      const cloud = records[thundercloudId];
      if (isPain(blister) && isPain(cloud)) commit(linkCause(blister, cloud, now()));
    },
  },
  "pain.unlinkCause": {
    labelKey: "commands.unlinkCause",
    run(blisterId: PainPointId, thundercloudId: PainPointId) {
      const blister = state().records[blisterId];
      if (isPain(blister)) commit(unlinkCause(blister, thundercloudId, now()));
    },
  },
  "pain.delete": {
    labelKey: "commands.deletePain",
    run(painId: PainPointId) {
      const { records } = state();
      const change = deletePains(records, [painId], now());
      commit({ ...change, put: [...(change.put ?? []), ...detachExcerpts(records, [painId], now())] });
      if (state().editingPain === painId) useStore.setState({ editingPain: null });
    },
  },
  "pain.edit": {
    labelKey: "commands.editPain",
    run: (painId: PainPointId | "new" | null) => useStore.setState({ editingPain: painId }),
  },
  "step.setEmotion": {
    labelKey: "commands.setEmotion",
    /** The customer's feeling by hand, −2 to +2; null goes back to deriving it from pain points. */
    run(stepId: StepId, emotion: number | null) {
      const step = state().records[stepId];
      if (!isStep(step)) return;
      const { emotion: _old, ...rest } = step;
      const next: StepRecord =
        emotion === null
          ? { ...rest, updatedAt: now() }
          : { ...step, emotion: Math.max(-2, Math.min(2, Math.round(emotion))), updatedAt: now() };
      commit({ put: [next] });
    },
  },
  "step.reveal": {
    labelKey: "commands.revealStep",
    /** Opens the step's journey with the step selected and in view. */
    run(stepId: StepId) {
      const step = state().records[stepId];
      if (!isStep(step)) return;
      useStore.setState({
        route: { view: "journey", journeyId: step.journeyId },
        selection: [stepId],
        reveal: stepId,
      });
    },
  },
  "view.toggleAssumptions": {
    labelKey: "commands.toggleAssumptions",
    run: () => useStore.setState((s) => ({ assumptionView: !s.assumptionView })),
  },
  "view.toggleHeat": {
    labelKey: "commands.toggleHeat",
    keys: ["h"],
    run: () => useStore.setState((s) => ({ heatView: !s.heatView })),
  },
  "view.setPainFilter": {
    labelKey: "commands.filterPains",
    run: (filter: PainFilter) => useStore.setState({ painFilter: filter }),
  },
  "view.tracker": {
    labelKey: "commands.tracker",
    run: (tab: "table" | "matrix" = "table") =>
      useStore.setState({ route: { view: "tracker", tab }, selection: [] }),
  },
  "history.undo": { labelKey: "commands.undo", keys: ["mod+z"], run: () => void undo() },
  "history.redo": { labelKey: "commands.redo", keys: ["mod+shift+z", "ctrl+y"], run: () => void redo() },
  "view.fit": { labelKey: "commands.fitView", keys: ["shift+1"], run: () => canvasBridge()?.fitView() },
  "view.toggleInspector": {
    labelKey: "commands.toggleInspector",
    keys: ["i"],
    run: () => useStore.setState((s) => ({ inspectorOpen: !s.inspectorOpen })),
  },
  "help.shortcuts": {
    labelKey: "commands.shortcuts",
    keys: ["?", "shift+?"],
    run: () => useStore.setState((s) => ({ shortcutsOpen: !s.shortcutsOpen })),
  },
  "notice.dismiss": { labelKey: "commands.dismiss", run: () => useStore.setState({ notice: null }) },
  ...exchangeCommands,
  ...improvementCommands,
  ...evidenceCommands,
  ...sourcesImportCommands,
  ...tableCommands,
  ...refiCommands,
  ...workshopCommands,
  ...pictureCommands,
} satisfies Record<string, CommandDefinition>;

export type Commands = typeof commands;
export type CommandId = keyof Commands;

export function runCommand<K extends CommandId>(id: K, ...args: Parameters<Commands[K]["run"]>): void {
  (commands[id].run as (...a: unknown[]) => unknown)(...args);
}
