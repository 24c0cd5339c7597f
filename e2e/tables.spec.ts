import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import {
  button,
  expect,
  expectNoAxeViolations,
  expectSaved,
  openJourney,
  SAMPLE_JOURNEY,
  test,
} from "./support";

const BOOKING = "Digital booking of the first meeting";
const WAITING = "Waiting time for the first meeting (minutes)";

/** The sample journey's booking improvement, and the measurement import of its waiting-time indicator. */
async function openMeasurementImport(page: Page) {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await button(page, "Improvements").click();
  await page.getByRole("button", { name: BOOKING }).first().click();
  const card = page.getByRole("article", { name: WAITING });
  await card.getByRole("button", { name: `Import measurements into ${WAITING}` }).click();
  return { card, dialog: page.getByRole("dialog", { name: `Import measurements into “${WAITING}”` }) };
}

/** Excel's "CSV (semicolon delimited)" on a Swedish Windows: Windows-1252 bytes, ";", decimal commas, CRLF. */
const MEASUREMENTS = Buffer.from(
  "Mätdatum;Väntetid (minuter);Anteckning\r\n" +
    "2016-03-15;22,5;Efter digital bokning\r\n" +
    "15.3.2017;18;\r\n" +
    "2018-03-15;ungefär 15;går inte att läsa\r\n",
  "latin1",
);

test("measurements imported from a Windows-1252 CSV into an indicator show in its chart's table after reload", async ({
  page,
}) => {
  const { dialog } = await openMeasurementImport(page);
  await expect(dialog.getByRole("button", { name: "Choose file" })).toBeFocused();
  await dialog
    .getByTestId("measurement-file-input")
    .setInputFiles({ name: "väntetid.csv", mimeType: "text/csv", buffer: MEASUREMENTS });
  await expect(dialog.getByLabel("Encoding")).toContainText("Automatic: Windows-1252");
  await expect(dialog.getByLabel("Delimiter")).toContainText("Automatic: Semicolon (;)");
  await expect(dialog.getByRole("cell", { name: "Efter digital bokning" })).toBeVisible();
  await expect(dialog.getByLabel("Date column")).toHaveValue("0");
  await expect(dialog.getByLabel("Value column")).toHaveValue("1");
  await expectNoAxeViolations(page);

  await dialog.getByRole("button", { name: "Check the rows" }).click();
  await expect(dialog.getByText("2 measurements can be imported.")).toBeVisible();
  const errors = dialog.getByRole("region", { name: "Rows that cannot be read (1)" });
  await expect(errors).toContainText("Line 4: “ungefär 15” is not a number (column “Väntetid (minuter)”)");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Import 2 measurements" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Imported 2 measurements into “${WAITING}”`)).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await openJourney(page, SAMPLE_JOURNEY);
  await button(page, "Improvements").click();
  await page.getByRole("button", { name: BOOKING }).first().click();
  const table = page.getByRole("article", { name: WAITING }).getByRole("table");
  const rows = table.getByRole("row");
  await expect(rows.filter({ hasText: "15 Mar 2016" })).toContainText("22.5");
  await expect(rows.filter({ hasText: "15 Mar 2016" })).toContainText("Efter digital bokning");
  await expect(rows.filter({ hasText: "15 Mar 2017" })).toContainText("18");
  await expect(rows.filter({ hasText: "15 Mar 2018" })).toHaveCount(0);
});

test("measurement rows on dates already measured are listed by line, and the import waits for replace or keep both", async ({
  page,
}) => {
  const { card, dialog } = await openMeasurementImport(page);
  await dialog.getByTestId("measurement-file-input").setInputFiles({
    name: "again.csv",
    mimeType: "text/csv",
    // The sample measured 25 minutes on 2015-03-15; the file says 23, and has 2016-03-15 twice.
    buffer: Buffer.from("date,minutes\r\n2015-03-15,23\r\n2016-03-15,21\r\n2016-03-15,20\r\n"),
  });
  await dialog.getByRole("button", { name: "Check the rows" }).click();
  const warnings = dialog.getByRole("region", { name: "Rows on a date that already has a measurement (2)" });
  await expect(warnings.getByRole("listitem")).toHaveText([
    "Line 2: 15 Mar 2015 already has a measurement in this indicator",
    "Line 4: 15 Mar 2016 is also on an earlier row",
  ]);
  await dialog.getByRole("button", { name: "Import 3 measurements" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Choose whether to replace the earlier measurements or keep both.",
  );
  await expect(dialog.getByRole("radio", { name: /^Replace the earlier measurement/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Space");
  await dialog.getByRole("button", { name: "Import 2 measurements" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(
      `Imported 2 measurements into “${WAITING}”, replacing 1 earlier measurement on the same date`,
    ),
  ).toBeVisible();
  const rows = card.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "15 Mar 2015" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "15 Mar 2015" })).toContainText("23");
  await expect(rows.filter({ hasText: "15 Mar 2016" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "15 Mar 2016" })).toContainText("20");
});

test("“Pain points (CSV)” of the sample journey downloads a table for Excel with a BOM", async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await button(page, "Export").click();
  await expect(page.getByRole("menuitemradio", { name: /Semicolon/ })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Pain points (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${SAMPLE_JOURNEY} - pain-points.csv`);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(/^Journey;Kind;Pain point;Description;Severity;Frequency;Priority;Status;/);
  const queue = lines.find((line) => line.includes("Hours of waiting in the Direktservice queue"));
  expect(queue?.startsWith(`${SAMPLE_JOURNEY};thundercloud;`)).toBe(true);
  expect(queue).toContain(BOOKING);
  // Every pain point of the sample, one row each, and nothing else.
  const rows = lines.filter((line) => line.startsWith(`${SAMPLE_JOURNEY};`));
  expect(rows.length).toBeGreaterThanOrEqual(8);
  expect(lines.filter(Boolean)).toHaveLength(rows.length + 1);

  // Outside a journey, tables hold the whole workspace: steps from the evidence view. The sample
  // has no excerpts, so that table is not offered, and says why.
  await page.getByRole("button", { name: "Evidence", exact: true }).click();
  await button(page, "Export").click();
  const excerpts = page.getByRole("menuitem", { name: "Excerpts (CSV)" });
  await expect(excerpts).toHaveAttribute("aria-disabled", "true");
  await expect(excerpts).toHaveAccessibleDescription("There are no excerpts to export yet.");
  const steps = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Steps (CSV)" }).click();
  expect((await steps).suggestedFilename()).toMatch(/^journey-mapper-steps-\d{4}-\d{2}-\d{2}\.csv$/);
});
