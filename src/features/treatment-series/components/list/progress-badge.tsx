import { Badge } from '@mantine/core';
import type { SeriesProgress } from '../../schemas';

export const progressLabels: Record<SeriesProgress, string> = {
  on_track: 'On track',
  needs_booking: 'Needs booking',
  overdue: 'Overdue',
  completed: 'Completed',
  discontinued: 'Discontinued',
};

const progressColors: Record<SeriesProgress, string> = {
  on_track: 'teal',
  needs_booking: 'orange',
  overdue: 'red',
  completed: 'blue',
  discontinued: 'gray',
};

/** The server-derived status of a series, as a coloured badge that also reads as text. */
export function ProgressBadge({ progress }: { progress: SeriesProgress }) {
  return (
    <Badge color={progressColors[progress]} variant="light">
      {progressLabels[progress]}
    </Badge>
  );
}
