// Types of synthetic-roadmap.mjs for the TypeScript tests.
export declare function syntheticProjets<P extends { id: string; mission: string }>(projets: readonly P[], missions: readonly string[], count: number): P[];
export declare function projetsYaml(projets: readonly unknown[]): string;
