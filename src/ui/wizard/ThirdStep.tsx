import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { CommunityProfileEditor, ProfileSummaryText } from "../editor/CommunityProfileEditor";
import { useEditorActions } from "../editor/useEditorActions";
import { useMap } from "../hooks/storeContext";
import { CommunityMembers } from "./CommunityMembers";
import type { Key } from "../../i18n/keys";
import { holdImeEnter } from "./quickKeys";

/** Examples of third communities named in the source article (seed 000). */
const SUGGESTIONS = [
  "wizard.third.examples.probono",
  "wizard.third.examples.npo",
  "wizard.third.examples.freelance",
  "wizard.third.examples.startupWeekend",
  "wizard.third.examples.studyGroup",
  "wizard.third.examples.onlineSalon",
] as const satisfies readonly Key<"editor">[];

/** Third communities: name each one (suggestions from the article), its members, its profile. */
export function ThirdStep() {
  const { t } = useTranslation("editor");
  const actions = useEditorActions();
  const communities = useMap((s) => s.doc.communities);
  const third = useMemo(() => Object.values(communities).filter((c) => c.sphere === "third"), [communities]);
  const [name, setName] = useState("");
  const [latest, setLatest] = useState<string | null>(null);
  const add = (n: string) => {
    const id = actions.addCommunity(n, "third");
    if (id) setLatest(id);
  };
  return (
    <div className="wizard-step">
      <p className="wizard-prompt">{t("wizard.third.prompt")}</p>
      <form
        className="inline-row"
        onSubmit={(e) => {
          e.preventDefault();
          add(name);
          setName("");
        }}
      >
        <label htmlFor="wizard-third-name">{t("wizard.third.communityName")}</label>
        <input
          id="wizard-third-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={holdImeEnter}
          autoComplete="off"
          autoFocus={third.length === 0}
        />
        <button type="submit">{t("wizard.third.add")}</button>
      </form>
      <div className="wizard-suggestions" role="group" aria-label={t("wizard.third.suggestions")}>
        <span className="muted small">{t("wizard.third.suggestions")}</span>
        {SUGGESTIONS.map((s) => (
          <button key={s} type="button" className="chip-button" onClick={() => add(t(s))}>
            + {t(s)}
          </button>
        ))}
      </div>
      {third.map((c) => (
        <section key={c.id} className="third-community" aria-labelledby={`third-${c.id}`}>
          <h3 id={`third-${c.id}`}>{c.name}</h3>
          <CommunityMembers
            communityId={c.id}
            label={t("wizard.third.nameLabel", { name: c.name })}
            autoFocus={c.id === latest}
          />
          <details className="profile-details">
            <summary>
              {t("profile.heading")} — <ProfileSummaryText communityId={c.id} />
            </summary>
            <CommunityProfileEditor communityId={c.id} />
          </details>
        </section>
      ))}
    </div>
  );
}
