import { useTranslation } from "react-i18next";

/** PLACEHOLDER (issue 14 work in progress; replaced by the compare work before it lands). */
export function CompareTab() {
  const { t } = useTranslation("compare");
  return <p>{t("name")}</p>;
}
