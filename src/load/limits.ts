// Input limits: what the loader refuses before doing expensive work, each with the reason for its value.

/** The real data files are a few tens of KB; 2 MB means a wrong file (an export, a binary) and would make parsing and error frames slow. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A paragraph or summary of 5 000 characters fills more than a brochure page: it cannot be set in a column and is surely a paste error. */
export const MAX_TEXT_CHARS = 5_000;

/** The roadmap has 38 projects; 10 000 keeps every check and layout pass well under a second and still leaves room for any real roadmap. */
export const MAX_PROJETS = 10_000;
