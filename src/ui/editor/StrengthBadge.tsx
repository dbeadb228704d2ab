import { useTranslation } from "react-i18next";
import type { TieBand } from "../../domain/model";
import { BAND_KEY } from "../../i18n/keys";

/** "0.62 · Strong": the composite strength and its band in words (colour is only a hint). */
export function StrengthBadge({
  strength,
  band,
  live = false,
}: {
  strength: number | null;
  band: TieBand;
  live?: boolean;
}) {
  const { t } = useTranslation("editor");
  const text =
    strength === null
      ? t("strength.unknown")
      : t("strength.value", { value: strength.toFixed(2), band: t(BAND_KEY[band], { ns: "common" }) });
  return (
    <output className={`strength-badge band-${band}`} aria-live={live ? "polite" : undefined}>
      {text}
    </output>
  );
}
