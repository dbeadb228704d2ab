// The session dates of a client's map in the Maps dialog, newest first: the three newest, then
// how many earlier ones there are.
import { useTranslation } from "react-i18next";

const SHOWN = 3;

export function SessionDates({ dates }: { dates: readonly string[] }) {
  const { t, i18n } = useTranslation("sessions");
  if (dates.length === 0) return <span className="map-row-sessions">{t("dates.none")}</span>;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const shown = dates
    .slice(0, SHOWN)
    .map((d) => format.format(new Date(d)))
    .join(i18n.language.startsWith("ja") ? "、" : ", ");
  const list = dates.length > SHOWN ? t("dates.more", { dates: shown, count: dates.length - SHOWN }) : shown;
  return <span className="map-row-sessions">{t("dates.list", { dates: list, count: dates.length })}</span>;
}
