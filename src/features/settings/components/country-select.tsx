import { Select } from '@mantine/core';
import { getCountries } from 'libphonenumber-js/min';
import { type ReactNode, useMemo } from 'react';
import { isPhoneCountry, type PhoneCountry } from '@/lib/phone';

const names = new Intl.DisplayNames(['en'], { type: 'region' });
export const countryName = (code: string) => `${names.of(code) ?? code} (${code})`;

type Props = { value: string; onChange: (country: PhoneCountry) => void; error?: ReactNode };

/** The countries phone numbers can be read for, by name ("united" finds United States). */
export function CountrySelect({ value, onChange, error }: Props) {
  const countries = useMemo(
    () =>
      getCountries()
        .map((code) => ({ value: code, label: countryName(code) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [],
  );
  return (
    <Select
      label="Clinic country"
      description="Phone numbers written without a +country code are read as this country's, and shown in its format."
      data={countries}
      value={value}
      onChange={(country) => country && isPhoneCountry(country) && onChange(country)}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No country matches"
      limit={50}
      error={error}
      maw={360}
    />
  );
}
