import { formatClinic } from '@/lib/clinic-time';
import type { Clash } from '../../schemas';

/** Clinic-time formats used across booking (never the browser's zone). */
export const longDateTime = 'ddd D MMM YYYY, HH:mm';
export const shortDateTime = 'ddd D MMM HH:mm';
export const dayFormat = 'ddd D MMM';
export const timeFormat = 'HH:mm';

export function describeClash(clash: Clash, timeZone: string, clinicianName: string): string {
  const day = formatClinic(clash.start, timeZone, dayFormat);
  const span = `${formatClinic(clash.start, timeZone, timeFormat)}–${formatClinic(clash.end, timeZone, timeFormat)}`;
  return `${clinicianName} already sees ${clash.patientName} on ${day}, ${span}`;
}

export function minutesLabel(minutes: number): string {
  return `${minutes} min`;
}
