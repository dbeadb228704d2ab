// "Share link…": the open map as a read-only link. The privacy choices are the export's own
// (ExportOptionsFields, the same anonymisation); a passphrase encrypts the link. The link is shown
// in a read-only field with its length and a Copy button (the clipboard API; when the browser
// refuses, the text is selected for Ctrl+C). Too large for a link: says so and offers the export.
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { copyShareLink, makeShareLink, SHARE_LINK_MAX_CHARS, type ShareLink } from "../../app/share";
import { Dialog } from "../editor/Dialog";
import { ExportOptionsFields, type ExportChoice } from "../files/ExportOptionsFields";
import { useMap } from "../hooks/storeContext";
import { blockComposingEnter } from "../imeEnter";
import "../files/io.css";
import "./share.css";

const NO_IMAGE: Omit<ExportChoice, "anonymise"> = {
  format: "native",
  scale: 1,
  title: "",
  legend: false,
  background: "white",
  view: "whole",
  includeData: false,
};

type Outcome =
  { kind: "link"; link: ShareLink } | { kind: "tooLarge"; length: number } | { kind: "error"; message: string };

export function ShareDialog({
  open,
  onClose,
  onExportFile,
}: {
  open: boolean;
  onClose: () => void;
  onExportFile: () => void;
}) {
  const { t } = useTranslation("share");
  const { t: tio } = useTranslation("io");
  const id = useId();
  const doc = useMap((s) => s.doc);
  const [anonymise, setAnonymise] = useState<ExportChoice["anonymise"]>("none");
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const n = (v: number) => v.toLocaleString();

  const make = async () => {
    setBusy(true);
    setCopied(null);
    try {
      const options =
        anonymise === "none"
          ? undefined
          : {
              mode: anonymise,
              personLabel: (k: number) => tio("export.person", { n: k }),
              egoLabel: tio("export.you"),
              title: tio("export.neutralTitle"),
            };
      const result = await makeShareLink(doc, options, passphrase);
      setOutcome(result.ok ? { kind: "link", link: result.value } : { kind: "tooLarge", length: result.error.length });
    } catch (e) {
      setOutcome({ kind: "error", message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async (url: string) => {
    const done = await copyShareLink(url);
    setCopied(done ? "yes" : "no");
    if (!done) field.current?.select();
  };

  const change = (f: () => void) => {
    f();
    setOutcome(null);
    setCopied(null);
  };

  return (
    <Dialog
      open={open}
      title={t("dialog.title")}
      onClose={onClose}
      className="io-dialog"
      description={t("dialog.intro")}
    >
      <form
        className="share-form"
        onKeyDown={blockComposingEnter}
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <ExportOptionsFields
          value={{ ...NO_IMAGE, anonymise }}
          onChange={(v) => change(() => setAnonymise(v.anonymise))}
        />
        <label className="name-field">
          <span>{t("dialog.passphrase")}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            aria-describedby={`${id}-pass-hint`}
            onChange={(e) => change(() => setPassphrase(e.target.value))}
          />
        </label>
        <p id={`${id}-pass-hint`} className="small muted">
          {t("dialog.passphraseHint")}
        </p>
        <p className="small muted">{t("dialog.leftOut")}</p>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t("dialog.working") : t("dialog.make")}
          </button>
        </div>
      </form>
      {outcome?.kind === "link" && (
        <div className="share-result" data-testid="share-result">
          <label htmlFor={`${id}-link`}>{t("dialog.link")}</label>
          <textarea
            id={`${id}-link`}
            ref={field}
            readOnly
            rows={4}
            value={outcome.link.url}
            aria-describedby={`${id}-length`}
            onFocus={(e) => e.target.select()}
            data-testid="share-link"
          />
          <p id={`${id}-length`} className="small muted" data-testid="share-length">
            {t("dialog.length", { length: n(outcome.link.length), limit: n(SHARE_LINK_MAX_CHARS) })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => void copy(outcome.link.url)}>
              {t("dialog.copy")}
            </button>
          </div>
          <p role="status" className="small">
            {copied === "yes" ? t("dialog.copied") : copied === "no" ? t("dialog.copyFailed") : ""}
          </p>
        </div>
      )}
      {outcome?.kind === "tooLarge" && (
        <div className="io-error" role="alert" data-testid="share-too-large">
          <p>{t("dialog.tooLarge", { length: n(outcome.length), limit: n(SHARE_LINK_MAX_CHARS) })}</p>
          <button type="button" onClick={onExportFile}>
            {t("dialog.exportFile")}
          </button>
        </div>
      )}
      {outcome?.kind === "error" && (
        <p className="io-error" role="alert">
          {t("dialog.failed", { message: outcome.message })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t("dialog.close")}
        </button>
      </div>
    </Dialog>
  );
}
