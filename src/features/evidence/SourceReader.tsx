import {
  type CSSProperties,
  Fragment,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "@/i18n";
import { codePointIndex, codePointLength, shortQuote, sliceCodePoints } from "@/model/evidence";
import type { CodeId, ExcerptId } from "@/model/ids";
import type { SourceRecord } from "@/model/types";
import { commands, runCommand } from "@/store/commands";
import { codebookTree, type EvidenceItem, sourceEvidence } from "@/store/evidence";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { useCoder } from "./coder";
import { ExcerptList } from "./ExcerptList";
import { PseudonymiseDialog } from "./PseudonymiseDialog";
import { SourceForm } from "./SourceForm";
import { runsOf, selectCodePoints, selectionOffsets } from "./text";

const NO_CODE_COLOUR = "#6b7785";

interface Range {
  start: number;
  end: number;
}

/** Keys the text region handles itself, to move and extend the selection like a read-only editor. */
const MOVES: Readonly<Record<string, { direction: "forward" | "backward"; granularity: string }>> = {
  ArrowLeft: { direction: "backward", granularity: "character" },
  ArrowRight: { direction: "forward", granularity: "character" },
  ArrowUp: { direction: "backward", granularity: "line" },
  ArrowDown: { direction: "forward", granularity: "line" },
  Home: { direction: "backward", granularity: "lineboundary" },
  End: { direction: "forward", granularity: "lineboundary" },
};

type ModifiableSelection = Selection & {
  modify?: (alter: "move" | "extend", direction: string, granularity: string) => void;
};

/**
 * The reading view of one source: its details, the text with coded passages highlighted, a
 * toolbar to code the selection, and the list of its excerpts beside the text.
 */
export function SourceReader({ source }: { source: SourceRecord }) {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const items = sourceEvidence(records, source.id);
  const tree = codebookTree(records, i18n.language);
  const [coder] = useCoder();
  const [codeId, setCodeId] = useState<CodeId>("code:thundercloud");
  const [range, setRange] = useState<Range | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState<ExcerptId | null>(null);
  const [status, setStatus] = useState("");
  const [dialog, setDialog] = useState<"edit" | "pseudonymise" | "delete" | null>(null);
  const textRef = useRef<HTMLElement>(null);
  const captured = useRef<Range | null>(null);
  const id = useId();
  const codeName = (cid: string) => tree.find((n) => n.code.id === cid)?.code.name ?? "";

  const liveSelection = useCallback(
    () => (textRef.current ? selectionOffsets(textRef.current, document.getSelection(), source.text) : null),
    [source.text],
  );

  const sync = useCallback(() => {
    const live = liveSelection();
    if (!live) return;
    setCaret(live.focus);
    setRange(live.start < live.end ? { start: live.start, end: live.end } : null);
  }, [liveSelection]);

  useEffect(() => {
    document.addEventListener("selectionchange", sync);
    return () => document.removeEventListener("selectionchange", sync);
  }, [sync]);

  /** The passage to act on: the live selection in the text, else the last one made there. */
  function chosenRange(): Range | null {
    const live = liveSelection();
    const chosen =
      live && live.start < live.end ? { start: live.start, end: live.end } : (captured.current ?? range);
    captured.current = null;
    return chosen;
  }

  function placeOnSelection(item: EvidenceItem) {
    const chosen = chosenRange();
    if (!chosen) {
      setStatus(t("evidence.selectFirst"));
      return;
    }
    runCommand("excerpt.move", item.excerpt.id, chosen.start, chosen.end);
    document.getSelection()?.removeAllRanges();
    setRange(null);
    setActive(item.excerpt.id);
  }

  function codeSelection() {
    const chosen = chosenRange();
    if (!chosen) {
      setStatus(t("evidence.selectFirst"));
      return;
    }
    const excerptId = commands["excerpt.add"].run({
      sourceId: source.id,
      start: chosen.start,
      end: chosen.end,
      codeIds: [codeId],
      coder,
    });
    if (!excerptId) {
      setStatus(t("evidence.selectFirst"));
      return;
    }
    document.getSelection()?.removeAllRanges();
    setRange(null);
    setActive(excerptId);
    setStatus(
      t("evidence.coded", {
        quote: shortQuote(sliceCodePoints(source.text, chosen.start, chosen.end), 60),
        code: codeName(codeId),
      }),
    );
  }

  function onTextKey(event: KeyboardEvent<HTMLElement>) {
    const root = textRef.current;
    if (!root) return;
    if (event.key === "Enter") {
      event.preventDefault();
      codeSelection();
      return;
    }
    if (event.key === "Escape") {
      const live = liveSelection();
      if (live && live.start < live.end) {
        event.preventDefault();
        event.stopPropagation();
        selectCodePoints(root, source.text, live.focus, live.focus);
      }
      return;
    }
    const move = MOVES[event.key];
    if (!move || event.metaKey) return;
    event.preventDefault();
    const selection = document.getSelection() as ModifiableSelection | null;
    if (!selection) return;
    let live = liveSelection();
    if (!live) {
      const at = caret ?? 0;
      selectCodePoints(root, source.text, at, at);
      live = { start: at, end: at, focus: at };
    }
    const alter = event.shiftKey ? "extend" : "move";
    const word = event.ctrlKey || event.altKey;
    if (typeof selection.modify === "function") {
      const granularity =
        word && move.granularity === "character"
          ? "word"
          : event.ctrlKey && move.granularity === "lineboundary"
            ? "documentboundary"
            : move.granularity;
      selection.modify(alter, move.direction, granularity);
    } else {
      // No Selection.modify (some test environments): move by one character, or to either end.
      const length = codePointLength(source.text);
      const anchor = live.focus === live.start ? live.end : live.start;
      let focus = live.focus;
      if (event.key === "ArrowLeft") focus = Math.max(0, focus - 1);
      else if (event.key === "ArrowRight") focus = Math.min(length, focus + 1);
      else if (event.key === "Home" || event.key === "ArrowUp") focus = 0;
      else focus = length;
      selectCodePoints(root, source.text, event.shiftKey ? anchor : focus, focus);
    }
    sync();
  }

  function onTextClick(event: MouseEvent<HTMLElement>) {
    const live = liveSelection();
    if (live && live.start < live.end) return;
    const span = (event.target as HTMLElement).closest<HTMLElement>("[data-excerpts]");
    const ids = span?.dataset.excerpts?.split(" ") ?? [];
    // The innermost passage: the last listed covers the least text.
    const last = ids[ids.length - 1];
    if (last) setActive(last as ExcerptId);
  }

  function showInText(item: EvidenceItem) {
    const root = textRef.current;
    if (!root || !item.anchored) return;
    setActive(item.excerpt.id);
    root.focus({ preventScroll: true });
    selectCodePoints(root, source.text, item.excerpt.start, item.excerpt.end);
    root.querySelector(`[data-excerpts~="${item.excerpt.id}"]`)?.scrollIntoView?.({
      block: "center",
    });
    sync();
  }

  const atCaret = useMemo(
    () =>
      caret === null
        ? []
        : items.filter((i) => i.anchored && i.excerpt.start <= caret && caret < i.excerpt.end),
    [items, caret],
  );
  const selectedLength = range ? range.end - range.start : 0;

  return (
    <article className="reader" aria-labelledby={`${id}-title`}>
      <header className="reader-header">
        <div>
          <h2 id={`${id}-title`}>{source.title || t("evidence.untitled")}</h2>
          <SourceMeta source={source} />
        </div>
        <div className="reader-actions">
          <button type="button" className="button small" onClick={() => setDialog("edit")}>
            {t("evidence.editSource")}
          </button>
          <button type="button" className="button small" onClick={() => setDialog("pseudonymise")}>
            {t("evidence.pseudonymise")}
          </button>
          <button type="button" className="button small danger" onClick={() => setDialog("delete")}>
            {t("evidence.deleteSource")}
          </button>
          <button
            type="button"
            className="button small quiet"
            onClick={() => runCommand("view.evidence", { tab: "sources", sourceId: undefined })}
          >
            {t("evidence.closeSource")}
          </button>
        </div>
      </header>

      <div className="code-toolbar">
        <div className="evidence-field">
          <label htmlFor={`${id}-code`}>{t("evidence.code")}</label>
          <select id={`${id}-code`} value={codeId} onChange={(e) => setCodeId(e.target.value as CodeId)}>
            {tree.map((node) => (
              <option key={node.code.id} value={node.code.id}>
                {`${"\u2003".repeat(node.depth)}${node.code.name}`}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button primary"
          onMouseDown={(event) => {
            // Keep the text selection: a click on the button must not clear it first.
            const live = liveSelection();
            if (live && live.start < live.end) captured.current = { start: live.start, end: live.end };
            event.preventDefault();
          }}
          onClick={codeSelection}
        >
          {t("evidence.codeSelection")}
        </button>
        <span className="selection-status">
          {selectedLength > 0
            ? t("evidence.selectedChars", { count: selectedLength })
            : t("evidence.noSelection")}
        </span>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t("evidence.readerHint")}
      </p>
      <p className="reader-status" role="status">
        {status}
      </p>

      <div className="reader-body">
        <div className="reader-text-wrap">
          <section
            ref={textRef}
            className="reader-text"
            aria-label={t("evidence.textOf", { title: source.title || t("evidence.untitled") })}
            aria-describedby={`${id}-hint ${id}-caret`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a read-only text the keyboard can select in
            tabIndex={0}
            onKeyDown={onTextKey}
            onMouseUp={sync}
            onKeyUp={sync}
            onClick={onTextClick}
          >
            <SourceText text={source.text} items={items} active={active} />
          </section>
          <p className="caret-info" id={`${id}-caret`}>
            {caret === null
              ? ""
              : atCaret.length === 0
                ? t("evidence.caretNothing", { at: caret })
                : t("evidence.caretCodes", {
                    at: caret,
                    codes: atCaret
                      .map((i) => describeItem(i, t("evidence.noCode"), t("evidence.noCoder")))
                      .join("; "),
                  })}
          </p>
          {source.text === "" && <p className="hint">{t("evidence.noText")}</p>}
        </div>
        <ExcerptList
          items={items}
          active={active}
          onActivate={setActive}
          onShow={showInText}
          onPlace={placeOnSelection}
        />
      </div>

      {dialog === "edit" && <SourceForm source={source} onClose={() => setDialog(null)} />}
      {dialog === "pseudonymise" && <PseudonymiseDialog source={source} onClose={() => setDialog(null)} />}
      {dialog === "delete" && (
        <Dialog
          title={t("evidence.deleteTitle", { title: source.title || t("evidence.untitled") })}
          onClose={() => setDialog(null)}
          actions={
            <>
              <button
                type="button"
                className="button danger"
                onClick={() => {
                  setDialog(null);
                  runCommand("source.delete", source.id);
                }}
              >
                {t("evidence.delete")}
              </button>
              <button type="button" className="button" onClick={() => setDialog(null)}>
                {t("evidence.cancel")}
              </button>
            </>
          }
        >
          <p>{t("evidence.deleteBody", { count: items.length })}</p>
        </Dialog>
      )}
    </article>
  );
}

/** "Thundercloud, Queue (Anna)": what a coded passage is, for its tooltip and the caret line. */
function describeItem(item: EvidenceItem, noCode: string, noCoder: string): string {
  const names = item.codes.map((c) => c.name).join(", ") || noCode;
  return `${names} (${item.excerpt.coder || noCoder})`;
}

function SourceMeta({ source }: { source: SourceRecord }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t("evidence.field.kind"), t(`evidence.kind.${source.kind}`)],
    [t("evidence.field.respondent"), source.respondent],
    [t("evidence.field.role"), t(`evidence.role.${source.respondentRole}`)],
    [t("evidence.field.date"), formatDay(source.date)],
    [t("evidence.field.interviewer"), source.interviewer],
    [t("evidence.field.tags"), source.tags.join(", ")],
    ...Object.entries(source.attributes),
  ];
  return (
    <dl className="source-meta">
      {rows
        .filter(([, value]) => value !== "")
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/**
 * The text split into runs: uncoded runs are plain text, coded runs are spans tinted and
 * underlined in the colour of their (outermost) code, double-underlined where codings overlap,
 * with the codes' names as tooltip. Nothing but the text goes inside, so DOM offsets are text offsets.
 */
function SourceText({
  text,
  items,
  active,
}: {
  text: string;
  items: readonly EvidenceItem[];
  active: ExcerptId | null;
}) {
  const { t } = useTranslation();
  const index = codePointIndex(text);
  const runs = useMemo(
    () =>
      runsOf(
        index.length,
        items.filter((i) => i.anchored).map((i) => ({ start: i.excerpt.start, end: i.excerpt.end, key: i })),
      ),
    [items, index.length],
  );
  const noCode = t("evidence.noCode");
  const noCoder = t("evidence.noCoder");
  return (
    <>
      {runs.map((run) => {
        const slice = text.slice(index.toUnit(run.start), index.toUnit(run.end));
        if (run.keys.length === 0) return <Fragment key={run.start}>{slice}</Fragment>;
        const outer = run.keys[0]!;
        const inner = run.keys[run.keys.length - 1]!;
        const style = {
          "--code": outer.codes[0]?.colour ?? NO_CODE_COLOUR,
          "--code-inner": inner.codes[0]?.colour ?? NO_CODE_COLOUR,
        } as CSSProperties;
        const isActive = run.keys.some((k) => k.excerpt.id === active);
        return (
          <span
            key={run.start}
            className={`coded${run.keys.length > 1 ? " overlap" : ""}${isActive ? " active" : ""}`}
            style={style}
            data-excerpts={run.keys.map((k) => k.excerpt.id).join(" ")}
            title={run.keys.map((k) => describeItem(k, noCode, noCoder)).join("\n")}
          >
            {slice}
          </span>
        );
      })}
    </>
  );
}
