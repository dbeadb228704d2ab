// "Client…" on a map row: set, change or (left empty) remove the client a map belongs to.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { blockComposingEnter } from "../imeEnter";
import { ClientInput } from "./ClientInput";

export function ClientForm(props: {
  title: string;
  client: string | undefined;
  names: readonly string[];
  onSave(client: string | null): void;
  onCancel(): void;
}) {
  const { t } = useTranslation("sessions");
  const id = useId();
  const [draft, setDraft] = useState(props.client ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = draft.trim();
    props.onSave(name === "" ? null : name);
  };
  return (
    <form
      className="rename-form"
      onSubmit={submit}
      onKeyDown={blockComposingEnter}
      aria-label={t("client.formLabel", { title: props.title })}
    >
      <ClientInput
        id={`${id}-client`}
        label={t("client.formLabel", { title: props.title })}
        hint={t("client.formHint")}
        value={draft}
        names={props.names}
        onChange={setDraft}
        autoFocus
      />
      <div className="row-actions">
        <button type="submit" className="primary">
          {t("client.save")}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t("client.cancel")}
        </button>
      </div>
    </form>
  );
}
