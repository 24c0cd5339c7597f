import { resolve } from "node:path";
import type { Locator, Page } from "@playwright/test";
import {
  button,
  expect,
  expectNoAxeViolations,
  expectSaved,
  openJourney,
  SAMPLE_JOURNEY,
  test,
} from "./support";

/**
 * WCAG 1.4.10 Reflow: a 1280 × 900 window at 200 % zoom lays the page out in 640 × 450 CSS
 * pixels. Nothing needed may be cut off and the page may not scroll sideways; the map itself is
 * a two-dimensional canvas and data tables may scroll inside their own box.
 */
const ZOOMED = { width: 640, height: 450 };
test.use({ viewport: ZOOMED, deviceScaleFactor: 2 });

const FIXTURE = resolve(process.cwd(), "test/fixtures/interviews/interviews-en.csv");

/**
 * Elements that stick out of the window sideways and cannot be scrolled to: their overflow is
 * neither inside a box that scrolls sideways nor inside the map.
 */
function cutOffElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const scrollsSideways = (element: Element) => {
      const overflow = getComputedStyle(element).overflowX;
      return (overflow === "auto" || overflow === "scroll") && element.scrollWidth > element.clientWidth;
    };
    for (const element of document.body.querySelectorAll("*")) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text
      if (rect.right <= width + 1 && rect.left >= -1) continue;
      if (element.closest(".react-flow")) continue;
      let inScroller = false;
      for (
        let parent = element.parentElement;
        parent && parent !== document.body;
        parent = parent.parentElement
      ) {
        if (scrollsSideways(parent)) {
          inScroller = true;
          break;
        }
      }
      if (!inScroller) found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    }
    return found;
  });
}

/** No sideways page scroll, nothing cut off, the whole header reachable, axe clean. */
async function expectReflows(page: Page, view: string): Promise<void> {
  const page_ = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(page_.scrollWidth, `${view}: the page scrolls sideways`).toBeLessThanOrEqual(page_.clientWidth);
  expect(await cutOffElements(page), `${view}: cut off at the right or left edge`).toEqual([]);

  // Every header control is on screen: the navigation wraps instead of running off the edge.
  const header = page.locator(".app-header");
  const controls = header.locator("button, select, a");
  const count = await controls.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const box = (await control.boundingBox())!;
    const name = (await control.textContent())?.trim();
    expect(box.x, `${view}: header control "${name}"`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${view}: header control "${name}"`).toBeLessThanOrEqual(ZOOMED.width);
  }
  await expectNoAxeViolations(page);
}

/** A dialog fits in the window, and its last action can be reached (scrolled to) and is on screen. */
async function expectDialogFits(page: Page, dialog: Locator, lastAction: string): Promise<void> {
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(ZOOMED.width);
  expect(box.y + box.height).toBeLessThanOrEqual(ZOOMED.height);
  const action = dialog.getByRole("button", { name: lastAction, exact: true });
  await action.scrollIntoViewIfNeeded();
  await expect(action).toBeInViewport({ ratio: 1 });
  expect(await cutOffElements(page), "cut off in the dialog").toEqual([]);
  await expectNoAxeViolations(page);
}

test("at 200 % zoom every view reflows: journey list, editor, tracker and evidence", async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await openJourney(page, SAMPLE_JOURNEY);
  await expectSaved(page);

  // The editor: toolbar, map and inspector one under the other; the map keeps a usable height.
  await expectReflows(page, "editor");
  const map = page.locator(".react-flow");
  expect((await map.boundingBox())!.height).toBeGreaterThanOrEqual(200);
  await button(page, "Add step").scrollIntoViewIfNeeded();
  await expect(button(page, "Add step")).toBeInViewport();
  const name = page.getByLabel("Name", { exact: true });
  await name.scrollIntoViewIfNeeded();
  await expect(name).toBeInViewport();
  await page.locator(".react-flow").focus();
  await page.keyboard.press("?");
  await expectDialogFits(page, page.getByRole("dialog", { name: "Keyboard shortcuts" }), "Close");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // The journey list, and the confirmation before deleting a journey.
  await button(page, "Journeys").click();
  await expect(page.getByRole("heading", { name: "Journeys" })).toBeVisible();
  await expectReflows(page, "journey list");
  await page
    .getByRole("listitem")
    .filter({ hasText: SAMPLE_JOURNEY })
    .getByRole("button", { name: "Delete" })
    .click();
  await expectDialogFits(page, page.getByRole("dialog"), "Cancel");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  // The tracker: its table scrolls sideways in its own box, the page does not.
  await button(page, "Tracker").click();
  await expect(page.getByRole("heading", { name: "Pain-point tracker" })).toBeVisible();
  await expectReflows(page, "tracker table");
  await page.getByRole("tab", { name: "Priority matrix" }).click();
  await expectReflows(page, "priority matrix");

  // Evidence: import interviews (a large dialog), then read a source.
  await page.getByRole("button", { name: "Evidence", exact: true }).click();
  await expectReflows(page, "evidence");
  await button(page, "Import").click();
  await page.getByLabel("File to import").setInputFiles(FIXTURE);
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Encoding", { exact: true })).toBeVisible();
  await expectDialogFits(page, dialog, "Import");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await dialog.getByRole("button", { name: /^Add \d+ sources$/ }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: /P01/ }).first().click();
  const text = page.getByRole("region", { name: /^Text of / });
  await text.scrollIntoViewIfNeeded();
  await expect(text).toBeInViewport();
  await expectReflows(page, "evidence, reading a source");

  // The Snapshots dialog from the header.
  await button(page, "Snapshots").click();
  await expectDialogFits(page, page.getByRole("dialog"), "Close");
});

test("at 200 % zoom improvements, the dashboard, the presentation and the report reflow", async ({
  page,
}) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await openJourney(page, SAMPLE_JOURNEY);
  await expectSaved(page);
  // The board's five columns scroll sideways inside the board, not the page.
  await button(page, "Improvements").click();
  await expect(button(page, "Add improvement")).toBeVisible();
  await expectReflows(page, "improvements board");
  await button(page, "Add improvement").click();
  await expect(page.getByRole("textbox", { name: "Title" })).toBeVisible();
  await expectReflows(page, "improvement page");
  await button(page, "Dashboard").click();
  await expect(page.getByRole("heading", { name: /^Dashboard/ })).toBeVisible();
  await expectReflows(page, "dashboard");

  await button(page, "Back to the map").click();
  await button(page, "Present").click();
  await expect(button(page, "Exit presentation")).toBeVisible();
  await expectReflows(page, "presentation");
  await button(page, "Exit presentation").click();
  await button(page, "Export").click();
  await page.getByRole("menuitem", { name: "Print report" }).click();
  await expect(button(page, "Print / Save as PDF")).toBeVisible();
  await expectReflows(page, "report");
});
