import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import {
  button,
  expect,
  expectNoAxeViolations,
  expectSaved,
  inspector,
  openJourney,
  SAMPLE_JOURNEY,
  selectInReader,
  step,
  test,
} from "./support";

const FIXTURE = resolve(process.cwd(), "test/fixtures/interviews/interviews-en.csv");
const STEP = "Arrives at the booked time";

/** The sample journey, then interviews-en.csv imported as Coder A through the import preview. */
async function importInterviews(page: Page) {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expectSaved(page);
  await page.getByRole("button", { name: "Evidence", exact: true }).click();
  await page.getByLabel("Coder name").fill("Coder A");
  await button(page, "Import").click();
  await page.getByLabel("File to import").setInputFiles(FIXTURE);
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Encoding", { exact: true })).toBeVisible();
  await expect(dialog.getByLabel("Delimiter", { exact: true })).toBeVisible();
  await expect(dialog.getByLabel("Text column", { exact: true })).toHaveValue(/.+/);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await dialog.getByRole("button", { name: /^Add \d+ sources$/ }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

async function codeAndLink(page: Page, source: RegExp, quote: string, code: string) {
  await page.getByRole("button", { name: source }).first().click();
  await selectInReader(page, quote);
  await page.getByRole("combobox", { name: "Code" }).selectOption({ label: code });
  await button(page, "Code selection").click();
  await expect(page.getByRole("status").filter({ hasText: `Coded “${quote}”` })).toBeVisible();
  await button(page, "Link to step").last().click();
  const dialog = page.getByRole("dialog", { name: "Link excerpt to the journey" });
  await dialog.getByRole("checkbox", { name: STEP, exact: true }).check();
  await dialog.getByRole("button", { name: "Done" }).click();
}

test("import interviews-en.csv, code two excerpts, link them to a step, reload and see them on the map", async ({
  page,
}) => {
  await importInterviews(page);

  await codeAndLink(page, /P01/, "filled in my background at home", "Bright spot");
  await codeAndLink(page, /P02/, "Nobody told me which documents to bring", "Thundercloud");
  await expectNoAxeViolations(page);
  await expectSaved(page);

  await page.reload();
  await openJourney(page, SAMPLE_JOURNEY);
  const card = step(page, STEP);
  await expect(card.getByRole("img", { name: "2 respondents" })).toBeVisible();
  await card.click();
  await expect(
    inspector(page).locator("blockquote", { hasText: "filled in my background at home" }),
  ).toBeVisible();
  await expect(
    inspector(page).locator("blockquote", { hasText: "Nobody told me which documents to bring" }),
  ).toBeVisible();
});

test("drag a coded excerpt from the tray beside the map onto a step", async ({ page }) => {
  await importInterviews(page);
  await page.getByRole("button", { name: /P02/ }).first().click();
  const quote = "Nobody told me which documents to bring";
  await selectInReader(page, quote);
  await page.getByRole("combobox", { name: "Code" }).selectOption({ label: "Thundercloud" });
  await button(page, "Code selection").click();

  await page.getByRole("button", { name: "Journeys", exact: true }).click();
  await openJourney(page, SAMPLE_JOURNEY);
  await button(page, "Excerpts").click();
  const tray = page.getByRole("region", { name: "Excerpts to place" });
  const item = tray.getByRole("listitem").filter({ hasText: quote });
  await expect(item).toBeVisible();
  await expectNoAxeViolations(page);
  const card = step(page, STEP);
  await item.dragTo(card);
  await expect(card.getByRole("img", { name: "1 respondent" })).toBeVisible();
  // Linked, it leaves the list of excerpts still to place.
  await expect(item).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await openJourney(page, SAMPLE_JOURNEY);
  await expect(step(page, STEP).getByRole("img", { name: "1 respondent" })).toBeVisible();
});

test("a large import is stored by the write worker, whole, and is all there after a reload", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const rows = 6000;
  const csv = [
    "respondent,answer",
    ...Array.from({ length: rows }, (_, i) => `R${i + 1},Answer number ${i + 1}`),
  ];
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto("/");
  await page.getByRole("button", { name: "Evidence", exact: true }).click();
  await button(page, "Import").click();
  await page.getByLabel("File to import").setInputFiles({
    name: "large.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv.join("\n")),
  });
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Text column", { exact: true }).selectOption("answer");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await dialog.getByRole("button", { name: "Add 6,000 sources" }).click();
  await expectSaved(page, 30_000);
  expect(workers.some((url) => url.includes("write.worker"))).toBe(true);

  await page.reload();
  await page.getByRole("button", { name: "Evidence", exact: true }).click();
  await expect(page.getByText(/\b6,000 sources\b/)).toBeVisible();
  await page.getByLabel("Search sources", { exact: true }).fill("R6000");
  await expect(page.getByRole("button", { name: /\bR6000\b/ }).first()).toBeVisible();

  // The whole list is one scroll away: Tab into it, End reaches the last source, Enter opens it.
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByText(/\b6,000 sources\b/)).toBeVisible();
  const list = page.getByRole("list", { name: "Sources" });
  expect(await list.getByRole("listitem").count()).toBeLessThan(60);
  await page.getByLabel("Tag", { exact: true }).focus();
  await page.keyboard.press("Tab");
  const first = list.locator("li", { has: page.locator(":focus") });
  await expect(first).toHaveAttribute("aria-posinset", "1");
  await expect(first).toHaveAttribute("aria-setsize", "6000");
  await page.keyboard.press("End");
  const last = list.getByRole("button", { name: /\bR6000\b/ });
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(list.locator("li", { has: page.locator(":focus") })).toHaveAttribute("aria-posinset", "6000");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: /^Text of / })).toContainText("Answer number 6000");
  await expect(last).toHaveAttribute("aria-current", "true");
  await expectNoAxeViolations(page);
});
