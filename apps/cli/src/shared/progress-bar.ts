import type { RebuildProgress } from '@careledger/projections';
import type { CliIo } from './cli-io';

const WIDTH = 24;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const duration = (seconds: number) =>
  !Number.isFinite(seconds) ? '?' : seconds < 60 ? `${Math.ceil(seconds)}s` : `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;

/**
 * Rebuild progress on stderr (stdout stays for results): on a terminal one line redrawn at most
 * 10 times a second; otherwise (logs, CI, tests) a plain line every few seconds and at the end.
 */
export function progressBar(io: CliIo, label: string): { update: (p: RebuildProgress) => void; done: () => void } {
  let lastDraw = performance.now();
  let last: RebuildProgress | null = null;
  let drawnOnTty = false;
  const line = (p: RebuildProgress) => {
    const total = Math.max(1, p.toPosition - p.fromPosition);
    const done = Math.min(total, p.position - p.fromPosition);
    const rate = p.elapsedMs > 0 ? (p.events / p.elapsedMs) * 1000 : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    const filled = Math.round((done / total) * WIDTH);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
    return `${label} ${bar} ${String(Math.floor((done / total) * 100)).padStart(3)}%  position ${fmt(p.position)}/${fmt(p.toPosition)}  ${fmt(rate)} events/s  ETA ${duration(eta)}`;
  };
  return {
    update(p) {
      last = p;
      const now = performance.now();
      if (now - lastDraw < (io.stderrIsTTY ? 100 : 5000)) return;
      lastDraw = now;
      if (io.stderrIsTTY) {
        io.stderr(`\r${line(p)}\x1b[K`);
        drawnOnTty = true;
      } else {
        io.stderr(`${line(p)}\n`);
      }
    },
    done() {
      if (last) io.stderr(`${io.stderrIsTTY ? '\r' : ''}${line(last)}${io.stderrIsTTY ? '\x1b[K' : ''}\n`);
      else if (drawnOnTty) io.stderr('\n');
    },
  };
}
