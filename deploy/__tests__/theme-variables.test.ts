import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from '../../src/app/theme.ts';
import { themeVariablesCss } from '../theme-variables.ts';

/** `selector{--a: 1;--b: 2}…` as selector → variable → value. */
function declarations(css: string): Record<string, Record<string, string>> {
  const blocks: Record<string, Record<string, string>> = {};
  for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const block = blocks[selector.trim()] ?? {};
    blocks[selector.trim()] = block;
    for (const declaration of body.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0) block[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
    }
  }
  return blocks;
}

describe('the theme as a stylesheet (the public form, without MantineProvider)', () => {
  it('declares every variable MantineProvider writes for the theme, with the same values', () => {
    const page = renderToStaticMarkup(
      createElement(MantineProvider, { theme, cssVariablesResolver, deduplicateCssVariables: false }),
    );
    const written = [...page.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map(([, css = '']) => css).join('');
    // Its other <style> holds the hiddenFrom/visibleFrom classes, which the form does not use.
    const expected = Object.fromEntries(
      Object.entries(declarations(written)).filter(([selector]) => selector.startsWith(':root')),
    );

    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(declarations(themeVariablesCss())).toEqual(expected);
  });
});
