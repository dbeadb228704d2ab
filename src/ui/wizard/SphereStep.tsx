import { useState } from "react";
import { useTranslation } from "react-i18next";
import { updateCommunity, type Sphere } from "../../domain/model";
import { NameField } from "../editor/NameField";
import { useEditorActions } from "../editor/useEditorActions";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { CommunityMembers } from "./CommunityMembers";
import { NameEntry } from "./NameEntry";
import type { Key } from "../../i18n/keys";

const SPHERE_STEP_KEYS = {
  family: {
    prompt: "wizard.family.prompt",
    communityName: "wizard.family.communityName",
    defaultName: "wizard.family.defaultName",
    nameLabel: "wizard.family.nameLabel",
  },
  work: {
    prompt: "wizard.work.prompt",
    communityName: "wizard.work.communityName",
    defaultName: "wizard.work.defaultName",
    nameLabel: "wizard.work.nameLabel",
  },
} as const satisfies Record<
  "family" | "work",
  Record<"prompt" | "communityName" | "defaultName" | "nameLabel", Key<"editor">>
>;

/** Family or workplace: the community is created with the first name entered. */
export function SphereStep({ sphere }: { sphere: Extract<Sphere, "family" | "work"> }) {
  const { t } = useTranslation("editor");
  const keys = SPHERE_STEP_KEYS[sphere];
  const store = useMapStoreApi();
  const actions = useEditorActions();
  const community = useMap((s) => Object.values(s.doc.communities).find((c) => c.sphere === sphere));
  const [draftName, setDraftName] = useState(() => t(keys.defaultName));
  return (
    <div className="wizard-step">
      <p className="wizard-prompt">{t(keys.prompt)}</p>
      {community ? (
        <NameField
          label={t(keys.communityName)}
          value={community.name}
          onCommit={(name) => store.getState().apply((d) => updateCommunity(d, { id: community.id, name }))}
        />
      ) : (
        <label className="name-field">
          {t(keys.communityName)}
          <input value={draftName} onChange={(e) => setDraftName(e.target.value)} />
        </label>
      )}
      {community ? (
        <CommunityMembers communityId={community.id} label={t(keys.nameLabel)} autoFocus />
      ) : (
        <NameEntry
          label={t(keys.nameLabel)}
          people={[]}
          autoFocus
          onRemove={() => undefined}
          onAdd={(name) => {
            const id = actions.addCommunity(draftName.trim() || t(keys.defaultName), sphere);
            return id ? actions.addPerson(name, [id], { reuse: true }) : null;
          }}
        />
      )}
    </div>
  );
}
