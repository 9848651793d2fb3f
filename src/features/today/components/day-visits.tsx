import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { ListLoading } from '@/components/list-states';
import { QueryError } from '@/components/query-error';
import { formatClinic } from '@/lib/clinic-time';
import { useStaff } from '@/shared/staff/api/get-staff';
import type { StaffMember } from '@/shared/staff/schemas';
import { useTodayVisits } from '../api/get-today-visits';
import { useClinicDay } from './use-clinic-day';
import { VisitsTable } from './visits-table';

const tomorrowPreviewCount = 3;

/** Today's visits (the clinician's own, or the whole clinic's for an admin), then tomorrow's first ones. */
export function DayVisits({ me, everyone }: { me: StaffMember; everyone: boolean }) {
  const { now, timeZone, today, tomorrow } = useClinicDay();
  const clinicianId = everyone ? undefined : me.id;
  const todays = useTodayVisits({ ...today, clinicianId });
  const tomorrows = useTodayVisits({ ...tomorrow, clinicianId });
  const staff = useStaff();
  const names = useMemo(() => new Map(staff.map((member) => [member.id, member.name])), [staff]);
  const dayName = formatClinic(today.from, timeZone, 'dddd D MMMM');
  const heading = everyone ? 'Visits today' : 'Your visits today';

  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-label={heading}>
        <Title order={3} size="h3">
          {heading}
        </Title>
        {todays.isPending && <ListLoading label="Loading today's visits" />}
        {todays.error && (
          <QueryError
            error={todays.error}
            title="Today's visits did not load"
            onRetry={() => void todays.refetch()}
            retrying={todays.isFetching}
          />
        )}
        {todays.data?.length === 0 && <Text c="dimmed">No visits on {dayName}.</Text>}
        {todays.data && todays.data.length > 0 && (
          <VisitsTable
            caption={`${dayName}, ${todays.data.length} ${todays.data.length === 1 ? 'visit' : 'visits'}, in clinic time`}
            visits={todays.data}
            timeZone={timeZone}
            now={now}
            role={me.role}
            clinicianNames={everyone ? names : undefined}
          />
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-label="Tomorrow">
        <Title order={3} size="h4">
          Tomorrow, {formatClinic(tomorrow.from, timeZone, 'dddd D MMMM')}
        </Title>
        {tomorrows.error && <Text c="red.8">Tomorrow's visits did not load.</Text>}
        {tomorrows.data?.length === 0 && <Text c="dimmed">No visits booked tomorrow.</Text>}
        {tomorrows.data && tomorrows.data.length > 0 && (
          <Stack component="ul" gap={2} m={0} pl="md">
            {tomorrows.data.slice(0, tomorrowPreviewCount).map((visit) => (
              <Text component="li" size="sm" key={visit.id}>
                {formatClinic(visit.start, timeZone, 'HH:mm')} {visit.patientName}, visit {visit.number} of{' '}
                {Math.max(visit.number, visit.plannedSessions)}
                {everyone ? ` with ${names.get(visit.clinicianId) ?? 'a clinician'}` : ''}
              </Text>
            ))}
            {tomorrows.data.length > tomorrowPreviewCount && (
              <Text component="li" size="sm" c="dimmed">
                and {tomorrows.data.length - tomorrowPreviewCount} more
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
