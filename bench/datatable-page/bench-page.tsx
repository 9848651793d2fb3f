import { Alert, Container, Loader, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from '@/lib/api-client';
import { serverNow } from '@/lib/server-clock';
import { settingsEndpoints } from '@/shared/settings/api/endpoints';
import { staffEndpoints } from '@/shared/staff/api/endpoints';
import { allRequestsEndpoint } from './all-requests-endpoint';
import { RequestsDataTable } from './requests-data-table';

/** Loads what the app's inbox loads (settings, staff names, the requests: here all of them) and renders the table. */
export function BenchPage() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => apiRequest(settingsEndpoints.get, {}) });
  const staff = useQuery({ queryKey: ['staff'], queryFn: () => apiRequest(staffEndpoints.list, {}) });
  const requests = useQuery({ queryKey: ['requests', 'all'], queryFn: () => apiRequest(allRequestsEndpoint, {}) });
  const staffNames = useMemo(() => new Map(staff.data?.map((member) => [member.id, member.name])), [staff.data]);
  const now = useMemo(() => (requests.data ? serverNow().getTime() : 0), [requests.data]);
  const error = settings.error ?? staff.error ?? requests.error;

  return (
    <Container size="xl" py="md">
      <Title order={1} size="h2" mb="md">
        Requests (mantine-datatable)
      </Title>
      {error ? (
        <Alert color="red" title="Could not load">
          {error.message}
        </Alert>
      ) : settings.data && staff.data && requests.data ? (
        <RequestsDataTable requests={requests.data} settings={settings.data} staffNames={staffNames} now={now} />
      ) : (
        <Loader aria-label="Loading requests" />
      )}
    </Container>
  );
}
