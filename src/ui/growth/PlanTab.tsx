import { useTranslation } from "react-i18next";

/** PLACEHOLDER (issue 14 work in progress; replaced by the plan work before it lands). */
export function PlanTab() {
  const { t } = useTranslation("plan");
  return <p>{t("name")}</p>;
}
