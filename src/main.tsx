import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { bootstrap } from "./app/bootstrap";
import { App } from "./ui/App";
import { StoreProvider } from "./ui/hooks/storeContext";
import "./ui/app.css";

const { store, i18n, renderer, persistence } = bootstrap();
const handles = { renderer, persistence };
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store} handles={handles}>
        <App />
      </StoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
