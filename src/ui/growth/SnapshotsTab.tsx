import { useTranslation } from "react-i18next";

/** PLACEHOLDER (issue 14 work in progress; replaced by the snapshots work before it lands). */
export function SnapshotsTab() {
  const { t } = useTranslation("snapshots");
  return <p>{t("name")}</p>;
}
