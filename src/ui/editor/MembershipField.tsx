import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { nameCollator, type PersonId } from "../../domain/model";
import { SPHERE_COLORS } from "../../render/colors";
import { useMap } from "../hooks/storeContext";
import { useEditorActions } from "./useEditorActions";
import { getOwn } from "../../domain/model";
import { SPHERE_KEY } from "../../i18n/keys";

/**
 * Checkboxes for the communities a person belongs to (one or several), in name order. Planned
 * (what-if) communities are offered to planned people only.
 */
export function MembershipField({ personId, legend }: { personId: PersonId; legend?: string }) {
  const { t } = useTranslation("editor");
  const communities = useMap((s) => s.doc.communities);
  const memberOf = useMap((s) => getOwn(s.doc.people, personId)?.communityIds);
  const name = useMap((s) => getOwn(s.doc.people, personId)?.name ?? "");
  const planned = useMap((s) => getOwn(s.doc.people, personId)?.planned === true);
  const actions = useEditorActions();
  const list = useMemo(
    () =>
      Object.values(communities)
        .filter((c) => planned || !c.planned)
        .sort((a, b) => nameCollator().compare(a.name, b.name)),
    [communities, planned],
  );
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
