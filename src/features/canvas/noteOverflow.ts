/**
 * Whether a note's text is cut off, read for all notes in one place: a ResizeObserver reports each watched text
 * after the frame's layout, so reading its scroll height there forces no extra layout (reading it as each note
 * mounts forced one per note while a live session adds dozens a second).
 */
type Report = (overflows: boolean) => void;

const reports = new WeakMap<Element, Report>();
let observer: ResizeObserver | undefined;

const overflows = (el: Element) => el.scrollHeight > el.clientHeight + 2;

function shared(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) reports.get(entry.target)?.(overflows(entry.target));
  });
  return observer;
}

/** Reports after the next layout (and whenever the text's box changes size); returns the way to stop. */
export function watchOverflow(el: Element, report: Report): () => void {
  if (typeof ResizeObserver === 'undefined') {
    report(overflows(el));
    return () => undefined;
  }
  reports.set(el, report);
  shared().observe(el);
  return () => {
    reports.delete(el);
    observer?.unobserve(el);
  };
}
