/** Dates on the clinic's wall clock with `Intl.DateTimeFormat`, one formatter per zone and format. */
const formats = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  dayAndTime: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Format = keyof typeof formats;
const formatNames: readonly Format[] = ['date', 'time', 'dayAndTime'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, format: Format): Intl.DateTimeFormat {
  const key = `${timeZone}|${format}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { ...formats[format], timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

export function clinicFormat(instant: string | number, timeZone: string, format: Format): string {
  return formatter(timeZone, format).format(typeof instant === 'number' ? instant : Date.parse(instant));
}

/**
 * Builds the zone's formatters and formats once (the browser loads its time-zone data on the
 * first): done while the page waits for its rows, as the app does, not inside the first render.
 */
export function warmClinicFormats(timeZone: string): void {
  for (const format of formatNames) formatter(timeZone, format).format(0);
}

/** '45 min', '3 h 20 min', '2 d 4 h'. */
export function waited(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 > 0 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return hours % 24 > 0 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${Math.floor(hours / 24)} d`;
}
