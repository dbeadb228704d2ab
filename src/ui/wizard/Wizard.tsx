import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  EMPTY_INTERVIEW,
  INTERVIEW_STEPS as STEPS,
  nextInterviewStep as nextStep,
  setInterview,
  type InterviewProgress,
  type InterviewStep as StepId,
} from "../../domain/model";
import { CliqueQuestions } from "../editor/CliqueQuestions";
import { Dialog } from "../editor/Dialog";
import { DyadCensus } from "../editor/DyadCensus";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { DoneStep } from "./DoneStep";
import { QuestionStep } from "./QuestionStep";
import { SphereStep } from "./SphereStep";
import { StartStep } from "./StartStep";
import { StrengthStep } from "./StrengthStep";
import { ThirdStep } from "./ThirdStep";
import type { Key } from "../../i18n/keys";

const STEP_KEY = {
  start: "wizard.steps.start",
  family: "wizard.steps.family",
  work: "wizard.steps.work",
  third: "wizard.steps.third",
  job: "wizard.steps.job",
  advice: "wizard.steps.advice",
  dormant: "wizard.steps.dormant",
  strength: "wizard.steps.strength",
  cliques: "wizard.steps.cliques",
  census: "wizard.steps.census",
  done: "wizard.steps.done",
} as const satisfies Record<StepId, Key<"editor">>;

/**
 * The guided interview: name generators, tie strength, who knows whom; resumable per map. Its
 * progress is kept in the map document, outside the undo history: Undo takes back answers, not
 * a press of Next.
 */
export function Wizard({ onClose, onFinish }: { onClose: () => void; onFinish?: () => void }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const progress = useMap((s) => s.doc.interview) ?? EMPTY_INTERVIEW;
  const [resumed] = useState(() => (store.getState().doc.interview?.step ?? "start") !== "start");
  const setProgress = (change: (p: InterviewProgress) => InterviewProgress | null) =>
    store.getState().apply((d) => setInterview(d, change(d.interview ?? EMPTY_INTERVIEW)), { undoable: false });
  const go = (step: StepId) => setProgress((p) => ({ ...p, step }));
  const step = progress.step;
  const index = STEPS.indexOf(step);
  const finish = () => {
    setProgress(() => null);
    onClose();
    onFinish?.();
  };
  const body = () => {
    switch (step) {
      case "start":
        return <StartStep onStarted={() => go("family")} />;
      case "family":
      case "work":
        return <SphereStep key={step} sphere={step} />;
      case "third":
        return <ThirdStep />;
      case "job":
      case "advice":
      case "dormant":
        return (
          <QuestionStep
            key={step}
            step={step}
            mentioned={progress.mentions[step] ?? []}
            onMentionedChange={(ids) => setProgress((p) => ({ ...p, mentions: { ...p.mentions, [step]: ids } }))}
          />
        );
      case "strength":
        return <StrengthStep />;
      case "cliques":
        return (
          <div className="wizard-step">
            <p className="wizard-prompt">{t("wizard.cliques.prompt")}</p>
            <CliqueQuestions />
          </div>
        );
      case "census":
        return (
          <div className="wizard-step">
            <p className="wizard-prompt">{t("census.intro")}</p>
            <DyadCensus onDone={() => go("done")} doneLabel={t("wizard.census.done")} autoFocus />
          </div>
        );
      case "done":
        return <DoneStep />;
    }
  };
  return (
    <Dialog open title={t("wizard.title")} onClose={onClose} className="wizard">
      <p className="wizard-stepinfo" aria-live="polite">
        {t("wizard.stepOf", { n: index + 1, total: STEPS.length, name: t(STEP_KEY[step]) })}
      </p>
      {resumed && index > 0 && step !== "done" && <p className="muted small">{t("wizard.resumed")}</p>}
      <ol className="wizard-steps" aria-label={t("wizard.stepsLabel")}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? "step" : undefined} className={i < index ? "done" : undefined}>
            {t(STEP_KEY[s])}
          </li>
        ))}
      </ol>
      <div className="wizard-body">{body()}</div>
      <div className="dialog-actions wizard-nav">
        {index > 0 && (
          <button type="button" onClick={() => go(nextStep(step, -1))}>
            {t("wizard.back")}
          </button>
        )}
        {step === "done" ? (
          <button type="button" className="primary" onClick={finish}>
            {t("wizard.showMap")}
          </button>
        ) : (
          step !== "start" &&
          step !== "census" && (
            <button type="button" className="primary" onClick={() => go(nextStep(step, 1))}>
              {t("wizard.next")}
            </button>
          )
        )}
      </div>
    </Dialog>
  );
}
