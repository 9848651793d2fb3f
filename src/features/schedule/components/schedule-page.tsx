import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Block } from '@/features/treatment-series/block-schemas';
import { canChangeClinicalFields } from '@/features/treatment-series/components/detail/session-labels';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import { errorMessage } from '@/lib/api-error';
import { addCalendarDays, clinicDate } from '@/lib/clinic-time';
import { serverNow } from '@/lib/server-clock';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { gridWindow } from '../domain/calendar-layout';
import { type CalendarColumn, useCalendarColumns } from '../hooks/use-calendar-columns';
import { type ScheduleView, useScheduleView } from '../hooks/use-schedule-view';
import { BlockDetails } from './block-details';
import { BlockDialog } from './block-dialog';
import { CalendarGrid } from './calendar-grid';
import { DaySheet } from './day-sheet';
import { ScheduleToolbar } from './schedule-toolbar';
import { SessionPanel } from './session-panel';
import { SlotDialog } from './slot-dialog';

type Picked = { column: CalendarColumn; minute: number | null };

/** The clinic's calendar: a clinician's day or week, or every clinician's day side by side. */
export function SchedulePage() {
  const settings = useSettings();
  const me = useCurrentStaff();
  const clinicians = useStaff().filter((member) => member.role === 'clinician' && member.active);
  const { filters, setFilters } = useScheduleView();
  const { timeZone } = settings;
  const today = clinicDate(serverNow(), timeZone);
  const view: ScheduleView = filters.view ?? (me.role === 'clinician' ? 'week' : 'clinic');
  const date = filters.date ?? today;
  const clinician = clinicians.find((member) => member.id === (filters.clinicianId ?? me.id)) ?? clinicians[0] ?? null;
  const { columns, schedule, blocks } = useCalendarColumns(view, date, clinician, clinicians, timeZone);

  const [entry, setEntry] = useState<ScheduleEntry | null>(null);
  const [panelOpened, setPanelOpened] = useState(false);
  const [blocking, setBlocking] = useState(false);
  const [shownBlock, setShownBlock] = useState<Block | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const mayBlock = canChangeClinicalFields(me.role);

  // Steps count from the date last asked for: a second quick "Next week" lands a week further,
  // even before the first one has reached the URL.
  const steppedTo = useRef(date);
  useEffect(() => {
    steppedTo.current = date;
  }, [date]);
  const step = (direction: -1 | 0 | 1) => {
    const days = view === 'week' ? 7 : 1;
    steppedTo.current = direction === 0 ? today : addCalendarDays(steppedTo.current, direction * days);
    setFilters({ date: steppedTo.current });
  };
  const error = schedule.error ?? blocks.error;
  const loaded = schedule.data && blocks.data;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Schedule</Title>
        <Group gap="xs">
          {view === 'day' && clinician && (
            <Button variant="default" onClick={() => window.print()}>
              Print day sheet
            </Button>
          )}
          {mayBlock && <Button onClick={() => setBlocking(true)}>Block time…</Button>}
        </Group>
      </Group>
      <ScheduleToolbar
        view={view}
        date={date}
        clinicianId={clinician?.id ?? null}
        clinicians={clinicians}
        onChange={(change) => setFilters(change)}
        onStep={step}
      />
      {error && !loaded && (
        <Alert color="red" title="The schedule could not be loaded" role="alert">
          {errorMessage(error)}
          <Button mt="xs" size="xs" onClick={() => void Promise.all([schedule.refetch(), blocks.refetch()])}>
            Try again
          </Button>
        </Alert>
      )}
      {!loaded && !error && <Loader aria-label="Loading the schedule" />}
      {loaded && (
        <CalendarGrid
          columns={columns}
          entries={schedule.data}
          blocks={blocks.data}
          settings={settings}
          window={gridWindow(settings.openingHours)}
          onOpenSession={(opened) => {
            setEntry(opened);
            setPanelOpened(true);
          }}
          onOpenBlock={setShownBlock}
          onFreeTimes={(column, minute) => setPicked({ column, minute })}
        />
      )}
      {loaded && view === 'day' && clinician && (
        <DaySheet date={date} clinician={clinician} entries={schedule.data} timeZone={timeZone} />
      )}
      <SessionPanel
        entry={entry}
        opened={panelOpened}
        role={me.role}
        timeZone={timeZone}
        onClose={() => setPanelOpened(false)}
      />
      {mayBlock && (
        <BlockDialog
          opened={blocking}
          onClose={() => setBlocking(false)}
          me={me}
          clinicians={clinicians}
          defaultClinicianId={
            view === 'clinic' ? (clinicians.find((c) => c.id === me.id)?.id ?? null) : (clinician?.id ?? null)
          }
          defaultDate={date}
        />
      )}
      <BlockDetails block={shownBlock} me={me} clinicians={clinicians} onClose={() => setShownBlock(null)} />
      <SlotDialog
        picked={picked}
        onClose={() => setPicked(null)}
        entries={schedule.data ?? []}
        blocks={blocks.data ?? []}
      />
    </Stack>
  );
}
