import { useTranslation } from "react-i18next";
import type { PersonId } from "../../domain/model";
import { SPHERE_COLORS } from "../../render/colors";
import { useMap } from "../hooks/storeContext";
import { useEditorActions } from "./useEditorActions";
import { getOwn } from "../../domain/model";
import { SPHERE_KEY } from "../../i18n/keys";

/** Checkboxes for the communities a person belongs to (one or several). */
export function MembershipField({ personId, legend }: { personId: PersonId; legend?: string }) {
  const { t } = useTranslation("editor");
  const communities = useMap((s) => s.doc.communities);
  const memberOf = useMap((s) => getOwn(s.doc.people, personId)?.communityIds);
  const name = useMap((s) => getOwn(s.doc.people, personId)?.name ?? "");
  const actions = useEditorActions();
  const list = Object.values(communities);
  return (
    <fieldset className="membership">
      <legend>{legend ?? t("person.communities", { name })}</legend>
      {list.length === 0 && <p className="muted">{t("community.noneYet")}</p>}
      {list.map((c) => (
        <label key={c.id}>
          <input
            type="checkbox"
            checked={memberOf?.includes(c.id) ?? false}
            onChange={(e) => actions.setMember(personId, c.id, e.target.checked)}
          />
          <span className="swatch round" style={{ background: SPHERE_COLORS[c.sphere] }} aria-hidden="true" />
          {c.name} <span className="muted">({t(SPHERE_KEY[c.sphere], { ns: "common" })})</span>
        </label>
      ))}
    </fieldset>
  );
}
