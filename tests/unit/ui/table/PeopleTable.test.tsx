// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { addAlter, egoTie, personId } from "../../../../src/domain/model";
import { PeopleTable } from "../../../../src/ui/table/PeopleTable";
import { AKI, BEN, renderWithStore, smallMap } from "../editor/harness";

describe("PeopleTable", () => {
  afterEach(cleanup);

  it("sorts by a column and says so with aria-sort", async () => {
    const user = userEvent.setup();
    renderWithStore(<PeopleTable />);
    const nameHeader = screen.getByRole("columnheader", { name: /Name/ });
    expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    await user.click(within(nameHeader).getByRole("button"));
    expect(nameHeader).toHaveAttribute("aria-sort", "descending");
    const names = screen.getAllByRole("textbox").map((el) => (el as HTMLInputElement).value);
    expect(names).toEqual(["Chie", "Ben", "Aki"]);
    await user.click(within(screen.getByRole("columnheader", { name: /Strength/ })).getByRole("button"));
    expect(nameHeader).not.toHaveAttribute("aria-sort");
  });

  it("edits names and answers inline and selects the row's person", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PeopleTable />);
    const name = screen.getByRole("textbox", { name: "Name of Aki" });
    await user.click(name);
    expect(store.getState().selectedId).toBe(AKI);
    await user.clear(name);
    await user.type(name, "Akira{Enter}");
    expect(store.getState().doc.people[AKI]?.name).toBe("Akira");
    await user.selectOptions(screen.getByRole("combobox", { name: "How often in contact with Ben" }), "rarely");
    await user.selectOptions(screen.getByRole("combobox", { name: "How close to Ben" }), "4");
    expect(egoTie(store.getState().doc, BEN)?.answers).toEqual({
      frequencyCategory: "rarely",
      emotional: 4,
    });
    const row = screen.getByRole("textbox", { name: "Name of Ben" }).closest("tr");
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText("0.41")).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText("Weak")).toBeInTheDocument();
  });

  it("marks the row of the person selected elsewhere (canvas)", () => {
    const { store } = renderWithStore(<PeopleTable />);
    store.getState().select(BEN);
    return screen.findByRole("textbox", { name: "Name of Ben" }).then((el) => {
      expect(el.closest("tr")).toHaveAttribute("aria-current", "true");
    });
  });

  it("shows information potential only when the report has it", () => {
    const { store } = renderWithStore(<PeopleTable />);
    expect(screen.queryByRole("columnheader", { name: /Information potential/ })).toBeNull();
    store.setState({
      metrics: {
        status: "ready",
        revision: 1,
        report: {
          ego_analysis: { ego: { per_alter: { aki: { information_potential: 0.5 } } } },
        } as never,
        error: null,
      },
    });
    return screen.findByRole("columnheader", { name: /Information potential/ }).then(() => {
      expect(screen.getByText("0.50")).toBeInTheDocument();
    });
  });

  it("draws a large map a page at a time and keeps the selected person visible", async () => {
    const user = userEvent.setup();
    let doc = smallMap();
    for (let i = 0; i < 250; i++)
      doc = addAlter(doc, { id: personId(`x${i}`), name: `Extra ${String(i).padStart(3, "0")}` });
    // Role queries are slow over hundreds of rows in jsdom; count rows directly.
    const { store, container } = renderWithStore(<PeopleTable />, doc);
    const rowCount = () => container.querySelectorAll("tbody tr").length;
    expect(rowCount()).toBe(200);
    act(() => store.getState().select(personId("x249")));
    expect(rowCount()).toBe(201);
    expect(container.querySelector('tr[aria-current="true"] input')).toHaveValue("Extra 249");
    await user.click(screen.getByText("Show 53 more (53 not shown)"));
    expect(rowCount()).toBe(253);
  });
});
