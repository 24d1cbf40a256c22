import { Textarea } from '@mantine/core';
import type { DischargeFieldErrors } from '../../../../shared/reports';

interface Props<K extends string> {
  /** [field, label] in the order shown. */
  readonly fields: readonly (readonly [K, string])[];
  /** The errors' path prefix: "narrative", "aftercare". */
  readonly section: string;
  readonly value: Readonly<Record<K, string>>;
  readonly errors: DischargeFieldErrors;
  /** Called with the one field that changed, ready to merge into the section's value. */
  readonly onChange: (patch: Partial<Record<K, string>>) => void;
}

/** One growing text box per field of a discharge summary section, each with its error ("<section>.<field>") below it. */
export function TextareaList<K extends string>({ fields, section, value, errors, onChange }: Props<K>) {
  return fields.map(([key, label]) => (
    <Textarea
      key={key}
      label={label}
      autosize
      minRows={2}
      value={value[key]}
      error={errors[`${section}.${key}`]}
      onChange={(e) => {
        const patch: Partial<Record<K, string>> = {};
        patch[key] = e.currentTarget.value;
        onChange(patch);
      }}
    />
  ));
}
