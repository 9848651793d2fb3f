import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '@/lib/api-error';
import { useExportAudit } from '../api/export-audit';
import type { AuditFilter } from '../schemas';

function download(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser reads the file after this task: free it afterwards.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Downloads the filtered view as CSV; the export is written to the trail with its filter. */
export function ExportButton({ filter }: { filter: AuditFilter }) {
  const exporter = useExportAudit();
  const run = () =>
    exporter.mutate(filter, {
      onSuccess: ({ fileName, csv, rows }) => {
        download(fileName, csv);
        notifications.show({
          color: 'teal',
          title: 'Audit trail exported',
          message: `${rows === 1 ? '1 entry' : `${rows} entries`} in ${fileName}. The export is recorded in the trail.`,
        });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Nothing was exported', message: errorMessage(error) }),
    });
  return (
    <Button variant="light" onClick={run} loading={exporter.isPending}>
      Export CSV
    </Button>
  );
}
