import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

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
    <form className="new-map-form" onSubmit={submit} aria-label={t("maps.newMap")}>
      <label htmlFor={`${id}-title`}>{t("maps.newTitle")}</label>
      <input
        id={`${id}-title`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        aria-invalid={showErrors && !title.trim()}
        aria-describedby={showErrors && !title.trim() ? `${id}-title-err` : undefined}
        autoFocus
      />
      {showErrors && !title.trim() && (
        <p id={`${id}-title-err`} className="field-error">
          {t("maps.nameRequired")}
        </p>
      )}
      <label htmlFor={`${id}-ego`}>{t("maps.newEgo")}</label>
      <input
        id={`${id}-ego`}
        value={ego}
        onChange={(e) => setEgo(e.target.value)}
        aria-invalid={showErrors && !ego.trim()}
        aria-describedby={showErrors && !ego.trim() ? `${id}-ego-err` : undefined}
      />
      {showErrors && !ego.trim() && (
        <p id={`${id}-ego-err`} className="field-error">
          {t("maps.nameRequired")}
        </p>
      )}
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
