import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Modal and Drawer: a named close button, and a title bar that is not a second "banner" landmark. */
const dialogDefaults = {
  defaultProps: {
    closeButtonProps: { 'aria-label': 'Close' },
    attributes: { header: { role: 'none' } },
  },
};

/** A field's clear button (×), named for screen readers. */
const clearButtonProps = { 'aria-label': 'Clear' };
const clearableDefaults = { defaultProps: { clearButtonProps } };

/** The date pickers' month, year and decade arrows, named for screen readers. */
const calendarDefaults = {
  defaultProps: {
    ariaLabels: {
      previousMonth: 'Previous month',
      nextMonth: 'Next month',
      previousYear: 'Previous year',
      nextYear: 'Next year',
      previousDecade: 'Previous decade',
      nextDecade: 'Next decade',
      monthLevelControl: 'Choose a month',
      yearLevelControl: 'Choose a year',
    },
  },
};
const dateInputDefaults = { defaultProps: { ...calendarDefaults.defaultProps, clearButtonProps } };

export const theme = createTheme({
  primaryColor: 'teal',
  // Teal 9: white on it and it on white reach 4.5:1 (teal 6, the default, is 2.6:1).
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Plain objects, not Modal.extend(): importing the components here would load them on every page.
  components: {
    Modal: dialogDefaults,
    Drawer: dialogDefaults,
    Select: clearableDefaults,
    MultiSelect: clearableDefaults,
    TagsInput: clearableDefaults,
    DatePickerInput: dateInputDefaults,
    DateTimePicker: dateInputDefaults,
    DateInput: dateInputDefaults,
    DatePicker: calendarDefaults,
    Calendar: calendarDefaults,
  },
});

const darker = (color: string, by = 25) => `color-mix(in srgb, ${color}, black ${by}%)`;

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/**
 * Filled buttons and badges, outline and coloured text: shade 9, darkened where white on it
 * stays under 4.5:1 (yellow, orange, lime, green); hover goes darker, not lighter (Mantine's
 * hover of shade 9 is shade 8: white on teal 8 is 3.9:1).
 */
function readableColor(name: string, shades: readonly string[]): Record<string, string> {
  const shade9 = `var(--mantine-color-${name}-9)`;
  const filled = contrastWithWhite(shades[9] ?? '#000000') >= 4.5 ? shade9 : darker(shade9);
  return {
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: darker(filled),
    [`--mantine-color-${name}-outline`]: filled,
    [`--mantine-color-${name}-text`]: filled,
    // Light badges, alerts and tags: on their tinted background, or on a tinted row, still over 4.5:1.
    [`--mantine-color-${name}-light-color`]: darker(shade9, 35),
  };
}

/**
 * Text contrast of at least 4.5:1 (WCAG AA) everywhere in the light scheme, set once here so
 * every component inherits it: field errors (red 6 is 3.3:1 on white), dimmed text (gray 6 is
 * 3.3:1), links (also inside a selected, tinted row), and every colour's variants above.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-dimmed': darker('var(--mantine-color-gray-6)'),
    '--mantine-color-anchor': darker('var(--mantine-color-teal-9)'),
    ...Object.assign({}, ...Object.entries(current.colors).map(([name, shades]) => readableColor(name, shades))),
  },
  dark: {},
});
