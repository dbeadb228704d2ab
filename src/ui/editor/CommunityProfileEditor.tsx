import { useId } from "react";
import { useTranslation } from "react-i18next";
import { getOwn, updateCommunity, type CommunityId, type Likert } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { CRITERIA, summariseProfile, withCriterion, type Criterion } from "./communityProfile";
import { LikertField } from "./LikertField";
import type { Key } from "../../i18n/keys";

const CRITERION_KEY = {
  membersShareRunning: "profile.membersShareRunning",
  sharedPurpose: "profile.sharedPurpose",
  chooseDepth: "profile.chooseDepth",
  freeToComeAndGo: "profile.freeToComeAndGo",
  newcomersSupported: "profile.newcomersSupported",
} as const satisfies Record<Criterion, Key<"editor">>;

/** Short profile line: "4 of 5 criteria met · members similar to you: 3/5". */
export function ProfileSummaryText({ communityId }: { communityId: CommunityId }) {
  const { t } = useTranslation("editor");
  const profile = useMap((s) => getOwn(s.doc.communities, communityId)?.profile);
  const sum = summariseProfile(profile);
  if (sum.answered === 0 && sum.similarity === null) return <span className="muted">{t("profile.empty")}</span>;
  return (
    <span className="profile-summary">
      {t("profile.summary", { met: sum.met, total: CRITERIA.length })}
      {sum.similarity !== null && ` · ${t("profile.similaritySummary", { value: sum.similarity })}`}
    </span>
  );
}

/** The article's checklist for a third community, stored in community.profile. */
export function CommunityProfileEditor({ communityId }: { communityId: CommunityId }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const community = useMap((s) => getOwn(s.doc.communities, communityId));
  const base = useId();
  if (!community) return null;
  const profile = community.profile;
  const save = (next: typeof profile) =>
    store.getState().apply((d) => updateCommunity(d, { id: communityId, profile: next ?? {} }));
  return (
    <div className="profile-editor">
      <p className="muted">{t("profile.intro", { name: community.name })}</p>
      <ul className="criteria">
        {CRITERIA.map((c) => (
          <li key={c}>
            <label htmlFor={`${base}-${c}`}>
              <input
                id={`${base}-${c}`}
                type="checkbox"
                checked={profile?.[c] === true}
                onChange={(e) => save(withCriterion(profile, c, e.target.checked))}
              />
              {t(CRITERION_KEY[c])}
            </label>
          </li>
        ))}
      </ul>
      <LikertField
        legend={t("profile.similarity", { name: community.name })}
        value={profile?.similarity}
        onChange={(v: Likert | null) => {
          const next: Record<string, unknown> = { ...(profile ?? {}) };
          if (v === null) delete next.similarity;
          else next.similarity = v;
          save(next);
        }}
      />
    </div>
  );
}
