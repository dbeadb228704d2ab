import { describe, expect, it } from "vitest";
import { buildRows, informationPotential, sortRows } from "../../../../src/ui/table/tableRows";
import { AKI, BEN, CHIE, EGO, smallMap } from "../editor/harness";

const report = {
  node_metrics: {},
  ego_analysis: {
    [EGO]: {
      per_alter: { [AKI]: { information_potential: 0.8 }, [CHIE]: { information_potential: 0.2 } },
    },
  },
};

describe("informationPotential", () => {
  it("reads the ego analysis and tolerates a missing or malformed report", () => {
    expect(informationPotential(report, EGO, AKI)).toBe(0.8);
    expect(informationPotential(report, EGO, BEN)).toBeNull();
    expect(informationPotential(null, EGO, AKI)).toBeNull();
    expect(
      informationPotential(
        { ego_analysis: { [EGO]: { per_alter: { [AKI]: { information_potential: "high" } } } } },
        EGO,
        AKI,
      ),
    ).toBeNull();
  });
});

describe("buildRows", () => {
  it("lists every contact but the ego with communities, strength and band", () => {
    const rows = buildRows(smallMap(), report);
    expect(rows.map((r) => r.name).sort()).toEqual(["Aki", "Ben", "Chie"]);
    const chie = rows.find((r) => r.id === CHIE);
    expect(chie?.communities).toBe("Office");
    expect(chie?.sphere).toBe("work");
    expect(chie?.strength).toBeCloseTo((0.905 + 1) / 2, 2);
    expect(chie?.band).toBe("strong");
    expect(rows.find((r) => r.id === AKI)?.band).toBe("unknown");
  });
});

describe("sortRows", () => {
  const rows = buildRows(smallMap(), report);
  it("sorts by name both ways", () => {
    expect(sortRows(rows, "name", "ascending").map((r) => r.name)).toEqual(["Aki", "Ben", "Chie"]);
    expect(sortRows(rows, "name", "descending").map((r) => r.name)).toEqual(["Chie", "Ben", "Aki"]);
  });
  it("keeps unknown values last in either direction", () => {
    expect(sortRows(rows, "informationPotential", "descending").map((r) => r.name)).toEqual(["Aki", "Chie", "Ben"]);
    expect(sortRows(rows, "informationPotential", "ascending").map((r) => r.name)).toEqual(["Chie", "Aki", "Ben"]);
    expect(sortRows(rows, "strength", "ascending").map((r) => r.name)[0]).toBe("Chie");
  });
  it("orders bands from strong to unknown when descending", () => {
    expect(sortRows(rows, "band", "descending")[0]?.name).toBe("Chie");
  });
});
