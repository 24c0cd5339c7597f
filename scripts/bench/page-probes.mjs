// Probes that run inside the page (passed to page.evaluate, so each is self-contained), and
// the arithmetic on what they return. The definitions are in docs/bench.md.

/**
 * Clicks the button that opens the canvas and times until the nodes are painted:
 *
 * - t0 is performance.now() right before the click.
 * - Every animation frame counts the .react-flow__node elements that React Flow shows
 *   (style.visibility not "hidden") and the .react-flow__edge elements.
 * - When a frame sees counts different from the previous frame's, the DOM changed; the next
 *   frame's callback runs after that change was rendered, and its performance.now() is the
 *   candidate paint time.
 * - The page has settled when the counts (at least one node) have not changed for `stableMs`.
 *   paintMs = candidate paint time of the last change − t0.
 *
 * Then, for `idleMs` after the paint time, it collects long tasks (PerformanceObserver
 * "longtask", observed from before the click) and counts DOM mutations under .react-flow.
 */
export function measureOpen({ buttonText, buttonSelector, stableMs, idleMs, timeoutMs }) {
  const button = [...document.querySelectorAll(buttonSelector)].find(
    (b) => b.textContent.trim() === buttonText,
  );
  if (!button) throw new Error(`no button "${buttonText}"`);
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: "longtask" });

  const counts = () => {
    let visible = 0;
    for (const node of document.querySelectorAll(".react-flow__node")) {
      if (node.style.visibility !== "hidden") visible++;
    }
    return { visible, edges: document.querySelectorAll(".react-flow__edge").length };
  };

  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let last = { visible: -1, edges: -1 };
    let changedAt = t0;
    let paintedAt = null;
    let awaitingPaint = false;
    let frames = 0;

    const finish = () => {
      // Watch the DOM and long tasks for idleMs after the paint.
      const flow = document.querySelector(".react-flow");
      let mutations = 0;
      const mutationObserver = new MutationObserver((records) => {
        mutations += records.length;
      });
      if (flow)
        mutationObserver.observe(flow, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      const end = paintedAt + idleMs;
      setTimeout(
        () => {
          mutationObserver.disconnect();
          observer.takeRecords().forEach((entry) => {
            longTasks.push({ start: entry.startTime, duration: entry.duration });
          });
          observer.disconnect();
          const after = longTasks.filter((t) => t.start >= paintedAt && t.start < end);
          const before = longTasks.filter((t) => t.start >= t0 && t.start < paintedAt);
          resolve({
            paintMs: paintedAt - t0,
            visibleNodes: last.visible,
            edges: last.edges,
            framesUntilSettled: frames,
            longTasks: after.length,
            longestTaskMs: after.reduce((m, t) => Math.max(m, t.duration), 0),
            longTasksAfterMs: after.map((t) => ({
              at: Math.round(t.start - paintedAt),
              ms: Math.round(t.duration),
            })),
            longestTaskBeforePaintMs: before.reduce((m, t) => Math.max(m, t.duration), 0),
            mutations,
          });
        },
        Math.max(0, end - performance.now()),
      );
    };

    const frame = () => {
      frames++;
      const now = performance.now();
      if (awaitingPaint) {
        paintedAt = now;
        awaitingPaint = false;
      }
      const c = counts();
      if (c.visible !== last.visible || c.edges !== last.edges) {
        last = c;
        changedAt = now;
        awaitingPaint = true;
      } else if (last.visible > 0 && paintedAt !== null && now - changedAt >= stableMs) {
        finish();
        return;
      }
      if (now - t0 > timeoutMs) {
        reject(new Error(`not settled after ${timeoutMs} ms (${last.visible} nodes, ${last.edges} edges)`));
        return;
      }
      requestAnimationFrame(frame);
    };
    button.click();
    requestAnimationFrame(frame);
  });
}

/** Starts counting animation frames; stopPanCounter returns the count. */
export function startPanCounter() {
  const state = { frames: 0, start: performance.now(), last: performance.now(), longest: 0, running: true };
  window.__benchPan = state;
  const tick = () => {
    if (!state.running) return;
    const now = performance.now();
    state.frames++;
    state.longest = Math.max(state.longest, now - state.last);
    state.last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopPanCounter() {
  const state = window.__benchPan;
  state.running = false;
  const end = performance.now();
  return {
    frames: state.frames,
    ms: end - state.start,
    longestFrameMs: Math.max(state.longest, end - state.last),
  };
}

/** fps = rAF callbacks / seconds between the mouse-down and the mouse-up. */
export function panFrames({ frames, ms, longestFrameMs }) {
  return { frames, seconds: ms / 1000, fps: frames / (ms / 1000), longestFrameMs };
}

/** Starts recording the time between animation frames; stopFrameRecorder returns the gaps. */
export function startFrameRecorder() {
  const state = { gaps: [], last: performance.now(), running: true };
  window.__benchFrames = state;
  const tick = (now) => {
    if (!state.running) return;
    state.gaps.push(now - state.last);
    state.last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrameRecorder() {
  const state = window.__benchFrames;
  state.running = false;
  return state.gaps;
}

/** Median, 95th percentile (nearest rank) and longest of the gaps between frames, in ms. */
export function frameTimes(gaps) {
  const sorted = [...gaps].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return {
    frames: sorted.length,
    medianMs: sorted.length ? rank(0.5) : Number.NaN,
    p95Ms: sorted.length ? rank(0.95) : Number.NaN,
    longestMs: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/**
 * A step to drag: the shown node nearest the pane's centre (or the one with `preferId`) whose
 * centre is really that node on screen, with room on the pane to drag it by dx × dy.
 */
export function findDraggableNode({ dx, dy, preferId }) {
  const pane = document.querySelector(".react-flow__pane");
  if (!pane) return null;
  const r = pane.getBoundingClientRect();
  const centre = { x: r.left + r.width / 2 - dx / 2, y: r.top + r.height / 2 - dy / 2 };
  const candidates = [];
  for (const node of document.querySelectorAll(".react-flow__node")) {
    if (node.style.visibility === "hidden") continue;
    const b = node.getBoundingClientRect();
    const x = b.left + b.width / 2;
    const y = b.top + b.height / 2;
    if (x < r.left + 20 || y < r.top + 20 || x + dx > r.right - 20 || y + dy > r.bottom - 20) continue;
    const id = node.getAttribute("data-id");
    const d = id === preferId ? -1 : (x - centre.x) ** 2 + (y - centre.y) ** 2;
    candidates.push({ id, x, y, d });
  }
  candidates.sort((a, b) => a.d - b.d);
  for (const c of candidates.slice(0, 50)) {
    const hit = document.elementFromPoint(c.x, c.y)?.closest(".react-flow__node");
    if (hit && hit.getAttribute("data-id") === c.id) return { id: c.id, x: c.x, y: c.y };
  }
  return null;
}

/** Where the node with `id` is on screen (its centre), or null when it is not in the DOM. */
export function nodeCentre(id) {
  const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (!node) return null;
  const b = node.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
}
