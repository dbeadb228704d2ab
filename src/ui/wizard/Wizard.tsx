import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CliqueQuestions } from "../editor/CliqueQuestions";
import { Dialog } from "../editor/Dialog";
import { DyadCensus } from "../editor/DyadCensus";
import { useMap } from "../hooks/storeContext";
import { DoneStep } from "./DoneStep";
import { QuestionStep } from "./QuestionStep";
import { SphereStep } from "./SphereStep";
import { StartStep } from "./StartStep";
import { StrengthStep } from "./StrengthStep";
import { ThirdStep } from "./ThirdStep";
import {
  clearProgress,
  EMPTY_PROGRESS,
  loadProgress,
  nextStep,
  saveProgress,
  STEPS,
  type StepId,
  type WizardProgress,
} from "./wizardProgress";

/** The guided interview: name generators, tie strength, who knows whom; resumable per map. */
export function Wizard({ onClose, onFinish }: { onClose: () => void; onFinish?: () => void }) {
  const { t } = useTranslation("editor");
  const docId = useMap((s) => s.doc.id);
  const [progress, setProgress] = useState<WizardProgress>(() => loadProgress(docId) ?? EMPTY_PROGRESS);
  const [resumed] = useState(() => (loadProgress(docId)?.step ?? "start") !== "start");
  useEffect(() => {
    saveProgress(docId, progress);
  }, [docId, progress]);
  const go = (step: StepId) => setProgress((p) => ({ ...p, step }));
  const step = progress.step;
  const index = STEPS.indexOf(step);
  const finish = () => {
    clearProgress(docId);
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
            <DyadCensus onDone={() => go("done")} doneLabel={t("wizard.census.done")} />
          </div>
        );
      case "done":
        return <DoneStep />;
    }
  };
  return (
    <Dialog open title={t("wizard.title")} onClose={onClose} className="wizard">
      <p className="wizard-stepinfo" aria-live="polite">
        {t("wizard.stepOf", { n: index + 1, total: STEPS.length, name: t(`wizard.steps.${step}`) })}
      </p>
      {resumed && index > 0 && step !== "done" && <p className="muted small">{t("wizard.resumed")}</p>}
      <ol className="wizard-steps" aria-label={t("wizard.stepsLabel")}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? "step" : undefined} className={i < index ? "done" : undefined}>
            {t(`wizard.steps.${s}`)}
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
