import { button, expect, expectSaved, journeyLink, SAMPLE_JOURNEY, test } from "./support";

test("the journey list: rename, duplicate, delete with confirmation, and undo", async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect(button(page, "Add step")).toBeVisible();
  await page.getByRole("button", { name: "Journeys" }).click();
  await expect(journeyLink(page, SAMPLE_JOURNEY)).toHaveCount(1);

  const row = (name: string) => page.getByRole("listitem").filter({ has: journeyLink(page, name) });

  // Rename: the name becomes editable; type the new one and press Enter.
  await row(SAMPLE_JOURNEY).getByRole("button", { name: "Rename" }).click();
  const renamed = "First meeting, as mapped in the workshop";
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(renamed);
  await page.keyboard.press("Enter");
  await expect(journeyLink(page, renamed)).toHaveCount(1);
  await expect(journeyLink(page, SAMPLE_JOURNEY)).toHaveCount(0);

  // Duplicate: a second journey appears.
  await row(renamed).getByRole("button", { name: "Duplicate" }).click();
  const cards = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Rename" }) });
  await expect(cards).toHaveCount(2);

  // Delete asks first; cancelling keeps the journey.
  await row(renamed).getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(cards).toHaveCount(2);

  await row(renamed).getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(cards).toHaveCount(1);
  await expect(journeyLink(page, renamed)).toHaveCount(0);

  // The notice offers Undo, which brings it back.
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  await expect(undo, "the notice offers Undo").toBeVisible();
  await undo.click();
  await expect(journeyLink(page, renamed)).toHaveCount(1);
  await expect(cards).toHaveCount(2);

  // And all of it is stored.
  await expectSaved(page);
  await page.reload();
  await expect(journeyLink(page, renamed)).toHaveCount(1);
  await expect(cards).toHaveCount(2);
});
