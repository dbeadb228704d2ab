// Connect slice: whether "connect" mode is on (any drag on the canvas draws a tie) and the last
// tie drawn on the canvas (for the announcement).
// Writer: only these actions — `setConnectMode` by the editor toolbar, `canvasConnected` by the
// canvas's drag-to-connect.
import type { PersonId } from "../domain/model";
import type { SliceSet } from "./slice";

export interface CanvasConnection {
  readonly a: PersonId;
  readonly b: PersonId;
}

export interface ConnectSlice {
  readonly connectMode: boolean;
  /** The two people a drag on the canvas last connected (a new object for every drag). */
  readonly canvasConnection: CanvasConnection | null;
  setConnectMode(on: boolean): void;
  canvasConnected(a: PersonId, b: PersonId): void;
}

export function createConnectSlice(set: SliceSet<ConnectSlice>): ConnectSlice {
  return {
    connectMode: false,
    canvasConnection: null,
    setConnectMode(on) {
      set({ connectMode: on });
    },
    canvasConnected(a, b) {
      set({ canvasConnection: { a, b } });
    },
  };
}
