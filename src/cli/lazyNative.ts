// The built CLI's stand-in for src/io/native as src/io/import/native.ts imports it
// (scripts/build-cli.mjs redirects that one import here): the native-map parser and its zod
// schema — most of the bundle's code — are loaded only for a native map or an image with one
// embedded. Until loadNative() has run, parseNative refuses and records that it was wanted;
// analyzeMain.ts then loads it and reads the files again (the same result as loading it first).
import type * as NativeModule from "../io/native/index";

let native: typeof NativeModule | null = null;
let wanted = false;

export function parseNative(
  ...args: Parameters<typeof NativeModule.parseNative>
): ReturnType<typeof NativeModule.parseNative> {
  if (native === null) {
    wanted = true;
    throw new Error("the native-map parser is not loaded yet");
  }
  return native.parseNative(...args);
}

/** Whether a read since the last reset needed the parser before it was loaded. */
export function nativeWanted(): boolean {
  return wanted;
}

export function resetNativeWanted(): void {
  wanted = false;
}

export function nativeLoaded(): boolean {
  return native !== null;
}

export async function loadNative(): Promise<void> {
  native ??= await import("../io/native/index");
}
