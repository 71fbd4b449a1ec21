/** A4 geometry in millimetres and the type scale shared by all the letters and sheets. */

export const PAGE = {
  width: 210,
  height: 297,
  left: 20,
  right: 190,
  top: 20,
  /** Lowest y a line may reach; the page number sits below. */
  bottom: 278,
} as const;

export const TEXT_WIDTH = PAGE.right - PAGE.left;

/**
 * French « fenêtre à droite » envelope (DL 110 × 220, window 100 × 45 mm, 20 mm from the right
 * edge): on an A4 folded in three, the window shows x 90–190 mm, y 50–95 mm. The address sits
 * inside with a margin, so that it stays visible when the sheet slides in the envelope.
 */
export const WINDOW = { x: 100, y: 55, width: 85, height: 35 } as const;

/** Fold marks for a letter folded in three (DL envelope). */
export const FOLDS = [99, 198] as const;

export const SIZE = {
  body: 10,
  small: 8.5,
  table: 9,
  heading: 11,
  title: 15,
  subtitle: 10.5,
  footer: 8,
} as const;

/** mm per point. */
export const PT = 25.4 / 72;

/** Line height in mm for a font size in points. */
export function lineHeight(sizePt: number): number {
  return sizePt * PT * 1.32;
}
