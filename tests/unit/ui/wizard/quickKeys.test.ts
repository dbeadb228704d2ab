import { describe, expect, it } from "vitest";
import { interpretKey } from "../../../../src/ui/wizard/quickKeys";
import { nextInterviewStep } from "../../../../src/domain/model";

describe("interpretKey", () => {
  it("maps o / c / r to Granovetter's frequency categories", () => {
    expect(interpretKey("frequency", "o")).toEqual({
      kind: "answer",
      patch: { frequencyCategory: "often" },
    });
    expect(interpretKey("frequency", "C")).toEqual({
      kind: "answer",
      patch: { frequencyCategory: "occasionally" },
    });
    expect(interpretKey("frequency", "r")).toEqual({
      kind: "answer",
      patch: { frequencyCategory: "rarely" },
    });
    expect(interpretKey("frequency", "3")).toBeNull();
  });
  it("takes 1–5 for the other questions and ignores anything else", () => {
    expect(interpretKey("emotional", "4")).toEqual({ kind: "answer", patch: { emotional: 4 } });
    expect(interpretKey("services", "6")).toBeNull();
    expect(interpretKey("intimacy", "o")).toBeNull();
  });
  it("skips with - or Space and clears with Backspace", () => {
    expect(interpretKey("intimacy", "-")).toEqual({ kind: "skip" });
    expect(interpretKey("frequency", " ")).toEqual({ kind: "skip" });
    expect(interpretKey("intimacy", "Backspace")).toEqual({
      kind: "clear",
      patch: { intimacy: null },
    });
    expect(interpretKey("frequency", "Delete")).toEqual({
      kind: "clear",
      patch: { frequencyCategory: null, frequencyPerYear: null },
    });
  });
});

describe("nextInterviewStep", () => {
  it("walks the interview and stops at both ends", () => {
    expect(nextInterviewStep("start", 1)).toBe("family");
    expect(nextInterviewStep("dormant", 1)).toBe("strength");
    expect(nextInterviewStep("start", -1)).toBe("start");
    expect(nextInterviewStep("done", 1)).toBe("done");
  });
});
