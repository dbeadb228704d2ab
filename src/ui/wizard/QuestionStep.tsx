import { useTranslation } from "react-i18next";
import type { MentionStep, PersonId } from "../../domain/model";
import { useEditorActions } from "../editor/useEditorActions";
import { useMap } from "../hooks/storeContext";
import { NameEntry } from "./NameEntry";
import { hasOwn, getOwn } from "../../domain/model";
import type { Key } from "../../i18n/keys";

const QUESTION_KEYS = {
  job: { prompt: "wizard.job.prompt", why: "wizard.job.why", nameLabel: "wizard.job.nameLabel" },
  advice: { prompt: "wizard.advice.prompt", why: "wizard.advice.why", nameLabel: "wizard.advice.nameLabel" },
  dormant: { prompt: "wizard.dormant.prompt", why: "wizard.dormant.why", nameLabel: "wizard.dormant.nameLabel" },
} as const satisfies Record<MentionStep, Record<"prompt" | "why" | "nameLabel", Key<"editor">>>;

interface QuestionStepProps {
  readonly step: MentionStep;
  readonly mentioned: readonly PersonId[];
  readonly onMentionedChange: (ids: readonly PersonId[]) => void;
}

/** A name-generator question without a community (job information, career advice, dormant ties). */
export function QuestionStep({ step, mentioned, onMentionedChange }: QuestionStepProps) {
  const { t } = useTranslation("editor");
  const keys = QUESTION_KEYS[step];
  const actions = useEditorActions();
  const people = useMap((s) => s.doc.people);
  const present = mentioned.filter((id) => hasOwn(people, id));
  // Dormant ties: not seen for a year or more — Granovetter's "rarely".
  const answers = step === "dormant" ? { frequencyCategory: "rarely" as const } : undefined;
  return (
    <div className="wizard-step">
      <p className="wizard-prompt">{t(keys.prompt)}</p>
      <p className="muted">{t(keys.why)}</p>
      <NameEntry
        label={t(keys.nameLabel)}
        people={present}
        autoFocus
        onAdd={(name) => {
          const id = actions.addPerson(name, [], { reuse: true, ...(answers ? { answers } : {}) });
          if (id && !present.includes(id)) onMentionedChange([...present, id]);
          return id;
        }}
        onRemove={(id) => {
          onMentionedChange(present.filter((p) => p !== id));
          if ((getOwn(people, id)?.communityIds.length ?? 0) === 0) actions.deletePerson(id);
        }}
      />
    </div>
  );
}
