import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { blockHandlers } from './blocks';
import { contactRequestActionHandlers } from './contact-request-actions';
import { intakeHandlers } from './contact-request-intake';
import { contactRequestHandlers } from './contact-requests';
import { followUpHandlers } from './follow-up-calls';
import { patientHandlers } from './patients';
import { scheduleHandlers } from './schedule';
import { seriesChangeHandlers } from './series-changes';
import { rescheduleHandler } from './session-reschedule';
import { sessionHandlers } from './sessions';
import { settingsHandlers } from './settings';
import { staffHandlers } from './staff';
import { todayHandlers } from './today';
import { seriesHandlers } from './treatment-series';

/** Every mock API handler, for `setupServer` (tests) and `setupWorker` (the browser). */
export const handlers = [
  ...authHandlers,
  ...settingsHandlers,
  ...staffHandlers,
  ...intakeHandlers,
  ...contactRequestHandlers,
  ...contactRequestActionHandlers,
  ...patientHandlers,
  ...seriesHandlers,
  ...seriesChangeHandlers,
  rescheduleHandler,
  ...sessionHandlers,
  ...scheduleHandlers,
  ...blockHandlers,
  ...followUpHandlers,
  ...todayHandlers,
  ...auditHandlers,
];
