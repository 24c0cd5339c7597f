import type { Page } from "@playwright/test";
import { button, expect, steps, test } from "./support";

/** The canvas's pan and zoom, from the transform React Flow puts on its viewport. */
async function viewport(page: Page) {
  const transform = await page
    .locator(".react-flow__viewport")
    .evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(transform);
  if (!match) throw new Error(`unexpected viewport transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

/** A point on the empty pane (no step, connection, header or panel) with room around it. */
async function emptySpot(page: Page) {
  const spot = await page.locator(".react-flow").evaluate((flow) => {
    const box = flow.getBoundingClientRect();
    for (let y = box.top + box.height * 0.3; y < box.bottom - 120; y += 12) {
      for (let x = box.left + box.width * 0.3; x < box.right - 260; x += 12) {
        const all = [0, 60, 120].flatMap((dy) =>
          [0, 120, 240].map((dx) => document.elementFromPoint(x + dx, y + dy)),
        );
        if (all.every((el) => el?.classList.contains("react-flow__pane"))) return { x, y };
      }
    }
    return null;
  });
  if (!spot) throw new Error("no empty spot on the pane");
  return spot;
}

const framePath = (page: Page) => page.locator(".overview-frame path").getAttribute("d");

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect(steps(page).first()).toBeVisible();
});

test("panning moves the map with the pointer, also across steps, and the overview's frame follows", async ({
  page,
}) => {
  const before = await viewport(page);
  const frameBefore = await framePath(page);
  const from = await emptySpot(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Far enough to pass over steps and connections on the way: the pan must keep the pointer.
  await page.mouse.move(from.x - 300, from.y - 150, { steps: 20 });
  // The pane holds the pointer (so the browser need not hit-test every step on each move).
  expect(await page.locator(".react-flow__pane").evaluate((pane) => pane.hasPointerCapture(1))).toBe(true);
  await page.mouse.up();
  const after = await viewport(page);
  expect(after.x - before.x).toBeCloseTo(-300, 0);
  expect(after.y - before.y).toBeCloseTo(-150, 0);
  expect(after.zoom).toBe(before.zoom);
  expect(await framePath(page)).not.toBe(frameBefore);
  // The pinned stage and lane names moved with their bands.
  const stageBand = (await page.locator(".stage-band").nth(1).boundingBox())!;
  const stageHeader = (await page.locator(".stage-header").nth(1).boundingBox())!;
  expect(stageHeader.x).toBeCloseTo(stageBand.x, 0);
  const laneBand = (await page.locator(".lane-band").nth(1).boundingBox())!;
  const laneHeader = (await page.locator(".lane-header:not(.curve-header)").nth(1).boundingBox())!;
  expect(laneHeader.y).toBeCloseTo(laneBand.y, 0);
});

test("dragging in the overview pans the map; the wheel over it zooms", async ({ page }) => {
  const overview = page.getByRole("img", { name: "Overview of the map" });
  await expect(overview).toBeVisible();
  const box = (await overview.boundingBox())!;
  const before = await viewport(page);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 20, centre.y + 10, { steps: 5 });
  await page.mouse.up();
  const panned = await viewport(page);
  // Moving the frame right shows what lies to the right: the map moves left.
  expect(panned.x).toBeLessThan(before.x - 20);
  expect(panned.y).toBeLessThan(before.y - 5);
  expect(panned.zoom).toBe(before.zoom);

  await page.mouse.move(centre.x, centre.y);
  await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(panned.zoom);
});

test("with the pan capturing the pointer, Shift+drag on the pane still selects and a double-click still adds a step", async ({
  page,
}) => {
  const count = await steps(page).count();
  const spot = await emptySpot(page);
  await page.mouse.dblclick(spot.x, spot.y);
  await expect(steps(page)).toHaveCount(count + 1);

  // A box from the pane's top left corner over the first steps.
  const flow = (await page.locator(".react-flow__pane").boundingBox())!;
  const first = (await steps(page).first().boundingBox())!;
  await page.keyboard.down("Shift");
  await page.mouse.move(flow.x + 140, flow.y + 40);
  await page.mouse.down();
  await page.mouse.move(first.x + first.width + 5, first.y + first.height + 5, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await expect(page.locator(".react-flow__node.selected").first()).toBeVisible();
});

/** Headers whose visible text box reaches outside the header, which is exactly its band's height or width. */
function overflowingHeaders(page: Page): Promise<string[]> {
  return page.locator(".band-headers").evaluate((root) => {
    const found: string[] = [];
    for (const header of root.querySelectorAll(".stage-header, .lane-header")) {
      const band = header.getBoundingClientRect();
      for (const text of header.querySelectorAll("span")) {
        if (text.closest(".visually-hidden")) continue;
        const box = text.getBoundingClientRect();
        if (box.top < band.top - 0.5 || box.bottom > band.bottom + 0.5 || box.right > band.right + 0.5)
          found.push(
            `${header.getAttribute("title")}: ${Math.round(box.height)} in ${Math.round(band.height)}`,
          );
      }
    }
    return found;
  });
}

test("zoomed far out, every stage and lane name fits its band, and the curve drops its colour key first", async ({
  page,
}) => {
  const curve = page.locator(".curve-header");
  await expect(curve.locator(".curve-keys")).toBeVisible();
  const laneBands = page.locator(".lane-band");
  const laneHeaders = page.locator(".lane-header:not(.curve-header)");
  let zoom = (await viewport(page)).zoom;
  const curveStates = new Set<string>();
  const noteCurve = async () =>
    curveStates.add(
      await curve.evaluate(
        (el) =>
          `name ${el.querySelector(".band-name") ? "shown" : "hidden"}, key ${el.querySelector(".curve-keys.visually-hidden") ? "hidden" : "shown"}`,
      ),
    );
  await noteCurve();
  // Step down to the smallest zoom, checking every header at each step on the way.
  for (let i = 0; i < 30 && zoom > 0.051; i++) {
    await button(page, "Zoom out").click();
    await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(zoom);
    zoom = (await viewport(page)).zoom;
    expect(await overflowingHeaders(page), `at zoom ${zoom}`).toEqual([]);
    // A header is exactly as tall as its band.
    const band = (await laneBands.first().boundingBox())!;
    const header = (await laneHeaders.first().boundingBox())!;
    expect(header.height).toBeCloseTo(band.height, 0);
    await noteCurve();
  }
  // On the way down the key went first, then the name.
  expect([...curveStates]).toEqual([
    "name shown, key shown",
    "name shown, key hidden",
    "name hidden, key hidden",
  ]);
  expect(zoom).toBeLessThan(0.06);
  // The key went, the names are still there in full for screen readers and as tooltips.
  await expect(curve.locator(".curve-keys")).toHaveClass(/visually-hidden/);
  await expect(curve).toHaveAttribute("title", "Feeling along the journey: ■ Customer, ● Staff");
  await expect(curve).toContainText("Feeling along the journey");
  await expect(laneHeaders.nth(1)).toHaveAttribute("title", "Counsellor (front stage)");
  await expect(laneHeaders.nth(1)).toContainText("Counsellor (front stage)");
});
