// @vitest-environment jsdom
// The report dialog in jsdom: it waits for the scores, then writes the page as an SVG download
// in the app's language (the browser's own print and PNG paths are covered by tests/e2e/report).
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { computeReport, rankedAlters } from "../../../../src/domain/insights/report";
import { getOwn, personId } from "../../../../src/domain/model";
import { createI18n } from "../../../../src/i18n";
import { createMapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";
import { ReportDialog } from "../../../../src/ui/report/ReportDialog";
import { sampleNetwork } from "../../support/documents";

const doc = sampleNetwork();
const report = computeReport(doc);
const ego = report.ego_analysis![doc.egoId]!;

beforeAll(() => {
  const proto = HTMLDialogElement.prototype as { showModal?: () => void; close?: () => void };
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup(language: "en" | "ja", withScores: boolean) {
  const store = createMapStore(doc);
  if (withScores) store.getState().setMetrics(store.getState().revision, report);
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>
        <ReportDialog open onClose={onClose} />
      </StoreProvider>
    </I18nextProvider>,
  );
  return { store, onClose };
}

/** Catches the downloaded blob (downloadBlob goes through a blob URL and a clicked link). */
function catchDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: (b: Blob) => (blobs.push(b), "blob:report"),
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe("ReportDialog", () => {
  it("says the scores are still coming and offers no button until they are there", () => {
    setup("en", false);
    expect(screen.getByRole("alert")).toHaveTextContent("still being computed");
    expect(screen.getByRole("button", { name: "Create report" })).toBeDisabled();
  });

  it("waits for the scores of the map as edited, not those of the revision before", () => {
    const { store } = setup("en", true);
    expect(screen.getByRole("button", { name: "Create report" })).toBeEnabled();
    act(() => store.getState().apply((d) => ({ ...d, title: `${d.title}!` })));
    expect(screen.getByRole("alert")).toHaveTextContent("still being computed");
    expect(screen.getByRole("button", { name: "Create report" })).toBeDisabled();
  });

  it("writes the page as SVG in Japanese with the top sources and both scores", async () => {
    const { onClose } = setup("ja", true);
    const got = catchDownloads();
    // jsdom has no canvas: the page is measured with the estimate the app falls back to.
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    fireEvent.click(screen.getByRole("radio", { name: "A4 横" }));
    fireEvent.click(screen.getByRole("radio", { name: "SVG 画像" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "レポートを作る" }));
    });
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(got.names).toEqual([expect.stringMatching(/-report-landscape\.svg$/u)]);
    const svg = await got.blobs[0]!.text();
    expect(svg).toContain('width="297mm"');
    expect(svg).toContain("あなたのスコア");
    for (const id of rankedAlters(ego).slice(0, 3)) expect(svg).toContain(getOwn(doc.people, personId(id))!.name);
    expect(svg).toContain(`>${ego.summary.bridging_score!.toFixed(1)}<`);
    expect(svg).toContain(`>${ego.summary.diversity_score!.toFixed(1)}<`);
  });
});
