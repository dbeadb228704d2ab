import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { bootstrap } from "./app/bootstrap";
import { isShareLinkPage, reloadWhenShareLinkChanges, shareI18n } from "./app/share";
import { App } from "./ui/App";
import { StoreProvider } from "./ui/hooks/storeContext";
import { SharedApp } from "./ui/share/SharedApp";
import "./ui/app.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
reloadWhenShareLinkChanges();
// A share link (#share=…) opens the read-only view before the app's bootstrap: the recipient's
// saved maps are neither opened nor written (no persistence is started).
if (isShareLinkPage()) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={shareI18n()}>
        <SharedApp />
      </I18nextProvider>
    </StrictMode>,
  );
} else {
  const { store, i18n, renderer, persistence } = bootstrap();
  const handles = { renderer, persistence };
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store} handles={handles}>
          <App />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
