// Person labels on screen: sigma hands every label to `drawLabel` (all nodes carry forceLabel),
// and the first call of each frame decides, for the whole frame, who is named and on which side
// (labelPlacement.ts): the ego, the top sources of new information and the person in focus
// always; then by information potential, as long as labels find room without touching another
// label, another dot or a control drawn over the map. Zooming in makes room, so more people
// are named; on a 30,000-person map only the people that matter at this zoom are.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { labelRanking, type LabelPriorities } from "./labelRanking";
import type { MapDocument } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import {
  placeLabelsSteps,
  type Box,
  type LabelCandidate,
  type PlacedLabel,
  type PlacementOptions,
} from "./labelPlacement";
import { pageLabelPlacer, type LabelPlacer } from "./labelPlacer";
import { CandidatePacker, unpackCandidates, type PackedCandidates } from "./labelPack";
import { labelFollower } from "./labelFollow";
import { drawLabelText, setLabelStyle } from "./labelText";
import { frameKeyOf } from "./frameKey";
import { deferOnHeavy } from "./heavyFrame";
import { drain } from "./buildRenderGraph";
import { nextTask, SLICE_MS } from "./renderSync";
import { nodeDisplayReader } from "./sigmaDisplay";
import { nameBoxesOf, outlineSourceOf, type Outline } from "./outlineSource";

const objectsOf = (packed: PackedCandidates): LabelCandidate[] =>
  unpackCandidates(packed.values, (i) => packed.ids[i] as string);

/** Most labels drawn at once (a huge map zoomed out would otherwise spend its frame on text). */
const MAX_LABELS = 300;
/**
 * From this many candidates on, the deferred frames of a map (heavyFrame.ts) are named by the
 * label worker (labelPlacer.ts): on a 30,000-person map its placing is ~40 ms of the main thread
 * per frame; below, the copies cost about what they save.
 */
export const OFF_THREAD_CANDIDATES = 5000;
/** People turned into label candidates between two pauses of a sliced placing. */
const CANDIDATE_STEP = 5000;
export const LABEL_SIZE = 13;

export interface LabelsLayer {
  readonly drawLabel: NodeLabelDrawingFunction<RenderNode, RenderEdge>;
  /** The labels of the last frame (tests and the keyboard announcer read it). */
  readonly placed: () => readonly PlacedLabel[];
  detach(): void;
}

