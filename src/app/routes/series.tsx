import { NotBuiltYet } from '@/components/not-built-yet';

export default function SeriesRoute() {
  return <NotBuiltYet title="Series" plan="Every treatment series with its progress, and booking a three-session course." />;
}
