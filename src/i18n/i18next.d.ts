// Types i18next's keys from the English files, so a missing or misspelt key fails `npm run typecheck`.
// The namespaces listed here are the files in locales/en; a new namespace file is added here too
// (tests/unit/i18n/keys.test.ts fails until it is).
import "i18next";
import type common from "./locales/en/common.json";
import type editorCore from "./locales/en/editor-core.json";
import type editor from "./locales/en/editor.json";
import type help from "./locales/en/help.json";
import type insights from "./locales/en/insights.json";
import type io from "./locales/en/io.json";
import type report from "./locales/en/report.json";
import type map from "./locales/en/map.json";
import type growth from "./locales/en/growth.json";
import type snapshots from "./locales/en/snapshots.json";
import type compare from "./locales/en/compare.json";
import type plan from "./locales/en/plan.json";
import type backup from "./locales/en/backup.json";
import type share from "./locales/en/share.json";
import type sessions from "./locales/en/sessions.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof common;
      "editor-core": typeof editorCore;
      editor: typeof editor;
      help: typeof help;
      insights: typeof insights;
      io: typeof io;
      report: typeof report;
      map: typeof map;
      growth: typeof growth;
      snapshots: typeof snapshots;
      compare: typeof compare;
      plan: typeof plan;
      backup: typeof backup;
      share: typeof share;
      sessions: typeof sessions;
    };
    enableSelector: false;
  }
}
