// @vitest-environment jsdom
// The import dialog end to end in jsdom: pick → (mapping) → review → merge; errors leave the map.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../../../src/i18n";
import { createMapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";
import { ImportExportButtons } from "../../../../src/ui/files/ImportExportButtons";
import { sampleNetwork } from "../../support/documents";

const sampleStore = () => createMapStore(sampleNetwork());

function setup(language: "en" | "ja" = "en") {
  const store = sampleStore();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>
        <ImportExportButtons />
      </StoreProvider>
    </I18nextProvider>,
  );
  return store;
}

/** The confirm button inside the dialog (the toolbar has an "Import" button too). */
const confirmButton = () => within(screen.getByRole("dialog")).getByRole("button", { name: "Import" });

function upload(name: string, content: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input");
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
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

describe("ImportDialog", () => {
  it("imports pasted names into the open map as one undoable edit", async () => {
    const store = setup();
    const before = Object.keys(store.getState().doc.people).length;
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    fireEvent.change(screen.getByLabelText("Or paste names, one per line"), {
      target: { value: "Aiko Tanaka\nBen Carter" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Use these names" }));
    await screen.findByText(/names.txt: 2 people/u);
    fireEvent.click(confirmButton());
    await screen.findByText(/Added 2 people and matched 0/u);
    expect(Object.keys(store.getState().doc.people)).toHaveLength(before + 2);
    store.getState().undo();
    expect(Object.keys(store.getState().doc.people)).toHaveLength(before);
  });

  it("says which file and line is broken and leaves the map unchanged", async () => {
    const store = setup();
    const revision = store.getState().revision;
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    upload("friends.gexf", "<gexf>\n<graph>\n<nodes></graph></gexf>");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("friends.gexf is not well-formed XML: there is a problem on line 3");
    expect(alert).toHaveTextContent("Your map has not been changed.");
    expect(store.getState().revision).toBe(revision);
  });

  it("shows the column mapping and a preview for a spreadsheet, then the review", async () => {
    setup();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    upload("people.csv", "氏名,グループ\n佐藤 結衣,合唱団\nBen Carter,Choir\n");
    await screen.findByText("Which column holds what?");
    expect(screen.getByRole("table")).toHaveTextContent("佐藤 結衣合唱団");
    fireEvent.click(screen.getByRole("button", { name: "Read with these columns" }));
    await screen.findByText(/people.csv: 2 people, 2 communities/u);
  });

  it("asks about a likely duplicate and merges it when confirmed", async () => {
    const store = setup();
    const before = Object.keys(store.getState().doc.people).length;
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    upload("contacts.txt", "Takahashi Kazuko\n");
    await screen.findByText("Are these the same people?");
    expect(screen.getByLabelText("Same person as 高橋 和子")).toBeChecked();
    fireEvent.click(confirmButton());
    await screen.findByText(/Added 0 people and matched 1/u);
    expect(Object.keys(store.getState().doc.people)).toHaveLength(before);
  });

  it("speaks Japanese", async () => {
    setup("ja");
    fireEvent.click(screen.getByRole("button", { name: "取り込む" }));
    upload("壊れた.csv", 'name,note\nAnn,"never closed\nBob,x\n');
    expect(await screen.findByRole("alert")).toHaveTextContent("壊れた.csv を表として読み取れませんでした");
  });
});
