// Forms that add planned (what-if) items: a person (optionally in a new planned community) with
// a planned tie to you, or a planned tie between two people already on the map.
import { useState, type FormEvent } from "react";
import {
  getOwn,
  addCommunity,
  addPerson,
  communityId,
  newId,
  personId,
  setTie,
  tieId,
  type FrequencyCategory,
  type MapDocument,
  type Sphere,
} from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { PersonCombobox } from "../PersonCombobox";
import { usePhrases } from "./format";
import type { Key } from "../../i18n/keys";
import { SphereSelect } from "../SphereSelect";

const NEW = "__new__";
const FREQUENCIES: readonly FrequencyCategory[] = ["often", "occasionally", "rarely"];
const FREQUENCY_OPTION_KEY = {
  often: "whatIf.frequencyOptions.often",
  occasionally: "whatIf.frequencyOptions.occasionally",
  rarely: "whatIf.frequencyOptions.rarely",
} as const satisfies Record<FrequencyCategory, Key<"insights">>;

export function addPlannedPerson(
  doc: MapDocument,
  input: {
    name: string;
    community: string;
    newCommunityName: string;
    sphere: Sphere;
    frequency: FrequencyCategory;
  },
): MapDocument {
  let next = doc;
  let cid = input.community === "" ? null : communityId(input.community);
  if (input.community === NEW) {
    cid = communityId(newId("c"));
    next = addCommunity(next, {
      id: cid,
      name: input.newCommunityName,
      sphere: input.sphere,
      planned: true,
    });
  }
  const pid = personId(newId("p"));
  next = addPerson(next, {
    id: pid,
    name: input.name,
    communityIds: cid ? [cid] : [],
    planned: true,
  });
  return setTie(next, {
    a: next.egoId,
    b: pid,
    answers: { frequencyCategory: input.frequency },
    planned: true,
  });
}

export function WhatIfForm() {
  const { t } = usePhrases();
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const [name, setName] = useState("");
  const [community, setCommunity] = useState(NEW);
  const [newCommunityName, setNewCommunityName] = useState("");
  const [sphere, setSphere] = useState<Sphere>("third");
  const [frequency, setFrequency] = useState<FrequencyCategory>("occasionally");
  const [tieA, setTieA] = useState("");
  const [tieB, setTieB] = useState("");
  const communities = Object.values(doc.communities).sort((x, y) => (x.name < y.name ? -1 : 1));

  const submitPerson = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === "" || (community === NEW && newCommunityName.trim() === "")) return;
    store.getState().apply((d) => addPlannedPerson(d, { name, community, newCommunityName, sphere, frequency }));
    setName("");
    setNewCommunityName("");
  };
  const canTie =
    tieA !== "" && tieB !== "" && tieA !== tieB && !getOwn(doc.ties, tieId(personId(tieA), personId(tieB)));
  const submitTie = (e: FormEvent) => {
    e.preventDefault();
    if (!canTie) return;
    store.getState().apply((d) =>
      setTie(d, {
        a: personId(tieA),
        b: personId(tieB),
        answers: { frequencyCategory: "occasionally" },
        planned: true,
      }),
    );
  };

  return (
    <>
      <form className="whatif-form" onSubmit={submitPerson} aria-label={t("whatIf.addPerson")}>
        <h4>{t("whatIf.addPerson")}</h4>
        <label>
          {t("whatIf.personName")}
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          {t("whatIf.community")}
          <select value={community} onChange={(e) => setCommunity(e.target.value)}>
            <option value={NEW}>{t("whatIf.newCommunity")}</option>
            <option value="">—</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {community === NEW && (
          <>
            <label>
              {t("whatIf.newCommunityName")}
              <input value={newCommunityName} onChange={(e) => setNewCommunityName(e.target.value)} />
            </label>
            <label>
              {t("whatIf.sphere")}
              <SphereSelect value={sphere} onChange={setSphere} />
            </label>
          </>
        )}
        <label>
          {t("whatIf.frequency")}
          <select value={frequency} onChange={(e) => setFrequency(e.target.value as FrequencyCategory)}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(FREQUENCY_OPTION_KEY[f])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("whatIf.add")}</button>
      </form>
      <form className="whatif-form" onSubmit={submitTie} aria-label={t("whatIf.addTie")}>
        <h4>{t("whatIf.addTie")}</h4>
        {(
          [
            [t("whatIf.tieA"), setTieA],
            [t("whatIf.tieB"), setTieB],
          ] as const
        ).map(([label, choose]) => (
          <PersonCombobox
            key={label}
            label={label}
            optionsLabel={label}
            egoLabel={t("legend.you")}
            keepChoice
            includePlanned
            onChoose={choose}
          />
        ))}
        <button type="submit" disabled={!canTie}>
          {t("whatIf.add")}
        </button>
      </form>
    </>
  );
}
