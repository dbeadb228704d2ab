// The five criteria of a good third community from the source article (seed 000): members
// share in running it, a purpose you share, depth of involvement is your choice, free to come
// and go, newcomers supported — plus how similar the members are to you.
import type { CommunityProfile } from "../../domain/model";

export const CRITERIA = [
  "membersShareRunning",
  "sharedPurpose",
  "chooseDepth",
  "freeToComeAndGo",
  "newcomersSupported",
] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface ProfileSummary {
  /** Criteria answered "yes". */
  readonly met: number;
  /** Criteria answered at all. */
  readonly answered: number;
  readonly similarity: number | null;
}

export function summariseProfile(profile: CommunityProfile | undefined): ProfileSummary {
  let met = 0;
  let answered = 0;
  for (const c of CRITERIA) {
    const v = profile?.[c];
    if (v !== undefined) answered += 1;
    if (v === true) met += 1;
  }
  return { met, answered, similarity: profile?.similarity ?? null };
}

/** Sets (true/false) or clears (undefined) one criterion, keeping the others. */
export function withCriterion(
  profile: CommunityProfile | undefined,
  criterion: Criterion,
  value: boolean | undefined,
): CommunityProfile {
  const next: Record<string, unknown> = { ...(profile ?? {}) };
  if (value === undefined) delete next[criterion];
  else next[criterion] = value;
  return next as CommunityProfile;
}
