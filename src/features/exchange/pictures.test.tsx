import { journeyWith, NOW } from "@test/factories";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { pngWithEmbed } from "@/io/picture-embed";
import { tinyPng } from "@/io/png.testkit";
import { serializeWorkspace } from "@/io/workspace-file";
import type { Records } from "@/model/types";
import { journeyPicture } from "@/store/commands-pictures";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { DropZone } from "./DropZone";
import { ImportButton } from "./ImportButton";
import { PngDialog } from "./PngDialog";
import { fittingScale } from "./rasterise";

function records(): Records {
  return useStore.getState().records;
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});

/** An SVG of the journey with its workspace file inside, made while the journey is in the store. */
async function svgOf(source: ReturnType<typeof journeyWith>): Promise<string> {
  commit({ put: Object.values(source.records) });
  const workspace = serializeWorkspace(source.records, { appVersion: "0.1.0", now: NOW });
  const picture = await journeyPicture(source.journey.id, workspace);
  resetStore();
  useStore.setState({ loaded: true });
  return picture!.svg;
}

describe("importing a map picture", () => {
  it("reads the journey inside an SVG and shows the same summary as a workspace file", async () => {
    const source = journeyWith(3, "Pictured");
    const svg = await svgOf(source);
    render(<ImportButton />);
    await userEvent.upload(
      screen.getByTestId("import-file-input"),
      new File([svg], "Pictured.svg", { type: "image/svg+xml" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Import “Pictured.svg”" });
    expect(within(dialog).getByText("The file holds 1 journey, 3 steps, 2 connections.")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("radio", { name: "Import as new" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    const journeys = Object.values(records()).filter((r) => r.typeName === "journey");
    expect(journeys.map((j) => j.typeName === "journey" && j.name)).toEqual(["Pictured"]);
    expect(Object.values(records()).filter((r) => r.typeName === "step")).toHaveLength(3);
  });

  it("reads the journey inside a dropped PNG's text chunk", async () => {
    const source = journeyWith(2, "Dropped");
    const workspace = serializeWorkspace(source.records, { appVersion: "0.1.0", now: NOW });
    const png = new File([pngWithEmbed(tinyPng(), workspace) as Uint8Array<ArrayBuffer>], "Dropped.png", {
      type: "image/png",
    });
    render(<DropZone />);
    const dataTransfer = { types: ["Files"], files: [png], dropEffect: "none" };
    fireEvent.drop(window, { dataTransfer });
    const dialog = await screen.findByRole("dialog", { name: "Import “Dropped.png”" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(records()).toEqual(source.records));
  });

  it("says clearly when a picture carries no journey, and changes nothing", async () => {
    render(<ImportButton />);
    const bare =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
    await userEvent.upload(screen.getByTestId("import-file-input"), new File([bare], "logo.svg"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This SVG picture holds no Journey Mapper journey. Only pictures saved with Export → SVG image or PNG image carry their journey with them.",
    );
    expect(screen.getByText("Nothing in your workspace was changed.")).toBeInTheDocument();
    expect(records()).toEqual({});
  });
});

describe("PNG scale", () => {
  it("offers the sizes of the picture that will be saved", async () => {
    const source = journeyWith(3, "Sized");
    commit({ put: Object.values(source.records) });
    const picture = (await journeyPicture(source.journey.id))!;
    render(<PngDialog journeyId={source.journey.id} onClose={() => {}} />);
    const dialog = screen.getByRole("dialog", { name: "Save the map as a PNG image" });
    expect(
      within(dialog).getByRole("radio", { name: `1× (${picture.width} × ${picture.height} pixels)` }),
    ).toBeInTheDocument();
  });

  it("keeps the chosen scale while the canvas fits, and shrinks it to the largest that does", () => {
    expect(fittingScale(2000, 1000, 4)).toBe(4);
    // 16,384 pixels a side at most.
    expect(fittingScale(8000, 1000, 4)).toBeCloseTo(16_384 / 8000);
    // 100 million pixels at most.
    expect(fittingScale(4000, 4000, 4)).toBeCloseTo(Math.sqrt(100_000_000 / 16_000_000));
  });
});
