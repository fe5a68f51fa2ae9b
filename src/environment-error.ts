// The machine, not the inputs nor the tool: a full disk, a read-only or forbidden folder, `--out` naming a file. Told in
// French with the folder and the cause, under an exit code of its own (4), never as an « erreur interne » to report.
import path from 'node:path';

/** System error codes that describe the environment, with what they mean and what to do about them. */
const CAUSES: Record<string, { cause: string; fix: string }> = {
  ENOSPC: { cause: 'le disque est plein', fix: 'libérez de la place sur le disque, puis relancez' },
  EDQUOT: { cause: 'le quota de disque est atteint', fix: 'libérez de la place sur le disque, puis relancez' },
  EROFS: { cause: 'le disque est en lecture seule', fix: 'choisissez un dossier où écrire avec --out DOSSIER' },
  EACCES: { cause: 'permission refusée', fix: 'choisissez un dossier où vous pouvez écrire (--out DOSSIER), ou faites corriger ses droits' },
  EPERM: { cause: 'opération non permise', fix: 'choisissez un dossier où vous pouvez écrire (--out DOSSIER), ou faites corriger ses droits' },
  EEXIST: { cause: 'c’est un fichier, pas un dossier', fix: 'donnez à --out un dossier, ou un nom qui n’existe pas encore' },
  ENOTDIR: { cause: 'le chemin passe par un fichier, pas par un dossier', fix: 'donnez à --out un dossier, ou un nom qui n’existe pas encore' },
  EISDIR: { cause: 'c’est un dossier, pas un fichier', fix: 'vérifiez le chemin' },
  EMFILE: { cause: 'trop de fichiers ouverts', fix: 'fermez d’autres programmes, puis relancez' },
  ENFILE: { cause: 'trop de fichiers ouverts sur la machine', fix: 'fermez d’autres programmes, puis relancez' },
  EIO: { cause: 'erreur de lecture ou d’écriture du disque', fix: 'vérifiez le disque, puis relancez' },
};

export class EnvironmentError extends Error {
  constructor(
    /** The folder or file concerned, as the user would name it (relative to the project when inside it). */
    readonly where: string,
    readonly code: string,
    /** True when the failure came before anything was replaced: the previous outputs are whole. */
    readonly outputsIntact: boolean,
    readonly action: 'écrire dans' | 'lire',
  ) {
    const c = CAUSES[code];
    super(`impossible ${action === 'lire' ? 'de lire' : 'd’écrire dans'} « ${where} » : ${c.cause} (${code})`);
    this.name = 'EnvironmentError';
  }

  /** What to do, in French. */
  get fix(): string {
    return CAUSES[this.code].fix;
  }
}

/**
 * The environment failure a system error stands for, or undefined when it is something else (a bug stays an internal
 * error). `where` names the folder the user knows (the output folder rather than a staging file inside it).
 */
export function environmentFailure(err: unknown, where: string, action: EnvironmentError['action'], outputsIntact: boolean): EnvironmentError | undefined {
  if (err instanceof EnvironmentError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code && Object.hasOwn(CAUSES, code) ? new EnvironmentError(where, code, outputsIntact, action) : undefined;
}

/** Syscalls that write: what a bare system error says about what was attempted (`open` is taken as a read). */
const WRITES = new Set(['write', 'mkdir', 'mkdtemp', 'rename', 'unlink', 'rmdir', 'rm', 'fsync', 'link', 'symlink', 'copyfile', 'utime', 'chmod', 'ftruncate']);

/**
 * For the CLI: an `EnvironmentError`, or a bare system error thrown from anywhere (reading an input the user may not
 * read …) with an environment code, named by its path relative to `root`.
 */
export function asEnvironmentError(err: unknown, root: string): EnvironmentError | undefined {
  if (err instanceof EnvironmentError) return err;
  const e = err as NodeJS.ErrnoException | undefined;
  if (!e?.path) return undefined;
  const rel = path.relative(root, e.path);
  const where = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : e.path;
  return environmentFailure(err, where, e.syscall && WRITES.has(e.syscall) ? 'écrire dans' : 'lire', false);
}

/** What every command prints for a failure of the machine (exit code 4): the cause, then what to do. */
export function environmentMessage(e: EnvironmentError): string {
  const fix = e.fix.charAt(0).toUpperCase() + e.fix.slice(1);
  return `Erreur d’environnement : ${e.message}.\n${fix}.${e.outputsIntact ? ' Les fichiers déjà publiés sont inchangés.' : ''}`;
}
