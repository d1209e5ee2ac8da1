/** A rectangle of the screen, in cells. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** Where each part of the debugger goes on a `width` × `height` screen. */
export interface Layout {
  readonly timeline: Rect;
  readonly source: Rect;
  readonly heap: Rect;
  readonly inspector: Rect;
  readonly gc: Rect;
  /** The status line (event i/total and the event in words), then the message / prompt line. */
  readonly status: Rect;
  readonly message: Rect;
}

/** The smallest screen the debugger draws on. */
export const MIN_WIDTH = 80;
export const MIN_HEIGHT = 24;

/** Whether a screen is large enough to draw on. */
export function fits(width: number, height: number): boolean {
  return width >= MIN_WIDTH && height >= MIN_HEIGHT;
}

/**
 * The layout: the timeline across the full width (three lines inside its border), the four
 * panes in two rows of two (source and heap on top, inspector and gc below; the heap and the
 * inspector get the larger share as the screen grows), and two lines at the bottom.
 */
export function layout(width: number, height: number): Layout {
  const timelineH = 5;
  const panesTop = timelineH;
  const panesH = height - timelineH - 2;
  const topH = Math.ceil(panesH / 2);
  const botH = panesH - topH;
  const leftW = Math.floor(width * 0.42);
  const rightW = width - leftW;
  return {
    timeline: { top: 0, left: 0, width, height: timelineH },
    source: { top: panesTop, left: 0, width: leftW, height: topH },
    heap: { top: panesTop, left: leftW, width: rightW, height: topH },
    inspector: { top: panesTop + topH, left: 0, width: leftW, height: botH },
    gc: { top: panesTop + topH, left: leftW, width: rightW, height: botH },
    status: { top: height - 2, left: 0, width, height: 1 },
    message: { top: height - 1, left: 0, width, height: 1 },
  };
}
