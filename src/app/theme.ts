import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Modal and Drawer: a named close button, and a title bar that is not a second "banner" landmark. */
const dialogDefaults = {
  defaultProps: {
    closeButtonProps: { 'aria-label': 'Close' },
    attributes: { header: { role: 'none' } },
  },
};

/** Date pickers: the calendar's arrows and level buttons have names (Mantine leaves them unnamed). */
const datePickerDefaults = {
  defaultProps: {
    ariaLabels: {
      monthLevelControl: 'Choose a month',
      yearLevelControl: 'Choose a year',
      nextMonth: 'Next month',
      previousMonth: 'Previous month',
      nextYear: 'Next year',
      previousYear: 'Previous year',
      nextDecade: 'Next decade',
      previousDecade: 'Previous decade',
    },
  },
};

export const theme = createTheme({
  primaryColor: 'teal',
  // Teal 9: white on it and it on white reach 4.5:1 (teal 6, the default, is 2.6:1).
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Plain objects, not Modal.extend(): importing the components here would load them on every page.
  components: { Modal: dialogDefaults, Drawer: dialogDefaults, DatePickerInput: datePickerDefaults },
});

const darker = (color: string) => `color-mix(in srgb, ${color}, black 25%)`;

/**
 * Text contrast of at least 4.5:1 (WCAG AA) where Mantine's defaults fall short in the light
 * scheme: dimmed text (gray 6 is 3.3:1 on white) and the text of light badges, chips and
 * active navigation links (shade 9 on shade 1 is 3.6 to 4.3:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': darker('var(--mantine-color-gray-6)'),
    ...Object.fromEntries(
      Object.keys(current.colors).map((color) => [
        `--mantine-color-${color}-light-color`,
        darker(`var(--mantine-color-${color}-9)`),
      ]),
    ),
  },
  dark: {},
});
