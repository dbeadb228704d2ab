// Types of scripts/build-wasm.mjs for the TypeScript tests that import it.
export declare const ROOT: string;
export declare const SOURCE: string;
export declare const GENERATED: string;
export declare const LOUVAIN_SOURCE: string;
export declare const LOUVAIN_GENERATED: string;
export declare function compileKernel(source?: string): Promise<Buffer>;
export declare function generatedText(binary: Buffer): string;
export declare function louvainGeneratedText(binary: Buffer): string;
export declare const STRUCTURE_SOURCE: string;
export declare const STRUCTURE_GENERATED: string;
export declare function structureGeneratedText(binary: Buffer): string;
