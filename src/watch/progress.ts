// Shows which stage a long build is in: nothing for quick steps, a line once a step passes a second.
import type { StageName } from '../build.js';

/** Stages quicker than this are not worth a line: most rebuilds print nothing but their summary. */
export const SLOW_STAGE_MS = 1000;

export type ProgressStage = StageName | 'publish' | 'review';

export const STAGE_LABELS: Record<ProgressStage, string> = {
  load: 'lecture des données et des textes',
  model: 'préparation du contenu',
  'typeset+layout': 'composition et mise en page',
  render: 'rendu du PDF',
  publish: 'publication (vignettes, page web, manifeste)',
  review: 'rendu des pages pour la relecture',
};

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  stage(stage: ProgressStage): void;
  /** Ends the last stage (and clears the updating line on a terminal). */
  done(): void;
}

/**
 * On a terminal, one line updated in place (`\r` + erase); elsewhere (CI logs, pipes) plain lines only, so logs
 * never carry control characters.
 */
export function createProgress(out: ProgressOutput, slowMs = SLOW_STAGE_MS): Progress {
  let timer: NodeJS.Timeout | undefined;
  let shown = false;
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (shown && out.isTTY) out.write('\r\x1b[2K');
    shown = false;
  };
  return {
    stage(stage) {
      clear();
      timer = setTimeout(() => {
        const text = `… ${STAGE_LABELS[stage]}`;
        out.write(out.isTTY ? `\r\x1b[2K${text}` : `${text}\n`);
        shown = true;
      }, slowMs);
      timer.unref();
    },
    done: clear,
  };
}
