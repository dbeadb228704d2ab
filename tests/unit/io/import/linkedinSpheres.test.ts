import { describe, expect, it } from "vitest";
import { importFixture } from "./helpers";

describe("parseLinkedIn: sphere guesses of companies", () => {
  it("makes NPOs, associations, study groups and Startup Weekend third places, a family name work until asked", () => {
    const m = importFixture("linkedin-circles.csv");
    const spheres = Object.fromEntries(Object.values(m.doc.communities).map((c) => [c.name, c.sphere]));
    expect(spheres).toEqual({
      "Kumo Design Inc.": "work",
      "NPO法人 こども食堂ネット": "third",
      "Japan Freelance Association": "third",
      "Startup Weekend Tokyo": "third",
      Ishikawa: "work",
      データ分析勉強会: "third",
    });
  });
});
