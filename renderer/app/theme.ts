import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif',
  // Mantine's default teal shade 6 fails contrast on white for small text; 8 passes WCAG AA.
  primaryShade: 8,
});
