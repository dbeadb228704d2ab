import { describe, expect, it } from "vitest";
import { addPerson, personId } from "../../../../src/domain/model";
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

describe("rows in reading order without planned people", () => {
  function japaneseMap() {
    let doc = smallMap();
    const people: [string, string, string | undefined][] = [
      ["w", "渡辺 翔", "わたなべ しょう"],
      ["s", "佐藤 結衣", "サトウ ユイ"],
      ["a", "相川 彩", "あいかわ あや"],
      ["k", "かとう", undefined],
    ];
    for (const [id, name, reading] of people)
      doc = addPerson(doc, { id: personId(id), name, ...(reading ? { reading } : {}) });
    doc = addPerson(doc, { id: personId("plan"), name: "あ Planned", planned: true });
    return doc;
  }

  it("sorts by the reading where there is one (kana of either kind alike), else by the name", () => {
    const rows = sortRows(buildRows(japaneseMap(), null), "name", "ascending");
    const ja = rows.map((r) => r.name).filter((n) => !/^[A-Z]/u.test(n));
    expect(ja).toEqual(["相川 彩", "かとう", "佐藤 結衣", "渡辺 翔"]);
    const down = sortRows(buildRows(japaneseMap(), null), "name", "descending").map((r) => r.name);
    expect(down.filter((n) => !/^[A-Z]/u.test(n))).toEqual([...ja].reverse());
  });

  it("leaves planned (what-if) people out", () => {
    expect(buildRows(japaneseMap(), null).map((r) => r.name)).not.toContain("あ Planned");
  });
});
