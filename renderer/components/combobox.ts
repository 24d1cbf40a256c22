import type { ComboboxProps } from '@mantine/core';

/**
 * Mantine 9 keeps every closed Select/Autocomplete dropdown in the DOM, labelled by the field's label, so a label
 * would name two elements (the input and a hidden listbox). Unmounting it when closed keeps labels unique.
 */
export const LIST_PROPS = { keepMounted: false } satisfies ComboboxProps;
