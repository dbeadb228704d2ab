// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { mapInsightsOf } from "../../../../src/domain/insights/mapInsights";
import { computeReport } from "../../../../src/domain/insights/report";
import { createI18n } from "../../../../src/i18n";
import { createMapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";
import { InsightsPanel } from "../../../../src/ui/insights/InsightsPanel";
import { PersonInsights } from "../../../../src/ui/insights/PersonInsights";
import { personId } from "../../../../src/domain/model";
import { sampleDoc } from "../../domain/insights/helpers";

const doc = sampleDoc();
const report = computeReport(doc);
const ego = report.ego_analysis![doc.egoId]!;

function setup(language: "en" | "ja", ui: React.ReactNode) {
  const store = createMapStore(doc);
  store.getState().setMetrics(store.getState().revision, report);
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>{ui}</StoreProvider>
    </I18nextProvider>,
  );
  return store;
}

afterEach(cleanup);

describe("InsightsPanel", () => {
  it("lists the engine's top three sources with the sentence built from the three terms", () => {
    setup("en", <InsightsPanel />);
    const items = within(screen.getByTestId("top-sources")).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-person-id"))).toEqual(ego.summary.top_alters);
    const first = doc.people[personId(ego.summary.top_alters[0]!)]!;
    expect(items[0]).toHaveTextContent(first.name);
    expect(items[0]).toHaveTextContent(
      `your only contact in ${ego.explanations[first.id]!.exclusiveGroup}; knows none of your other contacts, as far as your map records; a moderately weak tie`,
    );
  });

  it("shows both scores with their sentences and the marginal-reach sentence", () => {
    setup("en", <InsightsPanel />);
    expect(screen.getByTestId("score-bridging-value")).toHaveTextContent(ego.summary.bridging_score!.toFixed(1));
    expect(screen.getByTestId("score-diversity")).toHaveTextContent(
      "two of them picked at random come from different circles",
    );
    expect(screen.getByTestId("reach-list").firstChild).toHaveTextContent(
      /^Without .+ you would hear \d+\.\d points less from your circles$/,
    );
  });

  it("speaks natural Japanese", () => {
    setup("ja", <InsightsPanel />);
    expect(screen.getByRole("heading", { name: "新しい情報はどこから来そうか" })).toBeInTheDocument();
    const first = within(screen.getByTestId("top-sources")).getAllByRole("listitem")[0]!;
    expect(first).toHaveTextContent(
      "でただ一人の知り合い、記録上、ほかの知り合いとは誰ともつながりがない、ほどよく弱いつながり",
    );
  });

  it("explains a selected person with their score and mutual contacts", () => {
    const id = ego.alters.find((a) => (ego.per_alter[a]?.mutual_contacts ?? 0) > 1)!;
    setup("en", <PersonInsights personId={personId(id)} />);
    expect(screen.getByTestId("person-ip")).toHaveTextContent(ego.per_alter[id]!.information_potential.toFixed(1));
    expect(screen.getByTestId("person-insights")).toHaveTextContent(
      `${ego.per_alter[id]!.mutual_contacts} mutual contacts`,
    );
  });

  it("adds a planned person from the what-if form without touching the real scores", () => {
    const store = setup("en", <InsightsPanel />);
    const form = screen.getByRole("form", { name: "Add a planned person" });
    const name = within(form).getByLabelText("Name");
    const community = within(form).getByLabelText("New community name");
    fireEvent.change(name, { target: { value: "Ana" } });
    fireEvent.change(community, { target: { value: "Climbing club" } });
    fireEvent.submit(form);
    const planned = Object.values(store.getState().doc.people).filter((p) => p.planned);
    expect(planned.map((p) => p.name)).toEqual(["Ana"]);
    expect(screen.getByTestId("whatif-planned")).toHaveTextContent("Planned — people: 1, communities: 1, ties: 1");
    expect(screen.getByTestId("score-diversity-value")).toHaveTextContent(ego.summary.diversity_score!.toFixed(1));
  });

  it("explains a newcomer in a new circle as new sources, not as a red minus", async () => {
    const store = setup("en", <InsightsPanel />);
    const form = screen.getByRole("form", { name: "Add a planned person" });
    fireEvent.change(within(form).getByLabelText("Name"), { target: { value: "Ana" } });
    fireEvent.change(within(form).getByLabelText("New community name"), { target: { value: "Climbing club" } });
    fireEvent.submit(form);
    const state = store.getState();
    act(() => state.setWhatIf(state.revision, computeReport(state.doc, true)));
    const readings = await screen.findByTestId("whatif-readings");
    expect(readings).toHaveTextContent("+ new information sources");
    expect(readings).toHaveTextContent("Strong-tie bandwidth slightly lower (−");
    expect(screen.getByTestId("whatif-delta-reach").className).toBe("");
  });

  it("shows the two lenses as complementary, citing Aral & Van Alstyne", () => {
    setup("en", <InsightsPanel />);
    expect(screen.getByTestId("lenses")).toHaveTextContent("diversity–bandwidth trade-off");
    expect(screen.getByText("Novelty lens: weak, non-redundant ties")).toBeInTheDocument();
    expect(screen.getByText("Bandwidth lens: strong ties pass more")).toBeInTheDocument();
  });

  it("lists the closed circles and suggestions the metrics worker sent, and computes them itself without", () => {
    const own = mapInsightsOf(doc, ego);
    expect(own.suggestions.length).toBeGreaterThan(0);
    const store = setup("en", <InsightsPanel />);
    const listed = () => within(screen.getByTestId("suggestions")).getAllByRole("listitem");
    expect(listed().map((li) => li.getAttribute("data-kind"))).toEqual(own.suggestions.map((x) => x.kind));
    // The worker's list, as it came with the report: shown as it is, not computed again here.
    const shipped = { redundant: own.redundant, suggestions: own.suggestions.slice(0, 1) };
    act(() => store.getState().setMetrics(store.getState().revision, report, shipped));
    expect(listed()).toHaveLength(1);
    expect(listed()[0]).toHaveAttribute("data-kind", own.suggestions[0]!.kind);
  });
});
