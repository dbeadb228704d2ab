// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { computeReport } from "../../../../src/domain/insights/report";
import type { MapDocument } from "../../../../src/domain/model";
import { createI18n } from "../../../../src/i18n";
import { createMapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";
import { ScoreCards } from "../../../../src/ui/insights/ScoreCards";
import { OCCASIONALLY, sampleDoc, smallDoc } from "../../domain/insights/helpers";

// A contact list: five contacts at three companies, no ties between them (like a LinkedIn import).
const contactList = () =>
  smallDoc(
    [
      ["kumo", "work", ["a", "b"]],
      ["atlas", "work", ["c"]],
      ["labs", "work", ["d"]],
    ],
    { a: OCCASIONALLY, b: OCCASIONALLY, c: OCCASIONALLY, d: OCCASIONALLY, e: OCCASIONALLY },
  );

function setup(doc: MapDocument, language: "en" | "ja" = "en") {
  const store = createMapStore(doc);
  const summary = computeReport(doc).ego_analysis![doc.egoId]!.summary;
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>
        <ScoreCards summary={summary} />
      </StoreProvider>
    </I18nextProvider>,
  );
  return summary;
}

beforeAll(() => {
  // jsdom lacks the modal dialog methods; the component only needs open/close to toggle.
  const proto = HTMLDialogElement.prototype as { showModal?: () => void; close?: () => void };
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
});

afterEach(cleanup);

describe("ScoreCards with tie data confidence", () => {
  it("shows 'Not enough data' instead of bridging 100 when no tie between contacts is recorded", () => {
    const summary = setup(contactList());
    expect(summary.bridging_score).toBe(100);
    expect(screen.getByTestId("score-bridging-value")).toHaveTextContent("Not enough data");
    expect(screen.getByTestId("score-bridging")).toHaveTextContent("bridging would be 100 only if none");
    expect(screen.getByTestId("tie-data-completeness")).toHaveTextContent("0% of the pairs of your contacts (0 of 10)");
    expect(screen.getByTestId("tie-data-warning")).toHaveTextContent("assume nobody knows each other");
  });

  it("opens the who-knows-whom census from the warning", () => {
    setup(contactList());
    fireEvent.click(screen.getByRole("button", { name: "Answer who knows whom" }));
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    // The census opens on its default, person-by-person questions.
    expect(screen.getByTestId("census-person")).toBeInTheDocument();
  });

  it("shows the sample's score as an upper bound next to its real share, in Japanese too", () => {
    const summary = setup(sampleDoc(), "ja");
    expect(screen.getByTestId("score-bridging-value")).toHaveTextContent(summary.bridging_score!.toFixed(1));
    expect(screen.getByTestId("score-bridging-note")).toHaveTextContent("最大値");
    expect(screen.getByTestId("tie-data-completeness")).toHaveTextContent(
      `${summary.tie_pairs_total}組中${summary.tie_pairs_known}組`,
    );
  });
});
