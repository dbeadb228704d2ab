// Tooltip for the tie under the pointer: its span (Granovetter's local bridge of degree n;
// Easley & Kleinberg §3.2) in words.
import { useTranslation } from "react-i18next";
import { getOwn, personId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";

export function EdgeTooltip() {
  const { t } = useTranslation("insights");
  const edge = useMap((s) => s.view.hoveredEdge);
  const people = useMap((s) => s.doc.people);
  if (!edge) return null;
  const a = getOwn(people, personId(edge.a))?.name ?? edge.a;
  const b = getOwn(people, personId(edge.b))?.name ?? edge.b;
  const text =
    edge.embeddedness !== null && edge.embeddedness > 0
      ? t("tooltip.spanClosed", { a, b, count: edge.embeddedness })
      : edge.span === null
        ? edge.isBridge
          ? t("tooltip.spanInfinite", { a, b })
          : null
        : t("tooltip.span", { a, b, span: edge.span });
  if (!text) return null;
  return (
    <div
      className="edge-tooltip"
      role="tooltip"
      style={{ left: edge.x + 12, top: edge.y + 12 }}
      data-testid="edge-tooltip"
    >
      {text}
    </div>
  );
}
