import { describe, expect, it } from "vitest";
import { showDelta, showScore } from "../../../../src/ui/growth/CompareDetails";
import { createI18n } from "../../../../src/i18n";

describe("showDelta", () => {
  it("says a change in the share of weak ties in percentage points, in English and Japanese", () => {
    const en = createI18n("en").getFixedT("en", "compare");
    const ja = createI18n("ja").getFixedT("ja", "compare");
    // 50% → 75%: the share rose by 25 points, not by 25 per cent.
    expect(showScore("weakShare", 0.75)).toBe("75%");
    expect(showDelta("weakShare", 0.25, en)).toBe("25 points");
    expect(showDelta("weakShare", 0.25, ja)).toBe("25ポイント");
    expect(showDelta("thirdPlaces", 1, en)).toBe("1");
  });
});
