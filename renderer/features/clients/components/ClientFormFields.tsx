import { Autocomplete, Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DEFAULT_PROGRAMS, LEVELS_OF_CARE, type LevelOfCare } from '../../../../shared/domain/client';
import { formPart2, withProgram, type ClientFormValues, type ClinicianOption } from '../client-form';
import { LIST_PROPS } from '../../../components/combobox';

const LEVEL_LABELS: Readonly<Record<LevelOfCare, string>> = {
  PHP: 'PHP — partial hospitalization',
  IOP: 'IOP — intensive outpatient',
  OP: 'OP — outpatient',
};

const LEVEL_OPTIONS = LEVELS_OF_CARE.map((value) => ({ value, label: LEVEL_LABELS[value] }));

/** The three levels, plus the client's current one when a transfer set one of the clinic's own (e.g. RES). */
function levelOptions(current: string): { value: string; label: string }[] {
  return current === '' || LEVEL_OPTIONS.some((o) => o.value === current) ? LEVEL_OPTIONS : [...LEVEL_OPTIONS, { value: current, label: current }];
}

interface Props {
  readonly form: UseFormReturnType<ClientFormValues>;
  readonly clinicians: readonly ClinicianOption[];
  readonly today: string;
}

/** Who the client is and where they are in care. */
export function ClientFormFields({ form, clinicians, today }: Props) {
  return (
    <>
      <Fieldset legend="Client">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required autoComplete="off" {...form.getInputProps('firstName')} />
          <TextInput label="Last name" required autoComplete="off" {...form.getInputProps('lastName')} />
          <TextInput label="Preferred name" description="If different from the first name" {...form.getInputProps('preferredName')} />
          <TextInput label="Pronouns" description="For example she/her, they/them" {...form.getInputProps('pronouns')} />
          <TextInput label="Date of birth" type="date" required max={today} {...form.getInputProps('dateOfBirth')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Care">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            comboboxProps={LIST_PROPS}
            label="Level of care"
            data={levelOptions(form.values.levelOfCare)}
            allowDeselect={false}
            required
            {...form.getInputProps('levelOfCare')}
          />
          <Autocomplete
            comboboxProps={LIST_PROPS}
            label="Program track"
            description="Choose one or type the clinic’s own"
            data={[...DEFAULT_PROGRAMS]}
            required
            {...form.getInputProps('program')}
            onChange={(program) => {
              form.setValues(withProgram(form.values, program));
            }}
          />
          <Checkbox
            label="42 CFR Part 2 record"
            description="A federally assisted substance-use disorder program: exports need the client’s Part 2 consent. Preset from the program track."
            checked={formPart2(form.values)}
            onChange={(e) => {
              form.setFieldValue('part2', e.currentTarget.checked);
            }}
          />
          <Select
            comboboxProps={LIST_PROPS}
            label="Primary clinician"
            data={clinicians.map((c) => ({ ...c }))}
            description={clinicians.length === 0 ? 'Add a clinician on the Staff screen first.' : undefined}
            allowDeselect={false}
            searchable
            required
            {...form.getInputProps('primaryClinicianId')}
          />
          <TextInput
            label="Admission date"
            type="date"
            required
            description={form.values.status === 'planned' ? 'The day the client is expected to start' : undefined}
            {...form.getInputProps('admissionDate')}
          />
          {form.values.status !== 'discharged' && (
            <Radio.Group label="Admission" description="A planned admission is admitted later, by editing the client" {...form.getInputProps('status')}>
              <Group mt="xs">
                <Radio value="active" label="Admitted" />
                <Radio value="planned" label="Planned, not admitted yet" />
              </Group>
            </Radio.Group>
          )}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
