import { NotBuiltYet } from '@/components/not-built-yet';

export default function FollowUpsRoute() {
  return (
    <NotBuiltYet
      title="Follow-ups"
      plan="The queue of follow-up calls (callbacks, 72-hour checks, booking the next session)."
    />
  );
}
