import { describe, expect, it } from "vitest";
import { directionOf, zoomActionOf } from "../../../../src/ui/map/mapKeys";

describe("zoomActionOf", () => {
  it("reads + = − 0 typed directly, in full width and on the numpad", () => {
    expect(zoomActionOf({ key: "+", code: "Equal" })).toBe("in");
    expect(zoomActionOf({ key: "=", code: "Equal" })).toBe("in");
    expect(zoomActionOf({ key: "＋", code: "Semicolon" })).toBe("in");
    expect(zoomActionOf({ key: "＝", code: "Minus" })).toBe("in");
    expect(zoomActionOf({ key: "+", code: "NumpadAdd" })).toBe("in");
    expect(zoomActionOf({ key: "-", code: "Minus" })).toBe("out");
    expect(zoomActionOf({ key: "－", code: "Minus" })).toBe("out");
    expect(zoomActionOf({ key: "ー", code: "Minus" })).toBe("out");
    expect(zoomActionOf({ key: "0", code: "Digit0" })).toBe("fit");
    expect(zoomActionOf({ key: "０", code: "Digit0" })).toBe("fit");
  });

  it("falls back to the physical key when the IME hides the character", () => {
    expect(zoomActionOf({ key: "Process", code: "Equal", keyCode: 229 })).toBe("in");
    expect(zoomActionOf({ key: "Process", code: "Minus", keyCode: 229 })).toBe("out");
    expect(zoomActionOf({ key: "Unidentified", code: "Digit0", isComposing: true })).toBe("fit");
    expect(zoomActionOf({ key: "Process", code: "KeyA", keyCode: 229 })).toBeNull();
  });

  it("leaves browser shortcuts and other keys alone", () => {
    expect(zoomActionOf({ key: "+", code: "Equal", ctrlKey: true })).toBeNull();
    expect(zoomActionOf({ key: "0", code: "Digit0", metaKey: true })).toBeNull();
    expect(zoomActionOf({ key: "a", code: "KeyA" })).toBeNull();
    expect(zoomActionOf({ key: "1", code: "Digit1" })).toBeNull();
  });
});

describe("directionOf", () => {
  it("maps the arrow keys and nothing else", () => {
    expect(directionOf({ key: "ArrowLeft" })).toBe("left");
    expect(directionOf({ key: "ArrowDown" })).toBe("down");
    expect(directionOf({ key: "ArrowUp", altKey: true })).toBeNull();
    expect(directionOf({ key: "Enter" })).toBeNull();
  });
});
