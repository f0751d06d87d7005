import { createTheme, ModalHeader, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  fontFamily: 'Heebo, system-ui, sans-serif',
  headings: { fontFamily: 'Heebo, system-ui, sans-serif' },
  primaryColor: 'blue',
  /** Shade 8 keeps white text on filled buttons above 4.5:1. */
  primaryShade: 8,
  defaultRadius: 'md',
  components: {
    // A dialog's title bar is not the page's banner: Mantine renders it as a <header> outside
    // <main>, which screen readers would announce as a second banner landmark.
    ModalHeader: ModalHeader.extend({ defaultProps: { role: 'none' } }),
  },
});

/**
 * Darker "dimmed", placeholder and error text than Mantine's defaults, for WCAG AA contrast on
 * white (a file input's placeholder is its only visible text until a file is chosen; a field in
 * error shows its value and message in the error colour).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
