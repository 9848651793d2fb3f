import '@mantine/core/styles/Divider.css';
import { Alert, Button, Divider, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { bookSeriesHref } from '@/features/treatment-series/components/booking/book-series-button';
import { errorMessage } from '@/lib/api-error';
import { formatClinic } from '@/lib/clinic-time';
import type { StaffMember } from '@/shared/staff/schemas';
import { useAddVisitAt, useOpenRequests, usePatientChoices, useSeriesChoices } from '../api/slot-choices';

type Props = { start: string; clinician: StaffMember; durationMinutes: number; timeZone: string; onDone: () => void };

/** What to book at the chosen free time: a new series (from a request or for a patient) or one more visit. */
export function SlotActions({ start, clinician, durationMinutes, timeZone, onDone }: Props) {
  const navigate = useNavigate();
  const requests = useOpenRequests(true);
  const patients = usePatientChoices(true);
  const series = useSeriesChoices(clinician.id, true);
  const addVisit = useAddVisitAt();
  const [requestId, setRequestId] = useState<string | null>(null);
  const [patientId, setPatientId] = useState<string | null>(null);
  const [seriesId, setSeriesId] = useState<string | null>(null);
  const slot = { start, clinicianId: clinician.id };
  const when = formatClinic(start, timeZone, 'ddd D MMM HH:mm');
  const chosenSeries = series.data?.items.find((item) => item.id === seriesId);

  const add = () => {
    if (!chosenSeries) return;
    addVisit.mutate(
      { seriesId: chosenSeries.id, version: chosenSeries.version, start, durationMinutes },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `Visit added for ${chosenSeries.patientName} on ${when}.` });
          onDone();
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Divider label={`Book a series with visit 1 on ${when}`} labelPosition="left" />
      <Group align="flex-end">
        <Select
          label="From an open request"
          placeholder={requests.isPending ? 'Loading…' : 'Choose a request'}
          searchable
          data={(requests.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
          value={requestId}
          onChange={setRequestId}
          w={260}
        />
        <Button disabled={!requestId} onClick={() => requestId && navigate(bookSeriesHref({ requestId }, slot))}>
          Book series from request
        </Button>
      </Group>
      <Group align="flex-end">
        <Select
          label="For a patient"
          placeholder={patients.isPending ? 'Loading…' : 'Choose a patient'}
          searchable
          data={(patients.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
          value={patientId}
          onChange={setPatientId}
          w={260}
        />
        <Button disabled={!patientId} onClick={() => patientId && navigate(bookSeriesHref({ patientId }, slot))}>
          Book series for patient
        </Button>
      </Group>
      <Divider label="Or add a visit to a series" labelPosition="left" />
      <Group align="flex-end">
        <Select
          label={`A series with ${clinician.name}`}
          placeholder={series.isPending ? 'Loading…' : 'Choose a series'}
          searchable
          data={(series.data?.items ?? []).map((item) => ({
            value: item.id,
            label: `${item.patientName} (${item.sessions.length} of ${item.plannedSessions} booked)`,
          }))}
          value={seriesId}
          onChange={setSeriesId}
          w={260}
        />
        <Button variant="light" disabled={!chosenSeries} loading={addVisit.isPending} onClick={add}>
          Add visit here
        </Button>
      </Group>
      {addVisit.error && (
        <Alert color="red" role="alert" title="The visit was not added">
          <Text size="sm">{errorMessage(addVisit.error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
