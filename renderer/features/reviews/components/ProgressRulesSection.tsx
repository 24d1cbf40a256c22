import { Button, Checkbox, NumberInput, SimpleGrid, Table } from '@mantine/core';
import { useState } from 'react';
import { validateProgressRuleParams, type InstrumentRuleParams, type ProgressRuleParams } from '../../../../shared/progress';
import type { ClinicRuleParams } from '../rule-params-records';
import { useClinicRuleParams } from '../useReviews';
import { useReviewActions } from '../useReviewActions';
import { INSTRUMENT_FIELDS, NUMBER_FIELDS, changedFields } from './rule-param-fields';
import { TableHeader } from '../../../components/TableHeader';
import { SettingPanel, useSettingSave, useSettingsReadOnly } from '../../../components/SettingPanel';

type InstrumentKey = keyof ProgressRuleParams['instruments'];

/** A cleared number box holds NaN, which validation names at the field (nothing is coerced silently). */
const num = (v: number | string): number => (typeof v === 'number' ? v : Number.NaN);

function InstrumentTable({
  value,
  onChange,
  errors,
  readOnly,
}: {
  value: ProgressRuleParams;
  onChange: (next: ProgressRuleParams) => void;
  errors: Readonly<Record<string, string>>;
  readOnly: boolean;
}) {
  const set = (id: InstrumentKey, row: InstrumentRuleParams, key: keyof InstrumentRuleParams, v: number | string) => {
    onChange({ ...value, instruments: { ...value.instruments, [id]: { ...row, [key]: num(v) } } });
  };
  return (
    <Table>
      <TableHeader columns={['Instrument', ...INSTRUMENT_FIELDS.map((f) => f.label)]} />
      <Table.Tbody>
        {(Object.entries(value.instruments) as [InstrumentKey, InstrumentRuleParams][]).map(([id, row]) => (
          <Table.Tr key={id}>
            <Table.Td>{id}</Table.Td>
            {INSTRUMENT_FIELDS.map((f) => (
              <Table.Td key={f.key}>
                <NumberInput
                  hideControls
                  aria-label={`${id} ${f.label}`}
                  value={row[f.key]}
                  readOnly={readOnly}
                  allowDecimal={false}
                  clampBehavior="none"
                  onChange={(v) => {
                    set(id, row, f.key, v);
                  }}
                  error={errors[`instruments.${id}.${f.key}`]}
                />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Settings: the clinic's recommendation rule parameters (progress.md §5.3, §11), validated at each field and audited. */
export function ProgressRulesSection() {
  const rules = useClinicRuleParams();
  return rules ? <RulesForm key={rules.recordId} rules={rules} /> : null;
}

function RulesForm({ rules }: { rules: ClinicRuleParams }) {
  const actions = useReviewActions();
  const [value, setValue] = useState<ProgressRuleParams>(rules.params);
  const readOnly = useSettingsReadOnly();
  const errors = Object.fromEntries(validateProgressRuleParams(value).map((p) => [p.field, `This value ${p.message}.`]));
  const changed = changedFields(rules.params, value);
  const { failure, save } = useSettingSave(() => actions.saveRuleParams(value, changed), 'Progress rule parameters saved; new reviews use them.');
  return (
    <SettingPanel
      id="rules-heading"
      title="Progress review rules"
      description={<>Rule set {value.ruleSetVersion}. Every review stores the rule-set version and the values in force when it was started.</>}
      pronoun="them"
      readOnly={readOnly}
      failure={failure}
      saveLabel="Save review rules"
      canSave={!(Object.keys(errors).length > 0 || changed.length === 0)}
      onSave={save}
      extraAction={
        <Button
          variant="default"
          disabled={changed.length === 0}
          onClick={() => {
            setValue(rules.params);
          }}
        >
          Undo changes
        </Button>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {NUMBER_FIELDS.map((f) => (
          <NumberInput
            key={f.key}
            label={f.label}
            value={value[f.key]}
            readOnly={readOnly}
            allowDecimal={false}
            clampBehavior="none"
            onChange={(v) => {
              setValue({ ...value, [f.key]: num(v) });
            }}
            error={errors[f.key]}
          />
        ))}
      </SimpleGrid>
      <Checkbox
        label="Intensify on lower-severity safety events too"
        checked={value.intensifyOnLowerEvents}
        disabled={readOnly}
        onChange={(e) => {
          setValue({ ...value, intensifyOnLowerEvents: e.currentTarget.checked });
        }}
      />
      <InstrumentTable value={value} onChange={setValue} errors={errors} readOnly={readOnly} />
    </SettingPanel>
  );
}
