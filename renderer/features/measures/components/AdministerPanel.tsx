import { Alert, Card, NativeSelect, Stack, Title } from '@mantine/core';
import { isInstrumentId, type InstrumentId } from '../../../../shared/instruments';
import { administrable, administrableInstruments, type DraftAnswers } from '../instrument-forms';
import type { AdministrationInput } from '../useMeasureActions';
import { AssessmentForm } from './AssessmentForm';

/** What the panel is doing: a fresh administration or the correction of one response; `notice` explains an offer. */
export interface AdministerState {
  readonly instrumentId: InstrumentId | null;
  readonly correcting: { readonly id: string; readonly answers: DraftAnswers } | null;
  readonly notice: string | null;
}

interface Props {
  readonly state: AdministerState;
  readonly onChange: (state: AdministerState) => void;
  readonly onSave: (input: AdministrationInput) => Promise<void>;
  readonly onClose: () => void;
}

const CHOICES = [{ value: '', label: 'Choose an instrument' }, ...administrableInstruments().map((d) => ({ value: d.id, label: `${d.id} — ${d.title}` }))];

/** "Administer measure": choose an instrument (only those with shipped wording), then fill in its form. */
export function AdministerPanel({ state, onChange, onSave, onClose }: Props) {
  const def = state.instrumentId ? administrable(state.instrumentId) : undefined;
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
            data={CHOICES}
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
            initialAnswers={state.correcting?.answers ?? {}}
            supersedesId={state.correcting?.id ?? ''}
            onSave={onSave}
            onCancel={onClose}
          />
        )}
      </Stack>
    </Card>
  );
}
