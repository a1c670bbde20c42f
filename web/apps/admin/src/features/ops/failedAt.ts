// A dead letter's failed_at is ISO 8601 in UTC, written without a zone by the job runner: read it as UTC
// (a bare date-time would be read as local time) and show it in the editor's locale; anything unreadable
// is shown as it came.

const dateFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});
const HAS_ZONE = /(Z|[+-]\d\d:?\d\d)$/;

export function failedAtDate(text: string): Date | null {
  const date = new Date(HAS_ZONE.test(text) ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function failedAtText(text: string): string {
  const date = failedAtDate(text);
  return date ? `${dateFormat.format(date)} UTC` : text;
}
