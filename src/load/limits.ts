// Input limits: what the loader refuses before doing expensive work, each with the reason for its value.

/** The real data files are a few tens of KB; 2 MB means a wrong file (an export, a binary) and would make parsing and error frames slow. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** What the header comment of projets.yaml promises the writers: a project's title holds on two lines of its card. */
export const MAX_TITRE_CHARS = 90;

/** A paragraph or summary of 5 000 characters fills more than a brochure page: it cannot be set in a column and is surely a paste error. */
export const MAX_TEXT_CHARS = 5_000;

/** The roadmap has 38 projects. The benchmark builds 100× that (3 800 projects, over a thousand pages, within its 30 s
 *  target), so the limit sits above it; 10 000 would take ~25 s of layout for a file that is surely wrong (an export, a
 *  duplicated list): refused at load in about two seconds. */
export const MAX_PROJETS = 5_000;
