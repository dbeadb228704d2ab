import { describe, expect, it } from "vitest";
import { guessCompanySphere } from "../../../../src/domain/insights/sphereGuess";

describe("guessCompanySphere", () => {
  it.each([
    "こども食堂ネット（NPO）",
    "NPO法人 フローレンス",
    "Japan Freelance Association",
    "一般社団法人プロフェッショナル&パラレルキャリア・フリーランス協会",
    "日本財団",
    "Startup Weekend Tokyo",
    "freelance",
    "フリーランス",
    "Data analysis study group",
    "データ分析勉強会",
    "HIU オンラインサロン",
    "Climate NGO",
    "Open Source Foundation",
  ])("guesses a third place for %s", (name) => {
    expect(guessCompanySphere(name)).toBe("third");
  });

  it.each(["Kumo Design Inc.", "Atlas Logistics, S.L.", "丸山精機", "Shinkansen Labs", "Nonoichi Bank"])(
    "guesses work for %s",
    (name) => {
      expect(guessCompanySphere(name)).toBe("work");
    },
  );

  it("makes no guess for a family name or a family, so the review asks", () => {
    expect(guessCompanySphere("Suzuki", [{ name: "Haruto Suzuki" }])).toBeNull();
    expect(guessCompanySphere("中村", [{ name: "中村健太" }])).toBeNull();
    expect(guessCompanySphere("Tanaka family")).toBeNull();
    expect(guessCompanySphere("家族")).toBeNull();
    expect(guessCompanySphere("Suzuki Motors", [{ name: "Haruto Suzuki" }])).toBe("work");
  });
});
