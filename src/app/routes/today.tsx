import { NotBuiltYet } from '@/components/not-built-yet';

export default function TodayRoute() {
  return (
    <NotBuiltYet
      title="Today"
      plan="Each person's day: for clinicians their sessions, for front desk the requests and calls due. It is planned after the inbox and series work."
    />
  );
}
