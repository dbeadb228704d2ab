/** Thrown by an updater asked to do something that would break the document's invariants. */
export class ModelError extends Error {
  constructor(
    readonly code: "unknownPerson" | "unknownCommunity" | "selfTie" | "egoProtected" | "emptyName" | "invalidValue",
    message: string,
  ) {
    super(message);
    this.name = "ModelError";
  }
}
