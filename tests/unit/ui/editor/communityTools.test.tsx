// @vitest-environment jsdom
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { alters, tieId } from "../../../../src/domain/model";
import { AddPersonDialog } from "../../../../src/ui/editor/AddPersonDialog";
import { CommunityManager } from "../../../../src/ui/editor/CommunityManager";
import { summariseProfile, withCriterion } from "../../../../src/ui/editor/communityProfile";
import { DyadCensus } from "../../../../src/ui/editor/DyadCensus";
import { AKI, BEN, CHIE, renderWithStore } from "./harness";

describe("summariseProfile", () => {
  it("counts the criteria met and answered and keeps the similarity", () => {
    const p = withCriterion(withCriterion({ similarity: 3 }, "sharedPurpose", true), "chooseDepth", false);
    expect(summariseProfile(p)).toEqual({ met: 1, answered: 2, similarity: 3 });
    expect(summariseProfile(undefined)).toEqual({ met: 0, answered: 0, similarity: null });
    expect(withCriterion(p, "sharedPurpose", undefined)).toEqual({
      similarity: 3,
      chooseDepth: false,
    });
  });
});

describe("AddPersonDialog", () => {
  afterEach(cleanup);
  it("adds one name per Enter into the chosen community and selects the last on close", async () => {
    const user = userEvent.setup();
    let closed = false;
    const { store } = renderWithStore(<AddPersonDialog open onClose={() => (closed = true)} />);
    await user.click(screen.getByRole("checkbox", { name: /Office/ }));
    await user.type(screen.getByRole("combobox", { name: "Name" }), "Dai{Enter}Emi{Enter}");
    expect(screen.getByText("Added 2 people")).toBeInTheDocument();
    const added = alters(store.getState().doc).filter((p) => ["Dai", "Emi"].includes(p.name));
    expect(added.map((p) => p.communityIds)).toEqual([["office"], ["office"]]);
    await user.click(screen.getByRole("button", { name: "Done" }));
    expect(closed).toBe(true);
    expect(store.getState().doc.people[store.getState().selectedId ?? ("" as never)]?.name).toBe("Emi");
  });
});

describe("CommunityManager", () => {
  afterEach(cleanup);
  it("creates a third community, fills its profile and links everyone in a community", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CommunityManager open onClose={() => undefined} />);
    await user.type(screen.getByRole("textbox", { name: "New community" }), "Salon");
    await user.click(screen.getByRole("button", { name: "Create" }));
    const salon = Object.values(store.getState().doc.communities).find((c) => c.name === "Salon");
    expect(salon?.sphere).toBe("third");
    await user.click(screen.getByText("Profile —"));
    await user.click(screen.getByRole("checkbox", { name: /come and go freely/ }));
    await user.click(screen.getByRole("radio", { name: "2 (a little)" }));
    expect(store.getState().doc.communities[salon!.id]?.profile).toEqual({
      freeToComeAndGo: true,
      similarity: 2,
    });
    expect(screen.getAllByText("1 of 5 criteria met · similarity 2/5").length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Everyone in Office knows each other" }));
    expect(store.getState().doc.ties[tieId(BEN, CHIE)]).toBeDefined();
  });
});

describe("DyadCensus", () => {
  afterEach(cleanup);
  it("asks about every unknown pair, within a community too, and remembers the answers", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DyadCensus onDone={() => undefined} />);
    await user.click(screen.getByRole("radio", { name: "Pair by pair" }));
    // Aki (family), Ben and Chie (office): three pairs, none answered yet.
    expect(screen.getByText("0 of 3 pairs")).toBeInTheDocument();
    expect(screen.getByTestId("census-known")).toHaveTextContent("0 of 3 pairs of your contacts answered");
    // Colleagues are the likeliest to know each other: asked first.
    expect(screen.getByTestId("census-question")).toHaveTextContent("Do Ben and Chie know each other?");
    await user.click(screen.getByRole("button", { name: "Yes" }));
    expect(store.getState().doc.ties[tieId(BEN, CHIE)]).toBeDefined();
    expect(screen.getByTestId("census-question")).toHaveTextContent(store.getState().doc.people[AKI]!.name);
    await user.click(screen.getByRole("button", { name: "No" }));
    await user.click(screen.getByRole("button", { name: "No" }));
    const doc = store.getState().doc;
    const alterTies = Object.values(doc.ties).filter((x) => x.a !== doc.egoId && x.b !== doc.egoId);
    expect(alterTies).toHaveLength(1);
    expect(doc.censusNo).toHaveLength(2);
    expect(screen.getByText("No more pairs to ask about.")).toBeInTheDocument();
    expect(screen.getByTestId("census-known")).toHaveTextContent("Every pair is answered.");
    cleanup();
    renderWithStore(<DyadCensus onDone={() => undefined} />, doc);
    expect(screen.getByText("No more pairs to ask about.")).toBeInTheDocument();
  });

  it("records a no in the map, and Undo asks about that pair again", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DyadCensus onDone={() => undefined} />);
    await user.click(screen.getByRole("radio", { name: "Pair by pair" }));
    const first = screen.getByTestId("census-question").textContent;
    await user.click(screen.getByRole("button", { name: "No" }));
    expect(store.getState().doc.censusNo).toHaveLength(1);
    expect(screen.getByText("1 of 3 pairs")).toBeInTheDocument();
    expect(screen.getByTestId("census-question").textContent).not.toBe(first);
    act(() => store.getState().undo());
    expect(store.getState().doc.censusNo).toEqual([]);
    expect(screen.getByTestId("census-question").textContent).toBe(first);
    expect(screen.getByText("0 of 3 pairs")).toBeInTheDocument();
  });
});
