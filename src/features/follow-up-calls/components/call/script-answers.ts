import type { CallAnswers, FollowUpReason } from '../../schemas';

export type PostTreatmentAnswers = Extract<CallAnswers, { reason: 'post_treatment_72h' }>;
export type CheckInAnswers = Extract<CallAnswers, { reason: 'series_complete_check_in' }>;
export type YesNo = 'yes' | 'no' | null;

/** Unanswered script for each reason: what the form starts from. */
export function blankAnswers(reason: FollowUpReason): CallAnswers {
  switch (reason) {
    case 'post_treatment_72h':
      return {
        reason,
        walked: null,
        stockings: null,
        noFlying: null,
        avoidedHeatAndExercise: null,
        concerns: [],
        concernNote: '',
        reviewId: null,
      };
    case 'book_next_session':
      return { reason, bookedSessionStart: null };
    case 'series_complete_check_in':
      return { reason, satisfied: null, moreVeins: null, offerAnotherSeries: false };
    case 'request_callback':
    case 'other':
      return { reason };
  }
}
