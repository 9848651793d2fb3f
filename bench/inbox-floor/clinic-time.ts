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

const formatters = new Map<string, Intl.DateTimeFormat>();

export function clinicFormat(instant: string | number, timeZone: string, format: keyof typeof formats): string {
  const key = `${timeZone}|${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...formats[format], timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(typeof instant === 'number' ? instant : Date.parse(instant));
}

/** '45 min', '3 h 20 min', '2 d 4 h'. */
export function waited(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 > 0 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return hours % 24 > 0 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${Math.floor(hours / 24)} d`;
}
