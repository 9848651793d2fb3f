import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

// Time zones are `clinic-time.ts`'s job (on Intl); dayjs only formats wall-clock readings.
dayjs.extend(utc);

export type { Dayjs } from 'dayjs';
export { dayjs };
