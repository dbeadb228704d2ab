// Progress of the guided interview, kept in the map document so that it is saved, exported and
// resumed with the map: the step reached and the people named in answer to the questions that
// have no community (job information, career advice, dormant ties; Granovetter 1973).
import type { PersonId } from "./ids";
import type { MapDocument } from "./types";

export const INTERVIEW_STEPS = [
  "start",
  "family",
  "work",
  "third",
  "job",
  "advice",
  "dormant",
  "strength",
  "cliques",
  "census",
  "done",
] as const;
export type InterviewStep = (typeof INTERVIEW_STEPS)[number];

/** The steps whose answers are people without a community. */
export const MENTION_STEPS = ["job", "advice", "dormant"] as const;
export type MentionStep = (typeof MENTION_STEPS)[number];

export interface InterviewProgress {
  readonly step: InterviewStep;
  /** People named at each mention step; may name people deleted since (shown only while present). */
  readonly mentions: Readonly<Partial<Record<MentionStep, readonly PersonId[]>>>;
}

export const EMPTY_INTERVIEW: InterviewProgress = { step: "start", mentions: {} };

export function isInterviewStep(x: unknown): x is InterviewStep {
  return typeof x === "string" && (INTERVIEW_STEPS as readonly string[]).includes(x);
}

/** The step before or after, clamped to the first and last. */
export function nextInterviewStep(step: InterviewStep, delta: 1 | -1): InterviewStep {
  const i = INTERVIEW_STEPS.indexOf(step) + delta;
  return INTERVIEW_STEPS[Math.max(0, Math.min(INTERVIEW_STEPS.length - 1, i))] as InterviewStep;
}

/** Records the interview's progress; null when it is finished (nothing left to resume). */
export function setInterview(doc: MapDocument, progress: InterviewProgress | null): MapDocument {
  if (progress === doc.interview) return doc;
  if (progress === null) return { ...doc, interview: null };
  const mentions: Partial<Record<MentionStep, readonly PersonId[]>> = {};
  for (const step of MENTION_STEPS) {
    const ids = progress.mentions[step];
    if (ids && ids.length > 0) mentions[step] = [...new Set(ids)];
  }
  return { ...doc, interview: { step: progress.step, mentions } };
}
