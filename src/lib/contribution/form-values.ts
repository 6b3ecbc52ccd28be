// Small conversions between the proposal form's inputs and a record's values.

/** The id of a form control for a field path: `animateurs[0].nom` → `f-animateurs-0-nom`. */
export function fieldId(segments: ReadonlyArray<string | number>): string {
  return `f-${segments.join('-')}`;
}

/** Offset from UTC of Paris time at that wall-clock moment, as `+01:00` or `+02:00`. */
export function parisOffset(day: string, time: string): string {
  // First guess UTC+1, then read the real offset of that instant in Paris.
  const guess = new Date(`${day}T${time}:00+01:00`);
  if (Number.isNaN(guess.getTime())) return '+01:00';
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '');
  return m?.[1] ?? '+01:00';
}

/** A day alone (an all-day event) or a day and a time in Paris: `2027-03-04T09:30:00+01:00`. */
export function parisMoment(day: string, time: string): string | undefined {
  if (!day) return undefined;
  if (!time) return day;
  return `${day}T${time.slice(0, 5)}:00${parisOffset(day, time.slice(0, 5))}`;
}
