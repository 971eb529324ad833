// Types of the plain-JS lint rule, for the tests that read its tables.
export type LayerRule = { values: string[]; types: string[]; files?: string[] };
export declare const LAYERS: string[];
export declare const ALLOWED: Record<string, LayerRule>;
export declare function layerOf(repoRelative: string): string | null;
export declare function boundaryViolation(fromLayer: string, targetRepoRelative: string, isTypeOnly: boolean): string | null;
export declare function featureOf(repoRelative: string): string | null;
export declare function featureViolation(fromRepoRelative: string, targetRepoRelative: string): string | null;
export declare const importBoundaries: unknown;
