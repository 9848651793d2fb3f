import { Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { seriesVisitSummary } from '../../domain/series-progress';
import type { TreatmentSeries } from '../../schemas';
import { ProgressBadge } from '../list/progress-badge';
import { unrecordedVisitText } from '../unrecorded-visit';

type Props = {
  series: TreatmentSeries;
  clinicianName: string;
  now: number;
  timeZone: string;
  /** Clinicians and admins extend or end a course; null hides the buttons. */
  onAddVisit: (() => void) | null;
  onDiscontinue: (() => void) | null;
};

const daysAgo = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

export function SeriesHeader({ series, clinicianName, now, timeZone, onAddVisit, onDiscontinue }: Props) {
  const summary = seriesVisitSummary(series, now, timeZone);
  const last = summary.lastSession;
  const unrecorded = summary.unrecordedSession;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>Series: {series.patientName}</Title>
          <Group gap="xs">
            <ProgressBadge progress={series.progress} />
            <Text size="sm">
              {summary.completed} of {summary.planned} done
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {onAddVisit && (
            <Button variant="light" onClick={onAddVisit}>
              Add a visit…
            </Button>
          )}
          {onDiscontinue && (
            <Button variant="default" color="red" onClick={onDiscontinue}>
              Discontinue…
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        <Fact label="Patient">
          <Anchor component={Link} to={paths.patient(series.patientId)}>
            {series.patientName}
          </Anchor>
        </Fact>
        <Fact label="Clinician">{clinicianName}</Fact>
        <Fact label="Planned visits">{series.plannedSessions}</Fact>
        <Fact label="Spacing">{series.spacingDays} days</Fact>
        <Fact label="Last visit">
          {last
            ? `${formatClinic(last.start, timeZone, dateTimeFormat)} (${daysAgo(summary.daysSinceLast ?? 0)})`
            : 'None yet'}
        </Fact>
        <Fact label="Next visit">
          {summary.nextSession ? formatClinic(summary.nextSession.start, timeZone, dateTimeFormat) : 'None booked'}
        </Fact>
      </SimpleGrid>
      {unrecorded && (
        <Text size="sm" fw={600} c="orange.9" role="note">
          {unrecordedVisitText(unrecorded, timeZone)}: record it as completed or a no-show.
        </Text>
      )}
      {series.status === 'discontinued' && (
        <Text size="sm" c="red">
          Discontinued: {series.discontinuedReason ?? 'no reason recorded'}
        </Text>
      )}
    </Stack>
  );
}
