/**
 * Hits per line number of one file. A report of 2 million lines fills 2 million entries,
 * and a `Map` costs several times the time and memory of an array indexed by line number
 * (line numbers of a file are small and dense). The array grows by doubling, but only while
 * the numbers stay near the count of lines held; a file with far-apart numbers (a
 * hand-made `number="999999999"`) switches to a `Map`, so memory stays bounded by the
 * number of lines either way. Iteration is in ascending line order for the array, in
 * insertion order for the `Map`.
 */
export class LineHits implements Iterable<[number, number]> {
  /** hits[line], or ABSENT for a line that is not listed. */
  private dense: Float64Array | undefined = EMPTY;
  private sparse: Map<number, number> | undefined;
  private count = 0;

  /** Number of lines listed. */
  get size(): number {
    return this.count;
  }

  get(line: number): number | undefined {
    if (this.sparse !== undefined) return this.sparse.get(line);
    const hits = (this.dense as Float64Array)[line];
    return hits === undefined || hits === ABSENT ? undefined : hits;
  }

  has(line: number): boolean {
    return this.get(line) !== undefined;
  }

  set(line: number, hits: number): void {
    this.put(line, hits, false);
  }

  /** Adds hits to a line (a line listed twice sums, like two runs). */
  add(line: number, hits: number): void {
    this.put(line, hits, true);
  }

  /** How many listed lines have hits above zero. */
  coveredCount(): number {
    let covered = 0;
    if (this.sparse !== undefined) {
      for (const hits of this.sparse.values()) if (hits > 0) covered++;
      return covered;
    }
    const dense = this.dense as Float64Array;
    for (let line = 0; line < dense.length; line++) if ((dense[line] as number) > 0) covered++;
    return covered;
  }

  copy(): LineHits {
    const copy = new LineHits();
    copy.count = this.count;
    if (this.sparse !== undefined) {
      copy.sparse = new Map(this.sparse);
      copy.dense = undefined;
    } else {
      copy.dense = (this.dense as Float64Array).slice();
    }
    return copy;
  }

  *entries(): IterableIterator<[number, number]> {
    if (this.sparse !== undefined) {
      yield* this.sparse.entries();
      return;
    }
    const dense = this.dense as Float64Array;
    for (let line = 0; line < dense.length; line++) {
      const hits = dense[line] as number;
      if (hits !== ABSENT) yield [line, hits];
    }
  }

  *keys(): IterableIterator<number> {
    for (const [line] of this.entries()) yield line;
  }

  *values(): IterableIterator<number> {
    for (const [, hits] of this.entries()) yield hits;
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  private put(line: number, hits: number, sum: boolean): void {
    if (this.sparse !== undefined) {
      const previous = this.sparse.get(line);
      if (previous === undefined) this.count++;
      this.sparse.set(line, sum && previous !== undefined ? previous + hits : hits);
      return;
    }
    let dense = this.dense as Float64Array;
    if (!(line < dense.length)) {
      if (!Number.isSafeInteger(line) || line < 0 || line > 2 * this.count + MAX_GAP) {
        this.toSparse();
        return this.put(line, hits, sum);
      }
      const grown = new Float64Array(Math.max(line + 1, dense.length * 2, 16)).fill(ABSENT);
      grown.set(dense);
      this.dense = dense = grown;
    }
    const previous = dense[line] as number;
    if (previous === ABSENT) {
      this.count++;
      dense[line] = hits;
    } else {
      dense[line] = sum ? previous + hits : hits;
    }
  }

  private toSparse(): void {
    this.sparse = new Map(this.entries());
    this.dense = undefined;
  }
}

/** Hits are never negative, so -1 marks a line that is not listed. */
const ABSENT = -1;
/** How far past twice the lines held a new line number may lie and still grow the array. */
const MAX_GAP = 4096;
const EMPTY = new Float64Array(0);