export function attachLabels(
  sigma: Sigma<RenderNode, RenderEdge>,
  graph: RenderGraph,
  store: MapStore,
  focusOf: () => string | null,
  obstacles: () => readonly Box[] = () => [],
  placer: LabelPlacer | null = pageLabelPlacer(),
): LabelsLayer {
  let dirty = true;
  let frame = new Map<string, PlacedLabel>();
  let last: PlacedLabel[] = [];
  const widths = new Map<string, number>();
  const font = () =>
    `${String(sigma.getSetting("labelWeight"))} ${LABEL_SIZE}px ${String(sigma.getSetting("labelFont"))}`;

  const rank = labelRanking(graph);

  const frameKey = frameKeyOf(sigma, graph);
  interface Placing {
    readonly key: string;
    /** The controls over the map, as JSON (a panel opened over it moves them). */
    readonly controls: string;
    readonly priorities: LabelPriorities;
    readonly outlines: boolean;
    readonly doc: unknown;
  }
  let placedFor: Placing | null = null;

  const place = (context: CanvasRenderingContext2D) => drain(placeSteps(context));
  const displayData = nodeDisplayReader(sigma);
  const outlines = outlineSourceOf(sigma, graph);
  /** The names' boxes of the frame's outlines, kept while the outlines are the same. */
  let nameCache: { of: readonly Outline[]; boxes: Box[] } | null = null;
  function* nameBoxes(doc: MapDocument): Generator<void, Box[], void> {
    const pieces = yield* outlines.steps(doc, true);
    if (nameCache?.of !== pieces) nameCache = { of: pieces, boxes: nameBoxesOf(pieces) };
    return nameCache.boxes;
  }

  /** What the frame's labels are placed from; null when they are the last frame's. */
  interface Gathered {
    readonly candidates: PackedCandidates;
    readonly options: PlacementOptions;
    readonly placing: Placing;
  }

  /** The frame's candidates and obstacles, pausing while gathering them. */
  function* gatherSteps(context: CanvasRenderingContext2D): Generator<void, Gathered | null, void> {
    const state = store.getState();
    const focus = focusOf();
    const priorities = rank(state, focus);
    // The same frame as last time (nothing moved, nothing changed): the same labels.
    const controls = obstacles();
    const frameAt = frameKey.current();
    const controlsAt = JSON.stringify(controls);
    const same =
      placedFor !== null &&
      placedFor.key === frameAt &&
      placedFor.controls === controlsAt &&
      placedFor.priorities === priorities &&
      placedFor.outlines === state.view.outlines &&
      placedFor.doc === state.doc;
    if (same) return null;
    // Recorded once placed: a placing abandoned half way (sliced, see drawSliced) counts for nothing.
    placedFor = null;
    const placing = { key: frameAt, controls: controlsAt, priorities, outlines: state.view.outlines, doc: state.doc };
    context.font = font();
    const packer = new CandidatePacker(graph.order);
    let n = 0;
    for (const id of graph.nodes()) {
      if (++n % CANDIDATE_STEP === 0) {
        yield;
        context.font = font();
      }
      const d = displayData(id);
      if (!d || d.hidden || !d.label) continue;
      const p = sigma.framedGraphToViewport(d);
      let width = widths.get(d.label);
      if (width === undefined) {
        width = context.measureText(d.label).width;
        if (widths.size > 50_000) widths.clear();
        widths.set(d.label, width);
      }
      const pr = priorities.get(id);
      packer.push(
        id,
        p.x,
        p.y,
        sigma.scaleSize(d.size),
        width + 2,
        LABEL_SIZE + 3,
        pr?.priority ?? 0,
        pr?.force ?? false,
      );
    }
    const candidates = packer.packed();
    const { width, height } = sigma.getDimensions();
    const names = state.view.outlines ? yield* nameBoxes(state.doc) : [];
    return { candidates, options: { width, height, max: MAX_LABELS, obstacles: [...controls, ...names] }, placing };
  }

  /** The frame's labels are `placed` (into `last` and `frame`). */
  const commit = (gathered: Gathered, placed: PlacedLabel[]) => {
    last = placed;
    frame = new Map(last.map((l) => [l.id, l]));
    placedFor = gathered.placing;
    follower.placed(last);
  };

  /**
   * While the camera moves (labelFollow.ts), a frame that only moved it — the same map, people,
   * focus and controls — moves each label with its person instead of placing them all again.
   */
  const follower = labelFollower(sigma, frameKey, displayData);
  const followed = (): boolean => {
    if (placedFor === null) return false;
    const state = store.getState();
    const same =
      placedFor.doc === state.doc &&
      placedFor.outlines === state.view.outlines &&
      placedFor.priorities === rank(state, focusOf()) &&
      placedFor.controls === JSON.stringify(obstacles());
    const moved = follower.follow(last, same);
    if (!moved) return false;
    last = moved;
    frame = new Map(last.map((l) => [l.id, l]));
    return true;
  };

  /** Decides the frame's labels on this thread, pausing while placing them. */
  function* placeSteps(context: CanvasRenderingContext2D): Generator<void, void, void> {
    const gathered = yield* gatherSteps(context);
    if (gathered) commit(gathered, yield* placeLabelsSteps(objectsOf(gathered.candidates), gathered.options));
  }

  const drawLabel: NodeLabelDrawingFunction<RenderNode, RenderEdge> = (context, data) => {
    if (dirty) {
      dirty = false;
      if (!followed()) place(context);
    }
    const at = frame.get(data.key);
    if (!at || !data.label) return;
    context.save();
    setLabelStyle(context, font());
    drawLabelText(context, at, data.label);
    context.restore();
  };

  /**
   * With sigma's own label pass off (renderLabels: false, see mapRenderer.ts) the layer draws
   * the frame's labels itself after sigma has drawn: sigma's pass visits every on-screen node
   * and copies its data twice to ask whether it is named, which on a 30,000-person map costs
   * more than placing the few hundred labels that are.
   */
  const drawAll = () => {
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (!context) return;
    dirty = false;
    if (!followed()) place(context);
    drawPlaced(context);
  };

  /**
   * drawAll with the placing spread over tasks of SLICE_MS; started again when the frame changes
   * in between (a frame drawn meanwhile cleared the labels and left them to this).
   */
  const drawSliced = (finish: () => void) => {
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (!context) return finish();
    dirty = false;
    const key = frameKey.current();
    /** Whether the frame is still the one begun; else the layer is done, or begins again. */
    const current = (): boolean => {
      if (!attached) finish();
      else if (frameKey.current() !== key) drawSliced(finish);
      else return true;
      return false;
    };
    /** `steps` over tasks of SLICE_MS, then `done` with what they returned. */
    const run = <R>(steps: Generator<void, R, void>, done: (result: R) => void) => {
      const slice = () => {
        if (!current()) return;
        const until = performance.now() + SLICE_MS;
        for (;;) {
          const step = steps.next();
          if (step.done) return done(step.value);
          if (performance.now() >= until) break;
        }
        nextTask(slice);
      };
      slice();
    };
    const placed = (gathered: Gathered, labels: PlacedLabel[]) => {
      commit(gathered, labels);
      drawPlaced(context);
      finish();
    };
    run(gatherSteps(context), (gathered) => {
      if (!gathered) {
        drawPlaced(context);
        return finish();
      }
      const { candidates, options } = gathered;
      const here = () => run(placeLabelsSteps(objectsOf(candidates), options), (labels) => placed(gathered, labels));
      if (!placer || candidates.ids.length < OFF_THREAD_CANDIDATES) return here();
      // A worker that failed (now or before) refuses: this thread places, as where there is none.
      placer(candidates, options).then(
        (labels) => current() && placed(gathered, labels),
        () => current() && here(),
      );
    });
  };

  const drawPlaced = (context: CanvasRenderingContext2D) => {
    context.save();
    setLabelStyle(context, font());
    // Least important first: where forced labels overlap, the more important one is on top.
    for (let i = last.length - 1; i >= 0; i--) {
      const at = last[i] as PlacedLabel;
      const label = sigma.getNodeDisplayData(at.id)?.label;
      if (label) drawLabelText(context, at, label);
    }
    context.restore();
  };

  // After a sliced patch the labels follow sigma's frame in a task of their own (heavyFrame.ts);
  // a frame drawn meanwhile leaves them to that task.
  let attached = true;
  const deferred = deferOnHeavy(graph);
  const onAfter = () => {
    if (sigma.getSetting("renderLabels")) return;
    deferred(drawAll, (finish) => (attached ? drawSliced(finish) : finish()));
  };

  const onBefore = () => {
    dirty = true;
  };
  sigma.on("beforeRender", onBefore);
  sigma.on("afterRender", onAfter);
  return {
    drawLabel,
    placed: () => last,
    detach() {
      attached = false;
      sigma.off("beforeRender", onBefore);
      sigma.off("afterRender", onAfter);
      follower.detach();
    },
  };
}
