import type { TFunction } from "i18next";
import type { RestoreError } from "../../app/backup";

/** What went wrong with a restore, in words that say what to do. */
export function restoreErrorText(t: TFunction<"backup">, e: RestoreError): string {
  switch (e.kind) {
    case "wrongPassphraseOrDamaged":
      return t("error.wrongPassphraseOrDamaged");
    case "notJson":
      return t("error.notJson");
    case "notOurFormat":
      return e.found === "tsunagari-map" ? t("error.mapFile") : t("error.notOurFormat");
    case "versionTooNew":
      return t("error.versionTooNew");
    case "invalid":
      return e.map
        ? t("error.invalidMap", { title: e.map.title ?? `#${e.map.index + 1}`, path: e.path, message: e.message })
        : t("error.invalid", { path: e.path, message: e.message });
    case "tooLarge":
      return t("error.tooLarge", { mb: (e.bytes / 1e6).toFixed(1), limit: (e.limit / 1e6).toFixed(0) });
    case "storage":
      return e.problem.kind === "quota"
        ? t("error.quota")
        : t("error.storage", { detail: e.problem.detail ?? e.problem.kind });
    case "noStorage":
      return t("error.noStorage");
  }
}
