import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { getOwn, setTie, tiesOf, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { useAnnounce } from "./feedback";
import { PersonCombobox } from "../PersonCombobox";

/** "Knows …": type-ahead that adds an alter–alter tie on choice. */
export function KnowsPicker({ personId }: { personId: PersonId }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const announce = useAnnounce();
  const doc = useMap((s) => s.doc);
  const known = useMemo(() => {
    const set = new Set<PersonId>(tiesOf(doc, personId).map((tie) => (tie.a === personId ? tie.b : tie.a)));
    set.add(personId);
    return set;
  }, [doc, personId]);
  const choose = (other: PersonId) => {
    store.getState().apply((d) => setTie(d, { a: personId, b: other }));
    announce(t("announce.knows", { a: getOwn(doc.people, personId)?.name, b: getOwn(doc.people, other)?.name }));
  };
  return (
    <PersonCombobox
      label={t("knows.label")}
      optionsLabel={t("knows.options")}
      placeholder={t("knows.placeholder")}
      exclude={known}
      onChoose={choose}
    />
  );
}
