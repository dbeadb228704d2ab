// The client field of the new-map form and of a map's "Client…" form: free text with the clients
// already used offered as suggestions (a native datalist: keyboard and IME work as in any input).
import { useId } from "react";

export function ClientInput(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  names: readonly string[];
  onChange(value: string): void;
  autoFocus?: boolean;
}) {
  const { id, label, hint, value, names, onChange, autoFocus } = props;
  const listId = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        list={names.length > 0 ? listId : undefined}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
        autoFocus={autoFocus}
      />
      <p id={`${id}-hint`} className="muted field-hint">
        {hint}
      </p>
      {names.length > 0 && (
        <datalist id={listId}>
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      )}
    </>
  );
}
