import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SPHERES, type CommunityId, type Sphere } from "../../domain/model";
import { useEditorActions } from "./useEditorActions";
import { SPHERE_KEY } from "../../i18n/keys";

/** "New community: name + sphere". */
export function CommunityForm({
  defaultSphere = "third",
  onAdded,
}: {
  defaultSphere?: Sphere;
  onAdded?: (id: CommunityId) => void;
}) {
  const { t } = useTranslation("editor");
  const actions = useEditorActions();
  const [name, setName] = useState("");
  const [sphere, setSphere] = useState<Sphere>(defaultSphere);
  return (
    <form
      className="community-form inline-row"
      onSubmit={(e) => {
        e.preventDefault();
        const id = actions.addCommunity(name, sphere);
        if (id) onAdded?.(id);
        setName("");
      }}
    >
      <label>
        {t("community.newName")}
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t("community.sphere")}
        <select value={sphere} onChange={(e) => setSphere(e.target.value as Sphere)}>
          {SPHERES.map((s) => (
            <option key={s} value={s}>
              {t(SPHERE_KEY[s], { ns: "common" })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("community.add")}</button>
    </form>
  );
}
