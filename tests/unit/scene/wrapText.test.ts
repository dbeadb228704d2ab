import { describe, expect, it } from "vitest";
import { breakUnits, wrapText } from "../../../src/scene/wrapText";
import { fakeMeasure } from "./measure";

const FONT = "400 10px sans-serif";
const width = (s: string) => fakeMeasure(s, FONT);

describe("wrapText", () => {
  it("breaks Latin text at spaces, every line within the width", () => {
    const text = "Weak ties bring news you would not hear otherwise, because they move in other circles.";
    const lines = wrapText(text, 120, FONT, fakeMeasure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(120);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/u);
  });

  it("breaks Japanese between any two characters and fills each line", () => {
    const text = "あなたの知り合い同士の多くは、あなたを通してしかつながっていません。";
    const lines = wrapText(text, 100, FONT, fakeMeasure);
    expect(lines.join("")).toBe(text);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(100);
    // Ten 10 px characters fit a 100 px line: no line but the last is left short.
    for (const line of lines.slice(0, -1)) expect(width(line)).toBeGreaterThanOrEqual(90);
  });

  it("never starts a line with closing punctuation or a small kana", () => {
    const text = "知り合い、同士。っておもう「とき」ちょっと、まって。ください";
    for (let w = 30; w <= 120; w += 10) {
      for (const line of wrapText(text, w, FONT, fakeMeasure).slice(1)) expect(line).not.toMatch(/^[、。」っょ]/u);
    }
  });

  it("never ends a line with an opening bracket", () => {
    const text = "そこで「第3の場所」（サークル、教室）を探す";
    for (let w = 30; w <= 120; w += 10) {
      for (const line of wrapText(text, w, FONT, fakeMeasure)) expect(line).not.toMatch(/[「（]$/u);
    }
  });

  it("cuts a word wider than the line instead of overflowing", () => {
    const lines = wrapText("see https://example.org/a/very/long/address/that/never/ends", 60, FONT, fakeMeasure);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(60);
    expect(lines.join("").replace(/\s/gu, "")).toBe("seehttps://example.org/a/very/long/address/that/never/ends");
  });

  it("starts a new line at a newline", () => {
    expect(wrapText("one\ntwo", 500, FONT, fakeMeasure)).toEqual(["one", "two"]);
  });
});

describe("breakUnits", () => {
  it("keeps a Latin word whole inside Japanese text", () => {
    const units = breakUnits("丸山精機 Maruyama Seiki の人");
    expect(units).toContain("Maruyama ");
    expect(units).toContain("Seiki ");
    expect(units).toContain("の");
  });
});
