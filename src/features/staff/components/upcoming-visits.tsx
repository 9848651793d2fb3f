import { Anchor, List, Loader, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSchedule } from '@/features/treatment-series/api/get-schedule';
import { addMinutes, formatClinic, toMillis } from '@/lib/clinic-time';

type Props = { clinicianId: string; from: string; timeZone: string };

const lookAheadMinutes = 366 * 24 * 60;

/** A clinician's booked visits over the next year, each linking to its series for rebooking. */
export function UpcomingVisits({ clinicianId, from, timeZone }: Props) {
  const schedule = useSchedule({ clinicianId, from, to: addMinutes(from, lookAheadMinutes) });
  if (schedule.isPending) return <Loader size="sm" aria-label="Loading booked visits" />;
  if (schedule.isError) {
    return (
      <Text size="sm" c="red" role="alert">
        Could not load the booked visits: {schedule.error.message}
      </Text>
    );
  }
  const visits = schedule.data.filter(
    (entry) => entry.status === 'scheduled' && toMillis(entry.start) > toMillis(from),
  );
  if (visits.length === 0) return <Text size="sm">No visits are booked with them.</Text>;
  return (
    <>
      <Text size="sm">
        {visits.length === 1 ? '1 booked visit stays' : `${visits.length} booked visits stay`} with them and need
        rebooking with another clinician. Nothing is moved automatically:
      </Text>
      <List size="sm" aria-label="Booked visits to rebook" mah={240} style={{ overflowY: 'auto' }}>
        {visits.map((visit) => (
          <List.Item key={visit.id}>
            {formatClinic(visit.start, timeZone, 'ddd D MMM YYYY, HH:mm')}:{' '}
            <Anchor component={Link} to={paths.seriesDetail(visit.seriesId)}>
              {visit.patientName}, visit {visit.number} of {visit.plannedSessions}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </>
  );
}
