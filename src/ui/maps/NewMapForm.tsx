import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { blockComposingEnter } from "../imeEnter";

export function NewMapForm({
  onCreate,
  onCancel,
}: {
  onCreate(title: string, egoName: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation("editor-core");
  const id = useId();
  const [title, setTitle] = useState(() => t("maps.newTitleDefault"));
  const [ego, setEgo] = useState(() => t("maps.newEgoDefault"));
  const [showErrors, setShowErrors] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !ego.trim()) return setShowErrors(true);
    onCreate(title.trim(), ego.trim());
  };
  return (
    <form className="new-map-form" onSubmit={submit} onKeyDown={blockComposingEnter} aria-label={t("maps.newMap")}>
      <RequiredField
        id={`${id}-title`}
        label={t("maps.newTitle")}
        value={title}
        onChange={setTitle}
        error={showErrors && !title.trim() ? t("maps.nameRequired") : null}
        autoFocus
      />
      <RequiredField
        id={`${id}-ego`}
        label={t("maps.newEgo")}
        value={ego}
        onChange={setEgo}
        error={showErrors && !ego.trim() ? t("maps.nameRequired") : null}
      />
      <div className="row-actions">
        <button type="submit" className="primary">
          {t("maps.create")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("maps.cancel")}
        </button>
      </div>
    </form>
  );
}

/** A labelled text input with its error line (announced through aria-describedby). */
function RequiredField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | null;
  autoFocus?: boolean;
}) {
  const { id, label, value, onChange, error, autoFocus } = props;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-err` : undefined}
        autoFocus={autoFocus}
      />
      {error !== null && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
