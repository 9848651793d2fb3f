import { formatClinic } from '@/lib/clinic-time';
import { shortDateFormat, timeFormat } from '@/lib/date-formats';
import type { Clash } from '../../schemas';

export function describeClash(clash: Clash, timeZone: string, clinicianName: string): string {
  const day = formatClinic(clash.start, timeZone, shortDateFormat);
  const span = `${formatClinic(clash.start, timeZone, timeFormat)}–${formatClinic(clash.end, timeZone, timeFormat)}`;
  return `${clinicianName} already sees ${clash.patientName} on ${day}, ${span}`;
}

export function minutesLabel(minutes: number): string {
  return `${minutes} min`;
}
