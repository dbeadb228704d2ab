export * from "./ids";
export * from "./types";
export * from "./strength";
export * from "./errors";
export * from "./updaters";
export * from "./invariants";
export * from "./queries";
export * from "./editorUpdaters";
