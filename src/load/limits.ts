// Input limits: what the loader refuses before doing expensive work, each with the reason for its value.

/** The real data files are a few tens of KB; 2 MB means a wrong file (an export, a binary) and would make parsing and error frames slow. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A paragraph or summary of 5 000 characters fills more than a brochure page: it cannot be set in a column and is surely a paste error. */
export const MAX_TEXT_CHARS = 5_000;

/** The roadmap has 38 projects. 1 000 cards already fill ~170 pages and take ~6 s to lay out; 10 000 would take ~25 s of layout
 *  before rendering even starts, for a file that is surely wrong (an export, a duplicated list): refused at load in well under a second. */
export const MAX_PROJETS = 1_000;
