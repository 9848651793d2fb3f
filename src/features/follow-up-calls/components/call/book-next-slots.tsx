import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAddSession } from '@/features/treatment-series/api/add-session';
import { seriesQueryOptions } from '@/features/treatment-series/api/get-series';
import { ChangeProblem } from '@/features/treatment-series/components/detail/change-problem';
import { lastKept, proposedStart } from '@/features/treatment-series/components/detail/propose-visit';
import { useScheduleContext } from '@/features/treatment-series/components/detail/use-schedule-context';
import { nextFreeSlots } from '@/features/treatment-series/domain/availability';
import type { TreatmentSeries } from '@/features/treatment-series/schemas';
import { addCalendarDays, clinicDate, formatClinic, toMillis } from '@/lib/clinic-time';
import { shortDateFormat, shortDateTimeFormat } from '@/lib/date-formats';
import type { ClinicSettings } from '@/shared/settings/schemas';

type Props = {
  seriesId: string;
  settings: ClinicSettings;
  now: number;
  disabled: boolean;
  /** After the visit is booked: the call is then recorded as done. */
  onBooked: (start: string) => void;
};

const searchDays = 7;
const slotCount = 3;

/** The next free slots at the series spacing after the last visit, same time of day; one click books. */
export function BookNextSlots({ seriesId, ...props }: Props) {
  const series = useQuery(seriesQueryOptions(seriesId)).data;
  if (!series) return <Loader size="sm" aria-label="Loading the series" />;
  return <SlotsForSeries series={series} {...props} />;
}

function SlotsForSeries({
  series,
  settings,
  now,
  disabled,
  onBooked,
}: Omit<Props, 'seriesId'> & { series: TreatmentSeries }) {
  const tz = settings.timeZone;
  const ideal = proposedStart(series, settings, now);
  const last = lastKept(series);
  const minutes = last?.durationMinutes ?? settings.defaultSessionMinutes;
  const firstDate = clinicDate(ideal, tz);
  const dates = Array.from({ length: searchDays + 1 }, (_, offset) => addCalendarDays(firstDate, offset));
  const schedule = useScheduleContext(series.clinicianId, dates);
  const addSession = useAddSession(series.id);
  const [booking, setBooking] = useState<string | null>(null);
  const number = Math.max(0, ...series.sessions.map((session) => session.number)) + 1;

  if (series.status !== 'active') {
    return <Text size="sm">This series is {series.status}: no visit can be added to it.</Text>;
  }
  const slots =
    schedule.state === 'ready'
      ? nextFreeSlots(ideal, minutes, schedule.ctx, slotCount, { searchDays }).filter((slot) => toMillis(slot) > now)
      : [];
  const book = (start: string) => {
    setBooking(start);
    addSession.mutate(
      { seriesId: series.id, version: series.version, start, durationMinutes: minutes },
      { onSuccess: () => onBooked(start), onSettled: () => setBooking(null) },
    );
  };

  return (
    <Stack gap="xs">
      <Title order={4}>Book visit {number}</Title>
      <Text size="sm" c="dimmed">
        {last
          ? `Free slots from ${series.spacingDays} days after visit ${last.number}, at the same time of day (${minutes} minutes).`
          : `Free slots for the first visit (${minutes} minutes).`}
      </Text>
      {schedule.state === 'loading' && <Loader size="sm" aria-label="Loading free slots" />}
      {schedule.state === 'failed' && <Text size="sm">The clinician's schedule could not be loaded.</Text>}
      {schedule.state === 'ready' && slots.length === 0 && (
        <Text size="sm">
          No free slot in the week from {formatClinic(ideal, tz, shortDateFormat)}: book from the series page.
        </Text>
      )}
      <Group gap="xs" role="group" aria-label="Free slots">
        {slots.map((slot) => (
          <Button
            key={slot}
            size="compact-sm"
            variant="light"
            disabled={disabled || (booking !== null && booking !== slot)}
            loading={booking === slot}
            onClick={() => book(slot)}
          >
            Book {formatClinic(slot, tz, shortDateTimeFormat)}
          </Button>
        ))}
      </Group>
      <ChangeProblem error={addSession.error} timeZone={tz} onPickSlot={book} />
    </Stack>
  );
}
