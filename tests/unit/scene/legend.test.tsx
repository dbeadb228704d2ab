// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n } from "../../../src/i18n";
import { legendTable } from "../../../src/scene/legend";
import { createMapStore } from "../../../src/store/mapStore";
import { StoreProvider } from "../../../src/ui/hooks/storeContext";
import { Legend } from "../../../src/ui/Legend";
import { legendText } from "../../../src/ui/legendText";
import { sampleNetwork } from "../support/documents";
import { sceneOf } from "./helpers";

afterEach(() => cleanup());

async function shown(language: "en" | "ja", colorBy: "sphere" | "community") {
  const i18n = createI18n(language);
  await i18n.loadNamespaces(["insights", "common"]);
  const store = createMapStore(sampleNetwork());
  store.getState().setView({ colorBy });
  render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <Legend />
      </StoreProvider>
    </I18nextProvider>,
  );
  const items = Array.from(screen.getByTestId("legend").querySelectorAll("li")).map((li) => li.textContent ?? "");
  const t = i18n.getFixedT(language, "insights");
  return { items, t };
}

describe("legendTable", () => {
  it("is the table the Legend component shows and the export draws, in the same words", async () => {
    for (const language of ["en", "ja"] as const) {
      for (const colorBy of ["sphere", "community"] as const) {
        const { items, t } = await shown(language, colorBy);
        const scene = sceneOf(sampleNetwork(), { legend: (e) => legendText(e, t) }, { colorBy });
        expect(scene.legend.map((i) => i.label)).toEqual(items);
        cleanup();
      }
    }
  });

  it("says 職場 for work in Japanese, as the app does", async () => {
    const { items } = await shown("ja", "sphere");
    expect(items).toContain("職場");
    expect(items).not.toContain("仕事");
  });

  it("lists the four bands, planned ties and local bridges with the drawn line styles", () => {
    const table = legendTable(sampleNetwork(), { colorBy: "sphere", sizeBy: "uniform", outlines: true });
    const edges = table.filter((e) => e.kind === "edge");
    expect(edges.map((e) => e.id)).toEqual([
      "band:strong",
      "band:weak",
      "band:very_weak",
      "band:unknown",
      "plannedEdge",
      "localBridge",
    ]);
    expect(new Set(edges.map((e) => `${e.style?.color}|${e.style?.dash.join(",")}`)).size).toBe(edges.length);
  });
});
