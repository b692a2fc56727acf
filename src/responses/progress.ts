import type { AppResponse } from './types.js';

/** What the providers report to; the CLI makes one with createProgress, tests pass their own. */
export interface ProgressSink {
  start(total: number): void;
  settled(response: AppResponse): void;
  finish(outcome: { cancelled: boolean }): void;
}

export interface ProgressOptions {
  /** Where lines go (stderr in the CLI). Everything printed is plain text built here. */
  write: (text: string) => void;
  /** A terminal gets a redrawn bar; anything else (Actions logs) gets occasional lines. */
  isTTY: boolean;
  now?: () => number;
  /** Runs `tick` every `ms` until the returned function is called; lets logs show a stalled run. */
  every?: (ms: number, tick: () => void) => () => void;
  /** Without a terminal: a line at least this often while cases are pending. */
  logIntervalMs?: number;
  /** In a terminal: the bar is redrawn at most this often. */
  redrawMs?: number;
  width?: number;
}

const realEvery = (ms: number, tick: () => void) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

export function createProgress(options: ProgressOptions): ProgressSink {
  const now = options.now ?? (() => Date.now());
  const logIntervalMs = options.logIntervalMs ?? 10_000;
  const redrawMs = options.redrawMs ?? 100;
  const width = options.width ?? 24;
  let total = 0;
  let done = 0;
  let errors = 0;
  let startedAt = 0;
  let lastDraw = -Infinity;
  let lastLog = 0;
  let nextDecile = 1;
  let stopTicking: (() => void) | undefined;

  const rate = () => {
    const seconds = (now() - startedAt) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };
  const status = () => {
    const r = rate();
    const eta = r > 0 && done < total ? ` · ETA ${formatDuration((total - done) / r)}` : '';
    const errorText = errors ? ` · ${errors} error${errors === 1 ? '' : 's'}` : '';
    return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} cases (${percent()}%) · ${formatRate(r)}/s${eta}${errorText}`;
  };
  const percent = () => (total === 0 ? 100 : Math.floor((done / total) * 100));

  const drawBar = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < redrawMs) return;
    lastDraw = t;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    options.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${status()}`);
  };
  const logLine = () => {
    lastLog = now();
    options.write(`progress: ${status()}\n`);
  };

  return {
    start(count) {
      total = count;
      startedAt = now();
      lastLog = startedAt;
      if (options.isTTY) drawBar(true);
      else {
        options.write(`progress: ${total.toLocaleString('en-US')} cases to run\n`);
        stopTicking = (options.every ?? realEvery)(Math.min(logIntervalMs, 1000), () => {
          if (done < total && now() - lastLog >= logIntervalMs) logLine();
        });
      }
    },
    settled(response) {
      done++;
      if (response.error !== undefined) errors++;
      if (options.isTTY) return drawBar(done === total);
      // Deciles crossed by this case get one line between them, not one each.
      let crossed = false;
      while (nextDecile <= 10 && done * 10 >= nextDecile * total) {
        nextDecile++;
        crossed = true;
      }
      if (crossed || now() - lastLog >= logIntervalMs) logLine();
    },
    finish({ cancelled }) {
      stopTicking?.();
      const end = cancelled ? ` · cancelled, ${total - done} not run` : '';
      if (options.isTTY) {
        drawBar(true);
        options.write(`${end}\n`);
      } else if (cancelled) {
        options.write(`progress: ${status()}${end}\n`);
      }
    },
  };
}

function formatRate(perSecond: number): string {
  return perSecond >= 100 ? Math.round(perSecond).toLocaleString('en-US') : perSecond.toFixed(1);
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
