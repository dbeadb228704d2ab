// View controls over the map: layout (ego rings / clusters, which runs when chosen and stops by
// itself, with a status line saying when it settled; re-run or stop by hand), "without me",
// community outlines, colour and size encodings. They only write the store's view slice; the
// renderer reacts (animated layout switch, FA2 worker, re-encoding).
import { useTranslation } from "react-i18next";
import { COLOR_BYS, LAYOUT_MODES, SIZE_BYS, type ColorBy, type LayoutMode, type SizeBy } from "../store/viewSlice";
import { useMap } from "./hooks/storeContext";
import type { Key } from "../i18n/keys";

const LAYOUT_KEY = { rings: "layout.rings", clusters: "layout.clusters" } as const satisfies Record<
  LayoutMode,
  Key<"insights">
>;
const COLOR_BY_KEY = {
  sphere: "layout.color.sphere",
  community: "layout.color.community",
  cluster: "layout.color.cluster",
} as const satisfies Record<ColorBy, Key<"insights">>;
export const SIZE_BY_KEY = {
  information_potential: "layout.size.information_potential",
  marginal_reach: "layout.size.marginal_reach",
  betweenness: "layout.size.betweenness",
  uniform: "layout.size.uniform",
} as const satisfies Record<SizeBy, Key<"insights">>;

export function LayoutControls() {
  const { t } = useTranslation("insights");
  const { t: tm } = useTranslation("map");
  const view = useMap((s) => s.view);
  const note = view.layoutNote;
  const seconds = note ? note.seconds.toFixed(1) : "";
  const setView = useMap((s) => s.setView);
  return (
    <div className="layout-controls" role="toolbar" aria-label={t("layout.heading")} data-testid="layout-controls">
      <div role="group" aria-label={t("layout.layout")} className="segmented">
        {LAYOUT_MODES.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={view.layout === m}
            onClick={() => setView({ layout: m, clustersRunning: m === "clusters" ? view.clustersRunning : false })}
          >
            {t(LAYOUT_KEY[m])}
          </button>
        ))}
      </div>
      {view.layout === "clusters" && (
        <button
          type="button"
          aria-pressed={view.clustersRunning}
          onClick={() => setView({ clustersRunning: !view.clustersRunning })}
        >
          {view.clustersRunning ? t("layout.stop") : t("layout.start")}
        </button>
      )}
      {view.layout === "clusters" && (
        <p className="layout-note" role="status" data-testid="layout-note">
          {view.clustersRunning
            ? tm("layout.running")
            : note
              ? tm(
                  note.state === "settled"
                    ? "layout.settled"
                    : note.state === "capped"
                      ? "layout.capped"
                      : "layout.stopped",
                  {
                    seconds,
                  },
                )
              : ""}
        </p>
      )}
      <button type="button" aria-pressed={view.withoutMe} onClick={() => setView({ withoutMe: !view.withoutMe })}>
        {t("layout.withoutMe")}
      </button>
      <button type="button" aria-pressed={view.outlines} onClick={() => setView({ outlines: !view.outlines })}>
        {t("layout.outlines")}
      </button>
      <ViewSelect
        label={t("layout.colorBy")}
        value={view.colorBy}
        options={COLOR_BYS.map((c) => [c, t(COLOR_BY_KEY[c])] as const)}
        onChange={(colorBy: ColorBy) => setView({ colorBy })}
      />
      <ViewSelect
        label={t("layout.sizeBy")}
        value={view.sizeBy}
        options={SIZE_BYS.map((s) => [s, t(SIZE_BY_KEY[s])] as const)}
        onChange={(sizeBy: SizeBy) => setView({ sizeBy })}
      />
    </div>
  );
}

/** A labelled select of one view setting; `options` are [value, shown text] pairs. */
function ViewSelect<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
