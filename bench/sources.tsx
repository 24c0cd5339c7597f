/**
 * The source list's benchmark page (scripts/bench/sources.mjs): the app's own Sources tab
 * mounted over n generated sources. The store and its evidence index are filled before the
 * clock starts, so the time is the list's first render: mount → committed → the next frame;
 * then End, and typing a search (`typeSearch`).
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { SourcesTab } from "@/features/evidence/SourcesTab";
import type { SourceId } from "@/model/ids";
import type { Records, SourceRecord } from "@/model/types";
import { allSources } from "@/store/evidence";
import { useStore } from "@/store/store";
import "@/i18n";
import "@/app/app.css";
import "@/features/evidence/evidence.css";

function sources(n: number): Records {
  const records: Record<string, SourceRecord> = {};
  const at = "2026-01-01T00:00:00.000Z";
  for (let i = 0; i < n; i++) {
    const id = `source:bench-${i}` as SourceId;
    records[id] = {
      typeName: "source",
      id,
      kind: "survey",
      title: `Survey answer ${i + 1}`,
      respondent: `R${i + 1}`,
      respondentRole: "job-seeker",
      date: "2026-01-01",
      interviewer: "",
      tags: [`office ${i % 6}`],
      attributes: {},
      text: `Answer number ${i + 1}`,
      createdAt: at,
      updatedAt: at,
    };
  }
  return records;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * End pressed on the list's focused row → the last source focused, on the next frame. Null
 * when the list has no End key (the paged list before it was virtualised).
 */
async function pressEnd(container: HTMLElement, n: number): Promise<number | null> {
  const row = container.querySelector<HTMLButtonElement>("li[aria-posinset] .source-item[tabindex='0']");
  if (!row) return null;
  row.focus();
  const started = performance.now();
  row.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
  for (let frame = 0; frame < 120; frame++) {
    await nextFrame();
    if (document.activeElement?.closest(`li[aria-posinset="${n}"]`)) return performance.now() - started;
  }
  return null;
}

/** Digits typed into "Search sources": every prefix keeps fewer sources than the one before. */
const TYPED = "98765";
/**
 * The searches in turn: TYPED one key at a time, then cut back to its first key, which tests
 * every source again (as a Backspace or a new word does) with their texts folded by now.
 */
const SEARCHES = [...[...TYPED].map((_, i) => TYPED.slice(0, i + 1)), TYPED[0]!];

/**
 * Types SEARCHES into "Search sources", each a frame after the last list: for each, the time
 * from its input event until the list of its matches is committed, seen by a MutationObserver
 * as the rows' set size. The generated sources hold their number in the title and the
 * respondent, so each count is known beforehand.
 */
async function typeSearch(container: HTMLElement, n: number): Promise<number[]> {
  const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  const setSize = () => container.querySelector("li[aria-posinset='1']")?.getAttribute("aria-setsize");
  const times: number[] = [];
  for (const query of SEARCHES) {
    let expected = 0;
    for (let k = 1; k <= n; k++) if (String(k).includes(query)) expected++;
    await nextFrame();
    times.push(
      await new Promise<number>((resolve) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (setSize() !== String(expected)) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(container, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ["aria-setsize"],
        });
        input.focus();
        setValue.call(input, query);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    );
  }
  return times;
}

/**
 * Mounts the Sources tab over n sources; the times in ms, and how many rows are in the DOM.
 * `sortMs` is the part of it that sorts the sources by title, timed alone beforehand.
 */
async function mountSources(n: number) {
  const records = sources(n);
  useStore.setState({ records, loaded: true, route: { view: "evidence", tab: "sources" } });
  const all = allSources(records);
  const sortStarted = performance.now();
  const collator = new Intl.Collator("en", { numeric: true });
  [...all].sort((a, b) => collator.compare(a.title, b.title));
  const sortMs = performance.now() - sortStarted;
  const container = document.getElementById("root")!;
  container.style.cssText = "height: 100vh; display: flex; flex-direction: column;";
  const root = createRoot(container);
  await nextFrame();
  const started = performance.now();
  flushSync(() => root.render(<SourcesTab />));
  const renderMs = performance.now() - started;
  await nextFrame();
  const paintMs = performance.now() - started;
  const rows = container.querySelectorAll(".source-item").length;
  const endMs = await pressEnd(container, n);
  // A second to read the list before typing, as anyone would: the tab may use the idle time.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const typing = await typeSearch(container, n);
  root.unmount();
  // Back to the tab, as after a look at the Search tab: the same sources mounted again.
  await nextFrame();
  const again = createRoot(container);
  const againStarted = performance.now();
  flushSync(() => again.render(<SourcesTab />));
  await nextFrame();
  const againMs = performance.now() - againStarted;
  again.unmount();
  return { n, renderMs, paintMs, sortMs, rows, endMs, againMs, typing };
}

Object.assign(window, { mountSources });
document.title = "ready";
