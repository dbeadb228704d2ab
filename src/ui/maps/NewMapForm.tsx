import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { blockComposingEnter } from "../imeEnter";
import { ClientInput } from "./ClientInput";

export function NewMapForm({
  onCreate,
  onCancel,
  clientNames,
}: {
  /** client: undefined for one's own map. */
  onCreate(title: string, egoName: string, client: string | undefined): void;
  onCancel(): void;
  /** The clients already used, offered in the client field. */
  clientNames: readonly string[];
}) {
  const { t } = useTranslation("editor-core");
  const { t: ts } = useTranslation("sessions");
  const [client, setClient] = useState("");
  const id = useId();
  const [title, setTitle] = useState(() => t("maps.newTitleDefault"));
  const [ego, setEgo] = useState(() => t("maps.newEgoDefault"));
  const [showErrors, setShowErrors] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !ego.trim()) return setShowErrors(true);
    onCreate(title.trim(), ego.trim(), client.trim() || undefined);
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
      <ClientInput
        id={`${id}-client`}
        label={ts("client.label")}
        hint={ts("client.hint")}
        value={client}
        names={clientNames}
        onChange={setClient}
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
