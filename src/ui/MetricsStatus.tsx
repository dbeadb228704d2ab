import { useTranslation } from "react-i18next";
import { useMap } from "./hooks/storeContext";
import type { Key } from "../i18n/keys";

// Indexed by the store's metrics status: a status without an entry here fails typecheck.
const METRICS_KEY = {
  idle: "metrics.idle",
  computing: "metrics.computing",
  ready: "metrics.ready",
  error: "metrics.error",
} as const satisfies Record<string, Key>;

export function MetricsStatus() {
  const { t } = useTranslation();
  const status = useMap((s) => s.metrics.status);
  const error = useMap((s) => s.metrics.error);
  return (
    <p role="status" className={`metrics-status metrics-${status}`} data-status={status}>
      {t(METRICS_KEY[status], { message: error ?? "" })}
    </p>
  );
}
