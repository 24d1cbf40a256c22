import { Alert, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { validateProgressRuleParams, type InstrumentRuleParams, type ProgressRuleParams } from '../../../../shared/progress';
import { notify } from '../../../components/notify';
import { useSignedIn } from '../../../session';
import type { ClinicRuleParams } from '../rule-params-records';
import { useClinicRuleParams } from '../useReviews';
import { useReviewActions } from '../useReviewActions';
import { INSTRUMENT_FIELDS, NUMBER_FIELDS, changedFields } from './rule-param-fields';
import { errorMessage } from '../../../../shared/error-message';
import { TableHeader } from '../../../components/TableHeader';

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
  const { user } = useSignedIn();
  const [value, setValue] = useState<ProgressRuleParams>(rules.params);
  const [failure, setFailure] = useState<string | null>(null);
  const readOnly = user.role !== 'admin' && user.role !== 'supervisor';
  const errors = Object.fromEntries(validateProgressRuleParams(value).map((p) => [p.field, `This value ${p.message}.`]));
  const changed = changedFields(rules.params, value);
  const save = async () => {
    try {
      await actions.saveRuleParams(value, changed);
      setFailure(null);
      notify('Progress rule parameters saved; new reviews use them.');
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rules-heading">
      <Stack>
        <Title order={2} size="h4" id="rules-heading">
          Progress review rules
        </Title>
        <Text size="sm">
          Rule set {value.ruleSetVersion}. Every review stores the rule-set version and the values in force when it was started.{' '}
          {readOnly ? 'Only a supervisor or clinic admin can change them.' : ''}
        </Text>
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
        {failure && (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button onClick={() => void save()} disabled={Object.keys(errors).length > 0 || changed.length === 0}>
              Save review rules
            </Button>
            <Button
              variant="default"
              disabled={changed.length === 0}
              onClick={() => {
                setValue(rules.params);
              }}
            >
              Undo changes
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
