import { contentBox, header, lineItems, newPage, type Box, type LayoutContext } from '../frame';
import type { Color, FontId, LaidOutPage, Primitive } from '../primitives';
import { wrapText } from '../text';
import { INK } from '../theme';

/** A section that flows down pages: a cursor, fresh pages with the section's header when space runs out. */
export class Flow {
  readonly pages: LaidOutPage[] = [];
  /** Sub-sections for the outline and contents, with their page index within this flow. */
  readonly marks: { title: string; page: number }[] = [];
  readonly box: Box;
  y = 0;
  private page: LaidOutPage | null = null;

  constructor(
    readonly ctx: LayoutContext,
    readonly title: string,
  ) {
    this.box = contentBox(ctx.size);
  }

  get bottom(): number {
    return this.box.y + this.box.h;
  }

  get items(): Primitive[] {
    return this.current().items;
  }

  /** The page being filled, started on first use. */
  current(): LaidOutPage {
    if (!this.page) this.newPage();
    return this.page as LaidOutPage;
  }

  newPage(): void {
    const page = newPage(this.ctx.size);
    const { workshop } = this.ctx.bundle;
    page.items.push(...header(this.ctx, this.pages.length === 0 ? this.title : `${this.title} (continued)`, workshop.title));
    this.pages.push(page);
    this.page = page;
    this.y = this.box.y;
  }

  /** Moves to a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    this.current();
    if (this.y + height > this.bottom && this.y > this.box.y) this.newPage();
  }

  /** A wrapped paragraph that may continue on the next page, line by line. */
  paragraph(text: string, opts: { font?: FontId; size?: number; color?: Color; indent?: number; after?: number } = {}): void {
    const size = opts.size ?? 10;
    const lineHeight = size * 1.35;
    const indent = opts.indent ?? 0;
    for (const line of wrapText(text, opts.font ?? 'regular', size, this.box.w - indent, this.ctx.metrics)) {
      this.ensure(lineHeight);
      const rtl = line.hints.rtl === true;
      this.items.push(...lineItems(line, rtl ? this.box.x + this.box.w : this.box.x + indent, this.y + size, size, opts.color ?? INK.text, rtl ? 'right' : 'left', opts.font ?? 'regular'));
      this.y += lineHeight;
    }
    this.y += opts.after ?? 6;
  }

  /** Draws a block whole on the next page when it would not fit here but fits a page (no one-line spill-overs). */
  keep(draw: (flow: Flow) => void): void {
    const probe = new Flow(this.ctx, this.title);
    probe.current();
    draw(probe);
    if (probe.pages.length === 1) this.ensure(probe.y - probe.box.y);
    draw(this);
  }

  heading(text: string, room = 40): void {
    this.ensure(room);
    if (this.y > this.box.y) this.y += 6;
    this.paragraph(text, { font: 'bold', size: 12.5, after: 4 });
  }

  /** A heading that also becomes an outline and contents entry under the section; `room` keeps it with what follows. */
  subsection(text: string, room = 80): void {
    this.heading(text, room);
    this.marks.push({ title: text, page: this.pages.length - 1 });
  }
}
