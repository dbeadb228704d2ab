import { alters } from "../domain/model";
import type { MapState } from "./mapStore";

export const selectDoc = (s: MapState) => s.doc;
export const selectRevision = (s: MapState) => s.revision;
export const selectMetricsStatus = (s: MapState) => s.metrics.status;
export const selectSelectedId = (s: MapState) => s.selectedId;
export const selectAlterCount = (s: MapState) => alters(s.doc).length;
