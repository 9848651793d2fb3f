import { UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { MouseEvent } from 'react';
import type { Block } from '@/features/treatment-series/block-schemas';
import { blockKindLabel } from '@/features/treatment-series/domain/describe-block';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import { formatClinic } from '@/lib/clinic-time';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { bandOnDate, closedBands, type GridWindow, placeOnDate } from '../domain/calendar-layout';
import type { CalendarColumn as Column } from '../hooks/use-calendar-columns';
import classes from './calendar-grid.module.css';
import { SessionCard } from './session-card';

type Props = {
  column: Column;
  entries: readonly ScheduleEntry[];
  blocks: readonly Block[];
  settings: ClinicSettings;
  window: GridWindow;
  onOpenSession: (entry: ScheduleEntry) => void;
  onOpenBlock: (block: Block) => void;
  /** A click on free space: the clinic wall-clock minute of the day clicked. */
  onPickTime: (column: Column, minute: number) => void;
};

const bandStyle = (top: number, height: number) => ({
  top: `calc(${top} * var(--scale))`,
  height: `calc(${height} * var(--scale))`,
});

/** One clinician's day: closed time shaded, blocked time marked, the visits placed by clinic time. */
export function CalendarColumn({ column, entries, blocks, settings, window, ...handlers }: Props) {
  const { timeZone } = settings;
  const { date, clinician } = column;
  const mine = entries.filter((entry) => entry.clinicianId === clinician.id);
  const placed = placeOnDate(mine, date, timeZone, window);
  const closed = closedBands(date, { ...settings, workingHours: clinician.workingHours }, window);
  const shownBlocks = blocks
    .filter((block) => block.clinicianId === null || block.clinicianId === clinician.id)
    .flatMap((block) => {
      const band = bandOnDate(block.start, block.end, date, timeZone, window);
      return band ? [{ block, band }] : [];
    });

  const pickTime = (event: MouseEvent<HTMLDivElement>) => {
    const scale = event.currentTarget.offsetHeight / (window.endMinute - window.startMinute);
    const offset = event.clientY - event.currentTarget.getBoundingClientRect().top;
    handlers.onPickTime(column, window.startMinute + Math.max(0, offset / scale));
  };

  return (
    // Clicking free space is a shortcut for the column's "Free times" button, which keyboards reach.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the header's Free times button is the keyboard path
    // biome-ignore lint/a11y/noStaticElementInteractions: see above
    <div className={classes.column} onClick={pickTime}>
      {closed.map((band) => (
        <div key={band.top} className={classes.closed} style={bandStyle(band.top, band.height)} aria-hidden />
      ))}
      {shownBlocks.map(({ block, band }) => (
        <UnstyledButton
          key={block.id}
          className={classes.block}
          style={bandStyle(band.top, band.height)}
          onClick={(event) => {
            event.stopPropagation();
            handlers.onOpenBlock(block);
          }}
        >
          <VisuallyHidden>
            {formatClinic(block.start, timeZone, 'ddd D MMM HH:mm')}–
            {formatClinic(block.end, timeZone, 'ddd D MMM HH:mm')}:
          </VisuallyHidden>{' '}
          Blocked: {blockKindLabel(block.kind)} ({block.reason})
        </UnstyledButton>
      ))}
      {placed.length > 0 && (
        <ul className={classes.sessions} aria-label={`Visits, ${column.label}`}>
          {placed.map((entry) => (
            <SessionCard key={entry.item.id} placed={entry} timeZone={timeZone} onOpen={handlers.onOpenSession} />
          ))}
        </ul>
      )}
    </div>
  );
}
