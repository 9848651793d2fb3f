import { Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { seriesQueryOptions } from '@/features/treatment-series/api/get-series';
import { CompleteSessionModal } from '@/features/treatment-series/components/detail/complete-session-modal';
import { NoShowModal } from '@/features/treatment-series/components/detail/no-show-modal';
import { canChangeClinicalFields } from '@/features/treatment-series/components/detail/session-labels';
import { useSessionActions } from '@/features/treatment-series/components/detail/use-session-actions';
import type { Session, TreatmentSeries } from '@/features/treatment-series/schemas';
import type { Role } from '@/shared/staff/schemas';
import type { TodayVisit } from '../schemas';

type Outcome = 'complete' | 'no_show';

function NoShowDialog({
  series,
  session,
  onClose,
}: {
  series: TreatmentSeries;
  session: Session;
  onClose: () => void;
}) {
  const { noShow } = useSessionActions(series);
  return (
    <NoShowModal
      patientName={series.patientName}
      session={session}
      opened
      onClose={onClose}
      onConfirm={(confirmed) => void noShow(confirmed)}
    />
  );
}

/** Complete or no-show from Today, with the series page's own dialogs (the series loads on demand). */
export function VisitOutcomeActions({ visit, role, started }: { visit: TodayVisit; role: Role; started: boolean }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const series = useQuery({ ...seriesQueryOptions(visit.seriesId), enabled: outcome !== null });
  const session = series.data?.sessions.find((candidate) => candidate.id === visit.id);
  const close = () => setOutcome(null);
  const label = `visit ${visit.number}, ${visit.patientName}`;
  if (visit.status !== 'scheduled') return null;
  if (!started) {
    return (
      <Text size="sm" c="dimmed">
        Not started
      </Text>
    );
  }
  const loading = (which: Outcome) => outcome === which && !session && !series.error;

  return (
    <Group gap="xs" wrap="nowrap">
      {canChangeClinicalFields(role) && (
        <Button
          size="compact-sm"
          onClick={() => setOutcome('complete')}
          loading={loading('complete')}
          aria-label={`Complete ${label}`}
        >
          Complete
        </Button>
      )}
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => setOutcome('no_show')}
        loading={loading('no_show')}
        aria-label={`Record ${label} as a no-show`}
      >
        No-show
      </Button>
      {series.data && (
        <CompleteSessionModal series={series.data} session={session} opened={outcome === 'complete'} onClose={close} />
      )}
      {series.data && session && outcome === 'no_show' && (
        <NoShowDialog series={series.data} session={session} onClose={close} />
      )}
    </Group>
  );
}
