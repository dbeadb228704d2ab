import { useTranslation } from "react-i18next";
import { CliqueQuestions } from "./CliqueQuestions";
import { Dialog } from "./Dialog";
import { DyadCensus } from "./DyadCensus";

/** Who knows whom: communities as cliques first, then only the pairs across communities. */
export function WhoKnowsWhomDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("editor");
  return (
    <Dialog open={open} title={t("census.title")} onClose={onClose} description={t("census.intro")} className="wide">
      <h3>{t("clique.heading")}</h3>
      <CliqueQuestions />
      <h3>{t("census.heading")}</h3>
      <DyadCensus onDone={onClose} />
    </Dialog>
  );
}
