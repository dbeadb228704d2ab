// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n } from "../../../../src/i18n";
import { createMapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";
import { EdgeTooltip } from "../../../../src/ui/insights/EdgeTooltip";
import { sampleDoc } from "../../domain/insights/helpers";

afterEach(() => {
  cleanup();
});

function show(edge: { span: number | null; embeddedness: number | null; isBridge: boolean }) {
  const store = createMapStore(sampleDoc());
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <StoreProvider store={store}>
        <EdgeTooltip />
      </StoreProvider>
    </I18nextProvider>,
  );
  act(() => store.getState().setView({ hoveredEdge: { a: "ego", b: "aoki", x: 10, y: 10, ...edge } }));
}

describe("EdgeTooltip", () => {
  it("states the span of a local bridge in steps", () => {
    show({ span: 4, embeddedness: 0, isBridge: false });
    expect(screen.getByRole("tooltip")).toHaveTextContent(
      "Span 4: without this tie 高橋 美咲 and 青木 隼人 are 4 steps apart",
    );
  });

  it("says a bridge is the only way between the two", () => {
    show({ span: null, embeddedness: 0, isBridge: true });
    expect(screen.getByRole("tooltip")).toHaveTextContent("could not reach each other");
  });

  it("counts mutual contacts on an embedded tie", () => {
    show({ span: 2, embeddedness: 3, isBridge: false });
    expect(screen.getByRole("tooltip")).toHaveTextContent("have 3 contacts in common");
  });
});
