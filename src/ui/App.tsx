import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./LanguageSwitch";
import { Legend } from "./Legend";
import { MapCanvas } from "./MapCanvas";
import { MetricsStatus } from "./MetricsStatus";
import { SummaryPanel } from "./SummaryPanel";
import { useMap } from "./hooks/storeContext";

export function App() {
  const { t } = useTranslation();
  const title = useMap((s) => s.doc.title);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t("appName")}</h1>
          <p className="tagline">{t("tagline")}</p>
        </div>
        <p className="map-title">{title}</p>
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <MapCanvas />
      </main>
      <aside className="app-side">
        <MetricsStatus />
        <SummaryPanel />
        <Legend />
      </aside>
    </div>
  );
}
