// @vitest-environment jsdom
// Import review of a LinkedIn export: sphere guesses for its companies, editable, applied on
// import; and the warning that the file records nothing about who knows whom.
import { readFileSync } from "node:fs";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../../../src/i18n";
import { createMapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";
import { ImportExportButtons } from "../../../../src/ui/files/ImportExportButtons";
import { sampleNetwork } from "../../support/documents";

const CSV = readFileSync("tests/fixtures/import/linkedin-circles.csv", "utf8");

function setup(language: "en" | "ja" = "en") {
  const store = createMapStore(sampleNetwork());
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>
        <ImportExportButtons />
      </StoreProvider>
    </I18nextProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: language === "ja" ? "取り込む" : "Import" }));
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input");
  fireEvent.change(input, { target: { files: [new File([CSV], "Connections.csv")] } });
  return store;
}

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

afterEach(cleanup);

const sphereOf = (label: RegExp) => (screen.getByLabelText(label) as HTMLSelectElement).value;

describe("import review of a LinkedIn export", () => {
  it("shows each company's sphere guess as an editable select, asking for a family name", async () => {
    setup();
    await screen.findByTestId("sphere-guesses");
    expect(sphereOf(/^NPO法人 こども食堂ネット/u)).toBe("third");
    expect(sphereOf(/^Japan Freelance Association/u)).toBe("third");
    expect(sphereOf(/^Startup Weekend Tokyo/u)).toBe("third");
    expect(sphereOf(/^データ分析勉強会/u)).toBe("third");
    expect(sphereOf(/^Kumo Design Inc\./u)).toBe("work");
    expect(sphereOf(/^Ishikawa/u)).toBe("");
    expect(screen.getByTestId("sphere-guesses")).toHaveTextContent("it may be a family name");
  });

  it("warns on arrival that the file says nothing about who knows whom", async () => {
    setup();
    expect(await screen.findByTestId("import-no-pairs")).toHaveTextContent(
      "the scores assume none of them know each other",
    );
  });

  it("imports with the spheres the user chose", async () => {
    const store = setup();
    await screen.findByTestId("sphere-guesses");
    fireEvent.change(screen.getByLabelText(/^Ishikawa/u), { target: { value: "family" } });
    fireEvent.change(screen.getByLabelText(/^Startup Weekend Tokyo/u), { target: { value: "work" } });
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Import" }));
    await screen.findByText(/Added \d+ people/u);
    const spheres = Object.fromEntries(Object.values(store.getState().doc.communities).map((c) => [c.name, c.sphere]));
    expect(spheres).toMatchObject({
      Ishikawa: "family",
      "Startup Weekend Tokyo": "work",
      "Japan Freelance Association": "third",
      "Kumo Design Inc.": "work",
    });
  });

  it("speaks Japanese", async () => {
    setup("ja");
    expect(await screen.findByText("これらのコミュニティは生活のどの領域ですか？")).toBeInTheDocument();
    expect(screen.getByTestId("import-no-pairs")).toHaveTextContent("誰も互いに知らないとみなして");
  });
});
