// Where things sit in the guide grid: a window of whole half hours, each programme placed by the share of
// the window it covers (clipped at both ends), and the time marks along the top.

export const SLOT_MS = 30 * 60_000;

export interface GuideWindow {
  start: Date;
  end: Date;
}

/** From the start of the current half hour, `hours` long; `offsetSlots` moves it by half hours. */
export function guideWindow(now: Date, hours = 3, offsetSlots = 0): GuideWindow {
  const start = Math.floor(now.getTime() / SLOT_MS) * SLOT_MS + offsetSlots * SLOT_MS;
  return { start: new Date(start), end: new Date(start + hours * 3_600_000) };
}

export interface Placement {
  /** Percent of the window's width from its left edge. */
  left: number;
  width: number;
  /** Whether the programme began before the window (or goes on after it): drawn open on that side. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export function place(window: GuideWindow, startsAt: string, endsAt: string): Placement | null {
  const from = window.start.getTime();
  const span = window.end.getTime() - from;
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (!(end > from && start < from + span)) return null;
  const left = Math.max(0, start - from);
  const right = Math.min(span, end - from);
  return {
    left: (left / span) * 100,
    width: ((right - left) / span) * 100,
    clippedStart: start < from,
    clippedEnd: end > from + span,
  };
}

/** The half-hour marks of the window, each with its offset in percent. */
export function timeMarks(window: GuideWindow): { at: Date; left: number }[] {
  const from = window.start.getTime();
  const span = window.end.getTime() - from;
  const marks = [];
  for (let at = from; at < from + span; at += SLOT_MS)
    marks.push({ at: new Date(at), left: ((at - from) / span) * 100 });
  return marks;
}

/** Whether a programme is on at `now`. */
export function isOn(now: Date, startsAt: string, endsAt: string): boolean {
  const moment = now.getTime();
  return Date.parse(startsAt) <= moment && moment < Date.parse(endsAt);
}
