// Types of release.mjs (a plain script: the release job runs it with node alone).
export const MANIFEST: string;
export interface ReleaseFile {
  path: string;
  bytes: number;
  sha256: string;
}
export function releaseFiles(outDir: string): { manifest: any; files: ReleaseFile[] };
export function tagMatchesEdition(tag: string, manifest: { edition: { date: string; libelle: string } }): boolean;
export function checkTag(tag: string, manifest: { edition: { date: string; libelle: string } }): void;
export function releaseTitle(manifest: { title: string }): string;
export function releaseNotes(manifest: any): string;
export function dryRun(tag: string, outDir: string): string;
export class ReleaseError extends Error {}
