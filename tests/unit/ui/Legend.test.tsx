// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { Profiler } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { personId } from "../../../src/domain/model";
import { createI18n } from "../../../src/i18n";
import { createMapStore } from "../../../src/store/mapStore";
import { StoreProvider } from "../../../src/ui/hooks/storeContext";
import { Legend } from "../../../src/ui/Legend";
import { sampleDoc } from "../domain/insights/helpers";

afterEach(() => {
  cleanup();
});

function setup() {
  const store = createMapStore(sampleDoc());
  const renders = { count: 0 };
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <StoreProvider store={store}>
        <Profiler id="legend" onRender={() => renders.count++}>
          <Legend />
        </Profiler>
      </StoreProvider>
    </I18nextProvider>,
  );
  return { store, renders };
}

describe("Legend", () => {
  it("does not re-render when a person or a tie is hovered", () => {
    const { store, renders } = setup();
    const before = renders.count;
    const [a, b] = Object.keys(store.getState().doc.people);
    act(() => store.getState().hover(personId(a!)));
    act(() => store.getState().hover(null));
    act(() =>
      store
        .getState()
        .setView({ hoveredEdge: { a: a!, b: b!, span: 2, embeddedness: 1, isBridge: false, x: 10, y: 20 } }),
    );
    act(() => store.getState().setView({ hoveredEdge: null }));
    expect(renders.count).toBe(before);
  });

  it("re-renders with the community colours when the colour mode changes", () => {
    const { store, renders } = setup();
    const before = renders.count;
    act(() => store.getState().setView({ colorBy: "community" }));
    expect(renders.count).toBe(before + 1);
    const first = Object.values(store.getState().doc.communities)[0]!;
    expect(screen.getByTestId("legend")).toHaveTextContent(first.name);
  });
});
