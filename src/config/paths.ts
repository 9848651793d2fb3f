/** Every in-app URL, in one place. IDs only: no patient data in URLs. */
export const paths = {
  login: (from?: string) => (from ? `/login?from=${encodeURIComponent(from)}` : '/login'),
  requestAppointment: '/request-appointment',
  today: '/',
  requests: '/requests',
  request: (id: string) => `/requests/${id}`,
  schedule: '/schedule',
  series: '/series',
  seriesDetail: (id: string) => `/series/${id}`,
  followUps: '/follow-ups',
  patients: '/patients',
  patient: (id: string) => `/patients/${id}`,
  settings: '/settings',
  staff: '/staff',
  audit: '/audit',
} as const;
