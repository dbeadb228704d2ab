// Growth over time (issue 14): dated snapshots of a map and an action plan, both kept inside the
// map document (versioned, migrated, exported with it). The second source article's three steps
// for building weak ties as a "transformation asset" (変身資産) are the first three action kinds:
// join or revisit a community chosen by interest, share a small output where people can see it,
// answer a small invitation from a loose contact; reconnecting with a dormant tie (Levin, Walter &
// Murnighan 2011) and introducing two people (closing a structural hole on purpose) complete them.
import type { ActionId, CommunityId, PersonId, SnapshotId, TieId } from "./ids";
import type { Community, Person, Tie } from "./types";

/** The people, communities and ties of a map at one moment (no positions, snapshots or plan). */
export interface SnapshotContent {
  readonly egoId: PersonId;
  readonly people: Readonly<Record<PersonId, Person>>;
  readonly communities: Readonly<Record<CommunityId, Community>>;
  readonly ties: Readonly<Record<TieId, Tie>>;
  readonly censusNo: readonly TieId[];
}

/**
 * The headline scores of a snapshot, recorded when it was taken (from the same analysis the
 * panel showed), so the timeline needs no recomputation. `null` where the score is undefined.
 */
export interface SnapshotScores {
  /** Ego bridging score, 0–100 (metrics-spec §S). */
  readonly bridging: number | null;
  /** Ego diversity score, 0–100 (§S). */
  readonly diversity: number | null;
  /** Burt's effective size of the ego network. */
  readonly effectiveSize: number | null;
  /** Third places the ego takes part in: non-planned communities of sphere "third" with an alter member. */
  readonly thirdPlaces: number;
  /** Share of weak and very weak ties among the ego's ties of known strength, 0..1; null if none known. */
  readonly weakShare: number | null;
  /** Non-planned people other than the ego. */
  readonly people: number;
  /** Non-planned ties. */
  readonly ties: number;
}

export interface MapSnapshot {
  readonly id: SnapshotId;
  readonly name: string;
  /** ISO timestamp. */
  readonly takenAt: string;
  /** A consultant session ended with this snapshot (its date is the session date). */
  readonly session?: boolean;
  readonly content: SnapshotContent;
  readonly scores: SnapshotScores;
  /** Plan actions that were done when the snapshot was taken (the next comparison names those done since). */
  readonly doneActionIds: readonly ActionId[];
}

export const ACTION_KINDS = ["joinCommunity", "shareOutput", "answerInvitation", "reconnect", "introduce"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface PlanAction {
  readonly id: ActionId;
  readonly kind: ActionKind;
  /** What to do, in the user's words ("Go to the March study session"). */
  readonly title: string;
  /** reconnect / answerInvitation: one person; introduce: the two people; others: optional. */
  readonly personIds: readonly PersonId[];
  /** joinCommunity / shareOutput: the community (often a planned candidate community). */
  readonly communityId?: CommunityId;
  /** Due date, YYYY-MM-DD. */
  readonly due?: string;
  /** ISO timestamp when marked done; absent while open. */
  readonly doneAt?: string;
  readonly createdAt: string;
  /** Key of the suggestion it came from, if any (so the suggestion can say "in your plan"). */
  readonly fromSuggestion?: string;
}
