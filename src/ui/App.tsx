import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EditorToolbar, type MainView } from "./editor/EditorToolbar";
import { LiveRegion } from "./editor/LiveRegion";
import { PersonPanel } from "./editor/PersonPanel";
import { PeopleTable } from "./table/PeopleTable";
import { EdgeTooltip } from "./insights/EdgeTooltip";
import { InsightsPanel } from "./insights/InsightsPanel";
import { PersonInsights } from "./insights/PersonInsights";
import { ImportExportButtons } from "./files/ImportExportButtons";
import { HelpButton } from "./help/HelpButton";
import { GrowthButton } from "./growth/GrowthButton";
import { SampleBanner } from "./help/SampleBanner";
import { LanguageSwitch } from "./LanguageSwitch";
import { LayoutControls } from "./LayoutControls";
import { Legend } from "./Legend";
import { MapCanvas } from "./MapCanvas";
import { MapsMenu } from "./MapsMenu";
import { MetricsStatus } from "./MetricsStatus";
import { StorageAlert } from "./StorageAlert";
import { SummaryPanel } from "./SummaryPanel";
import { UndoRedo } from "./UndoRedo";
import { PHONE_QUERY, SidePanels, useMediaQuery } from "./SidePanels";
import { useMap } from "./hooks/storeContext";
// The shipped Japanese font (src/domain/fonts.ts FONT_STACK), self-hosted and split by
// unicode-range: imported here, not @imported in app.css, so vite.config.ts can drop its .woff fallback.
import "@fontsource/noto-sans-jp/400.css";
import "@fontsource/noto-sans-jp/700.css";

export function App() {
  const { t } = useTranslation();
  const title = useMap((s) => s.doc.title);
  const [view, setView] = useState<MainView>("map");
  // On a phone the view controls and legend move from beside the map into the bottom sheet.
  const phone = useMediaQuery(PHONE_QUERY);
  const mapSide = (
    <div className="map-side">
      <LayoutControls />
      <Legend />
    </div>
  );
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t("appName")}</h1>
          <p className="tagline">{t("tagline")}</p>
        </div>
        <MapsMenu />
        <p className="map-title" title={title}>
          {title}
        </p>
        <UndoRedo />
        <EditorToolbar view={view} onViewChange={setView} />
        <ImportExportButtons />
        <GrowthButton />
        <HelpButton />
        <LanguageSwitch />
        <StorageAlert />
      </header>
      <main className="app-main">
        {view === "map" ? (
          <>
            <MapCanvas />
            {!phone && mapSide}
            <EdgeTooltip />
          </>
        ) : (
          <PeopleTable />
        )}
      </main>
      <SidePanels phone={phone} followSelection={view === "map"}>
        <SampleBanner />
        <PersonPanel extra={(id) => <PersonInsights personId={id} />} />
        {phone && view === "map" && mapSide}
        <MetricsStatus />
        <InsightsPanel showPerson={false} />
        <SummaryPanel />
      </SidePanels>
      <LiveRegion />
    </div>
  );
}
