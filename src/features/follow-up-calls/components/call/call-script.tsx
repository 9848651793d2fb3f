import type { ClinicSettings } from '@/shared/settings/schemas';
import type { CallAnswers, FollowUpDetail } from '../../schemas';
import { BookNextSlots } from './book-next-slots';
import { CheckInScript } from './check-in-script';
import { PostTreatmentScript } from './post-treatment-script';

type Props = {
  call: FollowUpDetail;
  answers: CallAnswers;
  onChange: (answers: CallAnswers) => void;
  clinicianName: string;
  settings: ClinicSettings;
  now: number;
  disabled: boolean;
  onBooked: (start: string) => void;
};

/** The script for the call's reason; a callback or other call has only the note. */
export function CallScript({ call, answers, onChange, clinicianName, settings, now, disabled, onBooked }: Props) {
  switch (answers.reason) {
    case 'post_treatment_72h':
      return <PostTreatmentScript answers={answers} onChange={onChange} clinicianName={clinicianName} />;
    case 'series_complete_check_in':
      return <CheckInScript answers={answers} onChange={onChange} canBook={call.patientId !== null} />;
    case 'book_next_session':
      return call.about.seriesId ? (
        <BookNextSlots
          seriesId={call.about.seriesId}
          settings={settings}
          now={now}
          disabled={disabled}
          onBooked={onBooked}
        />
      ) : null;
    default:
      return null;
  }
}
