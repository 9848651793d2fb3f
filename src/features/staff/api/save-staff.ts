import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { rootKeys } from '@/lib/query-keys';
import { staffEndpoints } from '@/shared/staff/api/endpoints';
import { type StaffInput, type StaffMember, type StaffUpdate, staffMemberSchema } from '@/shared/staff/schemas';

export const createStaff = (input: StaffInput) => apiRequest(staffEndpoints.create, { body: input });

export type UpdateStaffInput = StaffUpdate & { id: string };
export const updateStaff = ({ id, ...body }: UpdateStaffInput) =>
  apiRequest(staffEndpoints.update, { params: { id }, body });

/** The newer account a stale-version refusal carries, or null. */
export function newerStaffMember(error: unknown): StaffMember | null {
  if (!isApiError(error) || !error.isStaleVersion) return null;
  const parsed = staffMemberSchema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

type Config<TInput> = Omit<UseMutationOptions<StaffMember, Error, TInput>, 'mutationFn'>;

/** Any change to an account: the staff list (clinician pickers, names in lists) refetches; the caller's callbacks are kept. */
function useStaffMutation<TInput>(mutationFn: (input: TInput) => Promise<StaffMember>, config: Config<TInput> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation<StaffMember, Error, TInput>({
    ...rest,
    mutationFn,
    onSettled: (...args) => {
      void queryClient.invalidateQueries({ queryKey: rootKeys.staff });
      return onSettled?.(...args);
    },
  });
}

export const useCreateStaff = (config?: Config<StaffInput>) => useStaffMutation(createStaff, config);
export const useUpdateStaff = (config?: Config<UpdateStaffInput>) => useStaffMutation(updateStaff, config);
