import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { AuditFilter } from '../schemas';
import { auditEndpoints } from './endpoints';
import { auditKeys } from './get-audit';

export const exportAudit = (filter: AuditFilter) => apiRequest(auditEndpoints.export, { body: filter });

/** The export is itself audited, so the trail on screen refetches to show it. */
export function useExportAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: exportAudit,
    onSettled: () => queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  });
}
