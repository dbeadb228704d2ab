import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PersonId } from "../../domain/model";
import { MembershipField } from "../editor/MembershipField";

/** Communities of one person: names, with a disclosure to change membership inline. */
export function CommunitiesCell({ id, name, communities }: { id: PersonId; name: string; communities: string }) {
  const { t } = useTranslation("editor");
  // The checkboxes are mounted only while open: a long table would otherwise hold rows × communities inputs.
  const [open, setOpen] = useState(false);
  return (
    <details className="communities-cell" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary
        aria-label={t("table.editCommunities", {
          name,
          communities: communities || t("table.noCommunity"),
        })}
      >
        {communities || <span className="muted">{t("table.noCommunity")}</span>}
      </summary>
      {open && <MembershipField personId={id} />}
    </details>
  );
}
