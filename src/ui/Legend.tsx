import { useTranslation } from "react-i18next";
import { EGO_COLOR, SPHERE_COLORS } from "../render/colors";

export function Legend() {
  const { t } = useTranslation();
  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t("legend.heading")}</h2>
      <ul className="count-list">
        <li>
          <span className="swatch round" style={{ background: EGO_COLOR }} aria-hidden="true" />
          {t("legend.ego")}
        </li>
        {(["family", "work", "third"] as const).map((s) => (
          <li key={s}>
            <span className="swatch round" style={{ background: SPHERE_COLORS[s] }} aria-hidden="true" />
            {t(`sphere.${s}`)}
          </li>
        ))}
        <li>{t("legend.edgeWidth")}</li>
      </ul>
    </section>
  );
}
