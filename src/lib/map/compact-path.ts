// SVG path data from d3-geo, written small: coordinates rounded to 0.1 px, relative moves,
// no separator where the path grammar needs none. Hand-written because d3's own path string
// writes absolute coordinates with many decimals (about three times the bytes).
import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

/**
 * A d3-geo path context that writes coordinates rounded to 0.1 px as relative moves, and
 * skips points that round onto the previous one: most of a small map's points do.
 */
export class CompactPath {
  private d = '';
  /** Last number written, or '' right after a command letter: decides if a separator is needed. */
  private lastNumber = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private inLine = false;
  /** Where the current subpath starts in `d`, to drop those that collapsed to a single point. */
  private ringStart = 0;
  private ringHasLine = true;

  moveTo(x: number, y: number): void {
    this.dropEmptySubpath();
    this.ringStart = this.d.length;
    this.ringHasLine = false;
    this.x = this.startX = Math.round(x * 10);
    this.y = this.startY = Math.round(y * 10);
    this.command('M');
    this.number(this.x);
    this.number(this.y);
    this.inLine = false;
  }

  lineTo(x: number, y: number): void {
    const X = Math.round(x * 10);
    const Y = Math.round(y * 10);
    if (X === this.x && Y === this.y) return;
    // One "l" then implicit repetition: SVG reads following pairs as more relative lines.
    if (!this.inLine) this.command('l');
    this.inLine = true;
    this.ringHasLine = true;
    this.number(X - this.x);
    this.number(Y - this.y);
    this.x = X;
    this.y = Y;
  }

  closePath(): void {
    if (this.ringHasLine) this.command('z');
    this.dropEmptySubpath();
    this.x = this.startX;
    this.y = this.startY;
    this.inLine = false;
  }

  beginPath(): void {
    // Paths are collected in one string; nothing to reset.
  }

  arc(): void {
    // Markers are drawn as circles by the caller, never through the path context.
  }

  result(): string {
    this.dropEmptySubpath();
    return this.d;
  }

  /** An islet or border smaller than the rounding draws nothing: its lone "M x y" goes. */
  private dropEmptySubpath(): void {
    if (!this.ringHasLine) this.d = this.d.slice(0, this.ringStart);
    this.ringHasLine = true;
  }

  private command(letter: string): void {
    this.d += letter;
    this.lastNumber = '';
  }

  /** Writes n tenths as "1.2", "-.3" or "4", with a space only where the path grammar needs one. */
  private number(n: number): void {
    const abs = Math.abs(n);
    const int = Math.floor(abs / 10);
    const frac = abs % 10;
    const text = (n < 0 ? '-' : '') + (frac ? `${int || ''}.${frac}` : `${int}`);
    const glued = this.lastNumber === '' || text.startsWith('-') || (text.startsWith('.') && this.lastNumber.includes('.'));
    this.d += glued ? text : ` ${text}`;
    this.lastNumber = text;
  }
}

export function pathOf(object: GeoPermissibleObjects, projection: GeoStreamWrapper): string {
  const ctx = new CompactPath();
  geoPath(projection, ctx)(object);
  return ctx.result();
}
