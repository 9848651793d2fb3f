import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { IntakeInput } from '../intake-schema';
import { intakeEndpoints } from './intake-endpoints';

/** The clinic website's contact form: public, so it never touches the staff caches. */
export const submitIntake = (input: IntakeInput) => apiRequest(intakeEndpoints.intake, { body: input });

export const useSubmitIntake = () => useMutation({ mutationFn: submitIntake });
