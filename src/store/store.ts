import type { Edge, Node } from "@xyflow/react";
import { create } from "zustand";
import type { RestoreProblem } from "@/io/restore";
import { type BackupState, NO_BACKUP } from "@/model/backup";
import { emptyHistory, type History } from "@/model/history";
import type { ImprovementId, JourneyId, PainPointId, SourceId, StepId } from "@/model/ids";
import type { Fragment } from "@/model/journey";
import { noFilter, type PainFilter } from "@/model/painpoints";
import type { JourneyRecord, Records } from "@/model/types";

/**
 * The one store. Its state falls into three kinds:
 * - document: `records` (saved, exported, undoable through `history`);
 * - session: route, selection, clipboard, panels, save status (not saved with the document);
 * - ephemeral: the canvas's node and edge arrays while dragging (rebuilt from records).
 */

export type Route =
  | { view: "journeys" }
  | { view: "journey"; journeyId: JourneyId }
  | { view: "tracker"; tab: "table" | "matrix" }
  | { view: "improvements"; journeyId: JourneyId; improvementId?: ImprovementId }
  | { view: "dashboard"; journeyId: JourneyId }
  | { view: "report"; journeyId: JourneyId }
  | { view: "evidence"; sourceId?: SourceId; tab?: "sources" | "codebook" | "search" | "agreement" };

export type SaveState =
  | { status: "loading" }
  | { status: "saved" }
  | { status: "saving" }
  | { status: "error"; reason: string }
  | { status: "blocked"; reason: string };

export interface Notice {
  id: number;
  message: string;
  /** Offer "Undo" while the undo history is still this deep, i.e. until anything else is done. */
  undoDepth?: number;
}

export interface StorageInfo {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

export type StepNode = Node<Record<string, never>, "step">;

export interface CanvasState {
  journeyId: JourneyId | null;
  nodes: StepNode[];
  edges: Edge[];
}

export interface Clipboard extends Fragment {
  journey: JourneyRecord;
}

export interface AppState {
  records: Records;
  history: History;
  loaded: boolean;
  route: Route;
  selection: readonly string[];
  canvas: CanvasState;
  clipboard: Clipboard | null;
  save: SaveState;
  loadProblems: readonly RestoreProblem[];
  notice: Notice | null;
  storage: StorageInfo;
  inspectorOpen: boolean;
  shortcutsOpen: boolean;
  /** A new step whose Title field the inspector should focus once it shows the step. */
  focusTitleOf: StepId | null;
  /** The pain point open in the inspector's form; "new" while adding one to the selected step. */
  editingPain: PainPointId | "new" | null;
  /** Steps about to be deleted that carry pain points: the user chooses what happens to those. */
  confirmDelete: { stepIds: readonly StepId[]; painCount: number } | null;
  heatView: boolean;
  /** Shows which steps have no evidence behind them yet. */
  assumptionView: boolean;
  painFilter: PainFilter;
  /** A step to bring into view and focus once the canvas shows it (from the tracker). */
  reveal: StepId | null;
  /** The journey shown full screen, stage by stage, while it is the open one. */
  presenting: JourneyId | null;
  /** A tidy-up under way off the main thread; `noticeShown` once it took long enough to say so. */
  tidying: { journeyId: JourneyId; noticeShown: boolean } | null;
  /** What is in an exported workspace file, for the reminder to export one (kept in IndexedDB). */
  backup: BackupState;
}

export const initialState: AppState = {
  records: {},
  history: emptyHistory,
  loaded: false,
  route: { view: "journeys" },
  selection: [],
  canvas: { journeyId: null, nodes: [], edges: [] },
  clipboard: null,
  save: { status: "loading" },
  loadProblems: [],
  notice: null,
  storage: {},
  inspectorOpen: true,
  shortcutsOpen: false,
  focusTitleOf: null,
  editingPain: null,
  confirmDelete: null,
  heatView: false,
  assumptionView: false,
  painFilter: noFilter,
  reveal: null,
  presenting: null,
  tidying: null,
  backup: NO_BACKUP,
};

export const useStore = create<AppState>()(() => initialState);

/** Puts the store back to its first state; for tests. */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
