import { Select } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';

type Props = { value: string; onChange: (zone: string) => void; error?: ReactNode };

/** Every IANA zone the browser knows, searchable ("york" finds America/New_York). */
export function TimeZoneSelect({ value, onChange, error }: Props) {
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(value) ? known : [value, ...known];
  }, [value]);
  return (
    <Select
      label="Clinic time zone"
      description="Every date and time in the app, and every rule that uses them, is in this zone."
      data={zones}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone matches"
      limit={50}
      error={error}
      maw={360}
    />
  );
}
