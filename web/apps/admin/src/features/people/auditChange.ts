// An audit entry's before and after, as the table shows them: one line per field that changed
// ("role: viewer → editor"), a field only after (a sign-out's "sessions: 2") as "sessions: 2", and nothing
// for an entry that carries neither.

type Snapshot = Record<string, unknown> | null;

function shown(value: unknown): string {
  if (value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function changeLines(before: Snapshot, after: Snapshot): string[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const lines: string[] = [];
  for (const field of fields) {
    const old = before?.[field];
    const now = after?.[field];
    if (before === null) lines.push(`${field}: ${shown(now)}`);
    else if (after === null) lines.push(`${field}: ${shown(old)} → removed`);
    else if (JSON.stringify(old) !== JSON.stringify(now))
      lines.push(`${field}: ${shown(old)} → ${shown(now)}`);
  }
  return lines;
}
