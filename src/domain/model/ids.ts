// Branded identifiers: a PersonId cannot be passed where a CommunityId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PersonId = Brand<string, "PersonId">;
export type CommunityId = Brand<string, "CommunityId">;
export type TieId = Brand<string, "TieId">;
export type MapId = Brand<string, "MapId">;

export const personId = (raw: string): PersonId => raw as PersonId;
export const communityId = (raw: string): CommunityId => raw as CommunityId;
export const mapId = (raw: string): MapId => raw as MapId;

/** Ties are undirected: the id is the two person ids in code-point order. */
export function tieId(a: PersonId, b: PersonId): TieId {
  return (a < b ? `${a}~${b}` : `${b}~${a}`) as TieId;
}

let counter = 0;
/** Short unique id for new entities (time + counter + random; no crypto needed for uniqueness here). */
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  const rand = Math.floor(Math.random() * 36 ** 4).toString(36);
  return `${prefix}_${Date.now().toString(36)}${counter.toString(36)}${rand}`;
}

export type SnapshotId = Brand<string, "SnapshotId">;
export type ActionId = Brand<string, "ActionId">;
export const snapshotId = (raw: string): SnapshotId => raw as SnapshotId;
export const actionId = (raw: string): ActionId => raw as ActionId;
