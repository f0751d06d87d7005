import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  fontFamily: 'Heebo, system-ui, sans-serif',
  headings: { fontFamily: 'Heebo, system-ui, sans-serif' },
  primaryColor: 'blue',
  /** Shade 8 keeps white text on filled buttons above 4.5:1. */
  primaryShade: 8,
  defaultRadius: 'md',
});

/**
 * Darker "dimmed" and placeholder text than Mantine's defaults, for WCAG AA contrast on white (a
 * file input's placeholder is its only visible text until a file is chosen).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-7)' },
  dark: {},
});
