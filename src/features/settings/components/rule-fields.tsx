import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { settingLabels } from '@/shared/settings/schemas';
import type { SettingsValues } from './describe-setting';

type NumberField =
  | 'defaultSessionMinutes'
  | 'defaultPlannedSessions'
  | 'defaultSpacingDays'
  | 'responseTargetBusinessDays'
  | 'failedAttemptsBeforeClosing'
  | 'postTreatmentCallHours'
  | 'seriesCompleteCheckInDays';

type FieldSpec = { field: NumberField; unit: string; min: number; max: number; step?: number; description: string };

const groups: { legend: string; fields: FieldSpec[] }[] = [
  {
    legend: 'Treatment series defaults',
    fields: [
      {
        field: 'defaultSessionMinutes',
        unit: 'minutes',
        min: 30,
        max: 60,
        step: 5,
        description: 'Booking proposes visits of this length (30 to 60, in 5-minute steps).',
      },
      { field: 'defaultPlannedSessions', unit: 'sessions', min: 1, max: 12, description: 'Visits in a new series.' },
      { field: 'defaultSpacingDays', unit: 'days', min: 1, max: 120, description: 'Days between visits.' },
    ],
  },
  {
    legend: 'Contact requests',
    fields: [
      {
        field: 'responseTargetBusinessDays',
        unit: 'business days',
        min: 1,
        max: 10,
        description: 'A request not contacted within this many open days is late in the inbox.',
      },
      {
        field: 'failedAttemptsBeforeClosing',
        unit: 'attempts',
        min: 1,
        max: 10,
        description: 'After this many failed attempts the request is suggested for closing as unreachable.',
      },
    ],
  },
  {
    legend: 'Follow-up calls',
    fields: [
      {
        field: 'postTreatmentCallHours',
        unit: 'hours',
        min: 24,
        max: 240,
        description: 'After each visit, the check-up call falls due this many hours later (within opening hours).',
      },
      {
        field: 'seriesCompleteCheckInDays',
        unit: 'days',
        min: 1,
        max: 120,
        description: 'After the last visit of a series, the check-in call falls due this many days later.',
      },
    ],
  },
];

/** "Default spacing between sessions (days)", but not "Default number of sessions (sessions)". */
const withUnit = (label: string, unit: string) => (label.toLowerCase().includes(unit) ? label : `${label} (${unit})`);

/** The numbers every rule reads: series defaults, the response target, follow-up timings. */
export function RuleFields({ form }: { form: UseFormReturnType<SettingsValues> }) {
  return groups.map(({ legend, fields }) => (
    <fieldset key={legend} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} p={0} mb="xs">
        {legend}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {fields.map(({ field, unit, min, max, step, description }) => (
          <NumberInput
            key={field}
            label={withUnit(settingLabels[field], unit)}
            description={description}
            min={min}
            max={max}
            step={step ?? 1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps(field)}
          />
        ))}
      </SimpleGrid>
    </fieldset>
  ));
}
