// Number formatting and phrase translation shared by the insight panels.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Phrase } from "../../domain/insights/sentences";

/** Fixed decimals; "—" for null (undefined metrics are null, never NaN). */
export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const s = value.toFixed(digits);
  return s.startsWith("-") ? `−${s.slice(1)}` : s;
}

export function signed(value: number | null, digits = 1): string {
  if (value === null) return "—";
  const s = fmt(Math.abs(value), digits);
  return value > 0 && s !== fmt(0, digits) ? `+${s}` : value < 0 && s !== fmt(0, digits) ? `−${s}` : "±0";
}

/** Translates phrases of the "insights" namespace. */
export function usePhrases(): { say: (p: Phrase) => string; t: TFunction<"insights"> } {
  const { t } = useTranslation("insights");
  return { say: (p) => t(p.key, p.params ?? {}), t };
}
