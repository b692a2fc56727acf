/** Keeps only the last `limit` bytes written: enough stderr to explain a failure. */
export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - (this.chunks[0]?.length ?? 0) >= this.limit && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
    }
  }

  /** The tail as text, trimmed, with a marker when earlier output was dropped. */
  text(): string {
    const all = Buffer.concat(this.chunks);
    const cut = all.length > this.limit;
    const kept = cut ? all.subarray(all.length - this.limit) : all;
    const text = kept.toString('utf8').replace(/^\uFFFD+/, '').trim();
    return cut ? `…${text}` : text;
  }

  clear(): void {
    this.chunks = [];
    this.size = 0;
  }
}

/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes`
 * of an unfinished line: a process that floods its stdout cannot exhaust memory.
 */
export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingSize = 0;
  constructor(private readonly maxLineBytes: number) {}

  /** Complete lines in `chunk`; `overflow` is true once the unfinished line is too long. */
  push(chunk: Buffer): { lines: string[]; overflow: boolean } {
    const lines: string[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (this.pendingSize + piece.length > this.maxLineBytes) return { lines, overflow: true };
      this.pending.push(piece);
      lines.push(Buffer.concat(this.pending).toString('utf8').replace(/\r$/, ''));
      this.pending = [];
      this.pendingSize = 0;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    this.pendingSize += rest.length;
    if (this.pendingSize > this.maxLineBytes) return { lines, overflow: true };
    if (rest.length > 0) this.pending.push(rest);
    return { lines, overflow: false };
  }

  /** The unfinished line, if the stream ended in the middle of one. */
  remainder(): string {
    return Buffer.concat(this.pending).toString('utf8');
  }
}
