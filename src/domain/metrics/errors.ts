// Errors raised by the metrics engine when its input violates the spec (metrics-spec §P).

/** Invalid input to a metric (e.g. a negative edge weight, §P4); the message names the function. */
export class MetricsInputError extends Error {
  override readonly name = "MetricsInputError";
}
