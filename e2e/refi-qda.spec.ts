import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { BASE_URL, button, expect, expectNoAxeViolations, test } from "./support";

/** The workspace fixture (one coded interview), with an emoji before the quote: code points and UTF-16 differ. */
function codedWorkspace(): string {
  const file = JSON.parse(
    readFileSync(resolve(process.cwd(), "test/fixtures/workspace-file-v1.journeymap.json"), "utf8"),
  );
  for (const record of file.records) {
    if (record.typeName === "source") record.text = `😤 ${record.text}`;
    if (record.typeName === "excerpt") {
      record.start += 2;
      record.end += 2;
      record.before = `😤 ${record.before}`;
    }
  }
  return JSON.stringify(file);
}

const SOURCE = "Interview with a job-seeker, Malmö";
const QUOTE = "queued for almost three hours before I got to speak to anyone";

test("export “Project (REFI-QDA)” from coded evidence and import it into a fresh profile", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  // An empty workspace has nothing to exchange: the items say so.
  await button(page, "Export").click();
  for (const [item, reason] of [
    ["Workspace file", "There is nothing in this workspace to export yet."],
    ["Codebook (REFI-QDA)", "There are no codes to export yet."],
    ["Project (REFI-QDA)", "There are no sources or codes to export yet."],
    ["Excerpts (CSV)", "There are no excerpts to export yet."],
  ] as const) {
    const entry = page.getByRole("menuitem", { name: item });
    await expect(entry).toHaveAttribute("aria-disabled", "true");
    await expect(entry).toHaveAccessibleDescription(reason);
  }
  await page.keyboard.press("Escape");

  await page.getByTestId("import-file-input").setInputFiles({
    name: "coded.journeymap.json",
    mimeType: "application/json",
    buffer: Buffer.from(codedWorkspace()),
  });
  await page.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await button(page, "Export").click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Project (REFI-QDA)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);

  // Another profile: an empty workspace of its own.
  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(BASE_URL);
    await expect(button(other, "New journey")).toBeVisible();
    await other.getByTestId("import-file-input").setInputFiles({
      name: file.suggestedFilename(),
      mimeType: "application/zip",
      buffer: bytes,
    });
    const dialog = other.getByRole("dialog", { name: `Import “${file.suggestedFilename()}”` });
    const adds = dialog.getByRole("list", { name: "Importing adds:" });
    await expect(adds.getByRole("listitem")).toHaveText(["2 new codes", "1 source", "1 coded excerpt"]);
    await expectNoAxeViolations(other);
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect(
      other.getByRole("status").filter({ hasText: "Imported 2 new codes, 1 source and 1 coded excerpt" }),
    ).toBeVisible();

    await other.getByRole("button", { name: "Evidence", exact: true }).click();
    await other
      .getByRole("button", { name: new RegExp(SOURCE) })
      .first()
      .click();
    await expect(other.getByRole("region", { name: /^Text of / })).toContainText(`😤 I ${QUOTE}.`);
    const excerpt = other.getByRole("listitem", { name: QUOTE });
    await expect(excerpt).toBeVisible();
    await expect(excerpt.getByRole("list", { name: /codes/i })).toContainText("Queue");

    // The same file again: everything is there already, so nothing is offered.
    await other.getByRole("navigation").getByRole("button", { name: "Journeys", exact: true }).click();
    await other.getByTestId("import-file-input").setInputFiles({
      name: file.suggestedFilename(),
      mimeType: "application/zip",
      buffer: bytes,
    });
    await expect(dialog.getByText("1 source is already in the workspace and is skipped.")).toBeVisible();
    await expect(dialog.getByText("1 coded excerpt is already there and is skipped.")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
    await expectNoAxeViolations(other);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await other.getByRole("button", { name: "Evidence", exact: true }).click();
    await other
      .getByRole("button", { name: new RegExp(SOURCE) })
      .first()
      .click();
    await expect(other.getByRole("listitem", { name: QUOTE })).toHaveCount(1);
  } finally {
    await fresh.close();
  }
});
