// Japanese input as an IME delivers it, through Chromium's DevTools protocol: the reading is
// composed (keydown reports key "Process"/keyCode 229 and isComposing), then the conversion is
// confirmed with Enter (keyCode 229, isComposing true) and committed as text. A page that
// submits on that Enter is the bug the IME flows guard against.
import type { Page } from "@playwright/test";

export async function imeType(page: Page, reading: string, converted: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 1; i <= reading.length; i++) {
      await cdp.send("Input.dispatchKeyEvent", {
        type: "rawKeyDown",
        key: "Process",
        code: "KeyA",
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
      });
      await cdp.send("Input.imeSetComposition", { text: reading.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    await cdp.send("Input.imeSetComposition", {
      text: converted,
      selectionStart: converted.length,
      selectionEnd: converted.length,
    });
    // Confirming the conversion: Enter while composing.
    await cdp.send("Input.dispatchKeyEvent", {
      type: "rawKeyDown",
      key: "Enter",
      code: "Enter",
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send("Input.insertText", { text: converted });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: "Enter", code: "Enter", windowsVirtualKeyCode: 13 });
  } finally {
    await cdp.detach();
  }
}

/** A key pressed with the IME on: the page sees key "Process" (keyCode 229) and the physical key's code. */
export async function imeKeyPress(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Input.dispatchKeyEvent", {
      type: "rawKeyDown",
      key: "Process",
      code,
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: "Process", code, windowsVirtualKeyCode: 229 });
  } finally {
    await cdp.detach();
  }
}
