// A kernel compiled to WebAssembly, from the base64 its generated file holds (see
// scripts/build-wasm.mjs), instantiated synchronously — the bytes are a few KB, and the kernels
// run in workers and in Node. null where WebAssembly cannot be instantiated (a
// Content-Security-Policy without 'wasm-unsafe-eval', an engine without it): the caller then
// runs the same numbers in JavaScript.

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The kernel's exports, with `env` imports besides its abort (which throws `name` aborted). */
export function instantiateKernel<T>(base64: string, name: string, env: Record<string, () => number> = {}): T | null {
  try {
    const compiled = new WebAssembly.Module(decode(base64));
    const instance = new WebAssembly.Instance(compiled, {
      env: {
        ...env,
        abort: () => {
          throw new Error(`${name} aborted`);
        },
      },
    });
    return instance.exports as unknown as T;
  } catch {
    return null;
  }
}
