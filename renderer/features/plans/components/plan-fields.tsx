import { NativeSelect, NumberInput, TextInput, Textarea } from '@mantine/core';
import { createContext, useContext } from 'react';
import { getIn } from '../plan-paths';

/** What every plan field reads and writes: the value at its path, and the domain validation's message for that path. */
export interface PlanFieldsApi {
  readonly get: (path: string) => unknown;
  readonly set: (path: string, value: unknown) => void;
  readonly errorAt: (path: string) => string | undefined;
}

export const PlanFieldsContext = createContext<PlanFieldsApi>({ get: () => undefined, set: () => undefined, errorAt: () => undefined });

/** A field api over a value: reads by path, writes through `set`, errors from the validation map. */
export function fieldsApi(value: unknown, set: (path: string, v: unknown) => void, errors: Readonly<Record<string, string>>): PlanFieldsApi {
  return { get: (path) => getIn(value, path), set, errorAt: (path) => errors[path] };
}

interface FieldProps {
  readonly path: string;
  readonly label: string;
  readonly description?: string;
  readonly required?: boolean;
  /** Also shows the errors of these paths here (e.g. a measure's target under its value field). */
  readonly alsoErrorsOf?: readonly string[];
}

function useField(path: string, also: readonly string[] = []) {
  const api = useContext(PlanFieldsContext);
  const error = [path, ...also].map((p) => api.errorAt(p)).find((e) => e !== undefined);
  return {
    value: api.get(path),
    set: (v: unknown) => {
      api.set(path, v);
    },
    error,
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function PlanText({ path, label, description, required, alsoErrorsOf }: FieldProps) {
  const f = useField(path, alsoErrorsOf);
  return (
    <TextInput
      label={label}
      description={description}
      withAsterisk={required}
      value={text(f.value)}
      error={f.error}
      onChange={(e) => {
        f.set(e.currentTarget.value);
      }}
    />
  );
}

export function PlanTextarea({ path, label, description, required }: FieldProps) {
  const f = useField(path);
  return (
    <Textarea
      label={label}
      description={description}
      withAsterisk={required}
      autosize
      minRows={2}
      value={text(f.value)}
      error={f.error}
      onChange={(e) => {
        f.set(e.currentTarget.value);
      }}
    />
  );
}

/** A list of short texts written one per line (strengths); blank lines are kept while typing. */
export function PlanLines({ path, label, description, required }: FieldProps) {
  const f = useField(path);
  const lines = Array.isArray(f.value) ? (f.value as readonly unknown[]).map(text) : [];
  return (
    <Textarea
      label={label}
      description={description}
      withAsterisk={required}
      autosize
      minRows={2}
      value={lines.join('\n')}
      error={f.error}
      onChange={(e) => {
        f.set(e.currentTarget.value.split('\n'));
      }}
    />
  );
}

export function PlanDate({ path, label, description, required }: FieldProps) {
  const f = useField(path);
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      withAsterisk={required}
      value={text(f.value)}
      error={f.error}
      onChange={(e) => {
        f.set(e.currentTarget.value);
      }}
      w={200}
    />
  );
}

/** A number; an empty box is NaN, which the validation names ("enter … as a number"). */
export function PlanNumber({ path, label, description, required, alsoErrorsOf, allowNull }: FieldProps & { readonly allowNull?: boolean }) {
  const f = useField(path, alsoErrorsOf);
  const n = typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : '';
  const onChange = (v: number | string) => {
    if (v === '') f.set(allowNull ? null : Number.NaN);
    else f.set(typeof v === 'number' ? v : Number(v));
  };
  return <NumberInput label={label} description={description} withAsterisk={required} value={n} error={f.error} onChange={onChange} w={160} />;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function PlanSelect({
  path,
  label,
  description,
  data,
  required,
  alsoErrorsOf,
  onPick,
}: FieldProps & { readonly data: readonly Choice[]; readonly onPick?: (value: string) => void }) {
  const f = useField(path, alsoErrorsOf);
  const pick = (value: string) => {
    if (onPick) onPick(value);
    else f.set(value);
  };
  return (
    <NativeSelect
      label={label}
      description={description}
      withAsterisk={required}
      data={[...data]}
      value={text(f.value)}
      error={f.error}
      onChange={(e) => {
        pick(e.currentTarget.value);
      }}
    />
  );
}
