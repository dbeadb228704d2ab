// Progress of the guided interview, saved per map in localStorage so that it can be resumed.
import type { MapId, PersonId } from "../../domain/model";

export const STEPS = [
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
export type StepId = (typeof STEPS)[number];

export interface WizardProgress {
  readonly step: StepId;
  /** People named in answer to the questions that have no community (job, advice, dormant). */
  readonly mentions: Readonly<Partial<Record<StepId, readonly PersonId[]>>>;
}

export const EMPTY_PROGRESS: WizardProgress = { step: "start", mentions: {} };

const key = (mapId: MapId) => `tsunagari.wizard.${mapId}`;

function isStep(x: unknown): x is StepId {
  return typeof x === "string" && (STEPS as readonly string[]).includes(x);
}

export function loadProgress(mapId: MapId): WizardProgress | null {
  try {
    const raw = window.localStorage.getItem(key(mapId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { step?: unknown; mentions?: unknown };
    if (!isStep(parsed.step)) return null;
    const mentions =
      typeof parsed.mentions === "object" && parsed.mentions !== null
        ? (parsed.mentions as WizardProgress["mentions"])
        : {};
    return { step: parsed.step, mentions };
  } catch {
    return null;
  }
}

export function saveProgress(mapId: MapId, progress: WizardProgress): void {
  try {
    window.localStorage.setItem(key(mapId), JSON.stringify(progress));
  } catch {
    // Storage blocked: the interview still works, it just cannot be resumed later.
  }
}

export function clearProgress(mapId: MapId): void {
  try {
    window.localStorage.removeItem(key(mapId));
  } catch {
    // Nothing to clear.
  }
}

export function nextStep(step: StepId, delta: 1 | -1): StepId {
  const i = STEPS.indexOf(step) + delta;
  return STEPS[Math.max(0, Math.min(STEPS.length - 1, i))] as StepId;
}
