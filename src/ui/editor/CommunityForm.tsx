import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommunityId, Sphere } from "../../domain/model";
import { useEditorActions } from "./useEditorActions";
import { SphereSelect } from "../SphereSelect";
import { blockComposingEnter } from "../imeEnter";

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
      onKeyDown={blockComposingEnter}
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
        <SphereSelect value={sphere} onChange={setSphere} />
      </label>
      <button type="submit">{t("community.add")}</button>
    </form>
  );
}
