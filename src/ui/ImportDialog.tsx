import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  likelyDuplicates,
  mergeImported,
  openImportedAsNewMap,
  readImportFile,
  readPickedFile,
  type CsvField,
  type CsvKind,
  type CsvSheet,
  type ImportError,
  type ImportedMap,
  type LikelyDuplicate,
} from "../app/importExport";
import { Dialog } from "./editor/Dialog";
import { useMap, useMapStoreApi } from "./hooks/storeContext";
import { CsvMappingStep } from "./files/CsvMappingStep";
import { ConfirmFailureBox, ImportErrorBox, type ConfirmFailure } from "./files/ImportMessages";
import { usePersistence, usePersistenceController } from "./maps/usePersistence";
import { PickStep, type PendingFile } from "./files/PickStep";
import { ReviewStep, type ReviewChoice } from "./files/ReviewStep";
import { useDropAnywhere } from "./files/useDropAnywhere";
import { SnapshotOffer } from "./growth/SnapshotOffer";
import "./files/io.css";

export type { PendingFile };

type Step =
  | { readonly kind: "pick"; readonly error?: ImportError }
  | { readonly kind: "reading"; readonly name: string }
  | {
      readonly kind: "mapping";
      readonly file: PendingFile;
      readonly sheet: CsvSheet;
      readonly error?: ImportError;
    }
  | {
      readonly kind: "review";
      readonly imported: ImportedMap;
      readonly duplicates: readonly LikelyDuplicate[];
      readonly failure?: ConfirmFailure;
      /** "Import" was pressed; the review stays mounted so that a failure keeps the choices. */
      readonly opening?: boolean;
    }
  | { readonly kind: "done"; readonly message: string };

const isCsvName = (name: string): boolean => /\.(csv|tsv)$/iu.test(name);
/** Errors that choosing other columns cannot fix: no column-mapping step for them. */
const UNMAPPABLE = new Set<ImportError["kind"]>(["tooLarge", "empty", "badEncoding"]);

/**
 * Import in steps: pick (file, drop or paste) → column mapping for spreadsheets → review (merge or
 * new map, your name, likely duplicates) → done. Nothing touches the open map before "Import";
 * a failed or cancelled import leaves it as it was.
 */
export function ImportDialog({
  open,
  onClose,
  onDropFile,
}: {
  open: boolean;
  onClose: () => void;
  onDropFile: () => void;
}) {
  const { t } = useTranslation("io");
  const store = useMapStoreApi();
  const title = useMap((s) => s.doc.title);
  const saved = usePersistence((s) => s.status === "saved");
  const persistence = usePersistenceController();
  const [step, setStep] = useState<Step>({ kind: "pick" });

  const run = useCallback(
    async (f: PendingFile, mapping?: { kind: CsvKind; fields: Partial<Record<CsvField, number>> }) => {
      setStep({ kind: "reading", name: f.name });
      const options = mapping
        ? mapping.kind === "people"
          ? { format: "csvPeople" as const, peopleMapping: mapping.fields }
          : { format: "csvTies" as const, tiesMapping: mapping.fields }
        : {};
      let outcome;
      try {
        outcome = await readImportFile(f.name, f.bytes, f.mimeType ? { ...options, mimeType: f.mimeType } : options);
      } catch (e) {
        setStep({
          kind: "pick",
          error: {
            kind: "notGraph",
            file: f.name,
            message: e instanceof Error ? e.message : String(e),
          },
        });
        return;
      }
      const { result, sheet } = outcome;
      const spreadsheet =
        isCsvName(f.name) &&
        (result.ok
          ? result.value.format === "csvPeople" || result.value.format === "csvTies"
          : !UNMAPPABLE.has(result.error.kind));
      if (spreadsheet && (!mapping || !result.ok)) {
        // A headerless edge list has no column names to map; the importer read it as it is.
        if (sheet && !(result.ok && sheet.headerless)) {
          setStep({
            kind: "mapping",
            file: f,
            sheet,
            ...(result.ok ? {} : { error: result.error }),
          });
          return;
        }
      }
      if (!result.ok) setStep({ kind: "pick", error: result.error });
      else
        setStep({
          kind: "review",
          imported: result.value,
          duplicates: likelyDuplicates(store, result.value),
        });
    },
    [store],
  );

  // A file dropped anywhere on the page opens the dialog with it.
  const dragging = useDropAnywhere(
    useCallback(
      (f: File) => {
        onDropFile();
        void readPickedFile(f).then((read) =>
          read.ok ? run(read.value) : setStep({ kind: "pick", error: read.error }),
        );
      },
      [onDropFile, run],
    ),
  );

  const close = () => {
    setStep({ kind: "pick" });
    onClose();
  };

  const confirm = async (imported: ImportedMap, duplicates: readonly LikelyDuplicate[], choice: ReviewChoice) => {
    if (choice.mode === "merge") {
      let r;
      try {
        r = mergeImported(store, imported, choice.matches);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        setStep({ kind: "review", imported, duplicates, failure: { ok: false, step: "merge", detail } });
        return;
      }
      setStep({
        kind: "done",
        message: t("import.merged", {
          added: r.peopleAdded,
          matched: r.peopleMatched,
          ties: r.tiesAdded,
        }),
      });
    } else {
      setStep({ kind: "review", imported, duplicates, opening: true });
      const fallback = imported.file.replace(/\.[^.]+$/u, "");
      const opened = await openImportedAsNewMap(store, persistence, imported, fallback, choice.egoName);
      if (opened.ok) setStep({ kind: "done", message: t("import.opened", { title: opened.title }) });
      else setStep({ kind: "review", imported, duplicates, failure: opened });
    }
  };

  return (
    <>
      {dragging && (
        <div className="io-drop-overlay" aria-hidden="true">
          {t("import.dropOverlay")}
        </div>
      )}
      <Dialog
        open={open}
        title={step.kind === "mapping" ? t("mapping.title") : t("import.title")}
        onClose={close}
        className="wide io-dialog"
      >
        {step.kind === "pick" && (
          <PickStep
            error={step.error}
            onFile={(f) => void run(f)}
            onRefused={(error) => setStep({ kind: "pick", error })}
            onCancel={close}
          />
        )}
        {step.kind === "reading" && <p role="status">{t("import.reading", { file: step.name })}</p>}
        {step.kind === "mapping" && (
          <>
            {step.error && <ImportErrorBox error={step.error} />}
            <CsvMappingStep
              sheet={step.sheet}
              onBack={() => setStep({ kind: "pick" })}
              onApply={(kind, fields) => void run(step.file, { kind, fields })}
            />
          </>
        )}
        {step.kind === "review" && step.opening && <p role="status">{t("import.opening")}</p>}
        {step.kind === "review" && step.failure && !step.opening && (
          <ConfirmFailureBox failure={step.failure} file={step.imported.file} openTitle={title} openSaved={saved} />
        )}
        {step.kind === "review" && (
          <ReviewStep
            imported={step.imported}
            duplicates={step.duplicates}
            currentTitle={title}
            onBack={() => setStep({ kind: "pick" })}
            onConfirm={(choice) => {
              if (!step.opening) void confirm(choice.imported, step.duplicates, choice);
            }}
          />
        )}
        {step.kind === "done" && (
          <div>
            <p role="status">{step.message}</p>
            <SnapshotOffer />
            <div className="dialog-actions">
              <button type="button" className="primary" onClick={close} data-autofocus>
                {t("import.close")}
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
