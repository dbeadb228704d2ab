import { useState } from "react";
import { useTranslation } from "react-i18next";
import { connectCommunity, removeCommunity, updateCommunity, type Community } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { CommunityProfileEditor, ProfileSummaryText } from "./CommunityProfileEditor";
import { ConfirmDialog } from "./ConfirmDialog";
import { useAnnounce } from "./feedback";
import { NameField } from "./NameField";
import { SphereSelect } from "../SphereSelect";

/** One community in the manager: name, sphere, members, "everyone knows each other", profile, delete. */
export function CommunityRow({ community }: { community: Community }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const announce = useAnnounce();
  const members = useMap(
    (s) =>
      Object.values(s.doc.people).filter(
        (p) => p.id !== s.doc.egoId && !p.planned && p.communityIds.includes(community.id),
      ).length,
  );
  const [confirming, setConfirming] = useState(false);
  const apply = store.getState().apply;
  return (
    <li className="community-row" data-testid="community-row">
      <div className="inline-row">
        <NameField
          label={t("community.nameOf")}
          hideLabel
          value={community.name}
          onCommit={(name) => apply((d) => updateCommunity(d, { id: community.id, name }))}
        />
        <label className="visually-hidden" htmlFor={`sphere-${community.id}`}>
          {t("community.sphereOf", { name: community.name })}
        </label>
        <SphereSelect
          id={`sphere-${community.id}`}
          value={community.sphere}
          onChange={(sphere) => apply((d) => updateCommunity(d, { id: community.id, sphere }))}
        />
        <span className="muted">{t("community.members", { count: members })}</span>
      </div>
      <div className="inline-row">
        <button
          type="button"
          disabled={members < 2}
          onClick={() => {
            apply((d) => connectCommunity(d, community.id));
            announce(t("announce.clique", { name: community.name }));
          }}
        >
          {t("community.everyoneKnows", { name: community.name })}
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t("community.delete", { name: community.name })}
        </button>
      </div>
      {community.sphere === "third" && (
        <details className="profile-details">
          <summary>
            {t("profile.heading")} — <ProfileSummaryText communityId={community.id} />
          </summary>
          <CommunityProfileEditor communityId={community.id} />
        </details>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("community.deleteTitle", { name: community.name })}
        message={t("community.deleteMessage", { name: community.name })}
        confirmLabel={t("community.deleteConfirm")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          apply((d) => removeCommunity(d, community.id));
          announce(t("announce.communityDeleted", { name: community.name }));
        }}
      />
    </li>
  );
}
