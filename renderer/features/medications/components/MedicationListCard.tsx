import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { MedicationInput } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { notify } from '../../../components/notify';
import { updatedVersion } from '../../../drafts/form-arrival';
import { useFollowArrivals } from '../../../drafts/useFollowArrivals';
import { useWaitingFormKeys } from '../../../resume/form-stash-context';
import { formFromMedication, newMedicationForm } from '../medication-form';
import type { MedicationActions } from '../useMedicationActions';
import { DoseChangeModal } from './DoseChangeModal';
import { MedicationFormModal } from './MedicationFormModal';
import { MedicationTable } from './MedicationTable';
import { StopModal } from './StopModal';

/** An edit never changes the dose: that is a dose change, kept in the history. */
function withoutDose(input: MedicationInput): Omit<MedicationInput, 'dose'> {
  const { name, strength, doseUnit, route, schedule, prescriberId, prescriber, indication, startedOn } = input;
  return { name, strength, doseUnit, route, schedule, prescriberId, prescriber, indication, startedOn };
}

type Editing = { readonly mode: 'add' } | { readonly mode: 'edit' | 'dose' | 'stop'; readonly med: Medication };

// Names the forms for the typing kept across a lock.
const addKey = (clientId: string) => `medication:add:${clientId}`;
const MED_MODES = ['edit', 'dose', 'stop'] as const;
const medKey = (mode: (typeof MED_MODES)[number], medicationId: string) => `medication:${mode}:${medicationId}`;

/** The form that was open with unsaved typing when the vault locked, opened again for it. */
function useReopened(clientId: string, medications: readonly Medication[]): Editing | null {
  const waiting = useWaitingFormKeys();
  const [reopened] = useState<Editing | null>(() => {
    if (waiting.has(addKey(clientId))) return { mode: 'add' };
    for (const med of medications) {
      const mode = MED_MODES.find((m) => waiting.has(medKey(m, med.id)));
      if (mode) return { mode, med };
    }
    return null;
  });
  return reopened;
}

interface Props {
  readonly clientId: string;
  readonly medications: readonly Medication[];
  readonly actions: MedicationActions;
  readonly today: string;
  /** False for a discharged client: the list is read-only. */
  readonly canEdit: boolean;
}

interface ModalProps {
  readonly clientId: string;
  readonly editing: Editing;
  /** The stored medications, live: the edit form follows its medication's arriving versions. */
  readonly medications: readonly Medication[];
  readonly actions: MedicationActions;
  readonly today: string;
  readonly close: () => void;
}

/** Edits a medication, following versions of it that arrive from another laptop (useFollowArrivals). */
function EditMedicationModal({ stored, actions, today, close }: { stored: Medication } & Pick<ModalProps, 'actions' | 'today' | 'close'>) {
  const followed = useFollowArrivals(stored, updatedVersion);
  const med = followed.shown;
  return (
    <MedicationFormModal
      key={followed.formKey}
      title={`Edit ${med.name}`}
      stashKey={medKey('edit', med.id)}
      initial={formFromMedication(med)}
      today={today}
      doseLocked
      onClose={close}
      arrival={followed.arrival}
      onStateChange={followed.report}
      onSave={async (input) => {
        await actions.edit(followed.opened, withoutDose(input));
        close();
        notify(`${input.name} saved.`);
      }}
    />
  );
}

function EditModal({ clientId, editing, medications, actions, today, close }: ModalProps) {
  if (editing.mode === 'add') {
    return (
      <MedicationFormModal
        title="Add medication"
        stashKey={addKey(clientId)}
        initial={newMedicationForm(today)}
        today={today}
        doseLocked={false}
        onClose={close}
        onSave={async (input) => {
          const m = await actions.add(input);
          close();
          notify(`${m.name} added.`);
        }}
      />
    );
  }
  const { med } = editing;
  if (editing.mode === 'edit') {
    return <EditMedicationModal stored={medications.find((m) => m.id === med.id) ?? med} actions={actions} today={today} close={close} />;
  }
  if (editing.mode === 'dose') {
    return (
      <DoseChangeModal
        med={med}
        stashKey={medKey('dose', med.id)}
        today={today}
        onClose={close}
        onSave={async (input) => {
          await actions.changeDose(med, input);
          close();
          notify(`Dose of ${med.name} changed.`);
        }}
      />
    );
  }
  return (
    <StopModal
      med={med}
      stashKey={medKey('stop', med.id)}
      today={today}
      onClose={close}
      onSave={async (input) => {
        await actions.stop(med, input);
        close();
        notify(`${med.name} stopped.`);
      }}
    />
  );
}

/** Current and stopped medications with add, edit, dose change and stop. */
export function MedicationListCard({ clientId, medications, actions, today, canEdit }: Props) {
  const [editing, setEditing] = useState<Editing | null>(useReopened(clientId, medications));
  const active = medications.filter((m) => m.status === 'active');
  const stopped = medications.filter((m) => m.status === 'stopped');
  const rowActions = canEdit
    ? {
        onChangeDose: (med: Medication) => {
          setEditing({ mode: 'dose', med });
        },
        onEdit: (med: Medication) => {
          setEditing({ mode: 'edit', med });
        },
        onStop: (med: Medication) => {
          setEditing({ mode: 'stop', med });
        },
      }
    : {};
  return (
    <Card withBorder component="section" aria-labelledby="medication-list-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={3} id="medication-list-heading">
            Medication list
          </Title>
          {canEdit && (
            <Button
              onClick={() => {
                setEditing({ mode: 'add' });
              }}
            >
              Add medication
            </Button>
          )}
        </Group>
        {active.length > 0 ? <MedicationTable medications={active} caption="Current medications" {...rowActions} /> : <Text>No current medications.</Text>}
        {stopped.length > 0 && <MedicationTable medications={stopped} caption="Stopped medications" />}
      </Stack>
      {editing && (
        <EditModal
          clientId={clientId}
          editing={editing}
          medications={medications}
          actions={actions}
          today={today}
          close={() => {
            setEditing(null);
          }}
        />
      )}
    </Card>
  );
}
