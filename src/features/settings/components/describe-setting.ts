import { dayjs } from '@/lib/dayjs';
import { describeWeeklyHours } from '@/lib/weekly-hours';
import type { ClinicSettings, SettingField } from '@/shared/settings/schemas';
import { countryName } from './country-select';

export type SettingsValues = Omit<ClinicSettings, 'version'>;

export const formatCalendarDate = (date: string) => dayjs(date).format('ddd D MMM YYYY');

type NumberField = Exclude<SettingField, 'timeZone' | 'country' | 'openingHours' | 'closedDates'>;

const units: Record<NumberField, string> = {
  defaultSessionMinutes: 'minutes',
  defaultPlannedSessions: 'sessions',
  defaultSpacingDays: 'days',
  responseTargetBusinessDays: 'business days',
  failedAttemptsBeforeClosing: 'attempts',
  postTreatmentCallHours: 'hours',
  seriesCompleteCheckInDays: 'days',
};

/** One setting's value in words, for the stale-version notice. */
export function describeSetting(field: SettingField, values: SettingsValues): string {
  switch (field) {
    case 'timeZone':
      return values.timeZone;
    case 'country':
      return countryName(values.country);
    case 'openingHours':
      return describeWeeklyHours(values.openingHours);
    case 'closedDates':
      return values.closedDates.length > 0 ? values.closedDates.map(formatCalendarDate).join(', ') : 'none';
    default:
      return `${values[field]} ${units[field]}`;
  }
}

export const valuesOf = ({ version: _version, ...values }: ClinicSettings): SettingsValues => values;

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
