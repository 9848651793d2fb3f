import { Box, Button, Text } from '@mantine/core';
import type { Block } from '@/features/treatment-series/block-schemas';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { type GridWindow, hourLabels } from '../domain/calendar-layout';
import type { CalendarColumn as Column } from '../hooks/use-calendar-columns';
import { CalendarColumn } from './calendar-column';
import classes from './calendar-grid.module.css';

type Props = {
  columns: Column[];
  entries: readonly ScheduleEntry[];
  blocks: readonly Block[];
  settings: ClinicSettings;
  window: GridWindow;
  onOpenSession: (entry: ScheduleEntry) => void;
  onOpenBlock: (block: Block) => void;
  onFreeTimes: (column: Column, minute: number | null) => void;
};

/** Pixels per minute of the grid. */
const scale = '1.3px';

/** Columns of clinic days side by side under one clock, in the clinic's time zone. */
export function CalendarGrid({
  columns,
  entries,
  blocks,
  settings,
  window,
  onOpenSession,
  onOpenBlock,
  onFreeTimes,
}: Props) {
  const minutes = window.endMinute - window.startMinute;
  return (
    <Box
      className={classes.grid}
      __vars={{ '--columns': String(columns.length), '--minutes': String(minutes), '--scale': scale }}
    >
      <div className={classes.corner}>
        <Text size="xs" c="dimmed">
          Time
        </Text>
      </div>
      {columns.map((column) => (
        <div key={column.key} className={classes.header}>
          <Text size="sm" fw={600}>
            {column.label}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            aria-label={`Free times, ${column.label}${column.label === column.clinician.name ? '' : `, ${column.clinician.name}`}`}
            onClick={() => onFreeTimes(column, null)}
          >
            Free times
          </Button>
        </div>
      ))}
      <div className={classes.hours} aria-hidden>
        {hourLabels(window).map((label, index) => (
          <div key={label} className={classes.hour} style={{ top: `calc(${index * 60} * var(--scale))` }}>
            {label}
          </div>
        ))}
      </div>
      {columns.map((column) => (
        <CalendarColumn
          key={column.key}
          column={column}
          entries={entries}
          blocks={blocks}
          settings={settings}
          window={window}
          onOpenSession={onOpenSession}
          onOpenBlock={onOpenBlock}
          onPickTime={(picked, minute) => onFreeTimes(picked, minute)}
        />
      ))}
    </Box>
  );
}
