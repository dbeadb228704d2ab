import { useTranslation } from "react-i18next";
import "./help.css";
import { Dialog } from "../editor/Dialog";
import { CRITERIA_KEYS, TERM_KEYS, TERMS } from "./glossary";

/** The help page: Granovetter's weak ties, Burt's structural holes, third places and every score. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation("help");
  return (
    <Dialog open={open} title={t("title")} onClose={onClose} className="help-dialog">
      <div className="help-body">
        <section>
          <h3>{t("sections.weakTies.heading")}</h3>
          <p>{t("sections.weakTies.body")}</p>
        </section>
        <section>
          <h3>{t("sections.holes.heading")}</h3>
          <p>{t("sections.holes.body")}</p>
        </section>
        <section>
          <h3>{t("sections.third.heading")}</h3>
          <p>{t("sections.third.body")}</p>
          <ol>
            {CRITERIA_KEYS.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ol>
        </section>
        <section>
          <h3>{t("sections.scores.heading")}</h3>
          <p>{t("sections.scores.intro")}</p>
          <dl className="help-terms">
            {TERMS.map((id) => (
              <div key={id}>
                <dt>{t(TERM_KEYS[id].label)}</dt>
                <dd>{t(TERM_KEYS[id].text)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Dialog>
  );
}
