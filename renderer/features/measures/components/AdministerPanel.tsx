import { Alert, Card, NativeSelect, Stack, Title } from '@mantine/core';
import { isInstrumentId, type InstrumentDefinition, type InstrumentId } from '../../../../shared/instruments';
import type { CorrectionSource } from '../corrections';
import type { AdministrationInput } from '../useMeasureActions';
import { AssessmentForm } from './AssessmentForm';

/** What the panel is doing: a fresh administration or the correction of one response; `notice` explains an offer. */
export interface AdministerState {
  readonly instrumentId: InstrumentId | null;
  readonly correcting: CorrectionSource | null;
  readonly notice: string | null;
}

interface Props {
  readonly state: AdministerState;
  readonly onChange: (state: AdministerState) => void;
  readonly onSave: (input: AdministrationInput) => Promise<void>;
  readonly onClose: () => void;
  /** What can be administered: shipped wording and the clinic's imported licensed text. */
  readonly instruments: readonly InstrumentDefinition[];
  /** The client's date of birth: no administration is dated before it. */
  readonly dateOfBirth: string;
}

/** "Administer measure": choose an instrument (shipped or licensed-and-imported wording), then fill in its form. */
export function AdministerPanel({ state, onChange, onSave, onClose, instruments, dateOfBirth }: Props) {
  const def = instruments.find((d) => d.id === state.instrumentId);
  const choices = [{ value: '', label: 'Choose an instrument' }, ...instruments.map((d) => ({ value: d.id, label: `${d.id} — ${d.title}` }))];
  return (
    <Card withBorder component="section" aria-labelledby="administer-heading">
      <Stack>
        <Title order={2} size="h3" id="administer-heading">
          Administer measure
        </Title>
        {state.notice && (
          <Alert color="orange" title="Administer the C-SSRS screener now">
            {state.notice}
          </Alert>
        )}
        {!state.correcting && (
          <NativeSelect
            label="Instrument"
            data={choices}
            value={state.instrumentId ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange({ instrumentId: isInstrumentId(value) ? value : null, correcting: null, notice: null });
            }}
          />
        )}
        {def && (
          <AssessmentForm
            key={`${def.id}:${state.correcting?.id ?? ''}`}
            def={def}
            correcting={state.correcting}
            dateOfBirth={dateOfBirth}
            onSave={onSave}
            onCancel={onClose}
          />
        )}
      </Stack>
    </Card>
  );
}
