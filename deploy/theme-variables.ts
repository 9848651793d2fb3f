import { convertCssVariables, DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import type { Plugin } from 'vite';
import { cssVariablesResolver, theme } from '../src/app/theme.ts';

const moduleId = 'virtual:theme-variables.css';
const resolvedId = `\0${moduleId}`;

/** The CSS variables MantineProvider writes for the app's theme (its colours, fonts, contrast fixes), as a stylesheet. */
export function themeVariablesCss(): string {
  const merged = mergeMantineTheme(DEFAULT_THEME, theme);
  const defaults = defaultCssVariablesResolver(merged);
  const ours = cssVariablesResolver(merged);
  return convertCssVariables({
    variables: { ...defaults.variables, ...ours.variables },
    light: { ...defaults.light, ...ours.light, '--mantine-color-scheme': 'light' },
    dark: { ...defaults.dark, ...ours.dark, '--mantine-color-scheme': 'dark' },
  });
}

/**
 * `import 'virtual:theme-variables.css'`: the theme without MantineProvider, for the public form,
 * which renders no Mantine component and so leaves Mantine's code out of a phone's first load.
 */
export function themeVariables(): Plugin {
  return {
    name: 'theme-variables',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? themeVariablesCss() : undefined),
  };
}
