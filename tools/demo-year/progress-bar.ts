/**
 * Steps done / total with rate and ETA on stderr: redrawn in place on a terminal, one line per
 * tenth of the way in a log (CI, a test).
 */
export class ProgressBar {
  private done = 0;
  private lastDecile = -1;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream | null = process.stderr,
  ) {}

  tick(label: string): void {
    this.done += 1;
    const now = Date.now();
    if (!this.out) return;
    if (this.out.isTTY) {
      if (now - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = now;
      this.out.write(`\r${this.line(label)}\x1b[K${this.done === this.total ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor((this.done * 10) / this.total);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.out.write(`${this.line(label)}\n`);
    }
  }

  line(label: string): string {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    return `${bar} ${this.done}/${this.total} ${rate.toFixed(0)} cmd/s ETA ${eta}s ${label}`;
  }
}
