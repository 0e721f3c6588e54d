/**
 * Growable typed-array lists the scanner fills: alias candidates (folded start, end,
 * alias) and context-word hits (folded start, end, word). Reused across scans.
 */

export class Triples {
  a = new Int32Array(64);
  b = new Int32Array(64);
  c = new Int32Array(64);
  length = 0;

  push(a: number, b: number, c: number): void {
    if (this.length === this.a.length) this.grow();
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.c[this.length] = c;
    this.length++;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    const c = new Int32Array(size);
    a.set(this.a);
    b.set(this.b);
    c.set(this.c);
    this.a = a;
    this.b = b;
    this.c = c;
  }
}
