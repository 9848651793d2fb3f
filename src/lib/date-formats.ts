/**
 * The date and time formats staff read, one name each (dayjs tokens). Pass them to
 * `formatClinic`, which reads the instant on the clinic's wall clock.
 */
/** Wed 2 Dec 2026, 10:30 */
export const dateTimeFormat = 'ddd D MMM YYYY, HH:mm';
/** Wed 2 Dec 10:30: within the next weeks, where the year goes without saying. */
export const shortDateTimeFormat = 'ddd D MMM HH:mm';
/** 2 Dec 2026: dense table cells. */
export const compactDateFormat = 'D MMM YYYY';
/** Wed 2 Dec 2026 */
export const dateFormat = 'ddd D MMM YYYY';
/** Wed 2 Dec */
export const shortDateFormat = 'ddd D MMM';
/** 10:30 */
export const timeFormat = 'HH:mm';
