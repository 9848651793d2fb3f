import { List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSeriesList } from '../../api/get-series-list';
import { ProgressBadge } from '../list/progress-badge';

/** One patient's treatment series, newest first, each linking to its page. */
export function PatientSeriesList({ patientId }: { patientId: string }) {
  const { data, isPending, isError } = useSeriesList({ progress: [], patientId, page: 1, pageSize: 20 });
  if (isPending) return <Text c="dimmed">Loading the series…</Text>;
  if (isError) return <Text c="red">The series could not be loaded.</Text>;
  if (data.items.length === 0) return <Text c="dimmed">No treatment series yet.</Text>;
  return (
    <List listStyleType="none" spacing="xs" aria-label="Treatment series">
      {data.items.map((series) => {
        const done = series.sessions.filter((session) => session.status === 'completed').length;
        return (
          <List.Item key={series.id}>
            <Link to={paths.seriesDetail(series.id)}>
              {done} of {series.plannedSessions} visits done
            </Link>{' '}
            <ProgressBadge progress={series.progress} />
          </List.Item>
        );
      })}
    </List>
  );
}
