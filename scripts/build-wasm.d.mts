// Types of scripts/build-wasm.mjs for the TypeScript tests that import it.
export declare const ROOT: string;
export declare const SOURCE: string;
export declare const GENERATED: string;
export declare function compileKernel(): Promise<Buffer>;
export declare function generatedText(binary: Buffer): string;
