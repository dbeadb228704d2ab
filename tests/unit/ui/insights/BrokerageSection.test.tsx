// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { computeReport } from "../../../../src/domain/insights/report";
import { createI18n } from "../../../../src/i18n";
import { createMapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";
import { BrokerageSection } from "../../../../src/ui/insights/BrokerageSection";
import { sampleDoc } from "../../domain/insights/helpers";

const doc = sampleDoc();
const ego = computeReport(doc).ego_analysis![doc.egoId]!;

function setup(language: "en" | "ja") {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={createMapStore(doc)}>
        <BrokerageSection ego={ego} />
      </StoreProvider>
    </I18nextProvider>,
  );
}

afterEach(cleanup);

describe("BrokerageSection", () => {
  const only = ego.brokerage.between.find((p) => p.ties === 0)!;

  it("names the two circles you alone link, as a liaison, with the counts", () => {
    setup("en");
    const first = within(screen.getByTestId("brokerage-list")).getAllByRole("listitem")[0]!;
    expect(first).toHaveTextContent(`you are the only link between ${only.a} and ${only.b} — a liaison`);
    expect(first).toHaveTextContent(`${only.pairs} pairs`);
    expect(screen.getByTestId("brokerage-roles")).toHaveTextContent(`liaison ${ego.brokerage.roles.liaison}`);
  });

  it("says it in Japanese", () => {
    setup("ja");
    const first = within(screen.getByTestId("brokerage-list")).getAllByRole("listitem")[0]!;
    expect(first).toHaveTextContent(`${only.a}と${only.b}をつないでいるのはあなただけです（リエゾン）`);
  });
});
