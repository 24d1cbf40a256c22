import {
  Autocomplete,
  createTheme,
  NumberInput,
  Textarea,
  TextInput,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  Select,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { LIST_PROPS } from '../components/combobox';

// Light variants (badges, the active nav link) put coloured text on a pale wash of the same colour; Mantine's
// shade fails 4.5:1 there, so the text takes the darkest shade.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = input.theme.colors[parsed.color];
  if (input.variant === 'light' && parsed.isThemeColor && shades) {
    const text = darken(shades[9], 0.35);
    return { ...colors, color: text, hoverColor: text };
  }
  // Filled hover would lighten the darkest shade (white text drops below 4.5:1); darken it instead.
  // A colour named without a shade is drawn at primaryShade (9), so it gets the same treatment.
  if (input.variant === 'filled' && parsed.isThemeColor && shades && (parsed.shade ?? 9) === 9) {
    return { ...colors, hover: darken(shades[9], 0.15) };
  }
  return colors;
};

export const theme = createTheme({
  variantColorResolver,
  // Users who ask their OS for less motion get none (also keeps accessibility scans off half-faded toasts).
  respectReducedMotion: true,
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif',
  // White on teal.6 (Mantine's default) and teal.8 fail WCAG AA for button text; teal.9 passes.
  primaryShade: 9,
  // Chromium's form history keeps what is typed into a field, in clear, in the profile (issue 18, item 2): no field
  // of Waypoint's holds anything a browser should remember, so every text field opts out unless it says otherwise.
  components: {
    Select: Select.extend({ defaultProps: { comboboxProps: LIST_PROPS } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { comboboxProps: LIST_PROPS, autoComplete: 'off' } }),
    TextInput: TextInput.extend({ defaultProps: { autoComplete: 'off' } }),
    Textarea: Textarea.extend({ defaultProps: { autoComplete: 'off' } }),
    NumberInput: NumberInput.extend({ defaultProps: { autoComplete: 'off' } }),
  },
});

// Mantine's "dimmed" grey (gray.6) is 3.3:1 on white, below WCAG AA for body text; gray.7 passes.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
