// Apart from clinic-time.ts, so that the entry (src/main.tsx, loadZoneData) loads this and not dayjs.

/*
 * Zone arithmetic runs on one cached Intl formatter per zone: the inbox and the mock backend
 * convert tens of thousands of instants, and building a formatter (or dayjs.tz, which
 * parses formatted strings) per call costs seconds on a slow machine.
 */
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * A page's first zone formatter costs about 13 ms (four times that on a slow machine), whatever
 * the zone: the browser loads its time-zone data then. Call this while the page waits for data.
 */
// Stryker disable next-line BlockStatement: it only speeds up the first real conversion
export function loadZoneData(): void {
  zoneFormatter('UTC').formatToParts(0);
}
