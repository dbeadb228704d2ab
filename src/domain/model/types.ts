// The map document: one person's network (ego, people, communities, ties, positions) and what
// the app's tools recorded about it (census answers, interview progress, layout provenance).
// Plain immutable data; every change goes through the pure updaters in updaters.ts.
import type { CommunityId, MapId, PersonId, TieId } from "./ids";
import type { MapSnapshot, PlanAction } from "./growth";
import type { InterviewProgress } from "./interview";
import type { TieAnswers } from "./strength";

/** Where a community sits in the person's life: home, work, or a "third place". */
export type Sphere = "family" | "work" | "third";
export const SPHERES: readonly Sphere[] = ["family", "work", "third"];

export interface Person {
  readonly id: PersonId;
  readonly name: string;
  /** Reading (furigana) or romanised name shown alongside, e.g. "Sato Yui". */
  readonly reading?: string;
  readonly note?: string;
  readonly communityIds: readonly CommunityId[];
  /** A what-if person: drawn as planned, not yet real. */
  readonly planned?: boolean;
}

/** Checklist of a good third community (source article 000: five criteria + similarity). */
export interface CommunityProfile {
  readonly membersShareRunning?: boolean;
  readonly sharedPurpose?: boolean;
  readonly chooseDepth?: boolean;
  readonly freeToComeAndGo?: boolean;
  readonly newcomersSupported?: boolean;
  /** How similar the members are to you, 1 (very different) – 5 (very similar). */
  readonly similarity?: 1 | 2 | 3 | 4 | 5;
}

export interface Community {
  readonly id: CommunityId;
  readonly name: string;
  readonly sphere: Sphere;
  readonly note?: string;
  readonly profile?: CommunityProfile;
  readonly planned?: boolean;
}

/** An undirected tie. Ego–alter ties carry Granovetter's answers; alter–alter ties may carry a 0..1 rating. */
export interface Tie {
  readonly id: TieId;
  readonly a: PersonId;
  readonly b: PersonId;
  readonly answers: TieAnswers;
  /** 0..1 strength rating (alter–alter ties, imported weights); used when no answer is given. */
  readonly weight?: number;
  readonly planned?: boolean;
}

export interface Position {
  readonly x: number;
  readonly y: number;
}

/**
 * A saved position. `source: "layout"` marks one the clusters layout wrote: it gives way to the
 * rings when the user switches back. Without it the user placed the person (drag, imported file),
 * and that position is kept in every layout.
 */
export interface SavedPosition extends Position {
  readonly source?: "layout";
}

export interface MapDocument {
  readonly id: MapId;
  readonly title: string;
  readonly egoId: PersonId;
  /** Every person including the ego. */
  readonly people: Readonly<Record<PersonId, Person>>;
  readonly communities: Readonly<Record<CommunityId, Community>>;
  readonly ties: Readonly<Record<TieId, Tie>>;
  readonly positions: Readonly<Record<PersonId, SavedPosition>>;
  /** Pairs (tie ids) answered "they do not know each other" in the census, so they are not asked again. */
  readonly censusNo: readonly TieId[];
  /** Where the guided interview stands; null when it was never started or has been finished. */
  readonly interview: InterviewProgress | null;
  /** Dated snapshots, oldest first (growth over time). */
  readonly snapshots: readonly MapSnapshot[];
  /** The action plan, in the order added. */
  readonly actions: readonly PlanAction[];
  /** The client this map belongs to (a consultant groups maps by client); absent for one's own map. */
  readonly client?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
