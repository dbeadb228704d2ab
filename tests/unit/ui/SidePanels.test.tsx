// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { personId } from "../../../src/domain/model";
import { createI18n } from "../../../src/i18n";
import { createMapStore } from "../../../src/store/mapStore";
import { StoreProvider } from "../../../src/ui/hooks/storeContext";
import { SidePanels } from "../../../src/ui/SidePanels";
import { sampleDoc } from "../domain/insights/helpers";

afterEach(() => {
  cleanup();
});

function setup(phone: boolean, followSelection = true) {
  const store = createMapStore(sampleDoc());
  const view = render(
    <I18nextProvider i18n={createI18n("en")}>
      <StoreProvider store={store}>
        <SidePanels phone={phone} followSelection={followSelection}>
          <h2>Insights</h2>
          <button type="button">Inside</button>
        </SidePanels>
      </StoreProvider>
    </I18nextProvider>,
  );
  return { store, ...view };
}

describe("SidePanels", () => {
  it("is a plain column on a wide screen: no toggle, panels shown", () => {
    setup(false);
    expect(screen.queryByRole("button", { name: "Panels" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Insights" })).toBeVisible();
  });

  it("on a phone opens as a sheet with its toggle, takes focus, and closes with Escape", () => {
    setup(true);
    const toggle = screen.getByRole("button", { name: "Panels" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("heading", { name: "Insights" })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const content = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(content).not.toBeNull();
    expect(screen.getByRole("heading", { name: "Insights" })).toBeVisible();
    expect(content?.contains(document.activeElement)).toBe(true);

    fireEvent.keyDown(screen.getByRole("button", { name: "Inside" }), { key: "Escape" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole("heading", { name: "Insights" })).toBeNull();
  });

  it("stays open on Escape that cancels an IME composition", () => {
    setup(true);
    const toggle = screen.getByRole("button", { name: "Panels" });
    fireEvent.click(toggle);
    fireEvent.keyDown(screen.getByRole("button", { name: "Inside" }), { key: "Escape", isComposing: true });
    expect(toggle).toHaveAttribute("aria-expanded", "true");
  });

  it("leaves Escape to a dialog opened from a panel", () => {
    const { container } = setup(true);
    fireEvent.click(screen.getByRole("button", { name: "Panels" }));
    const dialog = document.createElement("dialog");
    const input = document.createElement("input");
    dialog.append(input);
    container.querySelector("#side-panels")?.append(dialog);
    fireEvent.keyDown(input, { key: "Escape" });
    expect(screen.getByRole("button", { name: "Panels" })).toHaveAttribute("aria-expanded", "true");
  });

  it("opens when a person is selected on the map, not from the table", () => {
    const { store } = setup(true);
    const [a] = Object.keys(store.getState().doc.people);
    act(() => store.getState().select(personId(a!)));
    expect(screen.getByRole("button", { name: "Panels" })).toHaveAttribute("aria-expanded", "true");
    cleanup();
    const table = setup(true, false);
    act(() => table.store.getState().select(personId(a!)));
    expect(screen.getByRole("button", { name: "Panels" })).toHaveAttribute("aria-expanded", "false");
  });
});
