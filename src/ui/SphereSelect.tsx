import { useTranslation } from "react-i18next";
import { SPHERES, type Sphere } from "../domain/model";
import { SPHERE_KEY } from "../i18n/keys";

/** A choice of the four spheres (family, work, third place, none), named in the user's language. */
export function SphereSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: Sphere;
  onChange: (sphere: Sphere) => void;
}) {
  const { t } = useTranslation("common");
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as Sphere)}>
      {SPHERES.map((s) => (
        <option key={s} value={s}>
          {t(SPHERE_KEY[s])}
        </option>
      ))}
    </select>
  );
}
