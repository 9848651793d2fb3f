import { UnstyledButton } from '@mantine/core';
import { sessionStatusColors, sessionStatusLabels } from '@/features/treatment-series/components/detail/session-labels';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import { formatClinic } from '@/lib/clinic-time';
import type { Placed } from '../domain/calendar-layout';
import classes from './calendar-grid.module.css';

type Props = { placed: Placed<ScheduleEntry>; timeZone: string; onOpen: (entry: ScheduleEntry) => void };

/** One visit on the calendar: time, patient, visit N of M, length and status, by colour and in words. */
export function SessionCard({ placed, timeZone, onOpen }: Props) {
  const { item: entry, top, height, lane, lanes } = placed;
  const time = formatClinic(entry.start, timeZone, 'HH:mm');
  const status = sessionStatusLabels[entry.status];
  const flagged = entry.screeningFlags.length > 0;
  const style = {
    top: `calc(${top} * var(--scale))`,
    height: `calc(${height} * var(--scale))`,
    left: `${(lane / lanes) * 100}%`,
    width: `${100 / lanes}%`,
  };
  const label = [
    `${time}, ${entry.patientName}`,
    `visit ${entry.number} of ${entry.plannedSessions}`,
    `${entry.durationMinutes} min`,
    status,
    ...(flagged ? ['screening flags to review'] : []),
  ].join(', ');

  return (
    <li>
      <UnstyledButton
        className={`${classes.session} ${entry.status === 'cancelled' ? classes.cancelled : ''}`}
        style={style}
        __vars={{ '--session-color': `var(--mantine-color-${sessionStatusColors[entry.status]}-7)` }}
        aria-label={label}
        onClick={(event) => {
          event.stopPropagation();
          onOpen(entry);
        }}
      >
        <strong>{time}</strong> {entry.patientName}
        {flagged && ' ⚑'}
        <br />
        Visit {entry.number} of {entry.plannedSessions} · {entry.durationMinutes} min · {status}
      </UnstyledButton>
    </li>
  );
}
