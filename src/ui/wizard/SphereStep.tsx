import { useState } from "react";
import { useTranslation } from "react-i18next";
import { updateCommunity, type Sphere } from "../../domain/model";
import { NameField } from "../editor/NameField";
import { useEditorActions } from "../editor/useEditorActions";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { CommunityMembers } from "./CommunityMembers";
import { NameEntry } from "./NameEntry";

/** Family or workplace: the community is created with the first name entered. */
export function SphereStep({ sphere }: { sphere: Extract<Sphere, "family" | "work"> }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const actions = useEditorActions();
  const community = useMap((s) => Object.values(s.doc.communities).find((c) => c.sphere === sphere));
  const [draftName, setDraftName] = useState(() => t(`wizard.${sphere}.defaultName`));
  return (
    <div className="wizard-step">
      <p className="wizard-prompt">{t(`wizard.${sphere}.prompt`)}</p>
      {community ? (
        <NameField
          label={t(`wizard.${sphere}.communityName`)}
          value={community.name}
          onCommit={(name) => store.getState().apply((d) => updateCommunity(d, { id: community.id, name }))}
        />
      ) : (
        <label className="name-field">
          {t(`wizard.${sphere}.communityName`)}
          <input value={draftName} onChange={(e) => setDraftName(e.target.value)} />
        </label>
      )}
      {community ? (
        <CommunityMembers communityId={community.id} label={t(`wizard.${sphere}.nameLabel`)} autoFocus />
      ) : (
        <NameEntry
          label={t(`wizard.${sphere}.nameLabel`)}
          people={[]}
          autoFocus
          onRemove={() => undefined}
          onAdd={(name) => {
            const id = actions.addCommunity(draftName.trim() || t(`wizard.${sphere}.defaultName`), sphere);
            return id ? actions.addPerson(name, [id], { reuse: true }) : null;
          }}
        />
      )}
    </div>
  );
}
