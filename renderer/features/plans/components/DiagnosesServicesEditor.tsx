import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { blankService } from '../../../../shared/progress/plans/diagnoses-services';
import { iopHoursCheck } from '../../../../shared/progress/plans/plan-validation';
import { SERVICE_TYPES, type Diagnosis, type PlannedService } from '../../../../shared/progress/plans/types';
import { without, type EditorApi } from './editor-api';
import { PlanItem } from './PlanItem';
import { PlanNumber, PlanSelect, PlanText } from './plan-fields';

export const SERVICE_LABELS: Readonly<Record<PlannedService['type'], string>> = {
  individual: 'Individual therapy',
  group: 'Group therapy',
  family: 'Family sessions',
  medication_management: 'Medication management',
  case_management: 'Case management',
  peer_support: 'Peer support',
  other: 'Other',
};
const SERVICE_CHOICES = SERVICE_TYPES.map((t) => ({ value: t, label: SERVICE_LABELS[t] }));

/** Diagnoses (ICD-10-CM, one primary), with the validation's message at each field (§1.2). */
function DiagnosesEditor({ ed }: { readonly ed: EditorApi }) {
  const add = () => {
    ed.list('diagnoses', (l: readonly Diagnosis[]) => [...l, { code: '', system: 'ICD-10-CM', label: '', primary: l.length === 0 } satisfies Diagnosis]);
  };
  return (
    <Stack gap="xs">
      <Title order={4}>Diagnoses</Title>
      {ed.plan.diagnoses.length === 0 && (
        <Text size="sm" c="gray.7">
          None yet. A plan for a payer names its diagnoses (42 CFR 424.24(d)(2)).
        </Text>
      )}
      {ed.errors.diagnoses && (
        <Text c="red.9" size="sm">
          {ed.errors.diagnoses}
        </Text>
      )}
      {ed.plan.diagnoses.map((d, k) => (
        <PlanItem
          key={k}
          legend={`Diagnosis ${String(k + 1)}`}
          onRemove={() => {
            ed.list('diagnoses', without<Diagnosis>(k));
          }}
        >
          <Group align="flex-start" grow>
            <PlanText path={`diagnoses.${String(k)}.code`} label="ICD-10-CM code" required />
            <PlanText path={`diagnoses.${String(k)}.label`} label="Diagnosis" required />
            <Checkbox
              mt={30}
              label="Primary"
              checked={d.primary}
              onChange={(e) => {
                ed.set(`diagnoses.${String(k)}.primary`, e.currentTarget.checked);
              }}
            />
          </Group>
        </PlanItem>
      ))}
      <Group>
        <Button variant="light" onClick={add}>
          Add diagnosis
        </Button>
      </Group>
    </Stack>
  );
}

/** Planned services (type, minutes, sessions a week, weeks) and the planned hours, with the IOP 9-hour check (§1.2, §11). */
function ServicesEditor({ ed }: { readonly ed: EditorApi }) {
  const check = iopHoursCheck(ed.plan);
  return (
    <Stack gap="xs">
      <Title order={4}>Services</Title>
      {ed.plan.services.map((_, k) => (
        <PlanItem
          key={k}
          legend={`Service ${String(k + 1)}`}
          onRemove={() => {
            ed.list('services', without<PlannedService>(k));
          }}
        >
          <Group align="flex-start">
            <PlanSelect path={`services.${String(k)}.type`} label="Service" data={SERVICE_CHOICES} required />
            <PlanNumber path={`services.${String(k)}.minutesPerSession`} label="Minutes a session" required />
            <PlanNumber path={`services.${String(k)}.sessionsPerWeek`} label="Sessions a week" required />
            <PlanNumber path={`services.${String(k)}.durationWeeks`} label="For how many weeks" description="Empty: until the next review" allowNull />
          </Group>
        </PlanItem>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => {
            ed.list('services', (l: readonly PlannedService[]) => [...l, blankService()]);
          }}
        >
          Add service
        </Button>
      </Group>
      <Text size="sm" role="status" aria-label="Planned hours">
        {check.summary}
      </Text>
      {check.warning && (
        <Alert color="orange" role="status" title="Fewer than 9 hours a week">
          {check.warning}
        </Alert>
      )}
    </Stack>
  );
}

/** The plan's diagnoses and services: what a payer's plan must name besides the goals. */
export function DiagnosesServicesEditor({ ed }: { readonly ed: EditorApi }) {
  return (
    <Stack gap="lg">
      <DiagnosesEditor ed={ed} />
      <ServicesEditor ed={ed} />
    </Stack>
  );
}
