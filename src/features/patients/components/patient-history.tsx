import { Badge, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { formatClinic } from '@/lib/clinic-time';
import { useSettings } from '@/shared/settings/api/get-settings';
import { usePatientHistory } from '../api/get-patient-history';
import { historySubjectLabels } from '../history-schemas';
import { RecordSection } from './record-section';

const firstShown = 10;

/** Who changed what on the patient's record, their requests, series, visits and calls: newest first. */
export function PatientHistory({ patientId }: { patientId: string }) {
  const settings = useSettings();
  const history = usePatientHistory(patientId);
  const [showAll, setShowAll] = useState(false);
  const entries = history.data?.items ?? [];
  const shown = showAll ? entries : entries.slice(0, firstShown);
  return (
    <RecordSection title="History">
      {history.isPending ? (
        <Text c="dimmed">Loading the history…</Text>
      ) : history.isError ? (
        <Text c="red">The history could not be loaded.</Text>
      ) : entries.length === 0 ? (
        <Text c="dimmed">No changes recorded yet.</Text>
      ) : (
        <>
          <List listStyleType="none" spacing="xs" aria-label="Record history">
            {shown.map((entry) => (
              <List.Item key={entry.id}>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                    {historySubjectLabels[entry.about]}
                  </Badge>
                  <Text size="sm">
                    {entry.summary}{' '}
                    <Text span c="dimmed" size="sm">
                      by {entry.actorName}, {formatClinic(entry.at, settings.timeZone, 'ddd D MMM YYYY, HH:mm')}
                    </Text>
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
          {entries.length > firstShown && (
            <Button variant="subtle" size="xs" onClick={() => setShowAll(!showAll)} w="fit-content">
              {showAll ? 'Show the latest only' : `Show all ${entries.length} changes`}
            </Button>
          )}
        </>
      )}
    </RecordSection>
  );
}
