import { createHash } from 'node:crypto';

/**
 * A small seeded PRNG (sfc32) so the same seed always plans the same year. Each part of the plan
 * forks its own stream by label: changing how many names the families draw does not shift the
 * subsidy dates.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly seed: string) {
    const h = createHash('sha256').update(seed).digest();
    this.a = h.readUInt32LE(0);
    this.b = h.readUInt32LE(4);
    this.c = h.readUInt32LE(8);
    this.d = h.readUInt32LE(12);
    for (let i = 0; i < 12; i++) this.next();
  }

  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.seed}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /**
   * `count` whole numbers in [min, max] adding up to exactly `total` (amounts, day counts): the
   * generator's way of hitting the seed report's totals while each record still looks ordinary.
   */
  partition(total: number, count: number, min: number, max: number): number[] {
    if (count * min > total || count * max < total) throw new Error(`cannot split ${total} into ${count} parts in [${min}, ${max}]`);
    const parts = Array.from({ length: count }, () => min);
    const weights = parts.map(() => 0.4 + this.next());
    const sum = weights.reduce((s, w) => s + w, 0);
    const spread = total - count * min;
    weights.forEach((w, i) => (parts[i] = min + Math.min(max - min, Math.floor((spread * w) / sum))));
    let left = total - parts.reduce((s, p) => s + p, 0);
    while (left > 0) {
      const i = this.int(0, count - 1);
      const add = Math.min(left, max - parts[i]!, Math.max(1, Math.ceil(left / count)));
      parts[i]! += add;
      left -= add;
    }
    return parts;
  }
}

/** A UUID-shaped id derived from the seed and a step name: re-running the same seed resends the same ids. */
export function seededId(seed: string, year: number, step: string): string {
  const hex = createHash('sha256').update(`careledger-demo-year\u0000${seed}\u0000${year}\u0000${step}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
