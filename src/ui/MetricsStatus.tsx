import { useTranslation } from "react-i18next";
import { useMap } from "./hooks/storeContext";

export function MetricsStatus() {
  const { t } = useTranslation();
  const status = useMap((s) => s.metrics.status);
  const error = useMap((s) => s.metrics.error);
  return (
    <p role="status" className={`metrics-status metrics-${status}`} data-status={status}>
      {t(`metrics.${status}`, { message: error ?? "" })}
    </p>
  );
}
