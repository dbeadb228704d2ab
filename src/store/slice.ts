// The zustand slices pattern of the one store: each slice creator gets the store's `set` (typed
// to its own fields, so a slice cannot write another's) and `get` (what it may read).
export type SliceSet<S> = (partial: Partial<S>) => void;
