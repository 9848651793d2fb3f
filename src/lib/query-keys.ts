/** Root keys only. A mutation that moves something on the calendar invalidates `schedule`. */
export const rootKeys = {
  auth: ['auth'],
  settings: ['settings'],
  staff: ['staff'],
  contactRequests: ['contact-requests'],
  patients: ['patients'],
  series: ['series'],
  schedule: ['schedule'],
  followUps: ['follow-ups'],
  audit: ['audit'],
} as const;
