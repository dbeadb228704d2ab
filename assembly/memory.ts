// The kernels' reads and writes of i32 and f64 arrays laid out in the module's memory by the
// host (element i of the array at `base`), inlined where they are used.

@inline export function li(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}
@inline export function si(base: usize, i: i32, v: i32): void {
  store<i32>(base + (<usize>i << 2), v);
}
@inline export function lf(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}
@inline export function sf(base: usize, i: i32, v: f64): void {
  store<f64>(base + (<usize>i << 3), v);
}
