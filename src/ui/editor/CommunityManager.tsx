import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { realCommunities } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { CommunityForm } from "./CommunityForm";
import { CommunityRow } from "./CommunityRow";
import { Dialog } from "./Dialog";

/** Create, rename, re-sphere and delete communities; "everyone here knows each other"; third-place profiles. */
export function CommunityManager({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("editor");
  const doc = useMap((s) => s.doc);
  // Planned (what-if) communities are the what-if panel's: made real or cleared there. Kept in
  // creation order, so that a community just created stays at the end under the form.
  const list = useMemo(() => realCommunities(doc), [doc]);
  return (
    <Dialog
      open={open}
      title={t("community.title")}
      onClose={onClose}
      description={t("community.intro")}
      className="wide"
    >
      <CommunityForm />
      {list.length === 0 ? (
        <p className="muted">{t("community.noneYet")}</p>
      ) : (
        <ul className="community-list">
          {list.map((c) => (
            <CommunityRow key={c.id} community={c} />
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t("common.done")}
        </button>
      </div>
    </Dialog>
  );
}
